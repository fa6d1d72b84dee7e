// Issue "read the filled Word forms": a folder holding the filled form gives the same verdict as the same
// data written in nomination.yaml. Each example's form is read, its fields are written into a
// nomination.yaml in a copy without the form, and both copies are checked.
#include "pipeline_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <tuple>

using nominate::test::copy_example;
using nominate::test::request_for;
using nominate::test::TempDir;

namespace {

// A YAML double-quoted scalar: every value survives as written, whatever its spaces and line breaks.
std::string yaml_quoted(const std::string& value)
{
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

using Verdict = std::set<std::tuple<std::string, std::string, std::string, std::string>>;

// What a clerk would be told, less where it was read: rule, message, field, the value found. The form's
// own absence is the one expected difference (material.missing for the form).
Verdict verdict_of(const nominate::report::SubmissionReport& submission)
{
  Verdict verdict;
  for (const auto& finding : submission.findings) {
    if (finding.message_id == "material.missing.form") {
      continue;
    }
    verdict.emplace(finding.rule, finding.message_id, finding.field.value_or(""), finding.actual);
  }
  return verdict;
}

} // namespace

TEST_CASE("the filled Word form and the same data in nomination.yaml give the same verdict", "[pipeline]")
{
  auto [name, rules] = GENERATE(table<std::string, std::string>({{"star-compliant", "national/star"},
                                                                 {"star-faults", "national/star"},
                                                                 {"brand-compliant", "national/brand"},
                                                                 {"brand-faults", "national/brand"}}));
  INFO(name);
  TempDir temp;
  auto with_form = temp.path() / "form" / name;
  auto with_yaml = temp.path() / "yaml" / name;
  copy_example(name, with_form);
  copy_example(name, with_yaml);

  auto loaded = nominate::folder::load_submission(with_form, name, nominate::test::shipped_rules());
  REQUIRE(loaded.has_value());
  REQUIRE(loaded->submission.fields.size() >= 8); // the form was read, not just found
  std::filesystem::remove(with_yaml / "推介表.docx");
  {
    std::ofstream yaml(with_yaml / "nomination.yaml", std::ios::binary);
    yaml << "rules: " << rules << "\nfields:\n";
    for (const auto& [id, field] : loaded->submission.fields) {
      yaml << "  " << id << ": " << yaml_quoted(field.text) << '\n';
    }
  }

  auto form_run = nominate::pipeline::check_paths(request_for({with_form.string()}), nullptr);
  auto yaml_run = nominate::pipeline::check_paths(request_for({with_yaml.string()}), nullptr);
  REQUIRE(form_run.errors.empty());
  REQUIRE(yaml_run.errors.empty());
  REQUIRE(form_run.report.submissions.size() == 1);
  REQUIRE(yaml_run.report.submissions.size() == 1);
  const auto& by_form = form_run.report.submissions.front();
  const auto& by_yaml = yaml_run.report.submissions.front();
  CHECK(by_form.rules == by_yaml.rules);
  CHECK(verdict_of(by_form) == verdict_of(by_yaml));
  // The yaml copy fails only for the form it no longer has; otherwise the verdicts agree.
  bool form_passed = nominate::report::passed(by_form, false);
  CHECK(form_passed == name.ends_with("compliant"));
  CHECK(!verdict_of(by_form).empty() == !form_passed);
}
