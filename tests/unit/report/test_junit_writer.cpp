#include "run_tool.hpp"
#include "sample_report.hpp"
#include "temp_dir.hpp"

#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;

namespace {

std::string write(const report::Report& run, Language language)
{
  std::ostringstream out;
  report::write_junit(out, run, {language, report::Color::never});
  return out.str();
}

int count_children(pugi::xml_node node, const char* name)
{
  int n = 0;
  for ([[maybe_unused]] pugi::xml_node child : node.children(name)) {
    ++n;
  }
  return n;
}

pugi::xml_node testcase(pugi::xml_node suite, const char* name)
{
  return suite.find_child_by_attribute("testcase", "name", name);
}

int suite_total(pugi::xml_node suites, const char* attribute)
{
  int total = 0;
  for (pugi::xml_node suite : suites.children("testsuite")) {
    total += suite.attribute(attribute).as_int();
  }
  return total;
}

} // namespace

TEST_CASE("the JUnit report parses back: a suite per submission, a case per rule and a verdict", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const std::string xml = write(run, Language::zh);
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_string(xml.c_str());
  REQUIRE(parsed);

  const pugi::xml_node suites = document.child("testsuites");
  REQUIRE(suites);
  CHECK(count_children(suites, "testsuite") == 4);
  CHECK_FALSE(suites.first_attribute()); // the strict Ant schema allows no attribute on <testsuites>
  // 张三: 3 rules + verdict; 李四: 1 + verdict; 王五: 1 + verdict; 海淀区: 1 + verdict.
  CHECK(suite_total(suites, "tests") == 10);
  // Failing cases: frame-rate and 张三's verdict, waiver.invalid and 王五's verdict, registration and the
  // district's verdict. Skipped: the two rules with only a warning.
  CHECK(suite_total(suites, "failures") == 6);
  CHECK(suite_total(suites, "skipped") == 2);
  CHECK(suite_total(suites, "errors") == 0);

  const pugi::xml_node zhang = suites.find_child_by_attribute("testsuite", "name", "海淀区/01-张三");
  REQUIRE(zhang);
  CHECK(zhang.attribute("tests").as_int() == 4);
  CHECK(zhang.attribute("failures").as_int() == 2);
  CHECK(zhang.attribute("skipped").as_int() == 1);
  CHECK(zhang.attribute("errors").as_int() == 0);
  CHECK(std::string(zhang.child("properties")
                        .find_child_by_attribute("property", "name", "rules")
                        .attribute("value")
                        .value()) == "national/star@2023");

  SECTION("an unwaived error is the one failure of its case, with the message, clause and fix")
  {
    const pugi::xml_node frame_rate = testcase(zhang, "video.frame-rate");
    REQUIRE(frame_rate);
    CHECK(std::string(frame_rate.attribute("classname").value()) == "海淀区/01-张三");
    REQUIRE(count_children(frame_rate, "failure") == 1);
    const pugi::xml_node failure = frame_rate.child("failure");
    const auto rendered = nominate::messages::render(run.submissions[0].findings[0], Language::zh);
    CHECK(std::string(failure.attribute("message").value()) == rendered.message);
    CHECK(std::string(failure.attribute("type").value()) == "error");
    const std::string body = failure.text().get();
    CHECK(body.find("要求：帧率：25") != std::string::npos);
    CHECK(body.find(rendered.fix) != std::string::npos);
    CHECK(body.find("要求值：25 fps；实际：30 fps") != std::string::npos);
  }

  SECTION("a warning is a skipped case with its message; a waived error passes and is in the suite's output")
  {
    const pugi::xml_node length = testcase(zhang, "text.length");
    REQUIRE(length);
    CHECK(count_children(length, "failure") == 0);
    REQUIRE(count_children(length, "skipped") == 1);
    CHECK(std::string(length.child("skipped").attribute("message").value()).starts_with("警告："));
    const std::string out = length.child("skipped").text().get();
    CHECK(out.find("[警告]") != std::string::npos);
    CHECK(out.find("推介表.docx，「主要事迹和成效」，第1个表格第10行第2格") != std::string::npos);

    const pugi::xml_node size = testcase(zhang, "photo.file-size");
    CHECK_FALSE(size.first_child());
    const std::string waived = zhang.child("system-out").text().get();
    CHECK(waived.find("[已豁免]") != std::string::npos);
    CHECK(waived.find("市教委同意使用原图") != std::string::npos);
  }

  SECTION("the verdict case fails with the submission; the checklist is in the suite's output")
  {
    const pugi::xml_node verdict = testcase(zhang, "verdict");
    REQUIRE(verdict);
    CHECK(std::string(verdict.child("failure").attribute("message").value()).starts_with("不通过"));
    const std::string out = zhang.child("system-out").text().get();
    CHECK(out.find("还需人工核对") != std::string::npos);
    CHECK(out.find("□ 推介表须加盖本人所在单位公章") != std::string::npos);

    const pugi::xml_node li = suites.find_child_by_attribute("testsuite", "name", "海淀区/02-李四");
    CHECK(li.attribute("failures").as_int() == 0);
    CHECK_FALSE(testcase(li, "verdict").child("failure"));
  }

  SECTION("the district's findings are a suite of their own")
  {
    const pugi::xml_node district = suites.find_child_by_attribute("testsuite", "name", "海淀区");
    REQUIRE(district);
    const pugi::xml_node registration = testcase(district, "batch.registration");
    REQUIRE(registration.child("failure"));
    CHECK(std::string(registration.child("failure").text().get()).find("工作表「登记表」L5 单元格") !=
          std::string::npos);
  }
}

