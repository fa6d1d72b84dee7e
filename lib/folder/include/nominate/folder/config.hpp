#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/language.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/rules/rule_set.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::folder {

// A value written under `fields:` in nomination.yaml, before its key is resolved against the rule set
// (keys may be field ids or the form's labels).
struct ConfigField {
  std::string key;
  std::string value;
  std::size_t line = 0;
};

// nomination.yaml: optional, in a submission folder (design.md, "Folder conventions").
struct SubmissionConfig {
  std::filesystem::path file;
  std::optional<std::string> rules;
  std::optional<std::string> kind;
  std::optional<std::string> title;
  bool special = false;
  std::optional<core::Date> as_of; // the reference date, for a submission checked on its own
  std::vector<ConfigField> fields;
  std::vector<Waiver> waivers;
};

// nominate.yaml: optional, in a district folder or above it.
struct DistrictConfig {
  std::filesystem::path file;
  std::optional<std::string> district;
  std::optional<std::string>
      zone; // demonstration, experimental, other (示范区, 实验区, 其他 are read as these)
  std::optional<std::string> rules;
  std::optional<core::Date> as_of;
  std::optional<std::filesystem::path> past_winners; // resolved against the config's folder
  std::optional<std::filesystem::path> past_nominees; // earlier nominees (原则上不再推介), resolved likewise
  bool root = false;
  std::vector<Waiver> waivers;
  std::optional<std::string> package_name;            // `pack`'s name for a district's package (a pattern)
  std::optional<std::string> submission_package_name; // … and for one submission's
};

// Whether a config's `rules:` value names a rule file (`./xian-2024.yaml`, as resolved against the config's
// folder, or an absolute path) rather than a shipped rule set (`national/star`).
[[nodiscard]] bool names_a_file(const std::string& value);

inline constexpr const char* k_submission_config_name = "nomination.yaml";
inline constexpr const char* k_district_config_name = "nominate.yaml";

// Parses nomination.yaml. A syntax error, an unknown key or a value of the wrong type is an error
// (ErrorCode::invalid_config) naming the file, line and column.
[[nodiscard]] core::Result<SubmissionConfig> load_submission_config(const std::filesystem::path& file);

// Parses nominate.yaml, with the same strictness.
[[nodiscard]] core::Result<DistrictConfig> load_district_config(const std::filesystem::path& file);

// The files a nominate.yaml brings with it: itself, its past lists, and a rule file of the district's own
// (`rules: ./xian-2024.yaml`; a shipped rule set's name is no file). What a package carries as the district's
// settings, and what verify --extract puts back.
[[nodiscard]] std::vector<std::filesystem::path> files_of(const DistrictConfig& config);

// The nominate.yaml files that apply to `folder`: the folder's own and those of its parents, nearest
// first, stopping after one with `root: true`, and at `ceiling` when given (a folder `folder` is in): none
// above it is read. verify sets it to its private folder, so that a nominate.yaml another user left in
// /tmp cannot waive a received package's errors or change its date.
[[nodiscard]] core::Result<std::vector<DistrictConfig>>
find_district_configs(const std::filesystem::path& folder,
                      const std::optional<std::filesystem::path>& ceiling = std::nullopt);

// The nomination.yaml `nominate init` writes for a rule set: every field commented out, so the file says
// nothing until a line is filled in and a folder with a correct form passes as it did without it.
[[nodiscard]] std::string submission_config_template(const rules::RuleSet& rule_set, core::Language language);

} // namespace nominate::folder
