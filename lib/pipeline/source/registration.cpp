#include "registration.hpp"

#include <nominate/folder/discover.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/office/registration_table.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>

namespace nominate::pipeline::detail {

std::vector<LoadedTable> read_registrations(const std::filesystem::path& district,
                                            std::vector<core::Finding>& findings)
{
  std::vector<std::filesystem::path> tables;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(district, error)) {
    auto name = text::nfc(entry.path().filename().string());
    if (entry.is_regular_file(error) && !folder::is_junk_name(name) && folder::names_registration(name)) {
      tables.push_back(entry.path());
    }
  }
  std::sort(tables.begin(), tables.end());
  std::vector<LoadedTable> out;
  for (const auto& path : tables) {
    auto file = text::nfc(path.filename().string());
    auto table = office::read_registration_table_file(path);
    if (!table) {
      switch (table.error().code) {
      case core::ErrorCode::encrypted:
        findings.push_back(core::make_finding("material.encrypted", "material.encrypted.document",
                                              core::Severity::error, file, {}));
        break;
      case core::ErrorCode::unsupported:
        findings.push_back(core::make_finding(
            "material.legacy-format", "material.legacy-format.unconverted", core::Severity::error, file,
            {{"format", path.extension().string()},
             {"command", office::convert_command(path, office::ConvertTarget::xlsx)}}));
        break;
      default:
        findings.push_back(core::make_finding("material.unreadable", "material.unreadable.damaged",
                                              core::Severity::error, file,
                                              {{"detail", table.error().message}}));
      }
      continue;
    }
    out.push_back({file, std::move(*table)});
  }
  return out;
}

report::RegistrationEntry to_report(const LoadedTable& loaded)
{
  const auto& table = loaded.table;
  report::RegistrationEntry entry{loaded.file, table.kind, table.sheet, {}};
  for (const auto& row : table.rows) {
    report::RegistrationRow out_row{row.order, {}};
    for (const auto& header : table.headers) {
      auto value = row.values.find(header);
      out_row.values.emplace_back(header, value == row.values.end() ? "" : value->second);
    }
    entry.rows.push_back(std::move(out_row));
  }
  return entry;
}

} // namespace nominate::pipeline::detail
