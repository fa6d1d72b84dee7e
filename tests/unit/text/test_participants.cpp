#include "random_text.hpp"

#include <nominate/text/participants.hpp>

#include <catch2/catch.hpp>

#include <string>

using nominate::text::Basis;
using nominate::text::Channel;
using nominate::text::parse_participants;

namespace {

void check_single(const std::string& text, double count, Channel channel, Basis basis)
{
  INFO(text);
  const auto figures = parse_participants(text);
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].count == count);
  CHECK(figures[0].channel == channel);
  CHECK(figures[0].basis == basis);
}

} // namespace

TEST_CASE("reads a yearly figure with its channel", "[text]")
{
  check_single("年均线下2600人次", 2600, Channel::offline, Basis::per_year);
  check_single("线上5200人次/年", 5200, Channel::online, Basis::per_year);
  check_single("每年约1500人次", 1500, Channel::unspecified, Basis::per_year);
  check_single("平均每年现场参与800余人", 800, Channel::offline, Basis::per_year);
  check_single("年参与人数：网络直播观看3000人次/年", 3000, Channel::online, Basis::per_year);
  // 年 opening the figure: "a year".
  check_single("年1500人次", 1500, Channel::unspecified, Basis::per_year);
  check_single("年约1500人次", 1500, Channel::unspecified, Basis::per_year);
  check_single("年参与1500人次", 1500, Channel::unspecified, Basis::per_year);
  check_single("年龄60岁以上的1500人", 1500, Channel::unspecified, Basis::unclear);
}

TEST_CASE("a cell that begins with a channel's word names a channel", "[text]")
{
  using nominate::text::names_channel;
  for (const char* text : {"线下", " 线上：5000人次", "现场参与", "网络直播", "在线"}) {
    INFO(text);
    CHECK(names_channel(text));
  }
  for (const char* text : {"", "1500人次", "参与人数", "年均线下2600人次", "\xff\xfe"}) {
    INFO(text);
    CHECK_FALSE(names_channel(text));
  }
}

TEST_CASE("a rate per month, week, day, quarter or term is counted a year", "[text]")
{
  check_single("每月约150人次", 1800, Channel::unspecified, Basis::per_period);
  check_single("线下每周约50人次", 2600, Channel::offline, Basis::per_period);
  check_single("日均30人次", 10950, Channel::unspecified, Basis::per_period);
  check_single("每学期约800人次", 1600, Channel::unspecified, Basis::per_period);
  check_single("每季度线上参与1000人次", 4000, Channel::online, Basis::per_period);
  check_single("项目开展以来每月参与约150人次", 1800, Channel::unspecified, Basis::per_period);
  check_single("年均每月参与150人次", 1800, Channel::unspecified, Basis::per_period);
  // How often something happens is no rate of the people counted after it; 每期 is a session, not a term.
  check_single("每周开展一次活动，服务居民800人次", 800, Channel::unspecified, Basis::unclear);
  check_single("每天开放，服务5000人次", 5000, Channel::unspecified, Basis::unclear);
  check_single("每期培训班30人", 30, Channel::unspecified, Basis::unclear);
  // A rate said once holds for the clauses after it in the sentence; a total in its own clause stays one.
  const auto figures =
      parse_participants("每月参与：线下150人次，线上300人次。每月开展一次，累计参与3000人次");
  REQUIRE(figures.size() == 3);
  CHECK(figures[1].count == 3600);
  CHECK(figures[1].periods_per_year == 12);
  CHECK(figures[2].basis == Basis::total);
  CHECK(figures[2].count == 3000);
  const auto both = parse_participants("每年约1500人次，每月约125人次");
  REQUIRE(both.size() == 2);
  CHECK(both[0].basis == Basis::per_year);
  CHECK(both[1].count == 1500);
}

