// The registration table generated from the forms: what office's reader (the one `check` compares with)
// reads back from it.

#include "owner_tags.hpp"
#include "pack_fixtures.hpp"
#include "temp_dir.hpp"

#include <nominate/office/registration_table.hpp>
#include <nominate/pack/table.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace nominate::pack {

TEST_CASE("附表2 is filled from the forms in nomination order, phones as text", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto outcome = test::check({district}, temp.path());
  auto tables = fill_tables(outcome, {0, 1}, "海淀区");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].attachment == "附表2");
  CHECK(tables[0].title == "海淀区“百姓学习之星”推介登记表");
  REQUIRE(tables[0].rows.size() == 2);
  CHECK(tables[0].rows[0][1] == "张三");
  CHECK(tables[0].rows[1][1] == "李四");

  auto written = write_tables(outcome, temp.path() / "登记表.xlsx", core::Date{2024, 5, 1});
  REQUIRE(written);
  REQUIRE(written->size() == 1);
  auto tables_read = office::read_registration_tables_file(written->front());
  REQUIRE(tables_read);
  REQUIRE(tables_read->size() == 1);
  const auto* read = &tables_read->front();
  CHECK(read->kind == "star");
  REQUIRE(read->rows.size() == 2);
  CHECK(read->rows[0].order == 1);
  CHECK(read->rows[0].values.at("姓名") == "张三");
  CHECK(read->rows[0].values.at("联系电话") == "13801125634");
  CHECK(read->rows[1].values.at("有无视频材料") == "有");

  SECTION("an existing file is not replaced unless asked")
  {
    auto before = nominate::test::read_file(written->front());
    auto refused = write_tables(outcome, written->front(), core::Date{2024, 6, 1});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::already_exists);
    CHECK(nominate::test::read_file(written->front()) == before);
    CHECK(write_tables(outcome, written->front(), core::Date{2024, 6, 1}, /*replace=*/true));
  }
  SECTION("a temporary file a killed run left is removed; one of a live run stays")
  {
    const auto out = temp.path() / "out";
    std::filesystem::create_directory(out);
    const auto dead = out / (".nominate-table.xlsx." + nominate::test::dead_owner_tag() + ".a1b2c3");
    const auto live = out / (".nominate-table.xlsx." + nominate::test::live_owner_tag() + ".a1b2c3");
    std::ofstream(dead) << "half a table";
    std::ofstream(live) << "being written";
    REQUIRE(write_tables(outcome, out / "登记表.xlsx", core::Date{2024, 5, 1}));
    CHECK_FALSE(std::filesystem::exists(dead));
    CHECK(std::filesystem::exists(live));
    std::filesystem::remove(live);
    // Nothing else is left beside the table: its own temporary file is gone too.
    CHECK(std::distance(std::filesystem::directory_iterator(out), std::filesystem::directory_iterator()) ==
          1);
  }
  SECTION("the same forms give the same bytes")
  {
    auto again = write_tables(outcome, temp.path() / "again.xlsx", core::Date{2024, 5, 1});
    REQUIRE(again);
    CHECK(nominate::test::read_file(again->front()) == nominate::test::read_file(written->front()));
  }
}

