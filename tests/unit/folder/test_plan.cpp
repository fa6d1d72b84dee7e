// plan_path: whether a path is one submission or a district of submissions, or as --level forces.
#include "folder_fixtures.hpp"

#include <nominate/folder/load.hpp>

#include <catch2/catch.hpp>

#include <run_tool.hpp>
#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::core::ErrorCode;
using nominate::test::copy_into;
using nominate::test::example;
using nominate::test::TempDir;

TEST_CASE("a path that is missing or a file cannot be checked", "[folder]")
{
  const TempDir dir;
  SECTION("missing")
  {
    const auto plan = plan_path(dir.path() / "不存在", Level::automatic);
    REQUIRE_FALSE(plan.has_value());
    CHECK(plan.error().code == ErrorCode::not_found);
    CHECK(plan.error().file == dir.path() / "不存在");
  }
  SECTION("a file, even a form")
  {
    const auto form = copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
    for (auto level : {Level::automatic, Level::submission, Level::district}) {
      const auto plan = plan_path(form, level);
      REQUIRE_FALSE(plan.has_value());
      CHECK(plan.error().code == ErrorCode::not_a_directory);
    }
  }
  SECTION("a zip given instead of a folder: unzip it, or verify a package")
  {
    const auto zip = dir.path() / "01-王秀兰.zip";
    const auto run = nominate::test::run_tool(
        {"python3", "-c",
         "import sys, zipfile, pathlib\n"
         "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
         "    for f in pathlib.Path(sys.argv[2]).iterdir(): z.write(f, '01-王秀兰/' + f.name)\n",
         zip.string(), example("star-compliant").string()});
    INFO(run.output);
    REQUIRE(std::filesystem::is_regular_file(zip));
    const auto plan = plan_path(zip, Level::automatic);
    REQUIRE_FALSE(plan.has_value());
    CHECK(plan.error().code == ErrorCode::not_a_directory);
    CHECK_THAT(plan.error().message, Catch::Contains("unzip"));
    CHECK_THAT(plan.error().message, Catch::Contains("nominate verify 01-王秀兰.zip"));
  }
  SECTION("load_submission says the same")
  {
    CHECK(load_submission(dir.path() / "不存在", "x", nominate::test::shipped_rules()).error().code ==
          ErrorCode::not_found);
    dir.write("a.txt", "x");
    CHECK(load_submission(dir.path() / "a.txt", "x", nominate::test::shipped_rules()).error().code ==
          ErrorCode::not_a_directory);
  }
}

TEST_CASE("a folder of submission folders is a district, its submissions sorted", "[folder]")
{
  const TempDir dir;
  const auto district = dir.path() / "海淀区";
  copy_into(example("star-compliant/推介表.docx"), district / "02-李四" / "推介表.docx");
  dir.write("海淀区/01-张三/nomination.yaml", "kind: star\n");
  copy_into(example("star-compliant/推介表.docx"), district / "10-王五" / "推介表.docx");
  copy_into(example("海淀区/登记表.xlsx"), district / "登记表.xlsx");
  dir.write("海淀区/__MACOSX/02-李四/._推介表.docx", "AppleDouble");
  dir.write("海淀区/.cache/x", "x");

  const auto plan = plan_path(district, Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::district);
  CHECK(plan->submissions ==
        std::vector<std::filesystem::path>{district / "01-张三", district / "02-李四", district / "10-王五"});

  SECTION("--level submission treats it as one submission")
  {
    const auto forced = plan_path(district, Level::submission);
    REQUIRE(forced.has_value());
    CHECK(forced->level == Level::submission);
    CHECK(forced->submissions == std::vector<std::filesystem::path>{district});
  }
}

