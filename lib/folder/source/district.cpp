#include "lock_files.hpp"
#include "read_error_of.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/folder/discover.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

namespace nominate::folder {

namespace {

// The registration tables at the top of a district folder, in name order. A table that cannot be read is
// named in `unreadable`, never an error that stops the run.
// A legacy table (.xls, or a .doc/.wps), converted by LibreOffice (to .xlsx, or .docx) like a .doc form
// (issue 15): the table (and a material.legacy-format.converted finding), or why it was not converted, with
// how to convert it.
std::optional<std::vector<office::RegistrationTable>>
read_legacy_table(const std::filesystem::path& path, const std::string& file, const DistrictOptions& options,
                  std::vector<UnreadableFile>& unreadable, std::vector<core::Finding>& findings)
{
  auto extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // A table typed in Word (.doc, .wps, .odt, .rtf) becomes a .docx; any other (.xls, .et, .ods, an .xls
  // named .xlsx) a spreadsheet.
  const bool word = extension == ".doc" || extension == ".wps" || extension == ".odt" ||
                    extension == ".rtf" || extension == ".docx";
  auto target = word ? office::ConvertTarget::docx : office::ConvertTarget::xlsx;
  auto not_converted = detail::unconverted(path.extension().string(), office::convert_command(path, target));
  if (!options.soffice) {
    unreadable.push_back({file, std::move(not_converted)});
    return std::nullopt;
  }
  auto work_dir =
      options.work_dir / ("district-table-" + std::to_string(std::hash<std::string>{}(path.string())));
  std::error_code ignored;
  std::filesystem::remove_all(work_dir / "in", ignored);
  std::filesystem::remove_all(work_dir / "out", ignored);
  auto converted = office::convert_document(path, work_dir, target, office::ConvertOptions{*options.soffice});
  if (!converted) {
    not_converted.detail = converted.error().message;
    unreadable.push_back({file, std::move(not_converted)});
    return std::nullopt;
  }
  auto tables = office::read_registration_tables_file(*converted);
  std::filesystem::remove_all(work_dir / "in", ignored);
  std::filesystem::remove_all(work_dir / "out", ignored);
  if (!tables) {
    unreadable.push_back({file, detail::read_error_of(tables.error(), path)});
    return std::nullopt;
  }
  findings.push_back(core::make_finding(
      "material.legacy-format", "material.legacy-format.converted", core::Severity::warning, file,
      {{"format", not_converted.format}, {"command", not_converted.command}}));
  return std::move(*tables);
}

// An empty file, or one that begins with 64 KiB of zero bytes (what an unfinished copy or a cloud file
// never downloaded leaves): said so at once, not handed to LibreOffice as a legacy format and then called
// "no table".
std::optional<ReadError> blank_file(const std::filesystem::path& path)
{
  constexpr std::uint64_t k_head_bytes = std::uint64_t{64} * 1024;
  if (core::read_refused(path)) {
    return detail::read_error(ReadErrorKind::no_access);
  }
  auto head = core::read_input_head(path, k_head_bytes);
  if (!head) {
    return std::nullopt; // the reader says why
  }
  if (head->size == 0) {
    return detail::read_error(ReadErrorKind::empty);
  }
  if (std::ranges::all_of(head->bytes, [](auto byte) { return byte == 0; })) {
    return detail::read_error(ReadErrorKind::damaged,
                              "only zero bytes, as a copy that never finished leaves");
  }
  return std::nullopt;
}

std::vector<RegistrationFile> read_registrations(const std::filesystem::path& district,
                                                 const DistrictOptions& options,
                                                 std::vector<UnreadableFile>& unreadable,
                                                 std::vector<core::Finding>& findings)
{
  std::vector<std::filesystem::path> files;
  std::vector<std::string> table_names;
  std::vector<std::string> ignored;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(district, error)) {
    auto name = text::nfc(entry.path().filename().string());
    if (is_junk_name(name)) {
      ignored.push_back(name);
    } else if (entry.is_regular_file(error) && names_registration(name)) {
      files.push_back(entry.path());
      table_names.push_back(name);
    }
  }
  std::sort(files.begin(), files.end());
  std::sort(table_names.begin(), table_names.end());
  detail::find_open_documents(table_names, ignored, options.received, findings);
  std::vector<RegistrationFile> out;
  for (const auto& path : files) {
    auto file = text::nfc(path.filename().string());
    if (auto blank = blank_file(path)) {
      unreadable.push_back({file, std::move(*blank)});
      continue;
    }
    auto tables = office::read_registration_tables_file(path);
    if (!tables && tables.error().code == core::ErrorCode::unsupported) {
      tables = read_legacy_table(path, file, options, unreadable, findings)
                   .value_or(std::vector<office::RegistrationTable>{});
    }
    if (!tables) {
      unreadable.push_back({file, detail::read_error_of(tables.error(), path)});
      continue;
    }
    // 附表2 and 附表4 may share one workbook: each is a table of its own, under the file's name.
    for (auto& table : *tables) {
      out.push_back({file, std::move(table)});
    }
  }
  return out;
}

// A name as the table and the form are compared (text::comparable_name).
std::string name_key(std::string_view name)
{
  return text::comparable_name(name);
}

// Whether a 备注 marks the nomination special (事迹特别感人, 特别受百姓喜爱) and does not deny it:
// 非事迹特别感人, 不属于事迹特别感人, 未推介为事迹特别感人 mark nothing. Only a denial right before the
// phrase counts (past 事迹 and a verb such as 属于, 推介为): 非遗传承事迹特别感人 and 无私奉献事迹特别感人
// are special; and a no right after it (事迹特别感人：否).
bool says_special(std::string_view note)
{
  for (std::string_view phrase : {"特别感人", "特别受百姓喜爱"}) {
    for (auto at = note.find(phrase); at != std::string_view::npos; at = note.find(phrase, at + 1)) {
      auto before = note.substr(0, at);
      for (std::string_view word : {"事迹", "推介为", "推荐为", "列为", "属于", "是", "为", "算"}) {
        if (before.ends_with(word)) {
          before.remove_suffix(word.size());
        }
      }
      const bool denied =
          std::ranges::any_of(std::initializer_list<std::string_view>{"非", "不", "未", "否", "无"},
                              [&](std::string_view no) { return before.ends_with(no); });
      // Answered after it, as a form's question is: 事迹特别感人：否.
      auto after = note.substr(at + phrase.size());
      for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view mark : {"：", ":", " ", "　"}) {
          if (after.starts_with(mark)) {
            after.remove_prefix(mark.size());
            stripped = true;
          }
        }
      }
      // The answer alone, not the start of a word (事迹特别感人 无私奉献30年 is special).
      const auto answer_ends = [](std::string_view rest) {
        return rest.empty() ||
               std::ranges::any_of(std::initializer_list<std::string_view>{" ", "　", "，", ",", "。", "；",
                                                                           ";", "、", "）", ")"},
                                   [&](std::string_view end) { return rest.starts_with(end); });
      };
      const bool answered_no = std::ranges::any_of(
          std::initializer_list<std::string_view>{"否", "无", "不是", "没有", "×"},
          [&](std::string_view no) { return after.starts_with(no) && answer_ends(after.substr(no.size())); });
      if (!denied && !answered_no) {
        return true;
      }
    }
  }
  return false;
}

} // namespace

