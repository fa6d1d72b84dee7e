// GitHub Actions workflow commands: one annotation per finding (`::error file=…,title=RULE::message`), then a
// plain summary line for the log. Waived findings and notes are `::notice`, so they show without failing.
#include "wording.hpp"

#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <fmt/format.h>

namespace nominate::report {

namespace {

// GitHub's rules for a command's message: '%', CR and LF percent-encoded (else a line break ends it).
[[nodiscard]] std::string escape_data(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    default:
      out += c;
    }
  }
  return out;
}

// A property value (file=, title=) also escapes ':' and ',', which would end it.
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

[[nodiscard]] std::string_view command(const core::Finding& finding)
{
  if (finding.waived || finding.severity == core::Severity::info) {
    return "notice";
  }
  return finding.severity == core::Severity::error ? "error" : "warning";
}

void annotate(std::ostream& out, std::string_view folder, const core::Finding& finding,
              const std::map<std::string, std::string>& field_labels, core::Language language)
{
  const messages::RenderedFinding rendered = messages::render(finding, language);
  const bool zh = language == core::Language::zh;

  // The file goes in file=; the field and the place inside the file lead the message.
  core::Finding without_file = finding;
  without_file.file.clear();
  const std::string place = describe_place(without_file, field_labels, language);
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

  std::string properties = fmt::format("file={}", escape_property(join_path(folder, finding.file)));
  if (finding.location && finding.location->line && *finding.location->line >= 1) {
    properties += fmt::format(",line={}", *finding.location->line);
  }
  const std::string title =
      finding.waived ? fmt::format("{} ({})", finding.rule, zh ? "已豁免" : "waived") : finding.rule;
  properties += fmt::format(",title={}", escape_property(title));
  out << "::" << command(finding) << ' ' << properties << "::" << escape_data(message) << '\n';
}

} // namespace

void write_github(std::ostream& out, const Report& report, const WriteOptions& options)
{
  for (const SubmissionReport& submission : report.submissions) {
    for (const core::Finding& finding : submission.findings) {
      annotate(out, submission.path, finding, submission.field_labels, options.language);
    }
  }
  for (const BatchEntry& entry : report.batch) {
    for (const core::Finding& finding : entry.findings) {
      annotate(out, entry.path, finding, entry.field_labels, options.language);
    }
  }
  out << escape_data(describe_summary(report.summary(), options.language)) << '\n';
}

} // namespace nominate::report
