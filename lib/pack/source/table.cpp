#include "atomic_file.hpp"

#include <nominate/pack/pack.hpp>
#include <nominate/pack/table.hpp>

#include <algorithm>

namespace nominate::pack {

std::vector<std::string> rows_without_form(const pipeline::CheckOutcome& outcome)
{
  std::vector<std::string> unfilled;
  for (const auto& checked : outcome.submissions) {
    const auto& submission = checked.loaded.submission;
    const bool read = std::ranges::any_of(submission.materials, [](const folder::Material& material) {
      return material.role == folder::Role::form && !material.read_error;
    });
    // Fields given another way fill the row as well: a notice that asks for no form (Beijing registers
    // online) has them in nomination.yaml.
    const bool given = std::ranges::any_of(submission.fields, [](const auto& field) {
      return field.second.source == "nomination.yaml" && !field.second.text.empty();
    });
    if (!read && !given) {
      unfilled.push_back(submission.path);
    }
  }
  return unfilled;
}

core::Result<std::vector<std::filesystem::path>> write_tables(const pipeline::CheckOutcome& outcome,
                                                              const std::filesystem::path& file,
                                                              std::optional<core::Date> date, bool replace)
{
  std::vector<std::size_t> all;
  for (std::size_t i = 0; i < outcome.submissions.size(); ++i) {
    all.push_back(i);
  }
  const auto document_date = date ? *date : latest_as_of(outcome, all).value_or(core::Date{2000, 1, 1});
  std::string district;
  if (!outcome.districts.empty()) {
    const auto& configs = outcome.districts.front().district.configs;
    for (const auto& config : configs) {
      if (config.district) {
        district = *config.district;
        break;
      }
    }
    if (district.empty()) {
      district = outcome.districts.front().district.folder.filename().string();
    }
  }
  auto tables = fill_tables(outcome, all, district);
  if (tables.empty()) {
    return core::fail(core::ErrorCode::invalid_argument, "no submission to put in a registration table");
  }
  // A file named for one kind (品牌项目推介登记表.xlsx, 百姓学习之星推介登记表.xlsx, as check's advice for a
  // district missing one of its tables writes) gets that kind's table only.
  const std::string name = file.filename().string();
  const bool brand_named = name.find("品牌") != std::string::npos;
  const bool star_named = name.find("学习之星") != std::string::npos;
  if (tables.size() > 1 && brand_named != star_named) {
    std::erase_if(tables,
                  [&](const GeneratedTable& table) { return (table.kind == "brand") != brand_named; });
  }
  auto folder = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  // A folder not made yet (-o 上报/登记表.xlsx) is made, as pack makes its -o folder.
  if (std::error_code made; !std::filesystem::is_directory(folder, made)) {
    std::filesystem::create_directories(folder, made);
    if (made) {
      return core::fail(core::ErrorCode::io, "cannot make the folder: " + made.message(), folder);
    }
  }
  std::vector<std::filesystem::path> targets;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    auto target = file;
    if (i > 0) {
      target.replace_filename(file.stem().string() + "-" + tables[i].attachment + file.extension().string());
    }
    std::error_code error;
    if (!replace && std::filesystem::exists(std::filesystem::symlink_status(target, error))) {
      return core::fail_because(core::ErrorCode::already_exists, "table-exists",
                                "already exists and may hold what was typed by hand; --force replaces it",
                                target);
    }
    targets.push_back(std::move(target));
  }
  std::vector<std::filesystem::path> written;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    auto bytes = table_xlsx(tables[i], document_date, folder);
    if (!bytes) {
      return std::unexpected(bytes.error());
    }
    const auto& target = targets[i];
    if (auto done = write_file_atomically(target, *bytes); !done) {
      return std::unexpected(done.error());
    }
    written.push_back(target);
  }
  return written;
}

} // namespace nominate::pack
