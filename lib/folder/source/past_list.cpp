#include <nominate/folder/district.hpp>
#include <nominate/office/csv.hpp>
#include <nominate/office/xlsx.hpp>
#include <nominate/text/encoding.hpp>
#include <nominate/text/normalize.hpp>

#include <optional>

namespace nominate::folder {

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::optional<std::size_t> column(const std::vector<std::string>& header,
                                  std::initializer_list<std::string_view> names)
{
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto label = text::normalize_label(header[i]);
    for (auto name : names) {
      if (label == name) {
        return i;
      }
    }
  }
  return std::nullopt;
}

core::Result<std::vector<PastEntry>> entries_from(const Rows& rows, const std::filesystem::path& file)
{
  if (rows.size() > office::k_max_table_rows) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "the list has more than " + std::to_string(office::k_max_table_rows) +
                          " rows; a past-winner list holds far fewer (is it the right file?)",
                      file);
  }
  for (std::size_t header_row = 0; header_row < rows.size() && header_row < 10; ++header_row) {
    const auto& header = rows[header_row];
    auto name = column(header, {"名称", "姓名", "项目名称", "品牌项目名称"});
    if (!name) {
      continue;
    }
    auto unit = column(header, {"单位", "所在单位", "项目单位", "主办单位"});
    auto year = column(header, {"年份", "年度"});
    std::vector<PastEntry> entries;
    for (std::size_t r = header_row + 1; r < rows.size(); ++r) {
      const auto& row = rows[r];
      auto cell = [&](std::optional<std::size_t> index) {
        return index && *index < row.size() ? text::trim(row[*index]) : std::string();
      };
      PastEntry entry{cell(name), cell(unit), std::nullopt};
      if (entry.name.empty()) {
        continue;
      }
      auto year_text = cell(year);
      if (year_text.size() >= 4 && std::isdigit(static_cast<unsigned char>(year_text[0]))) {
        entry.year = std::stoi(year_text.substr(0, 4));
      }
      entries.push_back(std::move(entry));
    }
    return entries;
  }
  return core::fail(core::ErrorCode::invalid_config,
                    "the past-winner list needs a header row with a column 名称, 姓名 or 项目名称 (and "
                    "optionally 单位, 年份)",
                    file);
}

} // namespace

core::Result<std::vector<PastEntry>> read_past_list(const std::filesystem::path& file)
{
  auto extension = text::to_halfwidth(file.extension().string());
  if (extension == ".xlsx" || extension == ".XLSX") {
    auto workbook = office::read_xlsx_file(file);
    if (!workbook) {
      return std::unexpected(workbook.error());
    }
    if (workbook->sheets.empty()) {
      return core::fail(core::ErrorCode::invalid_config, "the past-winner workbook has no sheet", file);
    }
    return entries_from(workbook->sheets.front().rows, file);
  }
  auto text = text::read_text_file(file);
  if (!text) {
    return std::unexpected(text.error());
  }
  auto rows = office::csv_rows(*text);
  if (!rows) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "the list has more than " + std::to_string(office::k_max_table_rows) +
                          " rows; a past-winner list holds far fewer (is it the right file?)",
                      file);
  }
  return entries_from(*rows, file);
}

core::Result<std::vector<PastEntry>> PastListCache::get(const std::filesystem::path& file)
{
  std::lock_guard lock(m_mutex);
  auto found = m_lists.find(file);
  if (found == m_lists.end()) {
    found = m_lists.emplace(file, read_past_list(file)).first;
  }
  return found->second;
}

} // namespace nominate::folder