TEST_CASE("the table holds what the forms mean, not their typing: spaced names, fullwidth digits", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto outcome = test::check({district}, temp.path());
  auto& fields = outcome.submissions[0].loaded.submission.fields;
  fields.at("name").text = "王　秀 兰";
  fields.at("mobile").text = "１３９１２３４５６７８";
  fields.at("birth").text = "１９６５年３月";
  fields.at("ethnicity").text = "蒙古";
  auto& second = outcome.submissions[1].loaded.submission.fields;
  second.at("name").text = "阿依古丽•买买提";
  auto tables = fill_tables(outcome, {0, 1}, "海淀区");
  REQUIRE(tables.size() == 1);
  const auto& row = tables[0].rows[0];
  const auto& columns = tables[0].headers;
  auto cell = [&](const std::vector<std::string>& values, const std::string& column) {
    const auto at = std::find(columns.begin(), columns.end(), column);
    REQUIRE(at != columns.end());
    return values[static_cast<std::size_t>(at - columns.begin())];
  };
  CHECK(cell(row, "姓名") == "王秀兰");
  CHECK(cell(row, "联系电话") == "13912345678");
  CHECK(cell(row, "出生年月日") == "1965年3月");
  CHECK(cell(row, "民族") == "蒙古族");
  CHECK(cell(tables[0].rows[1], "姓名") == "阿依古丽·买买提");
  // 单位及职务 split where the clerk pressed Enter in the Word cell, as at a space.
  fields["unit_position"].text = "XX家政服务有限公司\r\n培训主管";
  const auto split = fill_tables(outcome, {0}, "海淀区")[0].rows[0];
  CHECK(cell(split, "单位") == "XX家政服务有限公司");
  CHECK(cell(split, "职务") == "培训主管");
  // A name in Latin letters keeps its spaces.
  fields.at("name").text = "Anna  Müller ";
  CHECK(cell(fill_tables(outcome, {0}, "海淀区")[0].rows[0], "姓名") == "Anna  Müller");
}

TEST_CASE("a submission marked special says 事迹特别感人 in 备注", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  auto outcome = test::check({district}, temp.path());
  outcome.submissions[1].loaded.submission.special = true;
  auto tables = fill_tables(outcome, {0, 1}, "海淀区");
  CHECK(tables[0].rows[0].back().empty());
  CHECK(tables[0].rows[1].back() == "事迹特别感人");
}

TEST_CASE("a project's row is 附表4's, with the materials it brings", "[pack]")
{
  nominate::test::TempDir temp;
  auto brand = test::copy_example("brand-compliant", temp.path() / "in");
  auto outcome = test::check({brand}, temp.path());
  auto tables = fill_tables(outcome, {0}, "海淀区");
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].attachment == "附表4");
  // The notice's columns, as its 附表4 prints them.
  CHECK(tables[0].headers == std::vector<std::string>{"序号", "品牌项目名称", "主办单位", "起始时间",
                                                      "参与人数（人次）", "所附材料（总结、视频）", "地址",
                                                      "品牌单位联系电话和邮箱", "备注"});
  REQUIRE(tables[0].rows.size() == 1);
  const auto& row = tables[0].rows[0];
  const auto& fields = outcome.submissions[0].loaded.submission.fields;
  CHECK(row[1] == fields.at("project_name").text);
  CHECK(row[5].find("照片") != std::string::npos);
  CHECK(row[6] == fields.at("location").text);
  CHECK_FALSE(row[7].empty());
}

TEST_CASE("a district of both kinds: a file named for one kind gets that kind's table only", "[pack]")
{
  nominate::test::TempDir temp;
  const auto district = temp.path() / "in" / "西城区";
  std::filesystem::rename(test::copy_example("star-compliant", district), district / "01-张三");
  std::filesystem::rename(test::copy_example("brand-compliant", district), district / "02-乐龄课堂");
  auto outcome = test::check({district}, temp.path());
  // Named for no kind: the stars under the name, the projects beside it.
  auto both = write_tables(outcome, temp.path() / "登记表.xlsx", core::Date{2024, 5, 1});
  REQUIRE(both);
  CHECK(both->size() == 2);
  // Named for the projects, as check's advice for a missing project table says: 附表4 under that name.
  auto brand = write_tables(outcome, temp.path() / "终身学习品牌项目推介登记表.xlsx", core::Date{2024, 5, 1});
  REQUIRE(brand);
  REQUIRE(brand->size() == 1);
  auto read = office::read_registration_tables_file(brand->front());
  REQUIRE(read);
  REQUIRE(read->size() == 1);
  CHECK(read->front().kind == "brand");
  auto star = write_tables(outcome, temp.path() / "百姓学习之星推介登记表.xlsx", core::Date{2024, 5, 1});
  REQUIRE(star);
  CHECK(star->size() == 1);
}

} // namespace nominate::pack
