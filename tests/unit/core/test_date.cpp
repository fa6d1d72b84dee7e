#include <nominate/core/date.hpp>

#include <catch2/catch.hpp>

using nominate::core::Date;
using nominate::core::DateSyntax;
using nominate::core::days_between;
using nominate::core::parse_date;
using nominate::core::to_iso;

TEST_CASE("dates are read as people write them", "[core]")
{
  SECTION("a config or --as-of takes the ways clerks write a date")
  {
    CHECK(parse_date("2024-05-01", DateSyntax::lenient) == Date{2024, 5, 1});
    CHECK(parse_date("2024/5/1", DateSyntax::lenient) == Date{2024, 5, 1});
    CHECK(parse_date("2024.5.1", DateSyntax::lenient) == Date{2024, 5, 1});
    CHECK(parse_date("2024年5月1日", DateSyntax::lenient) == Date{2024, 5, 1});
    CHECK(parse_date(" 2024年5月1日 ", DateSyntax::lenient) == Date{2024, 5, 1});
    CHECK_FALSE(parse_date("2024-05", DateSyntax::lenient));
    CHECK_FALSE(parse_date("2024-13-01", DateSyntax::lenient));
    CHECK_FALSE(parse_date("2023-02-29", DateSyntax::lenient));
    CHECK_FALSE(parse_date("明天", DateSyntax::lenient));
    CHECK_FALSE(parse_date("", DateSyntax::lenient));
    CHECK_FALSE(parse_date("2024-05-01 之前", DateSyntax::lenient));
  }
  SECTION("a rule file takes YYYY-MM-DD only")
  {
    CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(parse_date("2024/5/1"));
    CHECK_FALSE(parse_date("2024-5-1"));
    CHECK_FALSE(parse_date("2023-02-29"));
  }
}

TEST_CASE("dates print as ISO and count the days between them", "[core]")
{
  CHECK(to_iso(Date{2024, 5, 1}) == "2024-05-01");
  CHECK(days_between(Date{2024, 5, 1}, Date{2024, 5, 31}) == 30);
  CHECK(days_between(Date{2024, 3, 1}, Date{2024, 2, 28}) == -2);
  CHECK(days_between(Date{2023, 1, 1}, Date{2024, 1, 1}) == 365);
}
