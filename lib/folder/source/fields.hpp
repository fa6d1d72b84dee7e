#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/folder/submission.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/rules/rule_set.hpp>

namespace nominate::folder::detail {

// The form's fields, matched to the rule set's labels and aliases (the first non-empty value wins when a
// label appears twice).
void fields_from_form(const office::Document& document, const std::string& form_file,
                      const rules::RuleSet& rule_set, Submission& submission);

// nomination.yaml's fields, keyed by field id or label; they override the form's. An unknown key is an error
// naming the file and line.
[[nodiscard]] core::Result<void> fields_from_config(const SubmissionConfig& config,
                                                    const rules::RuleSet& rule_set, Submission& submission);

} // namespace nominate::folder::detail
