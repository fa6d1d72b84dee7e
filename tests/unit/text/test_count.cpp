#include <nominate/text/count.hpp>

#include <catch2/catch.hpp>

#include <random>
#include <string>

using nominate::text::count_characters;

TEST_CASE("counts characters as Word's 字数 does", "[text]")
{
  SECTION("the values design.md checks")
  {
    CHECK(count_characters("中文测试").words == 4);
    CHECK(count_characters("Hello 世界").words == 3);
    CHECK(count_characters("Hello、World。").words == 4);
    CHECK(count_characters("１２３４５").words == 5);
    CHECK(count_characters("東京2024オリンピック").words == 9);
    CHECK(count_characters("2024年").words == 2);
  }
  SECTION("white space, U+3000 and line breaks count nothing")
  {
    CHECK(count_characters("").words == 0);
    CHECK(count_characters(" \t\r\n\u3000\u00A0").words == 0);
    CHECK(count_characters("中\u3000文\r\n测\n试").words == 4);
    CHECK(count_characters("one\ntwo").words == 2);
    CHECK(count_characters("one\u3000two").words == 2);
  }
  SECTION("each block design.md lists counts one per character")
  {
    CHECK(count_characters("\u3400\U00020000\U0002A700\U00030000\U00031350\uF900\U0002F800").words == 7);
    CHECK(count_characters("ひらがなカタカナ").words == 8);
    CHECK(count_characters("한국어").words == 3);
    CHECK(count_characters("ㄅㄆㄇ").words == 3);
    CHECK(count_characters("《》「」【】").words == 6);
    CHECK(count_characters("，！？（）").words == 5);
    CHECK(count_characters("㈠㈡㊀").words == 3); // Enclosed CJK Letters and Months
    CHECK(count_characters("㎡㎏").words == 2);   // CJK Compatibility
    CHECK(count_characters("︐︑").words == 2);   // Vertical Forms
    CHECK(count_characters("︵︶").words == 2);   // CJK Compatibility Forms
    CHECK(count_characters("🈀🈁").words == 2);     // Enclosed Ideographic Supplement
  }
  SECTION("a run of other characters counts one, broken by East Asian characters and spaces")
  {
    CHECK(count_characters("Hello, world!").words == 2);
    CHECK(count_characters("COVID-19疫情期间").words == 5);
    CHECK(count_characters("约3.5万人次").words == 5);
    CHECK(count_characters("a（b）c").words == 5);
  }
}

TEST_CASE("reports the parts of the count: Han only, non-space, with spaces", "[text]")
{
  const auto count = count_characters("Hello 世界，2024年！\n");
  CHECK(count.words == 7);
  CHECK(count.east_asian == 5);
  CHECK(count.han == 3);
  CHECK(count.other_runs == 2);
  CHECK(count.non_space == 14);
  CHECK(count.with_spaces == 15);
  CHECK(count_characters("二〇二四年").han == 5);
  CHECK(count_characters("，。").han == 0);
}

TEST_CASE("counts invalid UTF-8 without crashing, a bad byte as one other character", "[text]")
{
  SECTION("stray and truncated bytes")
  {
    CHECK(count_characters("\xFF").words == 1);
    CHECK(count_characters("\xFF").non_space == 1);
    CHECK(count_characters("中\xFF文").words == 3);
    CHECK(count_characters("ab\xC3").words == 1);
    CHECK(count_characters("ab\xC3").non_space == 3);
    CHECK(count_characters("\xE4\xB8").non_space == 2); // 中 cut after two bytes
  }
  SECTION("overlong encodings and surrogates are not characters")
  {
    CHECK(count_characters("\xC0\xAF").non_space == 2);
    CHECK(count_characters("\xED\xA0\x80").non_space == 3);
  }
  SECTION("random bytes")
  {
    std::mt19937 random(42);
    std::string bytes(1 << 16, '\0');
    for (char& byte : bytes) {
      byte = static_cast<char>(random() & 0xFF);
    }
    const auto count = count_characters(bytes);
    CHECK(count.non_space <= bytes.size());
    CHECK(count.words <= count.non_space);
  }
}

TEST_CASE("display columns: two for an East Asian character, one for any other", "[text]")
{
  CHECK(nominate::text::display_columns("") == 0);
  CHECK(nominate::text::display_columns("--as-of") == 7);
  CHECK(nominate::text::display_columns("--as-of 日期") == 12);
  CHECK(nominate::text::display_columns("（必填）") == 8); // fullwidth parentheses are wide too
  CHECK(nominate::text::display_columns("a\xff") == 2);    // an invalid byte is one column
}
