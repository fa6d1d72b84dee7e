#include <nominate/yaml/parse.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <temp_dir.hpp>

using nominate::core::ErrorCode;
using nominate::yaml::Node;
using nominate::yaml::parse;
using nominate::yaml::parse_file;

TEST_CASE("a document becomes nodes with keys in file order and 1-based positions", "[yaml]")
{
  const auto result = parse("姓名: 张三\nlist:\n  - 1\n  - \"two\"\nempty:\nnull_word: ~\n", "a.yaml");
  REQUIRE(result.has_value());
  const Node& root = *result;
  REQUIRE(root.kind == Node::Kind::map);
  REQUIRE(root.entries.size() == 4);
  CHECK(root.entries[0].first == "姓名");
  CHECK(root.entries[3].first == "null_word");

  SECTION("columns count characters, not bytes")
  {
    const Node* name = root.find("姓名");
    REQUIRE(name != nullptr);
    CHECK(name->scalar == "张三");
    CHECK(name->position.line == 1);
    CHECK(name->position.column == 5);
    CHECK(name->key_position.line == 1);
    CHECK(name->key_position.column == 1);
  }
  SECTION("sequences keep their items and quoting")
  {
    const Node* list = root.find("list");
    REQUIRE(list->kind == Node::Kind::sequence);
    REQUIRE(list->items.size() == 2);
    CHECK(list->items[1].scalar == "two");
    CHECK(list->items[1].quoted);
    CHECK_FALSE(list->items[0].quoted);
    CHECK(list->items[1].position.line == 4);
    CHECK(list->items[1].position.column == 5);
  }
  SECTION("empty values and ~ are null")
  {
    CHECK(root.find("empty")->is_null());
    CHECK(root.find("null_word")->is_null());
  }
}