TEST_CASE("JUnit: one failure per case holds all its findings; strict makes warnings failures", "[report]")
{
  report::Report run = nominate::test::sample_report();
  auto second = run.submissions[0].findings[0];
  second.file = "事迹视频（二）.mp4";
  run.submissions[0].findings.push_back(second);
  run.strict = true;
  pugi::xml_document document;
  REQUIRE(document.load_string(write(run, Language::en).c_str()));
  const pugi::xml_node zhang =
      document.child("testsuites").find_child_by_attribute("testsuite", "name", "海淀区/01-张三");
  const pugi::xml_node frame_rate = testcase(zhang, "video.frame-rate");
  REQUIRE(count_children(frame_rate, "failure") == 1);
  CHECK(std::string(frame_rate.child("failure").attribute("message").value()).starts_with("2 findings: "));
  const std::string body = frame_rate.child("failure").text().get();
  CHECK(body.find("事迹视频.mp4") != std::string::npos);
  CHECK(body.find("事迹视频（二）.mp4") != std::string::npos);
  CHECK(count_children(testcase(zhang, "text.length"), "failure") == 1);
  CHECK(std::string(testcase(zhang, "text.length").child("failure").attribute("type").value()) == "warning");
  CHECK_FALSE(testcase(zhang, "photo.file-size").first_child());
  CHECK(std::string(testcase(zhang, "verdict").child("failure").attribute("message").value())
            .starts_with("FAIL"));
}

TEST_CASE("JUnit output stays well-formed XML with control characters and invalid UTF-8", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].path = "海淀区/\x1b[31m01\xff";
  run.submissions[0].findings[0].clause = std::string("a\x01") + '\0' + "b]]>&<\"'";
  const std::string xml = write(run, Language::zh);
  pugi::xml_document document;
  REQUIRE(document.load_string(xml.c_str()));
  const pugi::xml_node suite = document.child("testsuites").child("testsuite");
  // Named as the text report names it: the escape and the invalid byte shown, not passed.
  CHECK(std::string(suite.attribute("name").value()) == "海淀区/\\x1B[31m01\\xFF");
  CHECK(xml.find('\x1b') == std::string::npos);
  const std::string body = testcase(suite, "video.frame-rate").child("failure").text().get();
  CHECK(body.find("a??b]]>&<\"'") != std::string::npos);

  if (nominate::test::have_tool("xmllint")) {
    const nominate::test::TempDir dir;
    const auto file = dir.write("junit.xml", xml);
    const auto lint = nominate::test::run_tool({"xmllint", "--noout", file.string()});
    INFO(lint.output);
    CHECK(lint.exit_code == 0);
  }
}

TEST_CASE("an empty run is an empty testsuites element", "[report]")
{
  pugi::xml_document document;
  REQUIRE(document.load_string(write(report::Report{}, Language::en).c_str()));
  REQUIRE(document.child("testsuites"));
  CHECK_FALSE(document.child("testsuites").child("testsuite"));
}
