#include <nominate/folder/discover.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/read_error.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>

namespace nominate::folder {

namespace {

// The registration tables at the top of a district folder, in name order. A table that cannot be read is a
// finding in `findings`, never an error that stops the run.
std::vector<RegistrationFile> read_registrations(const std::filesystem::path& district,
                                                 std::vector<core::Finding>& findings)
{
  std::vector<std::filesystem::path> tables;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(district, error)) {
    auto name = text::nfc(entry.path().filename().string());
    if (entry.is_regular_file(error) && !is_junk_name(name) && names_registration(name)) {
      tables.push_back(entry.path());
    }
  }
  std::sort(tables.begin(), tables.end());
  std::vector<RegistrationFile> out;
  for (const auto& path : tables) {
    auto file = text::nfc(path.filename().string());
    auto table = office::read_registration_table_file(path);
    if (!table) {
      findings.push_back(read_error_finding(table.error(), path, file));
      continue;
    }
    out.push_back({file, std::move(*table)});
  }
  return out;
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

core::Result<District> load_district(const std::filesystem::path& folder, std::string path)
{
  District district;
  district.folder = folder;
  district.path = std::move(path);
  auto configs = find_district_configs(folder);
  if (!configs) {
    return std::unexpected(configs.error());
  }
  district.configs = std::move(*configs);
  for (const auto& config : district.configs) {
    district.waivers.insert(district.waivers.end(), config.waivers.begin(), config.waivers.end());
  }
  district.tables = read_registrations(folder, district.intake_findings);
  return district;
}

} // namespace nominate::folder
