#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/rules/library.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::folder::detail {

// What can name a submission's rule set, in design.md's order of precedence.
struct RuleChoice {
  std::optional<std::string> command_line;      // --rules
  std::optional<std::string> submission_config; // rules: in nomination.yaml
  std::optional<std::string> district_config;   // rules: in the nearest nominate.yaml
  std::optional<std::string> kind;              // kind: in nomination.yaml (picks a family's member)
  std::string form_title;                       // the form's title ("“百姓学习之星”推介表")
  // The form's file name: names the notice when the title cannot be read (百姓学习之星推介表.doc without
  // LibreOffice).
  std::string form_file;
  // The form is there but could not be read (an unconverted .doc, encrypted, damaged): when nothing else
  // names the notice, the submission is checked under unreadable_form_rules() so that the form's own
  // finding (material.legacy-format, …) is reported instead of a refusal to check.
  bool form_unreadable = false;
  // Word documents that were not recognised as the form, each with what its title says
  // ("推荐表.docx（标题：“个人情况”）"), named when no notice can be chosen; escaped, ready to show.
  std::vector<std::string> unrecognised_documents;
};

// 推荐表, 申报表, 评选表, 申报书, … read as 推介表 (office::k_form_words: other cities' words for the form),
// and a word for the nominee right before it left out (百姓学习之星候选人推荐表), so that a rule set's
// form_titles (百姓学习之星推介表) name the form whichever words it uses.
[[nodiscard]] std::string canonical_form_title(std::string_view title);

// The rule set of a submission whose form could not be read and whose notice nothing else names: id
// "unknown", no fields and no checks but the form, so only the reading's own findings are reported.
[[nodiscard]] rules::RuleSet unreadable_form_rules();

// Chooses and loads the rule set. A name may be a rule set (national/star), a family (national: the member
// whose form_titles the form's title names, or whose kind the config names) or a file. When nothing
// applies: ErrorCode::no_rules with a message naming the ways to choose one.
[[nodiscard]] core::Result<rules::RuleSet>
select_rule_set(const RuleChoice& choice, rules::RuleLibrary& library, const std::filesystem::path& folder);

} // namespace nominate::folder::detail
