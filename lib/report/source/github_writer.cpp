// GitHub Actions workflow commands within GitHub's limits: a step shows at most 10 error, 10 warning and 10
// notice annotations, so the most important come first and the rest are plain log lines. Errors before
// warnings before notices (waived findings and notes); within each, the first finding of every folder before
// the second of any, so each failing submission is seen. A final ::notice gives the totals, how many were
// left out, and where the full report is. The Markdown job summary is write_github_summary's.
#include "wording.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/errors.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace nominate::report {

namespace {

// GitHub's rules for a command's message: '%', CR and LF percent-encoded (else a line break ends it). Any
// other control character (C0 but tab, DEL, C1), from whatever text it came in, is shown as
// core::escape_name_for_text shows it (`\x1B`, `<U+0085>`): an ESC or BEL in the log would steer it.
[[nodiscard]] std::string escape_data(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    const bool c1 = byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9f;
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if ((byte < 0x20 && c != '\t') || byte == 0x7f || c1) {
      out += core::escape_name_for_text(text.substr(i, c1 ? 2 : 1));
      i += c1 ? 1 : 0;
    } else {
      out += c;
    }
  }
  return out;
}

// A property value (file=, title=) also escapes ':' and ',', which would end it. A file name goes through
// file_property first.
[[nodiscard]] std::string escape_property(std::string_view text)
{
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

// The file= property: the path escaped as every writer shows a name (core::escape_name_for_text), so a
// hostile name can neither steer the log nor end the property. A plain name is unchanged and the annotation
// attaches to its file; one with controls, bidi or invisible characters or bytes that are not UTF-8 is
// shown, not attached.
[[nodiscard]] std::string file_property(std::string_view path)
{
  return escape_property(core::escape_name_for_text(path));
}

enum class Command { error, warning, notice };

[[nodiscard]] std::string_view name_of(Command command)
{
  switch (command) {
  case Command::error:
    return "error";
  case Command::warning:
    return "warning";
  case Command::notice:
    return "notice";
  }
  return "notice";
}

[[nodiscard]] Command command_of(const core::Finding& finding)
{
  if (finding.waived || finding.severity == core::Severity::info) {
    return Command::notice;
  }
  return finding.severity == core::Severity::error ? Command::error : Command::warning;
}

// GitHub's limit per step and per kind; one notice is kept for the totals.
constexpr std::array<std::size_t, 3> k_shown{10, 10, 9};

struct Entry {
  std::string_view folder;
  std::string path; // the file annotated (placed_path); empty: none, the annotation names no file
  const core::Finding* finding = nullptr;
  const std::map<std::string, std::string>* field_labels = nullptr;
  std::size_t rank = 0; // the finding's place among its folder's findings of the same kind
};

// The message: the field and place inside the file, the catalogue's message, the clause, the fix or the
// waiver's reason.
[[nodiscard]] std::string message_of(const Entry& entry, core::Language language)
{
  const core::Finding& finding = *entry.finding;
  const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), language);
  const bool zh = language == core::Language::zh;
  core::Finding without_file = finding;
  without_file.file.clear();
  const std::string place = describe_place(escaped_for_text(without_file), *entry.field_labels, language);
  std::string message =
      place.empty() ? rendered.message : fmt::format("{}{}{}", place, zh ? "：" : ": ", rendered.message);
  if (!finding.clause.empty()) {
    message += fmt::format("\n{}{}", label_clause(language), finding.clause);
  }
  if (!rendered.fix.empty() && !finding.waived) { // a waived finding was accepted as it is
    message += fmt::format("\n{}{}", label_fix(language), rendered.fix);
  }
  if (finding.waived) {
    message += fmt::format("\n{}{}", label_waiver(language), finding.waiver_reason);
  }
  return masked_identifiers(message);
}

void annotate(std::ostream& out, const Entry& entry, core::Language language)
{
  const core::Finding& finding = *entry.finding;
  const bool zh = language == core::Language::zh;
  std::string properties;
  if (!entry.path.empty()) {
    properties = fmt::format("file={},", file_property(entry.path));
    if (finding.location && finding.location->line && *finding.location->line >= 1) {
      properties += fmt::format("line={},", *finding.location->line);
    }
  }
  const std::string title =
      finding.waived ? fmt::format("{} ({})", finding.rule, zh ? "已豁免" : "waived") : finding.rule;
  properties += fmt::format("title={}", escape_property(title));
  out << "::" << name_of(command_of(finding)) << ' ' << properties
      << "::" << escape_data(message_of(entry, language)) << '\n';
}

