#include <nominate/core/display_name.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace nominate::core;

TEST_CASE("a hostile file name is escaped visibly for text, on one line", "[core]")
{
  CHECK(escape_name_for_text("推介表.docx") == "推介表.docx");
  CHECK(escape_name_for_text("a\nb.jpg") == "a\\nb.jpg");
  CHECK(escape_name_for_text("a\tb\rc") == "a\\tb\\rc");
  CHECK(escape_name_for_text(std::string("x\x01y\x7f", 4)) == "x\\x01y\\x7F");
  CHECK(escape_name_for_text("bad\xff.jpg") == "bad\\xFF.jpg");
  CHECK(escape_name_for_text("\xe6\x8e") == "\\xE6\\x8E"); // a cut-off character
  CHECK(escape_name_for_text("photo\xe2\x80\xaegpj.exe") == "photo<U+202E>gpj.exe");
  CHECK(escape_name_for_text("a\xe2\x80\xa8"
                             "b") == "a<U+2028>b");
  CHECK(escape_name_for_text("\xc2\x85") == "<U+0085>");
  CHECK(escape_name_for_text("a\\nb") == "a\\\\nb"); // a real backslash never reads as an escape
  CHECK(escape_name_for_text("a\\\\b") == "a\\\\\\b");
  CHECK(escape_name_for_text("a\\\xff") == "a\\\\\\xFF");
  // Elsewhere it reads as written: a Windows archiver's path.
  CHECK(escape_name_for_text("材料\\推介表.docx") == "材料\\推介表.docx");
  CHECK(escape_name_for_text("a\\") == "a\\");
  CHECK(is_valid_utf8(escape_name_for_text("\xff\xfe\n\xe2\x80\xae")));
}

TEST_CASE("a name that is not UTF-8 is valid UTF-8 in JSON, with its exact bytes beside it", "[core]")
{
  CHECK(escape_name_for_json("证件照.jpg") == "证件照.jpg");
  CHECK(!name_bytes_base64("证件照.jpg"));
  CHECK(escape_name_for_json("a\nb") == "a\nb"); // valid UTF-8: JSON's own escapes keep it lossless
  CHECK(escape_name_for_json("\xff"
                             "a\\b") == "\\xFFa\\\\b");
  REQUIRE(name_bytes_base64("\xff"
                            "a"));
  CHECK(*name_bytes_base64("\xff"
                           "a") == "/2E=");
  CHECK(*name_bytes_base64("\xd5\xc5\xc8\xfd") == "1cXI/Q=="); // 张三 in GBK
  CHECK(!is_valid_utf8("\xed\xa0\x80"));                       // a surrogate
  CHECK(!is_valid_utf8("\xc0\xaf"));                           // an overlong '/'
}

TEST_CASE("an excerpt of a file quoted in an error is short and escaped", "[core]")
{
  CHECK(quote_excerpt("short") == "short");
  const std::string passwd =
      "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
  const std::string quoted = quote_excerpt(passwd);
  CHECK(quoted.find("daemon:/usr/sbin") == std::string::npos);
  CHECK(quoted.find('\n') == std::string::npos);
  CHECK(quoted.ends_with("…"));
  CHECK(quote_excerpt(std::string(100, 'x')).size() == 40 + std::string("…").size());
  CHECK(quote_excerpt("一二三四五六七八九十", 3) == "一二三…");
}
