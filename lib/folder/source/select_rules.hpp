#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/rules/library.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nominate::folder::detail {

// What can name a submission's rule set, in design.md's order of precedence.
struct RuleChoice {
  std::optional<std::string> command_line;      // --rules
  std::optional<std::string> submission_config; // rules: in nomination.yaml
  std::optional<std::string> district_config;   // rules: in the nearest nominate.yaml
  std::optional<std::string> kind;              // kind: in nomination.yaml (picks a family's member)
  std::string form_title;                       // the form's title ("“百姓学习之星”推介表")
};

// Chooses and loads the rule set. A name may be a rule set (national/star), a family (national: the member
// whose form_titles the form's title names, or whose kind the config names) or a file. When nothing
// applies: ErrorCode::no_rules with a message naming the ways to choose one.
[[nodiscard]] core::Result<rules::RuleSet>
select_rule_set(const RuleChoice& choice, rules::RuleLibrary& library, const std::filesystem::path& folder);

} // namespace nominate::folder::detail
