#include <nominate/core/error.hpp>

#include <catch2/catch.hpp>

using nominate::core::describe;
using nominate::core::Error;
using nominate::core::ErrorCode;

TEST_CASE("an error names its file, line and column when it has them", "[core]")
{
  Error error{ErrorCode::invalid_rules, "unknown key 'feilds'", "rules/x.yaml", {3, 5}};
  CHECK(describe(error) == "rules/x.yaml:3:5: unknown key 'feilds'");
  error.position = {};
  CHECK(describe(error) == "rules/x.yaml: unknown key 'feilds'");
  error.file.clear();
  CHECK(describe(error) == "unknown key 'feilds'");
}
