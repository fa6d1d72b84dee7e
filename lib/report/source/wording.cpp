#include "wording.hpp"

#include <nominate/core/display_name.hpp>

#include <fmt/format.h>

#include <vector>

namespace nominate::report {

namespace {

using core::Language;

[[nodiscard]] std::string plural(long long n, std::string_view one, std::string_view many)
{
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) {
      continue;
    }
    if (!out.empty()) {
      out += separator;
    }
    out += part;
  }
  return out;
}

} // namespace

std::string severity_mark(const core::Finding& finding, Language language)
{
  const bool zh = language == Language::zh;
  if (finding.waived) {
    return zh ? "已豁免" : "WAIVED";
  }
  switch (finding.severity) {
  case core::Severity::error:
    return zh ? "错误" : "ERROR";
  case core::Severity::warning:
    return zh ? "警告" : "WARNING";
  case core::Severity::info:
    return zh ? "提示" : "NOTE";
  }
  return zh ? "错误" : "ERROR";
}

std::string describe_location(const core::Location& location, Language language)
{
  const bool zh = language == Language::zh;
  if (location.table) {
    std::string out =
        zh ? fmt::format("第{}个表格", *location.table) : fmt::format("table {}", *location.table);
    if (location.row) {
      out += zh ? fmt::format("第{}行", *location.row) : fmt::format(", row {}", *location.row);
    }
    if (location.cell_index) {
      out +=
          zh ? fmt::format("第{}格", *location.cell_index) : fmt::format(", cell {}", *location.cell_index);
    }
    return out;
  }
  if (location.sheet) {
    std::string out =
        zh ? fmt::format("工作表「{}」", *location.sheet) : fmt::format("sheet {}", *location.sheet);
    if (location.cell) {
      out += zh ? fmt::format("{} 单元格", *location.cell) : fmt::format(", cell {}", *location.cell);
    } else if (location.row) {
      out += zh ? fmt::format("第{}行", *location.row) : fmt::format(", row {}", *location.row);
    }
    return out;
  }
  if (location.row) {
    return zh ? fmt::format("第{}行", *location.row) : fmt::format("row {}", *location.row);
  }
  if (location.line) {
    return zh ? fmt::format("第{}行", *location.line) : fmt::format("line {}", *location.line);
  }
  if (location.cell) {
    return zh ? fmt::format("{} 单元格", *location.cell) : fmt::format("cell {}", *location.cell);
  }
  return {};
}

std::string masked_identifiers(std::string_view text)
{
  constexpr std::size_t k_min_digits = 15;
  constexpr std::size_t k_kept = 4;
  // A digit at `at`: its length in bytes (1 ASCII, 3 fullwidth ０–９), or 0.
  const auto digit = [&](std::size_t at) -> std::size_t {
    if (text[at] >= '0' && text[at] <= '9') {
      return 1;
    }
    if (at + 2 < text.size() && static_cast<unsigned char>(text[at]) == 0xEF &&
        static_cast<unsigned char>(text[at + 1]) == 0xBC &&
        static_cast<unsigned char>(text[at + 2]) >= 0x90 &&
        static_cast<unsigned char>(text[at + 2]) <= 0x99) {
      return 3;
    }
    return 0;
  };
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    std::vector<std::pair<std::size_t, std::size_t>> run; // each digit's offset and length
    for (std::size_t length = digit(at); at < text.size() && (length = digit(at)) > 0; at += length) {
      run.emplace_back(at, length);
    }
    if (!run.empty() && at < text.size() && (text[at] == 'X' || text[at] == 'x') && run.size() == 17) {
      run.emplace_back(at, 1);
      ++at;
    }
    if (run.size() >= k_min_digits) {
      for (std::size_t i = 0; i < run.size(); ++i) {
        const auto [offset, length] = run[i];
        out += i < k_kept || i + k_kept >= run.size() ? std::string(text.substr(offset, length)) : "*";
      }
    } else if (!run.empty()) {
      out += text.substr(run.front().first, at - run.front().first);
    }
    if (at < text.size() && run.empty()) {
      out += text[at++];
    }
  }
  return out;
}

core::Finding escaped_for_text(core::Finding finding)
{
  finding.file = core::escape_name_for_text(finding.file);
  for (auto& [key, value] : finding.args) {
    value = core::escape_name_for_text(value);
  }
  return finding;
}

