// Hostile file names in every writer (issue 13, class 3): a name with a line break, a bidi override or bytes
// that are not UTF-8 cannot forge a line, an annotation or a finding, nor reorder text on screen; every
// output stays valid UTF-8.
#include "sample_report.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>

#include <functional>
#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;

namespace {

report::Report hostile_report()
{
  report::Report run = nominate::test::sample_report();
  auto& zhang = run.submissions[0];
  zhang.findings[0].file = "事迹\n::error::forged.mp4";
  zhang.findings[0].args["file"] = zhang.findings[0].file;
  zhang.findings[1].file = "x\xE2\x80\xAEgpj.jpg";
  zhang.findings[1].args["file"] = zhang.findings[1].file;
  return run;
}

using Writer = std::function<void(std::ostream&, const report::Report&, const report::WriteOptions&)>;

bool has_line_starting(const std::string& text, const std::string& start)
{
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with(start)) {
      return true;
    }
  }
  return false;
}

// What GitHub shows of each workflow command: the data after the properties' closing "::".
std::string messages_of_annotations(const std::string& text)
{
  std::istringstream lines(text);
  std::string line;
  std::string out;
  while (std::getline(lines, line)) {
    auto data = line.starts_with("::") ? line.find("::", 2) : std::string::npos;
    out += (data == std::string::npos ? line : line.substr(data + 2)) + '\n';
  }
  return out;
}

} // namespace

TEST_CASE("every writer shows hostile names escaped and stays valid UTF-8", "[report]")
{
  const std::vector<std::pair<std::string, Writer>> writers{
      {"text", report::write_text},     {"json", report::write_json},
      {"sarif", report::write_sarif},   {"junit", report::write_junit},
      {"github", report::write_github}, {"summary", report::write_github_summary},
      {"html", report::write_html}};
  const auto run = hostile_report();
  for (const auto& [name, writer] : writers) {
    for (Language language : {Language::zh, Language::en}) {
      CAPTURE(name, language == Language::zh);
      std::ostringstream out;
      writer(out, run, {language});
      const std::string text = out.str();
      CHECK(nominate::core::is_valid_utf8(text));
      // No forged line: the name's break never starts a line of its own, least of all a workflow command.
      CHECK_FALSE(has_line_starting(text, "::error::forged"));
      // No raw right-to-left override where a person reads; JSON and SARIF keep a valid UTF-8 name as it is
      // in `file` (lossless, design.md), their messages show it escaped.
      // GitHub's `file=` property shows a hostile name escaped as the message does (a plain name is the
      // name on disk, so that its annotation attaches).
      if (name == "github") {
        CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
        CHECK(messages_of_annotations(text).find("x<U+202E>gpj.jpg") != std::string::npos);
        CHECK(text.find("file=海淀区/01-张三/x<U+202E>gpj.jpg") != std::string::npos);
      } else if (name != "json" && name != "sarif") {
        CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
      } else {
        CHECK(text.find("x<U+202E>gpj.jpg") != std::string::npos);
      }
    }
  }
}

TEST_CASE("--show-fields shows a value's bidi and zero-width characters escaped, never raw", "[report]")
{
  auto run = nominate::test::sample_report();
  report::FieldEntry name;
  name.id = "name";
  name.label = "姓名";
  name.value = "王\xE2\x80\xAE兰秀\xE2\x80\x8B";
  name.source = "form";
  name.file = "推介表.docx";
  run.submissions[0].fields.push_back(name);
  report::WriteOptions options{Language::zh};
  options.fields = report::WriteOptions::Fields::show;
  std::ostringstream out;
  report::write_text(out, run, options);
  const std::string text = out.str();
  INFO(text);
  CHECK(text.find("姓名 (name) = “王<U+202E>兰秀<U+200B>”") != std::string::npos);
  CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
}
