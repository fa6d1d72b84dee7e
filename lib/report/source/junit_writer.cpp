// JUnit XML as CI servers show test results, valid against both the strict Ant schema (JUnit.xsd, which
// GitLab's and Azure's parsers follow) and Jenkins' junit-10.xsd: a testsuite per submission and per district
// folder; in it a testcase per rule with findings and a "verdict" testcase; a testsuite "nominate" with an
// <error> testcase for each error that stopped the run (exit 2).
//
// A testcase holds at most one result element, as the Ant schema allows:
//   - <failure> when one of its findings fails the verdict (an unwaived error; with --strict an unwaived
//     warning too): its text holds every finding of the rule in that submission, failing or not;
//   - else <skipped message="…"> when it has an unwaived warning: Jenkins shows the message as the
//     "skipped" reason and GitLab the element's text as the case's output, so a warning is seen on both
//     without turning the build red (the Ant schema has no <system-out> inside a testcase);
//   - else nothing: a waived finding or a note passes, and is listed in the suite's <system-out> with the
//     verdict and the checklist of what must be checked by hand.
// The verdict testcase fails exactly when the submission fails.
#include "tally.hpp"
#include "wording.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/errors.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <fmt/format.h>
#include <pugixml.hpp>
#include <utf8proc.h>

#include <map>
#include <span>

namespace nominate::report {

namespace {

// Text XML 1.0 accepts: valid UTF-8 (else U+FFFD) without control characters but tab and line feed (else
// '?'), so a CI server's parser never rejects the report for a strange file name.
[[nodiscard]] std::string xml_text(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, left, &codepoint);
    if (length <= 0) {
      out += "\xEF\xBF\xBD";
      ++bytes;
      --left;
      continue;
    }
    const bool control = (codepoint < 0x20 && codepoint != '\t' && codepoint != '\n') ||
                         (codepoint >= 0x7f && codepoint <= 0x9f);
    if (control) {
      out += '?';
    } else if (codepoint == 0xfffe || codepoint == 0xffff) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    }
    bytes += length;
    left -= length;
  }
  return out;
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value)
{
  node.append_attribute(name).set_value(xml_text(value).c_str());
}

void set_attribute(pugi::xml_node node, const char* name, int value)
{
  node.append_attribute(name).set_value(value);
}

void add_property(pugi::xml_node properties, const char* name, std::string_view value)
{
  if (value.empty()) {
    return;
  }
  pugi::xml_node property = properties.append_child("property");
  set_attribute(property, "name", name);
  set_attribute(property, "value", value);
}

// What a testcase's findings come to (the file's header).
enum class Outcome { pass, skipped, failure, error };

struct SuiteTotals {
  int tests = 0;
  int failures = 0;
  int skipped = 0;
  int errors = 0;

  void count(Outcome outcome)
  {
    ++tests;
    failures += outcome == Outcome::failure ? 1 : 0;
    skipped += outcome == Outcome::skipped ? 1 : 0;
    errors += outcome == Outcome::error ? 1 : 0;
  }
};

class JunitWriter {
public:
  JunitWriter(pugi::xml_node suites, const WriteOptions& options, const Report& report)
      : m_suites(suites), m_options(options), m_strict(report.strict),
        m_timestamp(report.started_at.empty() ? std::string("1970-01-01T00:00:00") : report.started_at)
  {
  }

  // One testsuite: its rules' testcases and the verdict. Empty property values are left out.
  void suite(std::string_view name, std::span<const core::Finding> findings,
             const std::vector<std::pair<const char*, std::string>>& properties,
             const std::vector<core::LocalText>& manual,
             const std::map<std::string, std::string>& field_labels)
  {
    pugi::xml_node suite = open_suite(name);
    pugi::xml_node props = suite.append_child("properties");
    for (const auto& [key, value] : properties) {
      add_property(props, key, value);
    }

    std::map<std::string, std::vector<const core::Finding*>> by_rule;
    for (const core::Finding& finding : findings) {
      by_rule[finding.rule].push_back(&finding);
    }
    SuiteTotals totals;
    std::string notes;
    for (const auto& [rule, rule_findings] : by_rule) {
      totals.count(testcase(suite, name, rule, rule_findings, field_labels, notes));
    }
    const bool ok = passed(findings, m_strict);
    const Summary counts = tally(findings);
    const std::string verdict_line =
        fmt::format("{}{}{}", verdict_word(ok, language()), separator(),
                    describe_counts(counts.errors, counts.warnings, counts.waived, language()));
    pugi::xml_node verdict = add_testcase(suite, name, "verdict");
    if (!ok) {
      pugi::xml_node failure = verdict.append_child("failure");
      set_attribute(failure, "type", "verdict");
      set_attribute(failure, "message", verdict_line);
    }
    totals.count(ok ? Outcome::pass : Outcome::failure);

    std::string out = verdict_line + "\n" + notes;
    if (!manual.empty()) {
      out += fmt::format("{}\n", label_manual(language()));
      for (const core::LocalText& item : manual) {
        out += fmt::format("□ {}\n", item.get(language()));
      }
    }
    close_suite(suite, totals, out);
  }