TEST_CASE("a figure per session is counted a year by the sessions said beside it", "[text]")
{
  // As other cities fill 参与人数: the people at one session, and how many sessions a year or week.
  check_single("每期40人，每年4期", 160, Channel::unspecified, Basis::per_period);
  check_single("每周开课2次，每次30人", 3120, Channel::unspecified, Basis::per_period);
  check_single("每年举办12期，每期100人", 1200, Channel::unspecified, Basis::per_period);
  check_single("线上每月直播2场，每场约200人次", 4800, Channel::online, Basis::per_period);
  // The sessions held in all: the project's total.
  check_single("每期50人共20期", 1000, Channel::unspecified, Basis::total);
  check_single("每期50人，共举办20期", 1000, Channel::unspecified, Basis::total);
  // Without how many sessions, or how often, a session's figure says nothing of a year.
  check_single("每期培训班30人，开课多次", 30, Channel::unspecified, Basis::unclear);
  check_single("开课2次，每次30人", 30, Channel::unspecified, Basis::unclear);
  // Sessions in another sentence do not count: 每年4期 is about the earlier text.
  const auto apart = parse_participants("每年4期。每期40人");
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].basis == Basis::unclear);
}

TEST_CASE("a figure for one named year is that year's", "[text]")
{
  check_single("2023年参与1500人次", 1500, Channel::unspecified, Basis::per_year);
  check_single("2023年度线上参与3600人次", 3600, Channel::online, Basis::per_year);
  // The start of a span or of the project is no year the figure counts.
  check_single("2019年以来参与5万人次", 50000, Channel::unspecified, Basis::total);
  check_single("项目2019年启动，参与3000人次", 3000, Channel::unspecified, Basis::unclear);
  check_single("2019-2023年参与8000人次", 8000, Channel::unspecified, Basis::unclear);
}

TEST_CASE("reads totals and figures whose period is unclear", "[text]")
{
  check_single("1.2万人次", 12000, Channel::unspecified, Basis::unclear);
  check_single("累计参与3万余人次", 30000, Channel::unspecified, Basis::total);
  check_single("共计服务居民5千多人", 5000, Channel::unspecified, Basis::total);
  check_single("总计4500人次", 4500, Channel::unspecified, Basis::total);
  check_single("线上线下共8000人次", 8000, Channel::unspecified, Basis::total);
  check_single("项目启动以来惠及近三千五百人", 3500, Channel::unspecified, Basis::total);
  check_single("共享学习资源，参与2000人次", 2000, Channel::unspecified, Basis::unclear);
}

TEST_CASE("reads numbers however they are written", "[text]")
{
  check_single("2,600人次", 2600, Channel::unspecified, Basis::unclear);
  check_single("2，600人次", 2600, Channel::unspecified, Basis::unclear);
  check_single("１２００人次", 1200, Channel::unspecified, Basis::unclear);
  check_single("约2千人", 2000, Channel::unspecified, Basis::unclear);
  check_single("3000多名", 3000, Channel::unspecified, Basis::unclear);
  check_single("两万人次", 20000, Channel::unspecified, Basis::unclear);
  check_single("逾千人", 1000, Channel::unspecified, Basis::unclear);
  check_single("每年上万人次", 10000, Channel::unspecified, Basis::per_year);
  check_single("年均超千名", 1000, Channel::unspecified, Basis::per_year);
  SECTION("a cell holding a number alone")
  {
    check_single("2600", 2600, Channel::unspecified, Basis::unclear);
    check_single("年均 2600", 2600, Channel::unspecified, Basis::per_year);
  }
}