std::string describe_place(const core::Finding& finding,
                           const std::map<std::string, std::string>& field_labels, Language language)
{
  const bool zh = language == Language::zh;
  std::string field;
  if (finding.field && !finding.field->empty()) {
    const auto label = field_labels.find(*finding.field);
    if (label == field_labels.end() || label->second.empty()) {
      field = zh ? fmt::format("「{}」", *finding.field) : fmt::format("field {}", *finding.field);
    } else if (zh) {
      field = fmt::format("「{}」", label->second);
    } else {
      field = fmt::format("field {} ({})", *finding.field, label->second);
    }
  }
  const std::string location =
      finding.location ? describe_location(*finding.location, language) : std::string();
  return join({finding.file, field, location}, zh ? "，" : ", ");
}

std::string verdict_word(bool passed, Language language)
{
  if (language == Language::zh) {
    return passed ? "通过" : "不通过";
  }
  return passed ? "PASS" : "FAIL";
}

std::string describe_counts(int errors, int warnings, int waived, Language language)
{
  if (language == Language::zh) {
    return fmt::format("错误 {} 个，警告 {} 个，已豁免 {} 个", errors, warnings, waived);
  }
  return fmt::format("{}, {}, {} waived", plural(errors, "error", "errors"),
                     plural(warnings, "warning", "warnings"), waived);
}

std::string describe_as_of(std::string_view as_of, std::string_view source, std::string_view config,
                           Language language)
{
  const bool zh = language == Language::zh;
  if (source == "option") {
    return zh ? fmt::format("判断日期：{}（命令行 --as-of）", as_of)
              : fmt::format("Reference date: {} (--as-of)", as_of);
  }
  if (source == "config") {
    return zh ? fmt::format("判断日期：{}（{} 的 as_of）", as_of, config)
              : fmt::format("Reference date: {} (as_of in {})", as_of, config);
  }
  if (source == "rules") {
    return zh ? fmt::format(
                    "判断日期：{}（规则集所依据通知的日期；如需改用其他日期，在 nominate.yaml 写 as_of: "
                    "YYYY-MM-DD，或加 --as-of YYYY-MM-DD）",
                    as_of)
              : fmt::format(
                    "Reference date: {} (the date of the rule set's notice; to judge against another, "
                    "write as_of: YYYY-MM-DD in nominate.yaml or pass --as-of YYYY-MM-DD)",
                    as_of);
  }
  const bool deadline = source == "deadline";
  return zh ? fmt::format("判断日期：{}（通知未注明日期，按{}；如需按通知的发文日期判断，在 nominate.yaml 写 "
                          "as_of: YYYY-MM-DD，或加 --as-of YYYY-MM-DD）",
                          as_of, deadline ? "截止日期" : "今天")
            : fmt::format(
                  "Reference date: {} (the notice names no date, so {}; to judge against the notice's "
                  "date, write as_of: YYYY-MM-DD in nominate.yaml or pass --as-of YYYY-MM-DD)",
                  as_of, deadline ? "its deadline" : "today");
}

std::string describe_deadline(std::string_view deadline, std::optional<int> days_left, Language language)
{
  const bool zh = language == Language::zh;
  if (!days_left) {
    return zh ? fmt::format("截止日期：{}", deadline) : fmt::format("Deadline: {}", deadline);
  }
  if (*days_left > 0) {
    return zh ? fmt::format("距截止日期（{}）还有 {} 天", deadline, *days_left)
              : fmt::format("Deadline {}: {} left", deadline, plural(*days_left, "day", "days"));
  }
  if (*days_left == 0) {
    return zh ? fmt::format("今天是截止日期（{}）", deadline) : fmt::format("Deadline {}: today", deadline);
  }
  const long long overdue = -static_cast<long long>(*days_left); // no overflow at INT_MIN
  return zh ? fmt::format("截止日期（{}）已过 {} 天", deadline, overdue)
            : fmt::format("Deadline {}: passed {} ago", deadline, plural(overdue, "day", "days"));
}

