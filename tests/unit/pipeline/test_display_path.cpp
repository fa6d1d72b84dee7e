// The report's form of a path: '/' separators, no trailing '/', Unicode NFC (design.md, JSON report "path").
#include <nominate/pipeline/check_paths.hpp>

#include <catch2/catch.hpp>

using nominate::pipeline::display_path;

TEST_CASE("display_path writes a path as the report shows it", "[pipeline]")
{
  SECTION("trailing separators are dropped")
  {
    CHECK(display_path("海淀区/01-张三/") == "海淀区/01-张三");
    CHECK(display_path("海淀区//") == "海淀区");
    CHECK(display_path("海淀区\\") == "海淀区");
  }
  SECTION("Windows separators become '/'")
  {
    CHECK(display_path("海淀区\\01-张三") == "海淀区/01-张三");
    CHECK(display_path("D:\\推介材料\\海淀区") == "D:/推介材料/海淀区");
  }
  SECTION("names are NFC, as macOS's decomposed names are not")
  {
    CHECK(display_path("Cafe\xCC\x81/01") == "Caf\xC3\xA9/01");
    CHECK(display_path("Caf\xC3\xA9") == "Caf\xC3\xA9");
  }
  SECTION("the root and plain names stay as they are")
  {
    CHECK(display_path("/") == "/");
    CHECK(display_path(".") == ".");
    CHECK(display_path("01-张三") == "01-张三");
  }
}