TEST_CASE("reads several figures from one text", "[text]")
{
  SECTION("each clause with its own channel and basis")
  {
    const auto figures = parse_participants("线下年均1200人次，线上年均4000人次");
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].count == 1200);
    CHECK(figures[0].channel == Channel::offline);
    CHECK(figures[0].basis == Basis::per_year);
    CHECK(figures[0].text == "线下年均1200人次");
    CHECK(figures[1].count == 4000);
    CHECK(figures[1].channel == Channel::online);
    CHECK(figures[1].basis == Basis::per_year);
    CHECK(figures[1].text == "线上年均4000人次");
  }
  SECTION("a breakdown in parentheses has its own channels")
  {
    const auto figures = parse_participants("参与人数：年均1200人次（线下800人次、线上400人次）");
    REQUIRE(figures.size() == 3);
    CHECK(figures[0].channel == Channel::unspecified);
    CHECK(figures[0].text == "参与人数：年均1200人次");
    CHECK(figures[1].channel == Channel::offline);
    CHECK(figures[1].count == 800);
    CHECK(figures[2].channel == Channel::online);
    CHECK(figures[2].basis == Basis::per_year);
  }
  SECTION("a breakdown joined by a plus, or given as bare numbers after their channel")
  {
    const auto plus = parse_participants("线下800人+线上2500人");
    REQUIRE(plus.size() == 2);
    CHECK(plus[0].channel == Channel::offline);
    CHECK(plus[0].count == 800);
    CHECK(plus[1].channel == Channel::online);
    CHECK(plus[1].count == 2500);
    const auto bare = parse_participants("每年约1000人次（线下800、线上200）");
    REQUIRE(bare.size() == 3);
    CHECK(bare[1].channel == Channel::offline);
    CHECK(bare[1].count == 800);
    CHECK(bare[1].basis == Basis::per_year);
    CHECK(bare[2].channel == Channel::online);
    CHECK(bare[2].count == 200);
  }
  SECTION("a space or a channel's word after a figure starts the next, as a comma does")
  {
    for (const std::string text :
         {"线下800人 线上3500人", "线下800人线上3500人", "线下800人次　线上3500人次"}) {
      INFO(text);
      const auto figures = parse_participants(text);
      REQUIRE(figures.size() == 2);
      CHECK(figures[0].channel == Channel::offline);
      CHECK(figures[0].count == 800);
      CHECK(figures[1].channel == Channel::online);
      CHECK(figures[1].count == 3500);
    }
  }
  SECTION("a word ending in a unit's character is no figure: the number after it stays its own")
  {
    check_single("每周开课2次，每次 30人", 3120, Channel::unspecified, Basis::per_period);
    check_single("每次 约50人，每年举办20次", 1000, Channel::unspecified, Basis::per_period);
    const auto labelled = parse_participants("线下参与人次 2600，线上参与人次 5200");
    REQUIRE(labelled.size() == 2);
    CHECK(labelled[0].channel == Channel::offline);
    CHECK(labelled[0].count == 2600);
    CHECK(labelled[1].channel == Channel::online);
    CHECK(labelled[1].count == 5200);
  }
  SECTION("a basis said once holds until the sentence ends")
  {
    const auto figures = parse_participants("年均参与：线下2600人次，线上5200人次。累计3万人次");
    REQUIRE(figures.size() == 3);
    CHECK(figures[0].basis == Basis::per_year);
    CHECK(figures[1].basis == Basis::per_year);
    CHECK(figures[1].channel == Channel::online);
    CHECK(figures[2].basis == Basis::total);
    CHECK(figures[2].count == 30000);
  }
}

TEST_CASE("ignores numbers that are not people", "[text]")
{
  CHECK(parse_participants("2019年3月开展活动20场").empty());
  CHECK(parse_participants("获得第一名").empty());
  CHECK(parse_participants("每一位学员").empty());
  CHECK(parse_participants("").empty());
  CHECK(parse_participants("若干").empty());
  CHECK(parse_participants("\xFF\xFE\x80").empty());
  const auto figures = parse_participants("2019年起开展活动120场，年均参与1500人次");
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].count == 1500);
}

TEST_CASE("reads participants from random and oversized input within bounds", "[text]")
{
  nominate::test::RandomText random(2);
  for (int i = 0; i < 3000; ++i) {
    for (const auto& figure : parse_participants(random.next())) {
      CHECK(figure.count >= 0);
    }
  }
  std::string many;
  for (int i = 0; i < 100000; ++i) {
    many += "1人,";
  }
  const auto figures = parse_participants(many);
  CHECK(figures.size() == 100);
}
