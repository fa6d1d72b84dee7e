#include "html_text.hpp"
#include "sample_report.hpp"

#include <nominate/messages/labels.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;
namespace messages = nominate::messages;

namespace {

std::string write(const report::Report& run, Language language)
{
  std::ostringstream out;
  report::write_html(out, run, {language, report::Color::never});
  return out.str();
}

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

std::size_t count(const std::string& text, const std::string& part)
{
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("the HTML report puts the batch findings and a summary table before the submissions", "[report]")
{
  const auto run = nominate::test::sample_report();
  const auto page = write(run, Language::zh);
  REQUIRE(page.starts_with("<!DOCTYPE html>"));
  CHECK(contains(page, "<html lang=\"zh-CN\">"));
  CHECK(page.find("id=\"batch\"") < page.find("id=\"summary\""));
  CHECK(page.find("id=\"summary\"") < page.find("id=\"s1\""));
  // One summary row per submission, in report order, each linked to its section.
  const std::regex row(
      R"re(<tr data-path="([^"]*)" data-verdict="(pass|fail)"><td class="number">(\d+)</td><td><a href="#s(\d+)">)re");
  std::size_t index = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), row); it != std::sregex_iterator();
       ++it, ++index) {
    REQUIRE(index < run.submissions.size());
    CHECK((*it)[3] == std::to_string(index + 1));
    CHECK((*it)[4] == std::to_string(index + 1));
    CHECK((*it)[2] == (report::passed(run.submissions[index], run.strict) ? "pass" : "fail"));
    CHECK(contains(page, "<section class=\"submission\" id=\"s" + std::to_string(index + 1) + "\""));
  }
  CHECK(index == run.submissions.size());
  CHECK(contains(page, "<th>序号</th>"));
  CHECK(contains(page, "不通过"));
  // The summary's video column: the facts in one line.
  CHECK(contains(page, "h264 · 30 fps 恒定帧率 · 4:30"));
  // The rule set, as_of and the days left.
  CHECK(contains(page, "national/star@2023"));
  CHECK(contains(page, "2024-05-01"));
  CHECK(contains(page, "30"));
  // The manual checklist as tick boxes.
  CHECK(count(page, "<input type=\"checkbox\">") >= run.submissions[0].manual.size());
  // No script, no external resource.
  CHECK_FALSE(contains(page, "<script"));
  CHECK_FALSE(contains(page, "http://"));
  CHECK_FALSE(contains(page, "https://"));
}

TEST_CASE("the HTML report groups findings by severity with the IT command folded away", "[report]")
{
  const auto page = write(nominate::test::sample_report(), Language::en);
  CHECK(contains(page, "<html lang=\"en\">"));
  CHECK(contains(page, "<th>No.</th>"));
  CHECK(contains(page, "Errors (must be fixed)"));
  CHECK(contains(page, "Warnings (please check)"));
  CHECK(contains(page, "data-rule=\"video.frame-rate\""));
  CHECK(contains(page, "<details><summary>Command for IT staff</summary><pre>"));
  CHECK(contains(page, "帧率：25")); // the clause, as the notice words it
  // Under a heading that says "for IT staff", the command does not start with "IT:" again.
  CHECK_FALSE(contains(page, "<pre>IT"));
  const auto zh = write(nominate::test::sample_report(), Language::zh);
  CHECK(contains(zh, "<details><summary>给技术人员的命令</summary><pre>"));
  CHECK_FALSE(contains(zh, "<pre>IT"));
  CHECK(contains(zh, "生成工具：nominate")); // a full-width colon in Chinese, no space after it
  CHECK_FALSE(contains(zh, "生成工具: "));
}

TEST_CASE("the IT label is taken off a command shown under the IT heading", "[report]")
{
  using nominate::report::html::without_it_label;
  CHECK(without_it_label("IT：ffmpeg -i a.mov b.mp4") == "ffmpeg -i a.mov b.mp4");
  CHECK(without_it_label("IT: ffmpeg -i a.mov b.mp4") == "ffmpeg -i a.mov b.mp4");
  CHECK(without_it_label("IT（查看错误）：ffmpeg -v error") == "查看错误：ffmpeg -v error");
  CHECK(without_it_label("IT (list the errors): ffmpeg -v error") == "list the errors: ffmpeg -v error");
  CHECK(without_it_label("ffmpeg -i a.mov") == "ffmpeg -i a.mov");
  CHECK(without_it_label("IT（没有闭合") == "IT（没有闭合");
}

TEST_CASE("the HTML report embeds each material's picture and says where there is none", "[report]")
{
  auto run = nominate::test::sample_report();
  auto& materials = run.submissions[0].materials;
  REQUIRE(materials.size() >= 2);
  materials[0].picture = report::Picture{{0xFF, 0xD8, 0xFF, 0xE0}, 240, 135}; // the video's poster
  const auto page = write(run, Language::zh);
  CHECK(contains(page, "<img src=\"data:image/jpeg;base64,/9j/4A==\" width=\"240\" height=\"135\""));
  CHECK(contains(page, "无法预览")); // the photo without a thumbnail
}

TEST_CASE("every text from a user's file is escaped in the HTML report", "[report]")
{
  auto run = nominate::test::sample_report();
  auto& submission = run.submissions[0];
  submission.title = "<script>alert(1)</script>";
  submission.fields.push_back({"name", "姓名", "张\"三' & <b>", "form", "推介表.docx", std::nullopt});
  submission.materials[1].file = "a\"><img src=x onerror=alert(1)>.jpg";
  submission.findings[0].args["file"] = "<i>x</i>";
  const auto page = write(run, Language::zh);
  CHECK_FALSE(contains(page, "<script"));
  CHECK_FALSE(contains(page, "<b>"));
  CHECK_FALSE(contains(page, "<i>x"));
  CHECK_FALSE(contains(page, "<img src=x"));
  CHECK(contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(page, "张&quot;三&#39; &amp; &lt;b&gt;"));
  // Names are shown as the text report shows them: a U+202E would show 03-exe.jpg, a line break would hide
  // the name a clerk looks for on disk.
  submission.path = "危险区/03-\u202egpj.exe";
  submission.materials[1].file = "tab\tand\ncr.jpg";
  const auto named = write(run, Language::zh);
  CHECK_FALSE(contains(named, "\u202e"));
  CHECK(contains(named, "危险区/03-&lt;U+202E&gt;gpj.exe"));
  CHECK(contains(named, "tab\\tand\\ncr.jpg"));
  CHECK_FALSE(contains(named, "tab\tand"));
  // Invalid UTF-8 and control characters do not reach the page: shown as the text report shows them.
  submission.title = std::string("a\x01\xff") + "b";
  const auto other = write(run, Language::zh);
  CHECK(contains(other, "a\\x01\\xFFb"));
  CHECK_FALSE(contains(other, "\x01"));
}

TEST_CASE("every label of the HTML report reads in both languages", "[report]")
{
  for (const auto id : messages::label_ids()) {
    INFO(id);
    CHECK_FALSE(messages::label(id, Language::zh).empty());
    CHECK_FALSE(messages::label(id, Language::en).empty());
  }
  CHECK(messages::label("html.no-such-label", Language::zh) == "html.no-such-label");
}

TEST_CASE("a video that could not be read is described in the report's language", "[report]")
{
  auto run = nominate::test::sample_report();
  auto& video = run.submissions[0].materials[0];
  video.facts = {{"container", std::string("unknown")},
                 {"file_size", std::int64_t{2048}},
                 {"problem", std::string("not a video")}};
  const auto zh = write(run, Language::zh);
  CHECK(contains(zh, "<th>封装格式</th><td>无法识别</td>"));
  CHECK(contains(zh, "<th>问题</th><td>不是视频文件</td>"));
  CHECK_FALSE(contains(zh, "not a video"));
  CHECK_FALSE(contains(zh, ">unknown<"));
  const auto en = write(run, Language::en);
  CHECK(contains(en, "<th>Problem</th><td>not a video</td>"));

  // Damage entries each said by what they mean, once; FFmpeg's own words stay out of the Chinese page.
  video.facts = {
      {"container", std::string("mp4")},
      {"damage", std::string("samples past end of file (file ends at 10, index needs 20); "
                             "FFmpeg: stream 0, offset 0x30: partial file; FFmpeg: error reading")}};
  const auto damaged = write(run, Language::zh);
  CHECK(
      contains(damaged, "<th>问题</th><td>索引指向文件末尾之后的数据，文件被截断；解码器报告数据错误</td>"));
  CHECK_FALSE(contains(damaged, "partial file"));
}