  // The errors that stopped the run: a suite of their own, an <error> testcase each.
  void stopped(std::span<const core::Error> errors)
  {
    if (errors.empty()) {
      return;
    }
    pugi::xml_node suite = open_suite("nominate");
    suite.append_child("properties");
    SuiteTotals totals;
    for (const core::Error& error : errors) {
      pugi::xml_node testcase = add_testcase(suite, "nominate", messages::error_code_name(error.code));
      pugi::xml_node element = testcase.append_child("error");
      set_attribute(element, "type", messages::error_code_name(error.code));
      const std::string text = messages::render_error(error, language());
      set_attribute(element, "message", text);
      element.text().set(xml_text(text + "\n").c_str());
      totals.count(Outcome::error);
    }
    close_suite(suite, totals, describe_stopped(static_cast<int>(errors.size()), language()) + "\n");
  }

private:
  [[nodiscard]] core::Language language() const { return m_options.language; }
  [[nodiscard]] std::string_view separator() const { return language() == core::Language::zh ? "：" : ": "; }

  [[nodiscard]] bool fails(const core::Finding& finding) const
  {
    return !passed(std::span<const core::Finding>(&finding, 1), m_strict);
  }

  // A testsuite with the attributes both schemas require, in the order the Ant schema lists them; the counts
  // are set by close_suite.
  pugi::xml_node open_suite(std::string_view name)
  {
    pugi::xml_node suite = m_suites.append_child("testsuite");
    set_attribute(suite, "name", name);
    set_attribute(suite, "package", "nominate");
    set_attribute(suite, "id", m_next_id++);
    set_attribute(suite, "timestamp", m_timestamp);
    set_attribute(suite, "hostname", "localhost"); // not the machine's name: reports travel
    suite.append_attribute("tests");
    suite.append_attribute("failures");
    suite.append_attribute("errors");
    suite.append_attribute("skipped");
    set_attribute(suite, "time", "0");
    return suite;
  }

  void close_suite(pugi::xml_node suite, const SuiteTotals& totals, const std::string& out)
  {
    suite.attribute("tests").set_value(totals.tests);
    suite.attribute("failures").set_value(totals.failures);
    suite.attribute("errors").set_value(totals.errors);
    suite.attribute("skipped").set_value(totals.skipped);
    suite.append_child("system-out").text().set(xml_text(out).c_str());
    suite.append_child("system-err");
  }

  static pugi::xml_node add_testcase(pugi::xml_node suite, std::string_view classname, std::string_view name)
  {
    pugi::xml_node testcase = suite.append_child("testcase");
    set_attribute(testcase, "name", name);
    set_attribute(testcase, "classname", classname);
    set_attribute(testcase, "time", "0");
    return testcase;
  }

