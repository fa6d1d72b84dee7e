#include "sample_report.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>
#include <nominate/rules/rule_set.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <sstream>

using nominate::core::Language;
namespace report = nominate::report;

namespace {

std::string write(const report::Report& run, Language language, report::Color color = report::Color::never)
{
  std::ostringstream out;
  report::write_text(out, run, {language, color});
  return out.str();
}

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

std::vector<std::string> split_lines(const std::string& text)
{
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

} // namespace

TEST_CASE("the Chinese text report groups findings under each submission with clause and fix", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const std::string text = write(run, Language::zh);
  INFO(text);

  SECTION("a header line per submission: path, rule set, verdict and counts")
  {
    CHECK(contains(
        text,
        "海淀区/01-张三 — 百姓学习之星（national/star@2023） — 不通过：错误 1 个，警告 1 个，已豁免 1 个\n"));
    CHECK(contains(
        text,
        "海淀区/02-李四 — 百姓学习之星（national/star@2023） — 通过：错误 0 个，警告 1 个，已豁免 0 个\n"));
    CHECK(contains(text, "海淀区/03-王五,备用:A — national/star@2023 — 不通过：错误 1 个"));
    CHECK(contains(text, "海淀区（整批） — 不通过：错误 1 个，警告 0 个，已豁免 0 个\n"));
  }

  SECTION("each finding: its mark, where, the message, 要求 and 怎么改")
  {
    const auto frame_rate = nominate::messages::render(run.submissions[0].findings[0], Language::zh);
    CHECK(contains(text,
                   "  [错误] 事迹视频.mp4：" + frame_rate.message.substr(0, frame_rate.message.find('\n'))));
    CHECK(contains(text, "\n      要求：帧率：25\n"));
    const std::string fix_first = frame_rate.fix.substr(0, frame_rate.fix.find('\n'));
    CHECK(contains(text, "\n      怎么改：" + fix_first + "\n"));
    // A fix of several lines (what to click, then a command) continues indented under itself.
    REQUIRE(frame_rate.fix.find('\n') != std::string::npos);
    std::istringstream fix_lines(frame_rate.fix);
    std::string line;
    std::getline(fix_lines, line);
    while (std::getline(fix_lines, line)) {
      CHECK(contains(text, "\n        " + line + "\n"));
    }

    CHECK(contains(text, "  [警告] 推介表.docx，「主要事迹和成效」，第1个表格第10行第2格："));
    CHECK(contains(text, "  [已豁免] 生活照 1.jpg："));
    // A waived finding shows why it was accepted instead of how to fix it.
    CHECK(
        contains(text, "\n      要求：照片大小不超过2M\n      豁免理由：市教委同意使用原图（2024-04-20）\n"));
    CHECK(contains(text, "  [警告] 往年推介名单.csv，第3行："));
    CHECK(contains(text, "  [错误] nomination.yaml，第7行："));
    CHECK(contains(text, "  [错误] 登记表.xlsx，工作表「登记表」L5 单元格："));
  }

  SECTION("a clause of several lines stays under its label")
  {
    CHECK(contains(text, "\n      要求：豁免须写明理由, 至少 100% 清楚\n        并经批准\n"));
  }

  SECTION("the manual checklist and the deadline close each submission; a summary closes the run")
  {
    CHECK(contains(text, "\n  还需人工核对：\n    □ 推介表须加盖本人所在单位公章\n    □ 推介表一式2份\n"));
    CHECK(contains(text, "\n  距截止日期（2024-05-31）还有 30 天\n"));
    CHECK(contains(text, "\n  截止日期（2024-05-31）已过 3 天\n"));
    const auto lines = split_lines(text);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back() ==
          "合计：3 份推介，1 份通过，2 份不通过；整批检查 1 项不通过；错误 3 个，警告 2 个，已豁免 1 个");
  }

  SECTION("no escape codes unless colour is asked for")
  {
    CHECK_FALSE(contains(text, "\x1b"));
  }
}

