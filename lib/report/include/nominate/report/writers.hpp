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
// SARIF 2.1.0: one run; a waived finding is a result with an external suppression.
void write_sarif(std::ostream& out, const Report& report, const WriteOptions& options);
// JUnit XML: a testsuite per submission and per district folder, a testcase per rule with findings and a
// "verdict" testcase. A <failure> per finding that fails the verdict; warnings that do not, waived findings
// and notes go to the testcase's <system-out> (not <skipped>: the check ran).
void write_junit(std::ostream& out, const Report& report, const WriteOptions& options);
// GitHub Actions workflow commands (::error / ::warning / ::notice for waived and info), then a summary line.
void write_github(std::ostream& out, const Report& report, const WriteOptions& options);

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
