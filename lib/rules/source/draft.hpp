#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/rule_set.hpp>
#include <nominate/yaml/node.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nominate::rules::detail {

// One entry of a rule file's list (a field, a material, a check, a quota), with where it was written so that
// errors found after `extends` is resolved still point into the right file.
template <typename Spec> struct Entry {
  Spec spec;
  bool disabled = false; // `disabled: true`: removes the parent's entry with the same identity
  std::filesystem::path file;
  core::TextPosition position;                  // where the entry starts
  std::map<std::string, core::TextPosition> at; // where each of its keys' values is written
};

// One rule file as written, before `extends` is resolved: what the file leaves out stays unset, so that the
// parent's value shows through.
struct Draft {
  std::filesystem::path file;
  std::string id;
  core::TextPosition id_at;
  std::optional<std::string> edition;
  std::optional<std::string> title;
  std::optional<std::string> kind;
  std::optional<Source> source;
  std::optional<std::optional<core::Date>> deadline; // set to nullopt by `deadline: ~` (no deadline)
  std::optional<std::optional<core::Date>> as_of;
  std::optional<std::string> extends;
  core::TextPosition extends_at;
  bool is_abstract = false; // not inherited: each file says whether it is only a parent
  std::optional<std::vector<std::string>> form_titles;
  std::optional<WaiverRequirements> waiver_requires;
  std::optional<Registration> registration;
  std::optional<std::string> package_name;
  std::optional<std::string> submission_package_name;
  std::vector<Entry<FieldSpec>> fields;
  std::vector<Entry<MaterialSpec>> materials;
  std::vector<Entry<CheckSpec>> checks;
  std::vector<Entry<Quota>> quotas;
  std::vector<core::LocalText> manual;
};

// Reads a parsed rule file, checking every key, type, rule id, parameter and bound that the file alone can
// show. Cross-references (a check's field or material) wait for finish(), once parents are merged.
[[nodiscard]] core::Result<Draft> read_draft(const yaml::Node& root, const std::filesystem::path& file);

// Reads one entry of `checks:` (read_check.cpp).
[[nodiscard]] core::Result<Entry<CheckSpec>> read_check(const yaml::Node& node,
                                                        const std::filesystem::path& file);

// The child's draft over its parent's: entries with the same identity (field id, material role, check rule
// with field/material, quota kind) are replaced in place, `disabled` ones removed, new ones appended; manual
// items are appended; scalars the child sets override. Error: a disabled entry that matches nothing.
[[nodiscard]] core::Result<Draft> merge(Draft parent, Draft child);

// The finished rule set: every check's field, material and field-naming parameter exist; a set that is not
// abstract has an edition and a kind; defaults of the catalogue are filled in.
[[nodiscard]] core::Result<RuleSet> finish(Draft draft);

// "rule field=deeds material=video": a check's identity, for matching and messages.
[[nodiscard]] std::string identity(const CheckSpec& check);

} // namespace nominate::rules::detail
