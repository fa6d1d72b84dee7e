#include <nominate/core/display_name.hpp>
#include <nominate/folder/discover.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cctype>

namespace nominate::folder {

namespace {

// Whether `folder` holds, at its top, a regular file (junk aside) whose NFC name `wanted` accepts.
template <typename Wanted> bool holds_file(const std::filesystem::path& folder, Wanted wanted)
{
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    auto name = text::nfc(entry.path().filename().string());
    if (entry.is_regular_file(error) && !is_junk_name(name) && wanted(name)) {
      return true;
    }
  }
  return false;
}

// Whether `name` is a document named as a form: a Word, WPS, OpenDocument, RTF or PDF file, not a stamped
// scan of one. A shortcut (推介表.docx - 快捷方式.lnk), a note (推介表填写说明.txt) or a scan
// (推介表（盖章扫描）.pdf) beside the submission folders makes no folder a submission.
bool names_form_document(const std::string& name)
{
  static constexpr std::string_view k_documents[] = {".docx", ".doc", ".docm", ".dotx", ".dot", ".wps",
                                                     ".wpt",  ".odt", ".rtf",  ".xml",  ".mht", ".pdf"};
  std::string extension = std::filesystem::path(name).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return names_form(name) && !names_scan(name) &&
         std::ranges::find(k_documents, extension) != std::end(k_documents);
}

// A submission folder holds a nomination.yaml or, at its top, a document named as a form.
bool looks_like_submission(const std::filesystem::path& folder)
{
  std::error_code error;
  return std::filesystem::is_regular_file(folder / k_submission_config_name, error) ||
         holds_file(folder, names_form_document);
}

std::vector<std::filesystem::path> sub_folders(const std::filesystem::path& folder)
{
  std::vector<std::filesystem::path> out;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.is_directory(error) && !entry.is_symlink(error) &&
        !is_junk_name(entry.path().filename().string())) {
      out.push_back(entry.path());
    }
  }
  // Code-point order of the NFC names: the report's order, whatever the file system's.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return text::nfc(a.filename().string()) < text::nfc(b.filename().string());
  });
  return out;
}

// A submission folder as a grouping folder sees one: a nomination.yaml, or a form at its top that is not a
// stamped scan of one (推介表盖章扫描件.docx lies beside the form in a nominee's own 扫描件/ folder).
bool holds_a_form(const std::filesystem::path& folder)
{
  return looks_like_submission(folder);
}

// Whether `folder` holds a photo or a video at its top: a nominee's materials, not a street's.
bool holds_media(const std::filesystem::path& folder)
{
  static constexpr std::string_view k_media[] = {".jpg", ".jpeg", ".png",  ".heic", ".heif", ".webp", ".bmp",
                                                 ".gif", ".tif",  ".tiff", ".mp4",  ".mov",  ".m4v",  ".avi",
                                                 ".wmv", ".mkv",  ".3gp",  ".mts",  ".flv"};
  return holds_file(folder, [](const std::string& name) {
    std::string extension = std::filesystem::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::ranges::find(k_media, extension) != std::end(k_media);
  });
}

// A folder inside a district that groups submissions rather than being one — a street's or a unit's folder
// (朝阳区/学院路街道/{01-张三, 02-李四}) — holds no form, photo or video of its own and two or more folders
// with a form each. (A nominee's folder whose form, scan and photos lie in sub-folders holds its photos or
// at most one real form below it, and stays one submission.)
bool groups_submissions(const std::filesystem::path& folder)
{
  if (looks_like_submission(folder) || holds_media(folder)) {
    return false;
  }
  const auto children = sub_folders(folder);
  return std::count_if(children.begin(), children.end(), holds_a_form) >= 2;
}

// Whether `folder` holds a registration table (登记表) at its top: a district's, whatever lies below it.
bool holds_table(const std::filesystem::path& folder)
{
  return holds_file(folder, [](const std::string& name) { return names_registration(name); });
}

// A district's submissions: its sub-folders, a grouping folder's sub-folders in its place (one level: a
// district is not a tree of its own).
std::vector<std::filesystem::path> district_submissions(const std::filesystem::path& district)
{
  std::vector<std::filesystem::path> out;
  for (auto& child : sub_folders(district)) {
    if (groups_submissions(child)) {
      for (auto& inner : sub_folders(child)) {
        out.push_back(std::move(inner));
      }
    } else {
      out.push_back(std::move(child));
    }
  }
  return out;
}

// Whether `folder` is a district of its own: marked as one (its nominate.yaml, or a registration table) and
// holding submissions.
bool marked_district(const std::filesystem::path& folder)
{
  std::error_code error;
  const bool marked =
      std::filesystem::is_regular_file(folder / k_district_config_name, error) || holds_table(folder);
  if (!marked) {
    return false;
  }
  const auto children = sub_folders(folder);
  return std::ranges::any_of(children, looks_like_submission) ||
         std::ranges::any_of(children, groups_submissions);
}

} // namespace