std::string describe_summary(const Summary& summary, Language language)
{
  std::string out = describe_stopped(summary.run_errors, language);
  if (!out.empty()) {
    out += language == Language::zh ? "" : " ";
  }
  if (language == Language::zh) {
    auto batches =
        summary.batches_failed > 0 ? fmt::format("整批检查 {} 项不通过；", summary.batches_failed) : "";
    return out + fmt::format("合计：{} 份推介，{} 份通过，{} 份不通过；{}{}", summary.submissions,
                             summary.passed, summary.failed, batches,
                             describe_counts(summary.errors, summary.warnings, summary.waived, language));
  }
  auto batches =
      summary.batches_failed > 0
          ? fmt::format("{} failed; ", plural(summary.batches_failed, "batch check", "batch checks"))
          : "";
  return out + fmt::format("Summary: {}, {} passed, {} failed; {}{}",
                           plural(summary.submissions, "submission", "submissions"), summary.passed,
                           summary.failed, batches,
                           describe_counts(summary.errors, summary.warnings, summary.waived, language));
}

std::string describe_stopped(int run_errors, Language language)
{
  if (run_errors <= 0) {
    return {};
  }
  return language == Language::zh
             ? fmt::format("检查未完成：{} 个错误使检查中止（退出码 2），结果不完整，不算通过。", run_errors)
             : fmt::format("INCOMPLETE: {} stopped the run (exit 2); the results are partial and not a pass.",
                           plural(run_errors, "error", "errors"));
}

std::string_view label_clause(Language language)
{
  return language == Language::zh ? "要求：" : "Requirement: ";
}

std::string_view label_fix(Language language)
{
  return language == Language::zh ? "怎么改：" : "How to fix: ";
}

std::string_view fix_as_above(Language language)
{
  return language == Language::zh ? "同上（按上一条的方法，一并改好）"
                                  : "as above (the same steps mend this too)";
}

std::string_view label_waiver(Language language)
{
  return language == Language::zh ? "豁免理由：" : "Waived because: ";
}

std::string_view label_manual(Language language)
{
  return language == Language::zh ? "还需人工核对：" : "Check by hand:";
}

std::string_view label_batch(Language language, BatchKind kind)
{
  const bool zh = language == Language::zh;
  switch (kind) {
  case BatchKind::package:
    return zh ? "（材料包是否完整、安全）" : " (is the package whole and safe?)";
  case BatchKind::across:
    return zh ? "（各材料包之间）" : " (across the packages)";
  case BatchKind::district:
    break;
  }
  return zh ? "（整批）" : " (district as a whole)";
}

std::string join_path(std::string_view folder, std::string_view file)
{
  while (folder.size() > 1 && folder.back() == '/') {
    folder.remove_suffix(1);
  }
  if (file.empty()) {
    return std::string(folder);
  }
  if (folder.empty() || folder == ".") {
    return std::string(file);
  }
  std::string out(folder);
  if (out.back() != '/') {
    out += '/';
  }
  out += file;
  return out;
}

std::string printable(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue; // CRLF from a Windows-written file is a line break
    }
    if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
      out += '?';
      continue;
    }
    // C1 controls U+0080–U+009F are C2 80 … C2 9F in UTF-8.
    if (byte == 0xc2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) {
        out += '?';
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string representative_file(const SubmissionReport& submission)
{
  for (const MaterialEntry& material : submission.materials) {
    if (material.role == "form") {
      return material.file;
    }
  }
  return "nomination.yaml";
}

std::string representative_file(const Report& report, const BatchEntry& entry)
{
  const auto tidy = [](std::string_view path) {
    while (path.starts_with("./")) {
      path.remove_prefix(2);
    }
    return std::string(path);
  };
  const std::string config = tidy(join_path(entry.path, "nominate.yaml"));
  for (const std::string& used : report.configs) {
    if (tidy(used) == config) {
      return "nominate.yaml";
    }
  }
  return entry.registrations.empty() ? std::string("nominate.yaml") : entry.registrations.front().file;
}

namespace {

std::string placed_in(std::string_view folder, const std::string& representative,
                      const core::Finding& finding)
{
  return join_path(folder, finding.file.empty() ? representative : finding.file);
}

} // namespace

std::string placed_path(const SubmissionReport& submission, const std::string& representative,
                        const core::Finding& finding)
{
  return submission.container.empty() ? placed_in(submission.path, representative, finding)
                                      : submission.container;
}

std::string placed_path(const Report& report, const BatchEntry& entry, const core::Finding& finding)
{
  if (entry.kind == BatchKind::across) {
    return {};
  }
  if (entry.path_is_file) {
    return entry.path;
  }
  return placed_in(entry.path, representative_file(report, entry), finding);
}

std::string tool_version(const Report& report)
{
  return report.tool_version.empty() ? std::string(NOMINATE_VERSION) : report.tool_version;
}

} // namespace nominate::report