TEST_CASE("a street's folder that groups submissions gives each of them to the district", "[folder]")
{
  // 朝阳区/学院路街道/{01-张三, 02-李四}: the streets collect their nominees before the district does.
  const TempDir dir;
  const auto district = dir.path() / "朝阳区";
  const auto street = district / "学院路街道";
  copy_into(example("star-compliant/推介表.docx"), street / "01-张三" / "推介表.docx");
  copy_into(example("star-compliant/推介表.docx"), street / "02-李四" / "推介表.docx");
  SECTION("beside a submission of the district's own")
  {
    copy_into(example("brand-compliant/推介表.docx"), district / "03-乐龄课堂" / "推介表.docx");
    const auto plan = plan_path(district, Level::automatic);
    REQUIRE(plan.has_value());
    CHECK(plan->level == Level::district);
    // In name order, the street's nominees where the street's folder lies.
    CHECK(plan->submissions == std::vector<std::filesystem::path>{district / "03-乐龄课堂",
                                                                  street / "01-张三", street / "02-李四"});
  }
  SECTION("two streets")
  {
    const auto other = district / "八里庄街道";
    copy_into(example("star-compliant/推介表.docx"), other / "01-王五" / "推介表.docx");
    copy_into(example("star-compliant/推介表.docx"), other / "02-赵六" / "推介表.docx");
    const auto plan = plan_path(district, Level::automatic);
    REQUIRE(plan.has_value());
    CHECK(plan->level == Level::district);
    CHECK(plan->submissions.size() == 4);
    CHECK(plan->submissions.front() == other / "01-王五");
  }
  SECTION("a nominee whose form and its stamped scan lie in sub-folders, photos at the top, stays one")
  {
    const auto nominee = district / "03-王五";
    copy_into(example("star-compliant/推介表.docx"), nominee / "推介表" / "推介表.docx");
    copy_into(example("star-compliant/推介表.docx"), nominee / "扫描件" / "推介表盖章扫描件.docx");
    copy_into(example("star-compliant/证件照.jpg"), nominee / "证件照.jpg");
    const auto plan = plan_path(district, Level::automatic);
    REQUIRE(plan.has_value());
    CHECK(plan->submissions ==
          std::vector<std::filesystem::path>{nominee, street / "01-张三", street / "02-李四"});
  }
  SECTION("the district's own table beside its one street's folder: the district is this folder")
  {
    copy_into(example("海淀区/登记表.xlsx"), district / "登记表.xlsx");
    const auto plan = plan_path(district, Level::automatic);
    REQUIRE(plan.has_value());
    CHECK(plan->level == Level::district);
    CHECK(plan->folder == district);
    CHECK(plan->submissions == std::vector<std::filesystem::path>{street / "01-张三", street / "02-李四"});
  }
  SECTION("a submission whose files lie in a folder of their own stays one submission")
  {
    dir.write("朝阳区/nominate.yaml", "rules: national\n");
    copy_into(example("star-compliant/推介表.docx"), district / "04-孙七" / "材料" / "推介表.docx");
    const auto plan = plan_path(district, Level::automatic);
    REQUIRE(plan.has_value());
    CHECK(plan->submissions ==
          std::vector<std::filesystem::path>{district / "04-孙七", street / "01-张三", street / "02-李四"});
  }
}

TEST_CASE("a folder around one district, a note beside it, is that district", "[folder]")
{
  // 上报材料/海淀区/…: a district zipped or copied with a folder around it.
  const TempDir dir;
  const auto district = dir.path() / "上报材料" / "海淀区";
  copy_into(example("star-compliant/推介表.docx"), district / "01-张三" / "推介表.docx");
  copy_into(example("star-compliant/推介表.docx"), district / "02-李四" / "推介表.docx");
  dir.write("上报材料/上报说明.txt", "两名推介对象的材料。");
  const auto plan = plan_path(dir.path() / "上报材料", Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::district);
  CHECK(plan->folder == district);
  CHECK(plan->submissions == std::vector<std::filesystem::path>{district / "01-张三", district / "02-李四"});
  // Forced, the folder given is what is checked.
  const auto forced = plan_path(dir.path() / "上报材料", Level::submission);
  REQUIRE(forced.has_value());
  CHECK(forced->folder == dir.path() / "上报材料");
}

TEST_CASE("a folder of several districts is refused with their names, never judged as one district",
          "[folder]")
{
  // A city office's inbox: 收件/海淀区 and 收件/朝阳区, each with its own nominate.yaml or table.
  const TempDir dir;
  const auto inbox = dir.path() / "收件";
  copy_into(example("star-compliant/推介表.docx"), inbox / "海淀区" / "01-张三" / "推介表.docx");
  copy_into(example("star-compliant/推介表.docx"), inbox / "海淀区" / "02-李四" / "推介表.docx");
  dir.write("收件/海淀区/nominate.yaml", "district: 海淀区\n");
  copy_into(example("star-compliant/推介表.docx"), inbox / "朝阳区" / "01-王五" / "推介表.docx");
  copy_into(example("海淀区/登记表.xlsx"), inbox / "朝阳区" / "登记表.xlsx");
  const auto plan = plan_path(inbox, Level::automatic);
  REQUIRE_FALSE(plan.has_value());
  CHECK(plan.error().reason == "several-districts");
  CHECK(plan.error().subject == "朝阳区、海淀区");
  CHECK(plan.error().file == inbox);
  // Each alone is the district it is.
  const auto one = plan_path(inbox / "朝阳区", Level::automatic);
  REQUIRE(one.has_value());
  CHECK(one->level == Level::district);
}

