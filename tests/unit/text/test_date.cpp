#include "random_text.hpp"

#include <nominate/text/date.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using nominate::text::parse_date;
using nominate::text::parse_period;
using nominate::text::parse_start_date;
using nominate::text::PartialDate;
using nominate::text::Rounding;
using nominate::text::years_between;

TEST_CASE("reads dates in the forms people write", "[text]")
{
  const PartialDate march{1958, 3, std::nullopt};
  const PartialDate twelfth{1958, 3, 12};
  SECTION("year and month")
  {
    for (const char* text :
         {"1958年3月", "1958年03月", "1958.03", "1958.3", "1958-3", "1958/03", "195803", "１９５８年３月",
          " 1958年 3月 ", "\u30001958.03\u3000", "1958年3月份", "一九五八年三月", "1958年3月生",
          "1958年3月出生", "1958年3月（66岁）", "1958.03 (66岁)"}) {
      INFO(text);
      CHECK(parse_date(text) == march);
    }
  }
  SECTION("a date something began: its words left out, but not in a date of birth")
  {
    for (const char* text :
         {"1958年3月参加工作", "1958.03—", "1958.3-", "1958年3月至今", "1958年3月入职", "1958年3月"}) {
      INFO(text);
      CHECK(parse_start_date(text) == march);
      if (std::string_view(text) != "1958年3月") {
        CHECK_FALSE(parse_date(text));
      }
    }
  }
  SECTION("a full date")
  {
    for (const char* text : {"1958年03月12日", "1958年3月12号", "1958年3月12", "1958.3.12", "1958/03/12",
                             "1958-03-12", "19580312", "１９５８．０３．１２", "一九五八年三月十二日"}) {
      INFO(text);
      CHECK(parse_date(text) == twelfth);
    }
  }
  SECTION("a year alone")
  {
    CHECK(parse_date("1958年") == PartialDate{1958, std::nullopt, std::nullopt});
    CHECK(parse_date("1958") == PartialDate{1958, std::nullopt, std::nullopt});
  }
  SECTION("impossible dates and years out of range are not dates")
  {
    for (const char* text : {"1958年13月", "1958.0", "1958.02.30", "2023.02.29", "1899年", "2101.01",
                             "19581301", "", "年月", "张三", "58年3月", "1958年3月32日", "1958..03"}) {
      INFO(text);
      CHECK_FALSE(parse_date(text));
    }
    CHECK(parse_date("2024.02.29") == PartialDate{2024, 2, 29});
  }
}

TEST_CASE("reads periods in the forms people write", "[text]")
{
  const PartialDate start{2019, 3, std::nullopt};
  const PartialDate end{2024, 5, std::nullopt};
  SECTION("a start and 'to now'")
  {
    for (const char* text :
         {"2019年3月至今", "2019年3月-今", "2019.3-至今", "2019.03—至今", "2019年3月～现在", "2019年3月到今",
          "2019.03-迄今", "自2019年3月起", "从2019年3月至今", "2019年3月开始，持续至今",
          "2019年3月起，一直到现在", "自2019年3月开始至今"}) {
      INFO(text);
      const auto period = parse_period(text);
      REQUIRE(period);
      CHECK(period->start == start);
      CHECK_FALSE(period->end);
      CHECK(period->ongoing);
    }
    const auto year_only = parse_period("2019年起");
    REQUIRE(year_only);
    CHECK(year_only->start == PartialDate{2019, std::nullopt, std::nullopt});
    CHECK(year_only->ongoing);
  }
  SECTION("a start with a note, a second clause or words for how it began, as other cities write it")
  {
    for (const char* text :
         {"2019年3月至今（已连续开展5年）", "始于2019年3月，持续开展", "2019年3月启动，持续至今",
          "2019年3月创办至今", "2019年3月起，至今仍在开展", "2019.03-长期", "2019年3月-常态化开展",
          "2019年3月—持续开展", "起：2019年3月", "持续开展（始于2019年3月）"}) {
      INFO(text);
      const auto period = parse_period(text);
      REQUIRE(period);
      CHECK(period->start == start);
      CHECK_FALSE(period->end);
      CHECK(period->ongoing);
    }
    // A season or a part of the year gives the year alone, with the months it says.
    struct Part {
      const char* text;
      int first;
      int last;
    };
    for (const Part& part : {Part{"2019年春季至今", 3, 5}, Part{"2019年初至今", 1, 3},
                             Part{"2019年下半年开始至今", 7, 12}, Part{"2019年上半年起", 1, 6},
                             Part{"2019年底启动，持续开展", 10, 12}, Part{"2019年冬季至今", 1, 12}}) {
      INFO(part.text);
      const auto period = parse_period(part.text);
      REQUIRE(period);
      CHECK(period->start.year == 2019);
      CHECK_FALSE(period->start.month);
      CHECK(period->start.first_month == part.first);
      CHECK(period->start.last_month == part.last);
    }
    // 下半年 begins in July at the earliest: under 2 years on 2024-05-01 however it is read.
    const auto second_half = parse_period("2022年下半年至今");
    REQUIRE(second_half);
    CHECK(years_between(second_half->start, 2024, 5, 1, Rounding::earliest) < 1.9);
    CHECK(years_between(parse_period("2022年至今")->start, 2024, 5, 1, Rounding::earliest) > 2.3);
    // The first clause is the period: the project began in 2016.
    const auto upgraded = parse_period("2016年启动，2019年升级为品牌项目");
    REQUIRE(upgraded);
    CHECK(upgraded->start == PartialDate{2016, std::nullopt, std::nullopt});
  }
  SECTION("a start and an end, with every dash")
  {
    for (const char* text :
         {"2019.03—2024.05", "2019-03 ~ 2024-05", "2019年3月——2024年5月", "2019年3月至2024年5月",
          "2019.03–2024.05", "2019.03―2024.05", "2019.03～2024.05", "2019-03-2024-05", "2019年3月到2024年5月",
          "2019年3月至2024年5月止", "２０１９．０３－２０２４．０５"}) {
      INFO(text);
      const auto period = parse_period(text);
      REQUIRE(period);
      CHECK(period->start == start);
      CHECK(period->end == end);
      CHECK_FALSE(period->ongoing);
    }
  }
  SECTION("a single date has neither end nor 'to now'")
  {
    const auto period = parse_period("2019年3月");
    REQUIRE(period);
    CHECK(period->start == start);
    CHECK_FALSE(period->end);
    CHECK_FALSE(period->ongoing);
  }
  SECTION("what is not a period")
  {
    for (const char* text : {"", "长期", "2019年3月至明年", "2024.05-2019.03", "至今", "2019年13月至今",
                             "已开展5年", "项目，2019年"}) {
      INFO(text);
      CHECK_FALSE(parse_period(text));
    }
  }
}

