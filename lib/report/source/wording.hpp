#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>
#include <nominate/report/report.hpp>

#include <map>
#include <string>
#include <string_view>

namespace nominate::report {

// The words the writers share, in both languages. Private to the report part.

// 错误 / 警告 / 提示 / 已豁免 — ERROR / WARNING / NOTE / WAIVED.
[[nodiscard]] std::string severity_mark(const core::Finding& finding, core::Language language);

// 第1个表格第10行第2格, 工作表「登记表」L5 单元格, 第3行 — table 1, row 10, cell 2, …; empty when nothing is
// set.
[[nodiscard]] std::string describe_location(const core::Location& location, core::Language language);

// Where a finding points, joined for a reader: the file, the field (by its form label when known) and the
// location; empty when the finding is about the submission as a whole.
[[nodiscard]] std::string describe_place(const core::Finding& finding,
                                         const std::map<std::string, std::string>& field_labels,
                                         core::Language language);

// 通过 / 不通过 — PASS / FAIL.
[[nodiscard]] std::string verdict_word(bool passed, core::Language language);

// "错误 2 个，警告 1 个，已豁免 1 个" — "2 errors, 1 warning, 1 waived".
[[nodiscard]] std::string describe_counts(int errors, int warnings, int waived, core::Language language);

// The days left to a deadline, or that it has passed; the bare date when the days are unknown.
// The reference date and where it came from (SubmissionReport::as_of_source), with how to set another.
[[nodiscard]] std::string describe_as_of(std::string_view as_of, std::string_view source,
                                         std::string_view config, core::Language language);
[[nodiscard]] std::string describe_deadline(std::string_view deadline, std::optional<int> days_left,
                                            core::Language language);

// "3 份推介：2 份通过，1 份不通过；错误 2 个，…" — the line under a whole run.
[[nodiscard]] std::string describe_summary(const Summary& summary, core::Language language);

// "检查未完成：1 个错误使检查中止（退出码 2）…" when errors stopped the run; empty when none did.
[[nodiscard]] std::string describe_stopped(int run_errors, core::Language language);

// "要求" / "Requirement", "怎么改" / "How to fix", "豁免理由" / "Waived because", "还需人工核对" / "Check by
// hand".
[[nodiscard]] std::string_view label_clause(core::Language language);
[[nodiscard]] std::string_view label_fix(core::Language language);
// In place of a fix the finding just above gave word for word.
[[nodiscard]] std::string_view fix_as_above(core::Language language);
[[nodiscard]] std::string_view label_waiver(core::Language language);
[[nodiscard]] std::string_view label_manual(core::Language language);
[[nodiscard]] std::string_view label_batch(core::Language language, BatchKind kind);

// A file inside a submission or district folder as a path a user can open: "海淀区/01-张三/推介表.docx";
// the folder itself when `file` is empty; `file` alone when the folder is "." or empty.
[[nodiscard]] std::string join_path(std::string_view folder, std::string_view file);

// The text with control characters (C0 but line feed and tab, DEL, C1) replaced by '?': a file name or a
// value from a user's file must not move the cursor or colour a terminal. Invalid UTF-8 is left to the
// terminal (it cannot steer it).
[[nodiscard]] std::string printable(std::string_view text);

// The finding with its file name and arguments escaped for a person to read (core::escape_name_for_text,
// design.md "Names that are not plain text"): every writer renders messages from this copy, so a hostile
// name cannot break a line, reorder it on screen or forge another finding or annotation.
[[nodiscard]] core::Finding escaped_for_text(core::Finding finding);

// `text` with each run of 15 or more digits (ASCII or fullwidth; an ID number's final X or x with it) kept
// only to its first and last 4, the rest as '*': an ID card or bank card number a clerk typed into a form
// (`身份证110105196801011234` in 手机) stays out of CI logs, code scanning and job summaries, which more
// people read than the district's own report. Mobile numbers (11 digits) and dates are untouched.
[[nodiscard]] std::string masked_identifiers(std::string_view text);

// The file that stands for a folder when a finding names none (code scanning and annotations need a file,
// never a folder): a submission's form, else its nomination.yaml; a district's nominate.yaml when the run
// used one, else its registration table, else nominate.yaml. Relative to the folder.
[[nodiscard]] std::string representative_file(const SubmissionReport& submission);
[[nodiscard]] std::string representative_file(const Report& report, const BatchEntry& entry);

// The path code scanning and annotations place a finding at, relative to where the run started: under the
// folder, the file the finding names, else `representative`; a received zip's findings, and those of the
// submissions read from it, at the zip itself (BatchEntry::path_is_file, SubmissionReport::container); none
// (empty) for the comparison across packages, whose path names several.
[[nodiscard]] std::string placed_path(const SubmissionReport& submission, const std::string& representative,
                                      const core::Finding& finding);
[[nodiscard]] std::string placed_path(const Report& report, const BatchEntry& entry,
                                      const core::Finding& finding);

// The report's tool version, or the library's own when the caller left it empty.
[[nodiscard]] std::string tool_version(const Report& report);

} // namespace nominate::report