TEST_CASE("a registration table beside zipped nominees is a district whose submissions are still packed",
          "[folder]")
{
  const TempDir dir;
  copy_into(example("海淀区/登记表.xlsx"), dir.path() / "收到" / "登记表.xlsx");
  dir.write("收到/01-张三.zip", "PK\x05\x06" + std::string(18, '\0'));
  dir.write("收到/02-李四.zip", "PK\x05\x06" + std::string(18, '\0'));
  const auto plan = plan_path(dir.path() / "收到", Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::district);
  CHECK(plan->submissions.empty());
  // A table alone (a form some city names 登记表) is still a submission.
  const TempDir other;
  copy_into(example("海淀区/登记表.xlsx"), other.path() / "张三" / "学习之星登记表.xlsx");
  const auto single = plan_path(other.path() / "张三", Level::automatic);
  REQUIRE(single.has_value());
  CHECK(single->level == Level::submission);
  // So is such a nominee's folder with the photos and a zip of evidence.
  copy_into(example("star-compliant/证件照.jpg"), other.path() / "张三" / "证件照.jpg");
  other.write("张三/佐证材料.zip", "PK\x05\x06" + std::string(18, '\0'));
  const auto with_evidence = plan_path(other.path() / "张三", Level::automatic);
  REQUIRE(with_evidence.has_value());
  CHECK(with_evidence->level == Level::submission);
}

TEST_CASE("a folder with a nominate.yaml is a district, even before its submissions come in", "[folder]")
{
  const TempDir dir;
  dir.write("区/nominate.yaml", "zone: other\n");
  std::filesystem::create_directories(dir.path() / "区" / "01-张三");
  const auto plan = plan_path(dir.path() / "区", Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::district);
  CHECK(plan->submissions == std::vector<std::filesystem::path>{dir.path() / "区" / "01-张三"});
}

TEST_CASE("a district's nominate.yaml wins over a blank template saved beside its submissions", "[folder]")
{
  const TempDir dir;
  dir.write("区/nominate.yaml", "zone: other\nrules: national\n");
  // District offices keep the notice's attachments: 附件1 is the blank form.
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "区" / "附件1 “百姓学习之星”推介表.docx");
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "区" / "01-张三" / "推介表.docx");
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "区" / "02-李四" / "推介表.docx");
  const auto plan = plan_path(dir.path() / "区", Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::district);
  CHECK(plan->submissions.size() == 2);
}

TEST_CASE("a file named 推介表 beside two submissions, no nominate.yaml yet, does not make them one",
          "[folder]")
{
  for (const char* beside : {"推介表.docx - 快捷方式.lnk", "推介表填写说明.txt", "推介表（盖章扫描）.pdf"}) {
    INFO(beside);
    const TempDir dir;
    dir.write(std::string("区/") + beside, "x");
    copy_into(example("star-compliant/推介表.docx"), dir.path() / "区" / "01-张三" / "推介表.docx");
    copy_into(example("star-compliant/推介表.docx"), dir.path() / "区" / "02-李四" / "推介表.docx");
    const auto plan = plan_path(dir.path() / "区", Level::automatic);
    REQUIRE(plan.has_value());
    CHECK(plan->level == Level::district);
    CHECK(plan->submissions.size() == 2);
  }
  // A nominee's own form at the top, drafts in sub-folders and photos in 照片/: one submission still.
  const TempDir nominee;
  copy_into(example("star-compliant/推介表.docx"), nominee.path() / "推介表.docx");
  copy_into(example("star-compliant/生活照.jpg"), nominee.path() / "照片" / "生活照.jpg");
  copy_into(example("star-compliant/推介表.docx"), nominee.path() / "修改稿" / "推介表.docx");
  copy_into(example("star-compliant/推介表.docx"), nominee.path() / "初稿" / "推介表.docx");
  const auto plan = plan_path(nominee.path(), Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::submission);
}

TEST_CASE("a folder that holds a form or a nomination.yaml is a submission, sub-folders and all", "[folder]")
{
  const TempDir dir;
  SECTION("a form at the top")
  {
    copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
    copy_into(nominate::test::photo(64, 64), dir.path() / "照片" / "生活照.jpg");
  }
  SECTION("a nomination.yaml, no form")
  {
    dir.write("nomination.yaml", "rules: beijing/capital-star-2018\n");
  }
  SECTION("a form, and sub-folders that look like submissions themselves")
  {
    copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
    copy_into(example("star-compliant/推介表.docx"), dir.path() / "旧版" / "推介表.docx");
  }
  const auto plan = plan_path(dir.path(), Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::submission);
  CHECK(plan->submissions == std::vector<std::filesystem::path>{dir.path()});
}

TEST_CASE("--level district takes a submission folder's sub-folders as submissions", "[folder]")
{
  const TempDir dir;
  copy_into(example("star-compliant/推介表.docx"), dir.path() / "推介表.docx");
  copy_into(nominate::test::photo(64, 64), dir.path() / "照片" / "生活照.jpg");
  const auto forced = plan_path(dir.path(), Level::district);
  REQUIRE(forced.has_value());
  CHECK(forced->level == Level::district);
  CHECK(forced->submissions == std::vector<std::filesystem::path>{dir.path() / "照片"});
}

TEST_CASE("an empty folder is taken for a submission", "[folder]")
{
  const TempDir dir;
  const auto plan = plan_path(dir.path(), Level::automatic);
  REQUIRE(plan.has_value());
  CHECK(plan->level == Level::submission);
}
