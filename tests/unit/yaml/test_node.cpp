#include <nominate/yaml/parse.hpp>

#include <catch2/catch.hpp>

using nominate::yaml::Node;
using nominate::yaml::parse;

namespace {

Node parsed(std::string_view text)
{
  auto result = parse(text, "test.yaml");
  REQUIRE(result.has_value());
  return *result;
}

} // namespace

TEST_CASE("scalars convert by YAML's core schema and quoting means text", "[yaml]")
{
  const Node root =
      parsed("a: true\nb: \"true\"\nc: 42\nd: '42'\ne: -0.25\nf: .5\ng: 2018-03-15\nh: +7\ni: 1e3\n");

  SECTION("booleans")
  {
    CHECK(nominate::yaml::as_bool(*root.find("a")) == true);
    CHECK_FALSE(nominate::yaml::as_bool(*root.find("b")).has_value());
    CHECK_FALSE(nominate::yaml::as_bool(*root.find("c")).has_value());
  }
  SECTION("integers")
  {
    CHECK(nominate::yaml::as_integer(*root.find("c")) == 42);
    CHECK_FALSE(nominate::yaml::as_integer(*root.find("d")).has_value());
    CHECK(nominate::yaml::as_integer(*root.find("h")) == 7);
    CHECK_FALSE(nominate::yaml::as_integer(*root.find("e")).has_value());
    CHECK_FALSE(nominate::yaml::as_integer(*root.find("g")).has_value());
  }
  SECTION("numbers")
  {
    CHECK(nominate::yaml::as_number(*root.find("e")) == Approx(-0.25));
    CHECK(nominate::yaml::as_number(*root.find("f")) == Approx(0.5));
    CHECK(nominate::yaml::as_number(*root.find("c")) == Approx(42));
    CHECK(nominate::yaml::as_number(*root.find("i")) == Approx(1000));
    CHECK_FALSE(nominate::yaml::as_number(*root.find("g")).has_value());
  }
  SECTION("a date stays text")
  {
    CHECK(root.find("g")->scalar == "2018-03-15");
    CHECK_FALSE(root.find("g")->quoted);
    CHECK(root.find("d")->quoted);
  }
}

TEST_CASE("find looks up a map's keys and nothing else", "[yaml]")
{
  const Node root = parsed("list: [a, b]\nmap: {x: 1}\n");
  CHECK(root.find("missing") == nullptr);
  REQUIRE(root.find("list") != nullptr);
  CHECK(root.find("list")->find("a") == nullptr);
  CHECK(root.find("map")->find("x")->scalar == "1");
  CHECK(nominate::yaml::describe(root.find("list")->kind) == "a list");
}