TEST_CASE("the English text report says the same in English", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const std::string zh = write(run, Language::zh);
  const std::string en = write(run, Language::en);
  INFO(en);
  CHECK(zh != en);
  CHECK(contains(
      en, "海淀区/01-张三 — 百姓学习之星 (national/star@2023) — FAIL: 1 error, 1 warning, 1 waived\n"));
  CHECK(contains(
      en, "海淀区/02-李四 — 百姓学习之星 (national/star@2023) — PASS: 0 errors, 1 warning, 0 waived\n"));
  const auto frame_rate = nominate::messages::render(run.submissions[0].findings[0], Language::en);
  CHECK(
      contains(en, "  [ERROR] 事迹视频.mp4: " + frame_rate.message.substr(0, frame_rate.message.find('\n'))));
  CHECK(contains(en, "\n      Requirement: 帧率：25\n"));
  CHECK(contains(en, "\n      How to fix: " + frame_rate.fix.substr(0, frame_rate.fix.find('\n'))));
  CHECK(contains(en, "  [WARNING] 推介表.docx, field deeds (主要事迹和成效), table 1, row 10, cell 2: "));
  CHECK(contains(en, "  [WAIVED] 生活照 1.jpg: "));
  CHECK(contains(en, "  [ERROR] 登记表.xlsx, sheet 登记表, cell L5: "));
  CHECK(contains(en, "\n  Check by hand:\n    □ The form bears the seal of the nominee's unit\n"));
  CHECK(contains(en, "\n  Deadline 2024-05-31: 30 days left\n"));
  CHECK(contains(en, "\n  Deadline 2024-05-31: passed 3 days ago\n"));
  CHECK(contains(en, "海淀区 (district as a whole) — FAIL: 1 error"));
  CHECK(split_lines(en).back() ==
        "Summary: 3 submissions, 1 passed, 2 failed; 1 batch check failed; 3 errors, 2 warnings, 1 waived");
  CHECK_FALSE(contains(en, "\x1b"));
}

TEST_CASE("colour only with Color::always: red errors, yellow warnings, green pass, dim waived", "[report]")
{
  const report::Report run = nominate::test::sample_report();
  const std::string text = write(run, Language::zh, report::Color::always);
  CHECK(contains(text, "\x1b[31m[错误]\x1b[0m 事迹视频.mp4"));
  CHECK(contains(text, "\x1b[33m[警告]\x1b[0m 推介表.docx"));
  CHECK(contains(text, "\x1b[32m通过\x1b[0m"));
  CHECK(contains(text, "\x1b[31m不通过\x1b[0m"));
  CHECK(contains(text, "\x1b[2m  [已豁免] 生活照 1.jpg"));
  CHECK(contains(text, "\x1b[2m      豁免理由：市教委同意使用原图（2024-04-20）\x1b[0m\n"));
}

TEST_CASE("text from a user's files cannot steer the terminal", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].path = "海淀区/\x1b]0;title\x07张三";
  run.submissions[0].findings[0].file = "视频\x1b[2J.mp4";
  run.submissions[0].manual[0].zh = "盖章\xc2\x9b"
                                    "31m";
  for (const report::Color color : {report::Color::never, report::Color::always}) {
    const std::string text = write(run, Language::zh, color);
    // Names are escaped visibly (design.md, "Names that are not plain text"); other text from files as `?`.
    CHECK(contains(text, "海淀区/\\x1B]0;title\\x07张三"));
    CHECK(contains(text, "视频\\x1B[2J.mp4"));
    CHECK(contains(text, "□ 盖章?31m"));
    CHECK_FALSE(contains(text, "\x07"));
    CHECK_FALSE(contains(text, "\xc2\x9b"));
    if (color == report::Color::never) {
      CHECK_FALSE(contains(text, "\x1b"));
    }
  }
}

TEST_CASE("a deadline today, a day left, and a run with nothing in it", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].days_left = 0;
  run.submissions[2].days_left = 1;
  run.submissions[1].deadline = "2024-06-01";
  const std::string zh = write(run, Language::zh);
  CHECK(contains(zh, "今天是截止日期（2024-05-31）"));
  CHECK(contains(zh, "距截止日期（2024-05-31）还有 1 天"));
  CHECK(contains(zh, "截止日期：2024-06-01"));
  const std::string en = write(run, Language::en);
  CHECK(contains(en, "Deadline 2024-05-31: today"));
  CHECK(contains(en, "Deadline 2024-05-31: 1 day left"));

  const std::string empty = write(report::Report{}, Language::en);
  CHECK(empty == "Summary: 0 submissions, 0 passed, 0 failed; 0 errors, 0 warnings, 0 waived\n");
}

TEST_CASE("a run that stopped prints no batch line that reads as a pass", "[report]")
{
  report::Report run;
  run.batch.push_back(report::BatchEntry{"zt", {}, {}, {}, report::BatchKind::district});
  CHECK(contains(write(run, Language::zh), "zt（整批） — 通过"));
  nominate::core::Error error;
  error.code = nominate::core::ErrorCode::invalid_config;
  error.message = "zone: 试验区";
  error.file = "zt/nominate.yaml";
  run.errors.push_back(error);
  const std::string stopped = write(run, Language::zh);
  INFO(stopped);
  CHECK_FALSE(contains(stopped, "通过：错误 0 个"));
}

TEST_CASE("extreme values render without overflow", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].days_left = std::numeric_limits<int>::min();
  run.submissions[2].days_left = std::numeric_limits<int>::max();
  run.submissions[1].findings[0].location->row = std::numeric_limits<int>::min();
  const std::string en = write(run, Language::en);
  CHECK(contains(en, "passed 2147483648 days ago"));
  CHECK(contains(en, "2147483647 days left"));
  CHECK(contains(en, "row -2147483648"));
}

