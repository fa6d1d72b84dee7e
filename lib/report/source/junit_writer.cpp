// JUnit XML, as CI servers (Jenkins, GitLab, Azure) show test results: one testsuite per submission and per
// district folder; in it one testcase per rule with findings and one "verdict" testcase.
//
// A finding that fails the verdict (an unwaived error; with --strict an unwaived warning too) is a <failure>
// of its rule's testcase, one element each. Warnings that do not fail, waived findings and notes are not
// failures and not "skipped" (the check did run): they are lines of the testcase's <system-out>, so they
// are seen without turning the build red. The verdict testcase fails exactly when the submission fails, and
// its <system-out> holds the checklist of what must be checked by hand.
#include "tally.hpp"
#include "wording.hpp"

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

struct SuiteTotals {
  int tests = 0;
  int failures = 0;
};

class JunitWriter {
public:
  JunitWriter(pugi::xml_node suites, const WriteOptions& options, bool strict)
      : m_suites(suites), m_options(options), m_strict(strict)
  {
  }

  // One testsuite: its rules' testcases and the verdict. Empty property values are left out.
  void suite(std::string_view name, std::span<const core::Finding> findings,
             const std::vector<std::pair<const char*, std::string>>& properties,
             const std::vector<core::LocalText>& manual,
             const std::map<std::string, std::string>& field_labels)
  {
    pugi::xml_node suite = m_suites.append_child("testsuite");
    set_attribute(suite, "name", name);
    // Counts are known at the end; the attributes are created here so they come right after the name.
    pugi::xml_attribute tests = suite.append_attribute("tests");
    pugi::xml_attribute failures = suite.append_attribute("failures");
    set_attribute(suite, "errors", 0);
    set_attribute(suite, "skipped", 0);
    pugi::xml_node props = suite.append_child("properties");
    for (const auto& [key, value] : properties) {
      add_property(props, key, value);
    }
    if (props.first_child().empty()) {
      suite.remove_child(props);
    }

    std::map<std::string, std::vector<const core::Finding*>> by_rule;
    for (const core::Finding& finding : findings) {
      by_rule[finding.rule].push_back(&finding);
    }
    SuiteTotals totals;
    for (const auto& [rule, rule_findings] : by_rule) {
      totals.failures += testcase(suite, name, rule, rule_findings, field_labels) ? 1 : 0;
      ++totals.tests;
    }
    totals.failures += verdict(suite, name, findings, manual) ? 1 : 0;
    ++totals.tests;

    tests.set_value(totals.tests);
    failures.set_value(totals.failures);
    m_totals.tests += totals.tests;
    m_totals.failures += totals.failures;
  }

  [[nodiscard]] const SuiteTotals& totals() const { return m_totals; }

private:
  [[nodiscard]] core::Language language() const { return m_options.language; }

  [[nodiscard]] bool fails(const core::Finding& finding) const
  {
    return !passed(std::span<const core::Finding>(&finding, 1), m_strict);
  }

  // Returns true when the testcase failed.
  bool testcase(pugi::xml_node suite, std::string_view classname, std::string_view rule,
                const std::vector<const core::Finding*>& findings,
                const std::map<std::string, std::string>& field_labels)
  {
    pugi::xml_node testcase = suite.append_child("testcase");
    set_attribute(testcase, "classname", classname);
    set_attribute(testcase, "name", rule);
    std::string out;
    bool failed = false;
    for (const core::Finding* finding : findings) {
      const messages::RenderedFinding rendered = messages::render(*finding, language());
      const std::string place = describe_place(*finding, field_labels, language());
      if (fails(*finding)) {
        failed = true;
        pugi::xml_node failure = testcase.append_child("failure");
        set_attribute(failure, "type", core::to_string(finding->severity));
        set_attribute(failure, "message", rendered.message);
        failure.text().set(xml_text(details(*finding, rendered, place)).c_str());
      } else {
        out += fmt::format("[{}] {}{}\n", severity_mark(*finding, language()),
                           place.empty() ? std::string()
                                         : place + (language() == core::Language::zh ? "：" : ": "),
                           rendered.message);
        out += details(*finding, rendered, {});
      }
    }
    if (!out.empty()) {
      testcase.append_child("system-out").text().set(xml_text(out).c_str());
    }
    return failed;
  }

  bool verdict(pugi::xml_node suite, std::string_view classname, std::span<const core::Finding> findings,
               const std::vector<core::LocalText>& manual)
  {
    pugi::xml_node testcase = suite.append_child("testcase");
    set_attribute(testcase, "classname", classname);
    set_attribute(testcase, "name", "verdict");
    const bool ok = passed(findings, m_strict);
    const Summary counts = tally(findings);
    const std::string text =
        fmt::format("{}{}{}", verdict_word(ok, language()), language() == core::Language::zh ? "：" : ": ",
                    describe_counts(counts.errors, counts.warnings, counts.waived, language()));
    if (!ok) {
      pugi::xml_node failure = testcase.append_child("failure");
      set_attribute(failure, "type", "verdict");
      set_attribute(failure, "message", text);
    }
    std::string out = text + "\n";
    if (!manual.empty()) {
      out += fmt::format("{}\n", label_manual(language()));
      for (const core::LocalText& item : manual) {
        out += fmt::format("□ {}\n", item.get(language()));
      }
    }
    testcase.append_child("system-out").text().set(xml_text(out).c_str());
    return !ok;
  }

  // The lines under a finding: where, expected/actual, the notice's clause, the fix, a waiver's reason.
  [[nodiscard]] std::string details(const core::Finding& finding, const messages::RenderedFinding& rendered,
                                    std::string_view place) const
  {
    const bool zh = language() == core::Language::zh;
    std::string out;
    if (!place.empty()) {
      out += fmt::format("{}{}\n", zh ? "位置：" : "Where: ", place);
    }
    if (!finding.expected.empty() || !finding.actual.empty()) {
      out += fmt::format("{}{}{}{}\n", zh ? "要求值：" : "Expected: ", finding.expected,
                         zh ? "；实际：" : "; actual: ", finding.actual);
    }
    if (!finding.clause.empty()) {
      out += fmt::format("{}{}\n", label_clause(language()), finding.clause);
    }
    if (!rendered.fix.empty()) {
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
  SuiteTotals m_totals;
};

} // namespace

void write_junit(std::ostream& out, const Report& report, const WriteOptions& options)
{
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node suites = document.append_child("testsuites");
  set_attribute(suites, "name", "nominate");

  JunitWriter writer(suites, options, report.strict);
  for (const SubmissionReport& submission : report.submissions) {
    writer.suite(submission.path, submission.findings,
                 {{"rules", submission.rules},
                  {"as_of", submission.as_of},
                  {"kind", submission.kind},
                  {"title", submission.title},
                  {"deadline", submission.deadline.value_or("")}},
                 submission.manual, submission.field_labels);
  }
  for (const BatchEntry& entry : report.batch) {
    writer.suite(entry.path, entry.findings, {}, {}, entry.field_labels);
  }
  set_attribute(suites, "tests", writer.totals().tests);
  set_attribute(suites, "failures", writer.totals().failures);
  set_attribute(suites, "errors", 0);
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

} // namespace nominate::report
