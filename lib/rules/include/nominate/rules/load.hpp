#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/rule_set.hpp>

#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

namespace nominate::rules {

// Where rule sets are found by name: `extends: national/base`, `--rules national/star`, `rules: national`.
// A name `a/b` is the file `<dir>/a/b.yaml` in the first search dir that has it; the caller puts the shipped
// `rules/` folder first. `extends` also looks in the directory of the file that names it, after these.
struct RuleSource {
  std::vector<std::filesystem::path> search_dirs;
};

// Loads one rule file, resolving its `extends` chain, and validates it strictly (docs/rules.md).
// Errors: not_found / io / bad_encoding / yaml_syntax for the file or a parent; invalid_rules with the file,
// line and column and a plain message for an unknown key (with the nearest known key), a wrong type, an
// unknown rule id, a parameter the rule does not take, an unknown field or material role, impossible bounds,
// a bad severity or date, a missing parent, and an `extends` cycle (naming the chain).
[[nodiscard]] core::Result<RuleSet> load_rule_file(const std::filesystem::path& file,
                                                   const RuleSource& parents);

// As load_rule_file, from text already read (tests, packages); `file` names it in errors and is where a
// relative `extends` is looked up.
[[nodiscard]] core::Result<RuleSet> parse_rule_set(std::string_view text, const std::filesystem::path& file,
                                                   const RuleSource& parents);

// One rule set by name (`national/star`) or by path (a file that exists, or any name ending .yaml/.yml).
// Errors: unknown_rules when no file has that name (the message lists what exists) or when the name is a
// family (use load_rules); those of load_rule_file.
[[nodiscard]] core::Result<RuleSet> load_rule_set(std::string_view name_or_file,
                                                  const std::vector<std::filesystem::path>& search_dirs);

// A family (`rules: national`): every rule set that is not abstract in the folder `<dir>/<name>/` of the
// first search dir that has it, sorted by id. Each submission then takes the member whose form_titles its
// form names (choose_by_form_title). Errors: unknown_rules when no such folder holds a rule set.
[[nodiscard]] core::Result<std::vector<RuleSet>>
load_family(std::string_view name, const std::vector<std::filesystem::path>& search_dirs);

// What `rules:` or `--rules` names: a family's members, or the one rule set named or given by path.
[[nodiscard]] core::Result<std::vector<RuleSet>>
load_rules(std::string_view name_or_file, const std::vector<std::filesystem::path>& search_dirs);

// Every rule set that is not abstract under the search dirs, sorted by id; a name found in two dirs is
// taken from the first. Errors: the first rule file that does not load.
[[nodiscard]] core::Result<std::vector<RuleSet>>
list_rule_sets(const std::vector<std::filesystem::path>& search_dirs);

// True when a form's title names this rule set: one of its form_titles appears in the title, ignoring white
// space and quotation marks (the template prints “百姓学习之星”推介表).
[[nodiscard]] bool names_rule_set(std::string_view form_title, const RuleSet& rule_set);

// The rule set a form's title names, or nullptr when none or more than one does.
[[nodiscard]] const RuleSet* choose_by_form_title(std::string_view form_title,
                                                  std::span<const RuleSet> rule_sets);

} // namespace nominate::rules