std::optional<std::filesystem::path> fixed_copy_of(const std::filesystem::path& folder)
{
  const std::string name = folder.filename().string();
  const std::string_view suffix = k_fix_copy_suffix;
  if (name.size() <= suffix.size() || !name.ends_with(suffix)) {
    return std::nullopt;
  }
  std::error_code error;
  const auto original = folder.parent_path() / name.substr(0, name.size() - suffix.size());
  if (!std::filesystem::is_regular_file(folder / k_fix_manifest_name, error) ||
      !std::filesystem::is_directory(original, error)) {
    return std::nullopt;
  }
  return original;
}

core::Result<PathPlan> plan_path(const std::filesystem::path& path, Level level)
{
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return core::fail(core::ErrorCode::not_found, "no such folder: check the path", path);
  }
  if (!std::filesystem::is_directory(path, error)) {
    auto extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".zip" || extension == ".rar" || extension == ".7z") {
      return core::fail(
          core::ErrorCode::not_a_directory,
          "is a compressed package (" + extension.substr(1) +
              "), not a folder: unzip it (右键 → 解压到当前文件夹) and check the folder inside; "
              "a package made by `nominate pack` is checked whole with `nominate verify " +
              path.filename().string() + "`",
          path);
    }
    return core::fail(core::ErrorCode::not_a_directory,
                      "is a file, not a folder: give the folder that holds the nomination's files", path);
  }
  PathPlan plan;
  plan.folder = path;
  if (level == Level::automatic) {
    bool district_marked = std::filesystem::is_regular_file(path / k_district_config_name, error);
    auto children = sub_folders(path);
    // A folder of districts (a city office's inbox, a zip of several): each district has its own settings,
    // table and quota, so merged they would be judged as one false district. Each is given on its own.
    if (!district_marked && !holds_table(path) && !looks_like_submission(path)) {
      std::vector<std::string> districts;
      for (const auto& child : children) {
        if (marked_district(child)) {
          districts.push_back(core::escape_name_for_text(child.filename().string()));
        }
      }
      if (districts.size() >= 2) {
        std::string names;
        for (const auto& name : districts) {
          names += (names.empty() ? "" : "、") + name;
        }
        auto failed =
            core::fail_because(core::ErrorCode::invalid_argument, "several-districts",
                               "holds several districts (" + names +
                                   "), each with its own nominate.yaml or registration table: give each "
                                   "district folder on its own (nominate check A B takes several); if it is "
                                   "one district whose streets keep their own tables, add --level district",
                               path);
        failed.error().subject = names;
        return failed;
      }
    }
    // Streets' folders that group submissions make a district too, unless one such folder is all there is
    // and nothing marks this folder as the district — a nominate.yaml or a registration table (上报材料/
    // 海淀区/…: a folder around a district, below).
    bool has_submissions = std::any_of(children.begin(), children.end(), looks_like_submission) ||
                           ((district_marked || children.size() > 1 || holds_table(path)) &&
                            std::any_of(children.begin(), children.end(), groups_submissions));
    // nominate.yaml marks a district: a form beside its submission folders is then the notice's blank
    // template (附件1), not a nomination. (Without it, a form at the top is a nominee's: drafts in 初稿/ and
    // 修改稿/ beside it are no submissions.)
    bool district = district_marked && has_submissions;
    // A registration table beside zips, and no photo or video, is a district whose submissions are still
    // packed (登记表.xlsx, 01-张三.zip, 02-李四.zip: each nominee zipped, as many send): judged as a
    // district, it says they are to be unzipped. (A nominee's form some city calls 登记表 comes with the
    // nominee's photos, and perhaps a zip of evidence: that stays a submission.)
    const bool zipped_district = holds_table(path) && holds_file(path, names_archive) && !holds_media(path);
    level =
        district || (!looks_like_submission(path) && (district_marked || has_submissions || zipped_district))
            ? Level::district
            : Level::submission;
    // A folder around one district (上报材料/海淀区/…, perhaps with a note beside it) is that district, not
    // one submission holding every nominee's files.
    if (level == Level::submission && !district_marked && children.size() == 1 &&
        !looks_like_submission(path)) {
      if (auto inner = plan_path(children.front(), Level::automatic);
          inner && inner->level == Level::district && inner->folder == children.front()) {
        return inner;
      }
    }
  }
  plan.level = level;
  if (level == Level::district) {
    plan.submissions = district_submissions(path);
    // A fixed copy beside its original is not a second nomination (load_district says it was left out).
    std::erase_if(plan.submissions, [](const auto& child) { return fixed_copy_of(child).has_value(); });
  } else {
    plan.submissions.push_back(path);
  }
  return plan;
}

} // namespace nominate::folder