TEST_CASE("syntax errors name the file, line and column", "[yaml]")
{
  SECTION("an unclosed flow sequence")
  {
    const auto result = parse("a: [1, 2\nb: 3\n", "bad.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::yaml_syntax);
    CHECK(result.error().file == "bad.yaml");
    CHECK(result.error().position.line == 2);
    CHECK(result.error().position.column == 2);
    CHECK(
        describe(result.error()) ==
        "bad.yaml:2:2: did not find expected ',' or ']' (while parsing a flow sequence that begins at 1:4)");
  }
  SECTION("a wrongly indented key")
  {
    const auto result = parse("a: 1\n  b: 2\n", "bad.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().position.line == 2);
    CHECK(result.error().position.column == 4);
    CHECK(result.error().message == "mapping values are not allowed in this context");
  }
  SECTION("a duplicate key points at the second one")
  {
    const auto result = parse("id: a\nedition: 1\nid: b\n", "dup.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::yaml_syntax);
    CHECK(result.error().position.line == 3);
    CHECK(result.error().position.column == 1);
    CHECK(result.error().message == "duplicate key 'id'");
  }
  SECTION("a key that is a list")
  {
    const auto result = parse("? [a, b]\n: 1\n", "key.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == "a key must be text, not a list");
  }
  SECTION("content after the document's end, from a lost indentation")
  {
    const auto result = parse("- a\nb: 1\n", "two.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().position.line == 2);
  }
  SECTION("a recursive alias")
  {
    const auto result = parse("a: &x [*x]\n", "alias.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::yaml_syntax);
    CHECK(result.error().position.column == 8);
  }
  SECTION("an alias inside a node refers to that node, not to an older node of the same name")
  {
    const auto result = parse("a: &x [1]\nb: &x [*x]\n", "alias.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().position.line == 2);
  }
}

TEST_CASE("aliases are expanded under a budget", "[yaml]")
{
  SECTION("a small alias is copied")
  {
    const auto result = parse("a: &x {k: v}\nb: *x\n", "ok.yaml");
    REQUIRE(result.has_value());
    CHECK(result->find("b")->find("k")->scalar == "v");
  }
  SECTION("billion laughs stops with limit_exceeded")
  {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 12; ++i) {
      const std::string prev = "*a" + std::to_string(i - 1);
      text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev + ", " + prev + ", " + prev +
              ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " +
              prev + "]\n";
    }
    const auto result = parse(text, "laughs.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::limit_exceeded);
  }
}

TEST_CASE("odd input never crashes", "[yaml]")
{
  SECTION("empty text is a null document")
  {
    const auto result = parse("", "empty.yaml");
    REQUIRE(result.has_value());
    CHECK(result->is_null());
  }
  SECTION("a trailing document marker is fine")
  {
    const auto result = parse("a: 1\n---\n", "end.yaml");
    REQUIRE(result.has_value());
    CHECK(result->find("a")->scalar == "1");
  }
  SECTION("deep nesting is refused, not a stack overflow")
  {
    const std::string text = std::string(100000, '[') + std::string(100000, ']');
    const auto result = parse(text, "deep.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::limit_exceeded);
    CHECK(result.error().message == "lists and mappings are nested more than 256 levels deep");
    CHECK(result.error().position.column == 257);
  }
  SECTION("NUL bytes and control characters")
  {
    const auto result = parse(std::string_view{"a: x\0y\nb: [\x01]\n\0", 16}, "nul.yaml");
    CHECK((result.has_value() || result.error().code == ErrorCode::yaml_syntax));
  }
  SECTION("bytes that are not UTF-8")
  {
    const auto result = parse("a: \xff\xfe\xfd\n", "bin.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::bad_encoding);
  }
  SECTION("pseudo-random bytes")
  {
    std::string text;
    unsigned state = 12345;
    for (int round = 0; round < 200; ++round) {
      text.clear();
      for (int i = 0; i < 300; ++i) {
        state = state * 1103515245U + 12345U;
        const char alphabet[] = "ab: -[]{},&*!|>'\"\n\t#?%@`~0123456789\x01";
        text += alphabet[(state >> 16) % (sizeof(alphabet) - 1)];
      }
      const auto result = parse(text, "random.yaml");
      CHECK((result.has_value() || !result.error().message.empty()));
    }
  }
}

TEST_CASE("files are read as UTF-8, UTF-16 with a BOM, or GB18030", "[yaml]")
{
  const nominate::test::TempDir dir;

  SECTION("UTF-8 with a BOM keeps the first key's column at 1")
  {
    const auto path = dir.write("bom.yaml", "\xEF\xBB\xBF名称: 社区学堂\n");
    const auto result = parse_file(path);
    REQUIRE(result.has_value());
    CHECK(result->find("名称")->scalar == "社区学堂");
    CHECK(result->find("名称")->key_position.column == 1);
  }
  SECTION("GB18030 from Notepad on Chinese Windows")
  {
    // "名称: 社区学堂" in GBK
    const auto path = dir.write("gbk.yaml", "\xC3\xFB\xB3\xC6: \xC9\xE7\xC7\xF8\xD1\xA7\xCC\xC3\n");
    const auto result = parse_file(path);
    REQUIRE(result.has_value());
    CHECK(result->find("名称")->scalar == "社区学堂");
  }
  SECTION("UTF-16LE with a BOM")
  {
    const std::string utf16{"\xFF\xFE"
                            "a\0:\0 \0\x0D\x54\n\0",
                            12}; // "a: 名\n"
    const auto path = dir.write("utf16.yaml", utf16);
    const auto result = parse_file(path);
    REQUIRE(result.has_value());
    CHECK(result->find("a")->scalar == "名");
  }
  SECTION("a missing file")
  {
    const auto result = parse_file(dir.path() / "nope.yaml");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::not_found);
  }
  SECTION("a file over the size limit")
  {
    const auto path = dir.write("big.yaml", std::string(2000, 'a'));
    nominate::yaml::ParseLimits limits;
    limits.max_file_bytes = 1000;
    const auto result = parse_file(path, limits);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::limit_exceeded);
  }
  SECTION("a syntax error in a file names that file")
  {
    const auto path = dir.write("broken.yaml", "a: [\n");
    const auto result = parse_file(path);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().file == path);
    CHECK(result.error().position.line >= 1);
  }
}

TEST_CASE("quoting decides text: quoted, block and !!str scalars are text; plain words are not guessed",
          "[yaml]")
{
  const auto result = parse("single: '12'\n"
                            "double: \"true\"\n"
                            "literal: |\n  line one\n  line two\n"
                            "folded: >\n  one\n  two\n"
                            "tagged: !!str 2018\n"
                            "bang: ! 3\n"
                            "plain: 2018-03-15\n"
                            "empty_quoted: ''\n"
                            "tagged_null: !!null\n",
                            "quoting.yaml");
  REQUIRE(result.has_value());
  for (const char* key : {"single", "double", "literal", "folded", "tagged", "bang", "empty_quoted"}) {
    INFO(key);
    REQUIRE(result->find(key) != nullptr);
    CHECK(result->find(key)->is_scalar());
    CHECK(result->find(key)->quoted);
  }
  CHECK(result->find("literal")->scalar == "line one\nline two\n");
  CHECK(result->find("folded")->scalar == "one two\n");
  CHECK(result->find("empty_quoted")->scalar.empty());
  CHECK(result->find("plain")->scalar == "2018-03-15");
  CHECK_FALSE(result->find("plain")->quoted);
  CHECK(result->find("tagged_null")->is_null());
}

TEST_CASE("a control character is an error at its line and column", "[yaml]")
{
  const auto result = parse("a: 1\n名称: x\x01y\n", "control.yaml");
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().code == ErrorCode::yaml_syntax);
  CHECK(result.error().position.line == 2);
  CHECK(result.error().position.column == 6);
  CHECK(result.error().message == "control characters are not allowed");
}
