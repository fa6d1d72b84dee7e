#pragma once

// Small builders for the check tests: a Submission and a RuleSet as the folder reader and the rule loader
// would produce them, so each test states only what it is about.

#include <nominate/check/check.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/rules/rule_set.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace nominate::test {

inline rules::CheckSpec check_spec(std::string rule, core::Severity severity = core::Severity::error)
{
  rules::CheckSpec spec;
  spec.rule = std::move(rule);
  spec.severity = severity;
  spec.clause = "clause of " + spec.rule;
  return spec;
}

inline rules::CheckSpec on_field(rules::CheckSpec spec, std::string field)
{
  spec.field = std::move(field);
  return spec;
}

inline rules::CheckSpec on_material(rules::CheckSpec spec, std::string role)
{
  spec.material = std::move(role);
  return spec;
}

inline rules::CheckSpec with(rules::CheckSpec spec, const std::string& key, rules::Param value)
{
  spec.params[key] = std::move(value);
  return spec;
}

inline rules::FieldSpec field_spec(std::string id, std::string label)
{
  rules::FieldSpec spec;
  spec.id = std::move(id);
  spec.label = std::move(label);
  return spec;
}

inline folder::Material material(std::string file, folder::Role role)
{
  folder::Material out;
  out.file = std::move(file);
  out.path = out.file;
  out.role = role;
  return out;
}

inline folder::Submission submission_with_form()
{
  folder::Submission submission;
  submission.path = "海淀区/01-张三";
  submission.materials.push_back(material("推介表.docx", folder::Role::form));
  return submission;
}

inline void set_field(folder::Submission& submission, const std::string& id, std::string text)
{
  folder::FieldValue value;
  value.id = id;
  value.text = std::move(text);
  value.source = "form";
  value.file = "推介表.docx";
  submission.fields[id] = value;
}

inline check::CheckOptions options_as_of(int year, int month, int day)
{
  check::CheckOptions options;
  options.as_of = core::Date{year, month, day};
  return options;
}

// The findings of one rule (and message id, when given).
inline std::vector<core::Finding> of_rule(const std::vector<core::Finding>& findings, const std::string& rule,
                                          const std::string& message_id = {})
{
  std::vector<core::Finding> out;
  std::ranges::copy_if(findings, std::back_inserter(out), [&](const core::Finding& finding) {
    return finding.rule == rule && (message_id.empty() || finding.message_id == message_id);
  });
  return out;
}

} // namespace nominate::test
