#include "select_rules.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/office/form.hpp>
#include <nominate/rules/load.hpp>

#include <array>
#include <memory>

namespace nominate::folder::detail {

namespace {

// Among the candidates (a family's members, or every shipped rule set): the one the form's title names,
// else the one of the kind nomination.yaml asks for.
const rules::RuleSet* pick(const std::vector<rules::RuleSet>& candidates, const RuleChoice& choice)
{
  if (candidates.size() == 1) {
    return &candidates.front();
  }
  std::string title = canonical_form_title(choice.form_title);
  if (title.empty() && !choice.form_file.empty()) {
    title = canonical_form_title(std::filesystem::path(choice.form_file).stem().string());
  }
  if (const auto* named = rules::choose_by_form_title(title, candidates)) {
    return named;
  }
  if (choice.kind) {
    const rules::RuleSet* match = nullptr;
    for (const auto& candidate : candidates) {
      if (candidate.kind == *choice.kind) {
        if (match != nullptr) {
          return nullptr; // two of that kind (national and Beijing stars): the kind alone does not tell
        }
        match = &candidate;
      }
    }
    return match;
  }
  return nullptr;
}

std::string unrecognised_note(const RuleChoice& choice)
{
  std::string note;
  for (const auto& document : choice.unrecognised_documents) {
    note += (note.empty() ? "" : "; ") + document;
  }
  return note.empty() ? note : " (not recognised as the form: " + note + ")";
}

// The documents not taken for the form, for the error's subject:
// "王秀兰.docx、推荐表.docx（标题：“个人情况”）".
std::string unrecognised_subject(const RuleChoice& choice)
{
  std::string subject;
  for (const auto& document : choice.unrecognised_documents) {
    subject += (subject.empty() ? "" : "、") + document;
  }
  return subject;
}

core::Result<rules::RuleSet> no_rules(std::string message, const std::filesystem::path& folder,
                                      const RuleChoice& choice)
{
  auto error = core::fail(core::ErrorCode::no_rules, std::move(message) + unrecognised_note(choice), folder);
  error.error().subject = unrecognised_subject(choice);
  return error;
}

} // namespace

std::string canonical_form_title(std::string_view title)
{
  std::string out(title);
  // Other provinces' forms also say 推荐审批表 and 基本情况表 after the award's name: read as 推介表 in a
  // title only. They are no form words (office::k_form_words), since a supporting document is often so
  // named (王秀兰个人基本情况表.docx) and would be taken for the form.
  constexpr std::array<std::string_view, 2> k_title_words{"审批表", "基本情况表"};
  for (std::string_view word : k_title_words) {
    for (auto at = out.find(word); at != std::string::npos; at = out.find(word, at)) {
      out.replace(at, word.size(), "推介表");
    }
  }
  for (std::string_view word : office::k_form_words) {
    if (word == "推介表") {
      continue;
    }
    for (auto at = out.find(word); at != std::string::npos; at = out.find(word, at)) {
      out.replace(at, word.size(), "推介表");
    }
  }
  // Who is nominated and how, said between the award and the word for the form: "百姓学习之星候选人推荐表",
  // "“百姓学习之星”推荐对象推荐表", "…评选推荐表", "…推介人选推荐表", "…推荐审批表" (审批表 is a form word).
  // Longest first, so that 候选对象 goes whole; again until none is left (推介 + 人选 + 推介表).
  for (bool erased = true; erased;) {
    erased = false;
    for (std::string_view filler :
         {"候选对象", "推荐对象", "推介对象", "候选人", "人选", "对象", "候选", "评选", "推荐", "推介"}) {
      const std::string joined = std::string(filler) + "推介表";
      for (auto at = out.find(joined); at != std::string::npos; at = out.find(joined, at)) {
        out.erase(at, filler.size());
        erased = true;
      }
    }
  }
  return out;
}

rules::RuleSet unreadable_form_rules()
{
  rules::RuleSet rule_set;
  rule_set.id = "unknown";
  rule_set.edition = "-";
  rule_set.title = std::string(rules::k_title_form_unreadable);
  rules::MaterialSpec form;
  form.role = "form";
  form.min = 1;
  form.max = 1;
  rule_set.materials.push_back(form);
  return rule_set;
}

core::Result<rules::RuleSet> select_rule_set(const RuleChoice& choice, rules::RuleLibrary& library,
                                             const std::filesystem::path& folder)
{
  std::optional<std::string> named = choice.command_line        ? choice.command_line
                                     : choice.submission_config ? choice.submission_config
                                                                : choice.district_config;
  auto candidates = named ? library.rules(*named) : library.all();
  if (!candidates) {
    return std::unexpected(candidates.error());
  }
  if (const auto* chosen = pick(*candidates, choice)) {
    return *chosen;
  }
  if (choice.form_unreadable) {
    return unreadable_form_rules();
  }
  std::string several; // the rule sets of the kind nomination.yaml names, when more than one
  std::size_t of_kind = 0;
  for (const auto& candidate : *candidates) {
    if (choice.kind && candidate.kind == *choice.kind) {
      several += (several.empty() ? "" : ", ") + candidate.id;
      ++of_kind;
    }
  }
  if (!choice.form_file.empty() && of_kind > 1) {
    // `kind: star` is written, and more than one rule set is of that kind (national and Beijing stars).
    return core::fail_because(core::ErrorCode::no_rules, "kind-several",
                              "the form's title names no notice and `kind: " + *choice.kind +
                                  "` is the kind of several rule sets (" + several +
                                  "): write `rules:` with one of them in the folder's nomination.yaml",
                              folder / choice.form_file);
  }
  if (!choice.form_file.empty()) {
    // A form is there and read; its title is what names no notice: the clerk is shown that file and title.
    auto error = core::fail_because(
        core::ErrorCode::no_rules, "form-title-unknown",
        "the form's title " +
            (choice.form_title.empty() ? std::string("(none)")
                                       : "\"" + core::quote_excerpt(choice.form_title) + "\"") +
            " names no notice" + (named ? " of '" + *named + "'" : std::string()) +
            " (百姓学习之星推介表, 终身学习品牌项目推介表; 推荐表, 申报表, 申报书 read as 推介表): write `kind: star` "
            "or `kind: brand` in the folder's nomination.yaml, or `rules: national/star`",
        folder / choice.form_file);
    error.error().subject = core::quote_excerpt(choice.form_title);
    return error;
  }
  if (named) {
    return no_rules(
        "'" + *named +
            "' holds several rule sets and nothing says which one applies here: the form's title "
            "names none of them. Write `kind: star` or `kind: brand` in nomination.yaml, or name one "
            "member (" +
            *named + "/star)",
        folder, choice);
  }
  return no_rules(
      "cannot tell which notice this folder answers: no form whose title names one (百姓学习之星推介表, "
      "终身学习品牌项目推介表), and no rule set named. Name one (national/star, or a rule file) as "
      "`rules: national/star` in the folder's nomination.yaml, or `rules: national` in a "
      "nominate.yaml above it",
      folder, choice);
}

} // namespace nominate::folder::detail