  // One rule in one folder. Waived findings and notes that leave it passing are added to `notes` (the
  // suite's output).
  Outcome testcase(pugi::xml_node suite, std::string_view classname, std::string_view rule,
                   const std::vector<const core::Finding*>& findings,
                   const std::map<std::string, std::string>& field_labels, std::string& notes)
  {
    pugi::xml_node testcase = add_testcase(suite, classname, rule);
    std::string text;
    std::vector<std::string> failing;
    std::vector<std::string> warnings;
    for (const core::Finding* finding : findings) {
      const messages::RenderedFinding rendered = messages::render(escaped_for_text(*finding), language());
      const std::string place = describe_place(escaped_for_text(*finding), field_labels, language());
      const std::string line =
          fmt::format("[{}] {}{}", severity_mark(*finding, language()),
                      place.empty() ? std::string() : place + std::string(separator()), rendered.message);
      text += masked_identifiers(line + "\n" + details(*finding, rendered)) + "\n";
      if (fails(*finding)) {
        failing.push_back(masked_identifiers(rendered.message));
      } else if (!finding->waived && finding->severity == core::Severity::warning) {
        warnings.push_back(masked_identifiers(rendered.message));
      }
    }
    if (!failing.empty()) {
      pugi::xml_node failure = testcase.append_child("failure");
      set_attribute(failure, "type", failing_type(findings));
      set_attribute(failure, "message", summary_message(failing));
      failure.text().set(xml_text(text).c_str());
      return Outcome::failure;
    }
    if (!warnings.empty()) {
      pugi::xml_node skipped = testcase.append_child("skipped");
      set_attribute(skipped, "message",
                    severity_word() + std::string(separator()) + summary_message(warnings));
      skipped.text().set(xml_text(text).c_str());
      return Outcome::skipped;
    }
    notes += text;
    return Outcome::pass;
  }

  // "error" when an unwaived error fails the case, "warning" when only warnings do (--strict).
  [[nodiscard]] std::string_view failing_type(const std::vector<const core::Finding*>& findings) const
  {
    for (const core::Finding* finding : findings) {
      if (fails(*finding) && finding->severity == core::Severity::error) {
        return "error";
      }
    }
    return "warning";
  }

  [[nodiscard]] std::string severity_word() const
  {
    return language() == core::Language::zh ? "警告" : "Warning";
  }

  // The one finding's message, or "共 3 处：…；…" for several.
  [[nodiscard]] std::string summary_message(const std::vector<std::string>& messages) const
  {
    if (messages.size() == 1) {
      return messages.front();
    }
    const bool zh = language() == core::Language::zh;
    std::string out =
        zh ? fmt::format("共 {} 处：", messages.size()) : fmt::format("{} findings: ", messages.size());
    for (std::size_t i = 0; i < messages.size(); ++i) {
      out += (i == 0 ? "" : (zh ? "；" : "; ")) + messages[i];
    }
    return out;
  }

  // The lines under a finding: expected/actual, the notice's clause, the fix, a waiver's reason.
  [[nodiscard]] std::string details(const core::Finding& finding,
                                    const messages::RenderedFinding& rendered) const
  {
    const bool zh = language() == core::Language::zh;
    std::string out;
    if (!finding.expected.empty() || !finding.actual.empty()) {
      out += fmt::format("{}{}{}{}\n", zh ? "要求值：" : "Expected: ", finding.expected,
                         zh ? "；实际：" : "; actual: ", finding.actual);
    }
    if (!finding.clause.empty()) {
      out += fmt::format("{}{}\n", label_clause(language()), finding.clause);
    }
    if (!rendered.fix.empty() && !finding.waived) {
      out += fmt::format("{}{}\n", label_fix(language()), rendered.fix);
    }
    if (finding.waived) {
      out += fmt::format("{}{}\n", label_waiver(language()), finding.waiver_reason);
    }
    return out;
  }

  pugi::xml_node m_suites;
  const WriteOptions& m_options;
  bool m_strict;
  std::string m_timestamp;
  int m_next_id = 0;
};

} // namespace

void write_junit(std::ostream& out, const Report& report, const WriteOptions& options)
{
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  // No attributes on <testsuites>: the strict Ant schema allows none (the counts are on each testsuite).
  pugi::xml_node suites = document.append_child("testsuites");

  JunitWriter writer(suites, options, report);
  writer.stopped(report.errors);
  for (const SubmissionReport& submission : report.submissions) {
    // Named as every writer a person reads names a folder: a U+202E would reverse the name in a CI page.
    writer.suite(core::escape_name_for_text(submission.path), submission.findings,
                 {{"rules", submission.rules},
                  {"as_of", submission.as_of},
                  {"kind", submission.kind},
                  {"title", submission.title},
                  {"deadline", submission.deadline.value_or("")}},
                 submission.manual, submission.field_labels);
  }
  for (const BatchEntry& entry : report.batch) {
    writer.suite(core::escape_name_for_text(entry.path), entry.findings, {}, {}, entry.field_labels);
  }
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

} // namespace nominate::report
