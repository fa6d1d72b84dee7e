#include "atomic_file.hpp"
#include "inside.hpp"

#include <nominate/core/owner.hpp>
#include <nominate/pack/names.hpp>
#include <nominate/pack/upload.hpp>
#include <nominate/text/count.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <variant>

namespace nominate::pack {

namespace {

namespace fs = std::filesystem;

std::string extension_of(const folder::Material& material)
{
  auto extension = fs::path(material.file).extension().string();
  std::ranges::transform(extension, extension.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// The extension a web form's upload box takes for the file: a photo is named by what it holds (a WeChat
// `.jfif` or a `.jpeg` that is JPEG becomes `.jpg`; a PNG named `.jpg` becomes `.png`), since such boxes go
// by the extension and list "jpg/png"; a video in an MP4 container is `.mp4` (an `.m4v` from iTunes or an
// editor is the same container, but a box that lists "mp4" refuses the name); any other file keeps its
// own, in lower case.
std::string upload_extension(const folder::Material& material)
{
  const bool photo = material.role == folder::Role::id_photo || material.role == folder::Role::photo;
  for (const auto& [key, value] : material.facts) {
    const auto* text = std::get_if<std::string>(&value);
    if (text == nullptr) {
      continue;
    }
    if (photo && key == "format" && (*text == "jpeg" || *text == "png")) {
      return *text == "jpeg" ? ".jpg" : ".png";
    }
    if (material.role == folder::Role::video && key == "container" && *text == "mp4") {
      return ".mp4";
    }
  }
  return extension_of(material);
}

// The ID photo's plain name says the size the notice asks for, as the web form's box does: 一寸照片 for
// Beijing's 1寸, 二寸照片 for the national 2寸; a rule set that names no size gets 证件照.
std::string id_photo_stem(const rules::RuleSet& rule_set)
{
  auto size = rule_set.photo_spec("id_photo").id_size;
  if (!size) {
    return "证件照";
  }
  if (*size == "1寸") {
    return "一寸照片";
  }
  if (*size == "2寸") {
    return "二寸照片";
  }
  return *size + "照片";
}

} // namespace

RegistrationCount count_online(const pipeline::CheckOutcome& outcome)
{
  RegistrationCount count;
  for (const auto& checked : outcome.submissions) {
    ++count.total;
    if (checked.loaded.rule_set.registration == rules::Registration::online) {
      ++count.online;
    }
  }
  return count;
}

std::vector<UploadPlan> plan_uploads(const pipeline::CheckOutcome& outcome)
{
  std::vector<UploadPlan> plans;
  for (const auto& checked : outcome.submissions) {
    const auto& submission = checked.loaded.submission;
    const auto& rule_set = checked.loaded.rule_set;
    UploadPlan plan;
    plan.folder = safe_component(submission.folder.filename().string()).value_or("_");
    std::map<folder::Role, int> seen;
    for (const auto& material : submission.materials) {
      auto number = ++seen[material.role];
      std::string stem;
      std::optional<std::int64_t> limit;
      switch (material.role) {
      case folder::Role::id_photo:
        stem = id_photo_stem(rule_set);
        limit = rule_set.photo_spec("id_photo").max_bytes;
        break;
      case folder::Role::photo:
        stem = "生活照" + std::to_string(number);
        limit = rule_set.photo_spec("photo").max_bytes;
        break;
      case folder::Role::video:
        stem = number == 1 ? "个人视频" : "个人视频" + std::to_string(number);
        limit = rule_set.video_spec("video").max_bytes;
        break;
      case folder::Role::form:
        stem = "推介表";
        break;
      case folder::Role::summary:
        stem = "工作总结";
        break;
      case folder::Role::scan:
        stem = "扫描件" + std::to_string(number);
        break;
      default:
        stem = safe_component(fs::path(material.file).stem().string()).value_or("_");
        break;
      }
      UploadFile file{stem + upload_extension(material), material.path, material.size, std::nullopt};
      if (limit) {
        file.limit = static_cast<std::uint64_t>(*limit);
      }
      plan.files.push_back(std::move(file));
    }
    std::string texts = "【" + (submission.title.empty() ? plan.folder : submission.title) + "】" +
                        rule_set.title + "（" + rule_set.reference() +
                        "）填报内容：每项复制粘贴到网上申报系统对应栏目。\n\n";
    for (const auto& spec : rule_set.fields) {
      const auto* value = submission.field(spec.id);
      if (value == nullptr || value->text.empty()) {
        continue;
      }
      auto count = text::count_characters(value->text);
      texts += spec.label + "（" + std::to_string(count.words) + "字；含空格共" +
               std::to_string(count.with_spaces) + "个字符）：\n" + value->text + "\n\n";
    }
    plan.texts = std::move(texts);
    plans.push_back(std::move(plan));
  }
  return plans;
}

namespace {

// Clears up after a process of this machine that was killed (SIGKILL, a power cut) while it wrote `folder`
// in `output_dir`: its `.<folder>.<host id>-<pid>.partial` is removed; its `.old` (the folder it was
// replacing) is put back when nothing took its place, else removed.
void sweep_stale(const fs::path& output_dir, const std::string& folder)
{
  const std::string prefix = "." + folder + ".";
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(output_dir, error)) {
    auto name = entry.path().filename().string();
    for (std::string_view suffix : {".partial", ".old"}) {
      if (name.starts_with(prefix) && name.ends_with(suffix) && name.size() > prefix.size() + suffix.size()) {
        auto tag = std::string_view(name).substr(prefix.size(), name.size() - prefix.size() - suffix.size());
        if (!core::owner_gone(tag) || !entry.is_directory(error) || entry.is_symlink(error)) {
          continue;
        }
        if (suffix == ".old" && !fs::exists(fs::symlink_status(output_dir / folder, error))) {
          fs::rename(entry.path(), output_dir / folder, error);
        } else {
          fs::remove_all(entry.path(), error);
        }
      }
    }
  }
}

core::Result<std::vector<OverLimit>> write_one(const UploadPlan& plan, const fs::path& output_dir)
{
  const auto target = output_dir / plan.folder;
  const auto staging = output_dir / ("." + plan.folder + "." + core::owner_tag() + ".partial");
  const auto old = output_dir / ("." + plan.folder + "." + core::owner_tag() + ".old");
  std::error_code error;
  fs::remove_all(staging, error);
  fs::create_directories(staging, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot create the folder: " + error.message(), staging);
  }
  struct RemoveStaging {
    fs::path folder;
    ~RemoveStaging()
    {
      std::error_code ignored;
      fs::remove_all(folder, ignored);
    }
  } remove_staging{staging};
  std::vector<OverLimit> over;
  for (const auto& file : plan.files) {
    // Copied through the file system (never read whole: a video may weigh hundreds of MB).
    if (auto copied = copy_file_atomically(file.source, staging / file.name); !copied) {
      return std::unexpected(copied.error());
    }
    auto size = fs::file_size(staging / file.name, error);
    if (file.limit && !error && size > *file.limit) {
      over.push_back({target / file.name, file.source, size, *file.limit});
    }
  }
  // As Windows' Notepad reads it whatever its age: UTF-8 with a byte order mark (older Notepad takes UTF-8
  // without one for the ANSI code page: mojibake) and CRLF line ends (before Windows 10 1809 it showed
  // LF-only text as one line). Pasted into a web form, CRLF is a line break like LF.
  std::vector<std::uint8_t> texts{0xEF, 0xBB, 0xBF};
  texts.reserve(plan.texts.size() + plan.texts.size() / 16 + 3);
  for (std::size_t i = 0; i < plan.texts.size(); ++i) {
    if (plan.texts[i] == '\n' && (i == 0 || plan.texts[i - 1] != '\r')) {
      texts.push_back('\r');
    }
    texts.push_back(static_cast<std::uint8_t>(plan.texts[i]));
  }
  if (auto written = write_file_atomically(staging / "填报内容.txt", texts); !written) {
    return std::unexpected(written.error());
  }
  if (auto marked = write_file_atomically(staging / k_upload_marker, {}); !marked) {
    return std::unexpected(marked.error());
  }
  // The earlier folder steps aside, the new one takes its place, then the earlier one goes: at every moment
  // one whole folder is at `target` or beside it.
  const bool replacing = fs::exists(fs::symlink_status(target, error));
  if (replacing) {
    fs::rename(target, old, error);
    if (error) {
      return core::fail(core::ErrorCode::io, "cannot replace the folder: " + error.message(), target);
    }
  }
  fs::rename(staging, target, error);
  if (error) {
    std::error_code ignored;
    if (replacing) {
      fs::rename(old, target, ignored);
    }
    return core::fail(core::ErrorCode::io, "cannot put the folder in place: " + error.message(), target);
  }
  fs::remove_all(old, error);
  return over;
}

} // namespace

core::Result<std::vector<OverLimit>> write_uploads(const std::vector<UploadPlan>& plans,
                                                   const pipeline::CheckOutcome& outcome,
                                                   const fs::path& output_dir, UploadOverwrite overwrite)
{
  for (const auto& checked : outcome.submissions) {
    if (detail::inside(output_dir, checked.loaded.submission.folder)) {
      return core::fail_because(core::ErrorCode::invalid_argument, "output-inside-input",
                                "the output folder is inside an input folder; choose one outside it (-o)",
                                output_dir);
    }
  }
  for (const auto& plan : plans) {
    const auto target = output_dir / plan.folder;
    // First: a folder a killed run set aside is back in place before it is judged.
    sweep_stale(output_dir, plan.folder);
    std::error_code error;
    if (!fs::exists(fs::symlink_status(target, error))) {
      continue;
    }
    const bool ours = fs::is_directory(fs::symlink_status(target, error)) &&
                      fs::is_regular_file(fs::symlink_status(target / k_upload_marker, error));
    if (!ours) {
      return core::fail_because(core::ErrorCode::already_exists, "upload-not-ours",
                                "already exists and was not written by nominate upload; it is not replaced",
                                target);
    }
    if (overwrite == UploadOverwrite::refuse) {
      return core::fail_because(core::ErrorCode::already_exists, "upload-exists",
                                "already exists (填报内容.txt may have been edited); --force replaces it",
                                target);
    }
  }
  std::error_code error;
  const bool made = !fs::exists(fs::symlink_status(output_dir, error));
  fs::create_directories(output_dir, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot create the folder: " + error.message(), output_dir);
  }
  std::vector<OverLimit> over;
  for (const auto& plan : plans) {
    auto written = write_one(plan, output_dir);
    if (!written) {
      // A failed copy (a full disk) leaves no empty folder that this run made.
      if (made) {
        fs::remove(output_dir, error); // only when empty
      }
      return std::unexpected(written.error());
    }
    std::ranges::move(*written, std::back_inserter(over));
  }
  return over;
}

} // namespace nominate::pack
