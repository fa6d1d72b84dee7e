#pragma once

#include <nominate/report/report.hpp>

#include <optional>
#include <ostream>
#include <string_view>

namespace nominate::report {

// Each writer renders the same Report; none of them decides pass or fail (that is passed(), report.hpp).
// Messages and fixes come from check::render in options.language; none of them throws, and text that is not
// valid UTF-8 or holds control characters never breaks the output's format.

// What a clerk reads: per submission a header (path, rule set, verdict, counts), each finding with 要求 and
// 怎么改, the manual checklist and the days to the deadline; a summary line at the end. Escape codes only
// with Color::always.
void write_text(std::ostream& out, const Report& report, const WriteOptions& options);
// design.md's schema 1, keys in the contract's order; "deadline" and "days_left" added when known.
void write_json(std::ostream& out, const Report& report, const WriteOptions& options);
// SARIF 2.1.0 as GitHub code scanning takes it: one run whose tool.driver describes every rule used (from the
// rules catalogue); each result with ruleIndex, a file relative to the checkout (%SRCROOT%; a finding about a
// folder points at the file that stands for it: the form, nomination.yaml, nominate.yaml or the registration
// table), a region (startLine 1 where the file has no lines) and partialFingerprints stable across runs. A
// waived finding is a result with an external suppression; errors that stopped the run are tool execution
// notifications with executionSuccessful false.
void write_sarif(std::ostream& out, const Report& report, const WriteOptions& options);
// JUnit XML valid against the strict Ant JUnit.xsd and Jenkins' junit-10.xsd: a testsuite per submission and
// per district folder, a testcase per rule with findings (at most one <failure>, holding all the rule's
// findings; a rule with only warnings is <skipped> with the message) and a "verdict" testcase; a testsuite
// "nominate" with an <error> testcase per error that stopped the run.
void write_junit(std::ostream& out, const Report& report, const WriteOptions& options);
// GitHub Actions workflow commands within GitHub's limits: what stopped the run first, then at most 10
// ::error, 10 ::warning and 9 ::notice annotations, most important first; the rest as plain log lines; a
// final ::notice with the totals and options.full_report.
void write_github(std::ostream& out, const Report& report, const WriteOptions& options);
// The Markdown job summary for a GitHub Actions step: the verdict, a table of the submissions, the findings.
void write_github_summary(std::ostream& out, const Report& report, const WriteOptions& options);

// One self-contained HTML page for reviewers (no network, no script needed; prints one submission per A4
// page): the batch findings, a summary table linked to a section per submission with its verdict, key fields,
// thumbnails and poster frame (MaterialEntry::picture, embedded as data URIs), findings by severity, the
// manual checklist as tick boxes, and the rule set, as_of and deadline. Every text from a user's file is
// HTML-escaped.
void write_html(std::ostream& out, const Report& report, const WriteOptions& options);

enum class Format { text, json, sarif, junit, github, html };

// "text", "json", … → Format; nullopt for an unknown name.
[[nodiscard]] std::optional<Format> parse_format(std::string_view name);
void write(Format format, std::ostream& out, const Report& report, const WriteOptions& options);

} // namespace nominate::report