std::optional<std::string> District::zone() const
{
  for (const auto& config : configs) {
    if (config.zone) {
      return config.zone;
    }
  }
  return std::nullopt;
}

bool District::marks_special(const std::string& kind, const std::string& title) const
{
  auto wanted = name_key(title);
  if (wanted.empty()) {
    return false;
  }
  for (const auto& file : tables) {
    if (file.table.kind != kind) {
      continue;
    }
    for (const auto& row : file.table.rows) {
      auto name = row.values.find(file.table.name_column);
      if (name == row.values.end() || name_key(name->second) != wanted) {
        continue;
      }
      for (const auto& [header, value] : row.values) {
        if (header.find("备注") != std::string::npos && says_special(value)) {
          return true;
        }
      }
    }
  }
  return false;
}

core::Result<District> load_district(const std::filesystem::path& folder, std::string path,
                                     const DistrictOptions& options)
{
  District district;
  district.folder = folder;
  district.path = std::move(path);
  auto configs = find_district_configs(folder, options.config_ceiling);
  if (!configs) {
    return std::unexpected(configs.error());
  }
  district.configs = std::move(*configs);
  for (const auto& config : district.configs) {
    district.waivers.insert(district.waivers.end(), config.waivers.begin(), config.waivers.end());
  }
  district.tables = read_registrations(folder, options, district.unreadable, district.intake_findings);
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const auto name = text::nfc(entry.path().filename().string());
    if (entry.is_regular_file(error) && !entry.is_symlink(error) && names_archive(name) &&
        !is_junk_name(name)) {
      // A submission left zipped beside the others (02-李四.zip): not checked, not counted, and said so.
      district.intake_findings.push_back(core::make_finding(
          "material.unreadable", "material.unreadable.archive", core::Severity::warning, name));
    }
    if (entry.is_directory(error) && !entry.is_symlink(error)) {
      if (auto original = fixed_copy_of(entry.path())) {
        district.intake_findings.push_back(
            core::make_finding("batch.duplicate", "batch.duplicate.fix-copy", core::Severity::warning,
                               text::nfc(entry.path().filename().string()),
                               {{"copy", text::nfc(entry.path().filename().string())},
                                {"original", text::nfc(original->filename().string())}}));
      }
    }
  }
  return district;
}

} // namespace nominate::folder
