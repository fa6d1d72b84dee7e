#include <nominate/text/normalize.hpp>

#include <catch2/catch.hpp>

using namespace nominate::text;

TEST_CASE("trims ASCII white space, ideographic and no-break spaces", "[text]")
{
  CHECK(trim("  张三\t") == "张三");
  CHECK(trim("\u3000\u3000张 三\u00A0\r\n") == "张 三");
  CHECK(trim("\u3000 \u00A0").empty());
  CHECK(trim("").empty());
  CHECK(trim("\xFF ") == "\xFF");
}

TEST_CASE("makes fullwidth ASCII halfwidth", "[text]")
{
  CHECK(to_halfwidth("１２３４５") == "12345");
  CHECK(to_halfwidth("（签字）：ＡＢｃ～") == "(签字):ABc~");
  CHECK(to_halfwidth("中\u3000文") == "中 文");
  CHECK(to_halfwidth("。、《》") == "。、《》");
  CHECK(to_halfwidth("a\xFFz") == "a\xFFz");
}

TEST_CASE("normalizes form labels for matching", "[text]")
{
  CHECK(normalize_label("姓    名") == "姓名");
  CHECK(normalize_label("参加工作\n时    间") == "参加工作时间");
  CHECK(normalize_label("专 业 技\n术 职 称") == "专业技术职称");
  CHECK(normalize_label("性\u3000别：") == "性别");
  CHECK(normalize_label("民\u00A0族:") == "民族");
  CHECK(normalize_label("参与人数（次）") == "参与人数(次)");
  CHECK(normalize_label("\t邮 箱 ：\r\n") == "邮箱");
  // Templates mark required fields before or after the label.
  for (const char* marked : {"*姓名", "姓名*", "＊姓 名：", "★姓名", "姓名：※", "☆姓名*:"}) {
    INFO(marked);
    CHECK(normalize_label(marked) == "姓名");
  }
  CHECK(normalize_label("*") == "*");
  // What shows as nothing, pasted from a web page: a zero-width space, a soft hyphen, a BOM.
  CHECK(normalize_label("张\u200B三") == "张三");
  CHECK(normalize_label("王\u00AD秀兰\uFEFF") == "王秀兰");
}

TEST_CASE("composes Unicode to NFC and leaves invalid UTF-8 alone", "[text]")
{
  CHECK(nfc("e\u0301") == "\u00E9");
  CHECK(nfc("\u00E9") == "\u00E9");
  CHECK(nfc("\uF900") == "\u8C48"); // a compatibility ideograph is its unified twin
  CHECK(nfc("张三") == "张三");
  CHECK(nfc("").empty());
  CHECK(nfc("e\u0301\xFF") == "e\u0301\xFF");
}

// nfc skips utf8proc for text it cannot change; these are the edges of that shortcut.
TEST_CASE("composes what stands next to Chinese text as well", "[text]")
{
  CHECK(nfc("王秀兰，女，1957年生。（见附件）") == "王秀兰，女，1957年生。（见附件）");
  CHECK(nfc("王秀兰 Jose\u0301") == "王秀兰 Jos\u00E9");                // a mark after Latin letters
  CHECK(nfc("\u2000王") == "\u2002王");                                 // U+2000 decomposes to U+2002
  CHECK(nfc("\u1100\u1161 가") == "\uAC00 가");                         // Hangul jamo compose
  CHECK(nfc("\u304B\u3099") == "\u304C");                               // か + a voiced mark: が
  CHECK(nfc("\u5B57\u0301\u0323") == "\u5B57\u0323\u0301");             // marks reordered by class
  CHECK(nfc("\uFF08\u2014\u3002\u300A") == "\uFF08\u2014\u3002\u300A"); // （—。《 stay
}

TEST_CASE("tells valid UTF-8 from invalid", "[text]")
{
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("张三 abc 😀"));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\xD5\xC5\xC8\xFD")); // 张三 in GBK
  CHECK_FALSE(is_valid_utf8("\xC0\x80"));         // overlong NUL
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // a surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE4\xB8"));         // truncated
}

TEST_CASE("the dot in a minority's name is one dot however it was typed", "[text]")
{
  const std::string name = "阿依古丽\u00B7买买提";
  for (const auto* dot :
       {"\u00B7", "\u2022", "\u30FB", "\uFF65", "\u2027", "\u2219", "\u22C5", "\u2E31", "."}) {
    INFO(dot);
    CHECK(fold_name_dots(std::string("阿依古丽") + dot + "买买提") == name);
  }
  CHECK(fold_name_dots(to_halfwidth("阿依古丽\uFF0E买买提")) ==
        name); // a fullwidth full stop, made halfwidth
  CHECK(fold_name_dots("艾力..买买提") == "艾力\u00B7\u00B7买买提");
  CHECK(fold_name_dots("王秀兰") == "王秀兰");
  CHECK(fold_name_dots("") == "");
}