// A finding not shown as an annotation: one plain log line, so nothing is lost from the log.
void log_line(std::ostream& out, const Entry& entry, core::Language language)
{
  const core::Finding& finding = *entry.finding;
  const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), language);
  const std::string place = describe_place(escaped_for_text(finding), *entry.field_labels, language);
  out << escape_data(fmt::format("  [{}] {}{}{}", severity_mark(finding, language),
                                 join_path(core::escape_name_for_text(entry.folder), place),
                                 language == core::Language::zh ? "：" : ": ",
                                 masked_identifiers(rendered.message)))
      << '\n';
}

template <typename Place>
void add_folder(std::array<std::vector<Entry>, 3>& entries, std::string_view folder,
                const std::vector<core::Finding>& findings, const std::map<std::string, std::string>& labels,
                Place place)
{
  std::array<std::size_t, 3> ranks{};
  for (const core::Finding& finding : findings) {
    const auto kind = static_cast<std::size_t>(command_of(finding));
    entries[kind].push_back(Entry{folder, place(finding), &finding, &labels, ranks[kind]++});
  }
}

} // namespace

void write_github(std::ostream& out, const Report& report, const WriteOptions& options)
{
  const core::Language language = options.language;
  const bool zh = language == core::Language::zh;
  // What stopped the run comes first, as errors without a limit of their own (there are few).
  for (const core::Error& error : report.errors) {
    std::string properties;
    if (!error.file.empty()) {
      properties = fmt::format(" file={}", file_property(error.file.generic_string()));
      if (error.position.line > 0) {
        properties += fmt::format(",line={}", error.position.line);
      }
      properties += ",title=nominate";
    } else {
      properties = " title=nominate";
    }
    out << "::error" << properties << "::" << escape_data(messages::render_error(error, language)) << '\n';
  }

  std::array<std::vector<Entry>, 3> entries;
  for (const SubmissionReport& submission : report.submissions) {
    const std::string representative = representative_file(submission);
    add_folder(
        entries, submission.path, submission.findings, submission.field_labels,
        [&](const core::Finding& finding) { return placed_path(submission, representative, finding); });
  }
  for (const BatchEntry& entry : report.batch) {
    add_folder(entries, entry.path, entry.findings, entry.field_labels,
               [&](const core::Finding& finding) { return placed_path(report, entry, finding); });
  }
  std::array<std::size_t, 3> left_out{};
  std::vector<const Entry*> rest;
  for (std::size_t kind = 0; kind < entries.size(); ++kind) {
    // The first finding of every folder, then the second, …; stable, so report order otherwise.
    std::stable_sort(entries[kind].begin(), entries[kind].end(),
                     [](const Entry& a, const Entry& b) { return a.rank < b.rank; });
    for (std::size_t i = 0; i < entries[kind].size(); ++i) {
      if (i < k_shown[kind]) {
        annotate(out, entries[kind][i], language);
      } else {
        rest.push_back(&entries[kind][i]);
        ++left_out[kind];
      }
    }
  }
  if (!rest.empty()) {
    out << (zh ? "以下发现超出 GitHub 每步注释数量上限，仅列在日志中："
               : "Beyond GitHub's annotation limit per step, in the log only:")
        << '\n';
    for (const Entry* entry : rest) {
      log_line(out, *entry, language);
    }
  }

  std::string totals = describe_summary(report.summary(), language);
  const std::size_t hidden = left_out[0] + left_out[1] + left_out[2];
  if (hidden > 0) {
    totals += zh ? fmt::format("。另有 {} 个错误、{} 个警告、{} 条提示未作为注释显示（见日志）", left_out[0],
                               left_out[1], left_out[2])
                 : fmt::format(". {} errors, {} warnings and {} notices more are in the log, not annotated",
                               left_out[0], left_out[1], left_out[2]);
  }
  totals += zh ? "。完整报告：" : ". Full report: ";
  totals += options.full_report.empty()
                ? std::string(zh ? "加 --format json:report.json 或 --format sarif:nominate.sarif 生成"
                                 : "add --format json:report.json or --format sarif:nominate.sarif")
                : options.full_report;
  out << "::notice title=nominate::" << escape_data(totals) << '\n';
}

} // namespace nominate::report