TEST_CASE("the text report says which date it judged against, where it came from and how to set another",
          "[report]")
{
  auto run = nominate::test::sample_report();
  auto& zhang = run.submissions.front();
  zhang.as_of = "2026-12-02";
  zhang.as_of_source = "today";
  auto zh = write(run, Language::zh);
  CHECK(contains(zh, "判断日期：2026-12-02（通知未注明日期，按今天；"));
  CHECK(contains(zh, "在 nominate.yaml 写 as_of: YYYY-MM-DD，或加 --as-of YYYY-MM-DD"));
  zhang.as_of_source = "config";
  zhang.as_of_config = "海淀区/nominate.yaml";
  CHECK(contains(write(run, Language::en), "Reference date: 2026-12-02 (as_of in 海淀区/nominate.yaml)"));
  zhang.as_of_source = "deadline";
  CHECK(contains(write(run, Language::zh), "按截止日期"));
}

TEST_CASE("a waived finding shows who approved the waiver, and when", "[report]")
{
  auto run = nominate::test::sample_report();
  auto& finding = run.submissions.front().findings.front();
  finding.waived = true;
  finding.waiver_reason = "区教育局同意";
  finding.waiver_approved_by = "海淀区教育局";
  finding.waiver_date = "2024-05-06";
  CHECK(contains(write(run, Language::zh), "区教育局同意（批准：海淀区教育局, 2024-05-06）"));
}

TEST_CASE("hostile file names are escaped visibly: no forged line, no reordering, no raw invalid bytes",
          "[report]")
{
  report::Report run = nominate::test::sample_report();
  auto& zhang = run.submissions[0];
  zhang.path = "海淀区/01-\xD5\xC5\xC8\xFD"; // GBK bytes, not UTF-8
  zhang.findings[0].file = "事迹\n  [ERROR] forged.mp4";
  zhang.findings[0].args["file"] = zhang.findings[0].file;
  zhang.findings[1].file = "x\xE2\x80\xAEgpj.jpg";
  zhang.findings[1].args["file"] = zhang.findings[1].file;
  for (Language language : {Language::zh, Language::en}) {
    const std::string text = write(run, language);
    INFO(text);
    CHECK(contains(text, "海淀区/01-\\xD5\\xC5\\xC8\\xFD"));
    CHECK(contains(text, "事迹\\n  [ERROR] forged.mp4"));
    CHECK_FALSE(contains(text, "\n  [ERROR] forged"));
    CHECK(contains(text, "x<U+202E>gpj.jpg"));
    CHECK_FALSE(contains(text, "\xE2\x80\xAE"));
    CHECK(nominate::core::is_valid_utf8(text));
  }
}

TEST_CASE("a fix the finding above gave for the same file is not printed again", "[report]")
{
  report::Report run = nominate::test::sample_report();
  auto& findings = run.submissions[0].findings;
  const auto video = findings[0];
  auto same_file = video; // another finding on the same video whose fix is the same export
  same_file.clause = "格式：mp4";
  auto other_file = video;
  other_file.file = "备用视频.mp4";
  findings.insert(findings.begin() + 1, {same_file, other_file});
  const auto fix = nominate::messages::render(video, Language::zh).fix;
  const std::string fix_first = "怎么改：" + fix.substr(0, fix.find('\n')) + "\n";

  const std::string text = write(run, Language::zh);
  INFO(text);
  const auto first = text.find(fix_first);
  REQUIRE(first != std::string::npos);
  const auto above = text.find("要求：格式：mp4\n      怎么改：同上（按上一条的方法，一并改好）\n", first);
  CHECK(above != std::string::npos);
  // Another file is another job: its fix is printed in full.
  CHECK(text.find(fix_first, above) != std::string::npos);
  CHECK(contains(write(run, Language::en), "How to fix: as above (the same steps mend this too)\n"));
}

TEST_CASE("a folder no notice could be chosen for is named in the report's language", "[report]")
{
  report::Report run = nominate::test::sample_report();
  run.submissions[0].rules = "unknown@-";
  run.submissions[0].rules_title = std::string(nominate::rules::k_title_form_unreadable);
  const std::string zh = write(run, Language::zh);
  CHECK(contains(zh, "海淀区/01-张三 — （推介表无法读取，未能确定通知）（unknown@-） — "));
  CHECK_FALSE(contains(zh, "notice unknown"));
  const std::string en = write(run, Language::en);
  CHECK(contains(en, "海淀区/01-张三 — (form unreadable: notice unknown) (unknown@-) — "));
  CHECK_FALSE(contains(en, "未能确定通知"));
}
