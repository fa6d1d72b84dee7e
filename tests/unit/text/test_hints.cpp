#include "random_text.hpp"

#include <nominate/text/hints.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using nominate::text::is_blank;
using nominate::text::says_none;
using nominate::text::strip_hints;

TEST_CASE("strips length instructions a filled form keeps", "[text]")
{
  SECTION("a cell holding only the hint is not filled")
  {
    for (const char* hint :
         {"（不少于1500字）", "(200字左右)", "（2000字以内）", "（ 不少于 1500 字 ）", "(限300字)"}) {
      const auto stripped = strip_hints(hint);
      CHECK(stripped.only_hint);
      CHECK(stripped.text.empty());
      REQUIRE(stripped.removed.size() == 1);
      CHECK(stripped.removed[0] == hint);
    }
  }
  SECTION("text written around the hint stays")
  {
    const auto stripped = strip_hints("（不少于1500字）\n  2019年起，张三在社区开设书法课。");
    CHECK_FALSE(stripped.only_hint);
    CHECK(stripped.text == "2019年起，张三在社区开设书法课。");
  }
  SECTION("parentheses without an instruction are the person's own words")
  {
    CHECK(strip_hints("出版专著（约30万字）").text == "出版专著（约30万字）");
    CHECK(strip_hints("（1500字）").only_hint);
    const auto stripped = strip_hints("开设书法课（每周两次）");
    CHECK(stripped.text == "开设书法课（每周两次）");
    CHECK(stripped.removed.empty());
  }
}

TEST_CASE("strips the template's instructions kept at the start or end of a text, not inside it", "[text]")
{
  const std::string body = "2019年起，张三在社区开设书法课。";
  for (const char* hint : {"（可另附页）", "（可加页）", "（此栏不够可另附页）", "（附后）",
                           "（包括学习经历、学习成效、带动作用等）", "(主要包括学习情况等方面)"}) {
    INFO(hint);
    CHECK(strip_hints(std::string(hint) + "\n" + body).text == body);
    CHECK(strip_hints(body + "\n" + hint).text == body);
    CHECK(strip_hints(std::string("（不少于1500字）") + hint + body).text == body);
    CHECK(strip_hints(hint).only_hint);
    // Inside the person's own text, the same brackets are theirs, one or several in a row.
    const std::string inside = "张三在社区" + std::string(hint) + "开设书法课。";
    CHECK(strip_hints(inside).text == inside);
    const std::string two = "张三在社区" + std::string(hint) + "（包括学习经历等）开设书法课。";
    CHECK(strip_hints(two).text == two);
  }
}

TEST_CASE("strips stamps, signatures, photo frames and blank dates", "[text]")
{
  SECTION("markers with either kind of parentheses")
  {
    const auto stripped = strip_hints("（盖章）\n(签字)\n（彩色照片）");
    CHECK(stripped.only_hint);
    CHECK(stripped.removed.size() == 3);
  }
  SECTION("a blank date line")
  {
    CHECK(strip_hints("年    月    日").only_hint);
    CHECK(strip_hints("（盖章）\n\n        年\u3000\u3000月\u3000\u3000日").only_hint);
    CHECK(strip_hints("____年___月___日").only_hint);
  }
  SECTION("a date with digits in it is kept")
  {
    const auto stripped = strip_hints("同意推荐。（盖章）\n2024年  5月  6日");
    CHECK(stripped.text == "同意推荐。\n2024年  5月  6日");
    CHECK(strip_hints("2024年  月  日").text == "2024年  月  日");
  }
  SECTION("年月日 written together is a word, not a blank")
  {
    CHECK(strip_hints("出生年月日").text == "出生年月日");
  }
  SECTION("an opinion written above the stamp stays")
  {
    const auto stripped = strip_hints("同意推荐\n（盖章）\n年  月  日");
    CHECK_FALSE(stripped.only_hint);
    CHECK(stripped.text == "同意推荐");
  }
}

TEST_CASE("strips the template's own hints, folding spaces and parentheses", "[text]")
{
  const std::vector<std::string> hints = {"（包括学习经历、工作经历）", "请简要填写"};
  SECTION("fullwidth and halfwidth parentheses alike, spaces ignored")
  {
    CHECK(strip_hints("(包括 学习经历、\n工作经历)", hints).only_hint);
    CHECK(strip_hints("请 简要 填写", hints).only_hint);
  }
  SECTION("a hint given without its parentheses takes them along")
  {
    const std::vector<std::string> bare = {"包括学习经历、工作经历"};
    const auto stripped = strip_hints("（包括学习经历、工作经历）1980年参加工作", bare);
    CHECK(stripped.text == "1980年参加工作");
  }
  SECTION("a hint that occurs twice is removed twice")
  {
    const auto stripped = strip_hints("请简要填写 正文 请简要填写", hints);
    CHECK(stripped.text == "正文");
    CHECK(stripped.removed.size() == 2);
  }
}

TEST_CASE("Word's and WPS's placeholder of an empty content control is only a hint, kept as text or not",
          "[text]")
{
  for (const char* text : {"单击或点击此处输入文字。", "单击此处输入文字。", " 单击此处输入文字 ",
                           "Click or tap here to enter text.", "单击或点击以输入日期。"}) {
    INFO(text);
    CHECK(strip_hints(text).only_hint);
  }
  // Only as the whole value: the same words in a sentence are the sentence's.
  CHECK(strip_hints("报名时请选择一项。每周三下午在社区学校上课").text ==
        "报名时请选择一项。每周三下午在社区学校上课");
}

TEST_CASE("an empty or blank text is only a hint", "[text]")
{
  CHECK(strip_hints("").only_hint);
  CHECK(strip_hints(" \u3000\n").only_hint);
  CHECK_FALSE(strip_hints("无").only_hint);
  CHECK_FALSE(strip_hints("\xFF").only_hint);
}

TEST_CASE("tells blank text from text", "[text]")
{
  CHECK(is_blank(""));
  CHECK(is_blank(" \t\r\n\u3000\u00A0"));
  CHECK_FALSE(is_blank("  无 "));
  CHECK_FALSE(is_blank("\xFF"));
  // A template's fill-in line is not a value.
  CHECK(is_blank("________"));
  CHECK(is_blank(" ＿＿＿＿ \n ___"));
  CHECK_FALSE(is_blank("张三____"));
}

TEST_CASE("tells a value that says the field does not apply", "[text]")
{
  for (const char* none :
       {"无", " 暂无 ", "没有", "无此项", "/", "／", "-", "—", "——", "N/A", "none", "无。"}) {
    INFO(none);
    CHECK(says_none(none));
  }
  for (const char* value : {"", "无锡市", "010-62345678", "a@b.cn", "无党派人士", "N/A/B"}) {
    INFO(value);
    CHECK_FALSE(says_none(value));
  }
}

TEST_CASE("strips hints from random input without failing", "[text]")
{
  nominate::test::RandomText random(3);
  const std::vector<std::string> hints = {"（不少于1500字）", "年"};
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random.next();
    const auto stripped = strip_hints(text, hints);
    CHECK(stripped.text.size() <= text.size());
  }
}