TEST_CASE("measures years from a partial date, earliest or latest", "[text]")
{
  SECTION("a full date is exact, whole years on the anniversary")
  {
    CHECK(years_between({2022, 5, 1}, 2024, 5, 1, Rounding::earliest) == Approx(2.0));
    CHECK(years_between({2021, 5, 1}, 2023, 5, 1, Rounding::latest) == Approx(2.0));
    CHECK(years_between({2021, 5, 1}, 2023, 4, 30, Rounding::earliest) < 2.0);
    CHECK(years_between({2020, 2, 29}, 2022, 2, 28, Rounding::earliest) == Approx(2.0));
  }
  SECTION("a missing month: surely two years only if its end is")
  {
    const PartialDate year{2022, std::nullopt, std::nullopt};
    CHECK(years_between(year, 2024, 5, 1, Rounding::earliest) >= 2.0);
    CHECK(years_between(year, 2024, 5, 1, Rounding::latest) < 2.0);
    CHECK(years_between(year, 2024, 12, 31, Rounding::latest) == Approx(2.0));
  }
  SECTION("a missing day")
  {
    const PartialDate month{2022, 5, std::nullopt};
    CHECK(years_between(month, 2024, 5, 1, Rounding::earliest) == Approx(2.0));
    CHECK(years_between(month, 2024, 5, 1, Rounding::latest) < 2.0);
    CHECK(years_between(month, 2024, 5, 31, Rounding::latest) == Approx(2.0));
  }
  SECTION("what is not a date gives 0")
  {
    CHECK(years_between({2020, 2, 30}, 2024, 5, 1, Rounding::earliest) == 0.0);
    CHECK(years_between({2020, 13, std::nullopt}, 2024, 5, 1, Rounding::latest) == 0.0);
    CHECK(years_between({2020, 1, 1}, 2024, 2, 30, Rounding::earliest) == 0.0);
    CHECK(years_between({2020, 1, 1}, std::numeric_limits<int>::max(), 1, 1, Rounding::earliest) == 0.0);
    CHECK(years_between({}, 2024, 1, 1, Rounding::earliest) == 0.0);
  }
  SECTION("a start after the reference date is negative")
  {
    CHECK(years_between({2025, 5, 1}, 2024, 5, 1, Rounding::earliest) == Approx(-1.0));
  }
}

TEST_CASE("reads dates and periods from random input without failing", "[text]")
{
  nominate::test::RandomText random(1);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random.next();
    if (const auto date = parse_date(text)) {
      CHECK(date->year >= 1900);
      CHECK(date->year <= 2100);
    }
    if (const auto period = parse_period(text)) {
      CHECK_FALSE((period->end && period->ongoing));
      CHECK(std::isfinite(years_between(period->start, 2024, 5, 1, Rounding::latest)));
    }
  }
}
