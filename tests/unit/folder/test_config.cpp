// nomination.yaml and nominate.yaml: strict, with every error naming the file and line; fields keyed by id
// or label override the form's; waivers; the upward search for nominate.yaml that root: true stops.
#include "folder_fixtures.hpp"

#include <nominate/folder/config.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <temp_dir.hpp>

using namespace nominate::folder;
using nominate::core::ErrorCode;
using nominate::test::TempDir;

TEST_CASE("nomination.yaml is read: rules, kind, title, special, fields and waivers", "[folder]")
{
  const TempDir dir;
  const auto file = dir.write("nomination.yaml", R"(# 推介材料补充说明
rules: national/star
kind: star
title: 张三
special: true
fields:
  姓名: 张三
  mobile: "13800138000"
  awards:
waivers:
  - rule: video.duration
    file: 事迹视频.mp4
    reason: 区教育局同意，视频为3分50秒
    approved_by: 海淀区教育局
    date: 2024-05-06
)");
  const auto config = load_submission_config(file);
  REQUIRE(config.has_value());
  CHECK(config->file == file);
  CHECK(config->rules == "national/star");
  CHECK(config->kind == "star");
  CHECK(config->title == "张三");
  CHECK(config->special);
  REQUIRE(config->fields.size() == 3);
  CHECK(config->fields[0].key == "姓名");
  CHECK(config->fields[0].value == "张三");
  CHECK(config->fields[0].line == 7);
  CHECK(config->fields[1].key == "mobile");
  CHECK(config->fields[1].value == "13800138000");
  CHECK(config->fields[2].value.empty());
  CHECK(config->fields[2].line == 9); // an empty value: its key's line
  REQUIRE(config->waivers.size() == 1);
  const auto& waiver = config->waivers.front();
  CHECK(waiver.rule == "video.duration");
  CHECK(waiver.file == "事迹视频.mp4");
  CHECK_FALSE(waiver.field.has_value());
  CHECK(waiver.reason == "区教育局同意，视频为3分50秒");
  CHECK(waiver.approved_by == "海淀区教育局");
  CHECK(waiver.date == "2024-05-06");
  CHECK(waiver.source == "nomination.yaml");
  CHECK(waiver.line == 11);
}

TEST_CASE("an empty nomination.yaml is a valid one that says nothing", "[folder]")
{
  const TempDir dir;
  const auto config = load_submission_config(dir.write("nomination.yaml", "# 暂无\n"));
  REQUIRE(config.has_value());
  CHECK_FALSE(config->rules);
  CHECK_FALSE(config->special);
  CHECK(config->fields.empty());
}

TEST_CASE("a nomination.yaml that breaks the schema is an error naming the file and line", "[folder]")
{
  const TempDir dir;
  auto expect_error = [&](const std::string& text, std::size_t line, const std::string& words) {
    const auto file = dir.write("nomination.yaml", text);
    const auto config = load_submission_config(file);
    REQUIRE_FALSE(config.has_value());
    CHECK(config.error().code == ErrorCode::invalid_config);
    CHECK(config.error().file == file);
    CHECK(config.error().position.line == line);
    CHECK_THAT(config.error().message, Catch::Contains(words));
  };
  SECTION("an unknown key, with the nearest known one")
  {
    expect_error("rules: national/star\nfeilds:\n  姓名: 张三\n", 2, "'feilds'");
    expect_error("rules: national/star\nfeilds:\n  姓名: 张三\n", 2, "did you mean 'fields'");
    expect_error("rules: national/star\nrule:\n", 2, "did you mean 'rules'");
  }
  SECTION("fields given as a list")
  {
    expect_error("rules: national/star\nfields:\n  - 姓名: 张三\n", 3, "fields");
  }
  SECTION("a field's value that is a mapping")
  {
    expect_error("fields:\n  姓名:\n    first: 三\n", 3, "姓名");
  }
  SECTION("special that is not true or false")
  {
    expect_error("special: 也许\n", 1, "special");
  }
  SECTION("a kind that is neither star nor brand")
  {
    expect_error("kind: person\n", 1, "star or brand");
  }
  SECTION("a waiver without its rule")
  {
    expect_error("waivers:\n  - reason: 特殊情况\n    approved_by: 区教育局\n", 2, "rule");
  }
  SECTION("a waiver with an unknown key")
  {
    expect_error("waivers:\n  - rule: video.duration\n    reasn: 特殊情况\n", 3, "reasn");
  }
  SECTION("waivers given as a mapping")
  {
    expect_error("waivers:\n  rule: video.duration\n", 2, "waivers");
  }
  SECTION("YAML that does not parse")
  {
    const auto file = dir.write("nomination.yaml", "fields:\n  姓名: [张三\n");
    const auto config = load_submission_config(file);
    REQUIRE_FALSE(config.has_value());
    CHECK(config.error().code == ErrorCode::invalid_config);
    CHECK(config.error().file == file);
    CHECK(config.error().position.line > 0);
  }
}

TEST_CASE("nomination.yaml's fields, keyed by id or by label, override the form's", "[folder]")
{
  const TempDir dir;
  nominate::test::copy_into(nominate::test::example("star-compliant/推介表.docx"),
                            dir.path() / "推介表.docx");
  dir.write("nomination.yaml", "fields:\n  姓名: 张三\n  mobile: \"13912345678\"\n");
  const auto loaded = load_submission(dir.path(), "01", nominate::test::shipped_rules());
  REQUIRE(loaded.has_value());
  const auto& submission = loaded->submission;

  REQUIRE(submission.field("name"));
  CHECK(submission.field("name")->text == "张三");
  CHECK(submission.field("name")->source == "nomination.yaml");
  CHECK(submission.field("name")->file == "nomination.yaml");
  REQUIRE(submission.field("name")->location);
  CHECK(submission.field("name")->location->line == 2);
  CHECK(submission.field("mobile")->text == "13912345678");
  CHECK(submission.field("mobile")->source == "nomination.yaml");
  // What nomination.yaml does not give still comes from the form.
  CHECK(submission.field("gender")->text == "女");
  CHECK(submission.field("gender")->source == "form");
  CHECK(submission.title == "张三");
  CHECK(submission.configs.front() == (dir.path() / "nomination.yaml").generic_string());
  // nomination.yaml is configuration, not a material.
  for (const auto& material : submission.materials) {
    CHECK(material.file != "nomination.yaml");
  }
}

TEST_CASE("a field key the rule set does not know is an error naming nomination.yaml and the line",
          "[folder]")
{
  const TempDir dir;
  nominate::test::copy_into(nominate::test::example("star-compliant/推介表.docx"),
                            dir.path() / "推介表.docx");
  SECTION("a one-line value")
  {
    dir.write("nomination.yaml", "fields:\n  姓名: 张三\n  身高: 180\n");
  }
  SECTION("a block value: the key's line, not the text's")
  {
    dir.write("nomination.yaml", "fields:\n  姓名: 张三\n  身高: |\n    一米八\n");
  }
  const auto file = dir.path() / "nomination.yaml";
  const auto loaded = load_submission(dir.path(), "01", nominate::test::shipped_rules());
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().code == ErrorCode::invalid_config);
  CHECK(loaded.error().file == file);
  CHECK(loaded.error().position.line == 3);
  CHECK_THAT(loaded.error().message, Catch::Contains("身高") && Catch::Contains("national/star"));
}

TEST_CASE("special: true and waivers travel into the submission, the district's waivers too", "[folder]")
{
  const TempDir dir;
  dir.write("nominate.yaml", "root: true\nwaivers:\n  - {rule: batch.quota, reason: 市里追加名额, "
                             "approved_by: 市教委, date: 2024-05-01}\n");
  nominate::test::copy_into(nominate::test::example("star-compliant/推介表.docx"),
                            dir.path() / "01" / "推介表.docx");
  dir.write("01/nomination.yaml",
            "special: true\nwaivers:\n  - rule: video.duration\n    reason: 原则上4-5分钟\n");
  const auto loaded = load_submission(dir.path() / "01", "01", nominate::test::shipped_rules());
  REQUIRE(loaded.has_value());
  CHECK(loaded->submission.special);
  REQUIRE(loaded->submission.waivers.size() == 2);
  CHECK(loaded->submission.waivers[0].rule == "video.duration");
  CHECK(loaded->submission.waivers[0].source == "nomination.yaml");
  CHECK(loaded->submission.waivers[1].rule == "batch.quota");
  CHECK(loaded->submission.waivers[1].source == "nominate.yaml");
  CHECK(loaded->submission.configs.size() == 2);
}

TEST_CASE("nominate.yaml is read: district, zone, rules, as_of, past_winners, root", "[folder]")
{
  const TempDir dir;
  const auto file = dir.write("nominate.yaml", R"(district: 海淀区
zone: demonstration
rules: national
as_of: 2024-05-01
past_winners: 名单/往年获奖名单.csv
root: true
)");
  const auto config = load_district_config(file);
  REQUIRE(config.has_value());
  CHECK(config->district == "海淀区");
  CHECK(config->zone == "demonstration");
  CHECK(config->rules == "national");
  CHECK(config->as_of == nominate::core::Date{2024, 5, 1});
  CHECK(config->past_winners == dir.path() / "名单" / "往年获奖名单.csv");
  CHECK(config->root);
}

TEST_CASE("a nominate.yaml that breaks the schema is an error naming the file and line", "[folder]")
{
  const TempDir dir;
  auto expect_error = [&](const std::string& text, std::size_t line, const std::string& words) {
    const auto file = dir.write("nominate.yaml", text);
    const auto config = load_district_config(file);
    REQUIRE_FALSE(config.has_value());
    CHECK(config.error().code == ErrorCode::invalid_config);
    CHECK(config.error().file == file);
    CHECK(config.error().position.line == line);
    CHECK_THAT(config.error().message, Catch::Contains(words));
  };
  SECTION("a zone the quotas do not name (the notice's own words, 示范区/实验区/其他, are zones: below)")
  {
    expect_error("district: 海淀区\nzone: 中心城区\n", 2, "demonstration");
    expect_error("district: 海淀区\nzone: 中心城区\n", 2, "其他");
  }
  SECTION("a waiver for a rule id that does not exist, naming the nearest")
  {
    expect_error("waivers:\n  - rule: video.frame-rat\n    reason: 区里同意\n", 2, "'video.frame-rat'");
    expect_error("waivers:\n  - rule: video.frame-rat\n    reason: 区里同意\n", 2,
                 "did you mean 'video.frame-rate'");
  }
  SECTION("an as_of that is not a date")
  {
    expect_error("as_of: 五月\n", 1, "as_of");
    expect_error("as_of: 2024-05\n", 1, "as_of");
  }
  SECTION("root that is not true or false")
  {
    expect_error("zone: other\nroot: 1\n", 2, "root");
  }
  SECTION("an unknown key")
  {
    expect_error("district: 海淀区\nquota: 2\n", 2, "quota");
  }
}

TEST_CASE("nominate.yaml files apply from the folder upwards, and root: true stops the search", "[folder]")
{
  const TempDir dir;
  dir.write("市/nominate.yaml", "zone: other\nrules: national/brand\nroot: true\n");
  dir.write("市/海淀区/nominate.yaml", "zone: demonstration\n");
  std::filesystem::create_directories(dir.path() / "市" / "海淀区" / "01-张三");

  SECTION("without root: both, nearest first")
  {
    const auto found = find_district_configs(dir.path() / "市" / "海淀区" / "01-张三");
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 2);
    CHECK((*found)[0].zone == "demonstration");
    CHECK((*found)[1].zone == "other");
    CHECK((*found)[0].file.filename() == "nominate.yaml");
  }
  SECTION("root: true in the nearer one hides the farther one")
  {
    dir.write("市/海淀区/nominate.yaml", "zone: demonstration\nroot: true\n");
    const auto found = find_district_configs(dir.path() / "市" / "海淀区" / "01-张三");
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    CHECK(found->front().zone == "demonstration");
  }
  SECTION("an invalid one above a submission stops its reading")
  {
    dir.write("市/海淀区/nominate.yaml", "zone: 中心城区\n");
    const auto found = find_district_configs(dir.path() / "市" / "海淀区" / "01-张三");
    REQUIRE_FALSE(found.has_value());
    CHECK(found.error().code == ErrorCode::invalid_config);
    CHECK(found.error().file == dir.path() / "市" / "海淀区" / "nominate.yaml");
  }
}

TEST_CASE("true and false are read as YAML writes them, and as people do", "[folder]")
{
  const TempDir dir;
  for (const auto* yes : {"true", "True", "TRUE", "yes", "是", "\"true\""}) {
    const auto config =
        load_submission_config(dir.write("nomination.yaml", std::string("special: ") + yes + "\n"));
    REQUIRE(config.has_value());
    CHECK(config->special);
  }
  for (const auto* no : {"false", "False", "no", "否"}) {
    const auto config =
        load_submission_config(dir.write("nomination.yaml", std::string("special: ") + no + "\n"));
    REQUIRE(config.has_value());
    CHECK_FALSE(config->special);
  }
}

namespace {

std::vector<std::string> files_of(const std::vector<DistrictConfig>& configs)
{
  std::vector<std::string> out;
  for (const auto& config : configs) {
    out.push_back(config.file.generic_string());
  }
  return out;
}

} // namespace

TEST_CASE("nominate.yaml files are named as reached from the folder the user gave", "[folder]")
{
  const TempDir dir;
  dir.write("市/nominate.yaml", "zone: other\nroot: true\n");
  dir.write("市/海淀区/nominate.yaml", "zone: demonstration\n");
  dir.write("市/海淀区/01-张三/nominate.yaml", "zone: experimental\n");
  std::filesystem::create_directories(dir.path() / "市" / "海淀区" / "02-李四");
  const nominate::test::WorkingFolder inside(dir.path());

  SECTION("a relative folder: relative names")
  {
    const auto found = find_district_configs("市/海淀区/02-李四");
    REQUIRE(found.has_value());
    CHECK(files_of(*found) == std::vector<std::string>{"市/海淀区/nominate.yaml", "市/nominate.yaml"});
  }
  SECTION("a trailing '/' reads the folder's own file once")
  {
    const auto found = find_district_configs("市/海淀区/");
    REQUIRE(found.has_value());
    CHECK(files_of(*found) == std::vector<std::string>{"市/海淀区/nominate.yaml", "市/nominate.yaml"});
  }
  SECTION("'..' goes up, never into the folder it leaves")
  {
    const auto found = find_district_configs("市/海淀区/01-张三/..");
    REQUIRE(found.has_value());
    CHECK(files_of(*found) == std::vector<std::string>{"市/海淀区/nominate.yaml", "市/nominate.yaml"});
  }
  SECTION("an absolute folder: absolute names")
  {
    const auto found = find_district_configs(dir.path() / "市");
    REQUIRE(found.has_value());
    CHECK(files_of(*found) ==
          std::vector<std::string>{(dir.path() / "市" / "nominate.yaml").generic_string()});
  }
}

TEST_CASE("the zone may be written as the notice names it", "[folder]")
{
  const TempDir dir;
  for (auto [written, zone] :
       {std::pair{"示范区", "demonstration"}, std::pair{"社区教育示范区", "demonstration"},
        std::pair{"实验区", "experimental"}, std::pair{"社区教育实验区", "experimental"},
        std::pair{"其他", "other"}, std::pair{"其他区", "other"},
        std::pair{"experimental", "experimental"}}) {
    const auto config =
        load_district_config(dir.write("nominate.yaml", std::string("zone: ") + written + "\n"));
    REQUIRE(config.has_value());
    CHECK(config->zone == zone);
  }
}

TEST_CASE("paths a config names are read from the config's folder: rules, past_winners, past_nominees",
          "[folder]")
{
  const TempDir dir;
  const auto district =
      load_district_config(dir.write("区/nominate.yaml", "rules: ./xian-2024.yaml\n"
                                                         "past_nominees: 名单/往年推介.csv\n"));
  REQUIRE(district.has_value());
  CHECK(district->rules == (dir.path() / "区" / "xian-2024.yaml").generic_string());
  CHECK(district->past_nominees == dir.path() / "区" / "名单" / "往年推介.csv");

  const auto submission =
      load_submission_config(dir.write("区/01/nomination.yaml", "rules: ../规则/star.yml\n"));
  REQUIRE(submission.has_value());
  CHECK(submission->rules == (dir.path() / "区" / "规则" / "star.yml").generic_string());

  SECTION("a rule set's name is left as it is")
  {
    const auto named = load_district_config(dir.write("nominate.yaml", "rules: national\n"));
    REQUIRE(named.has_value());
    CHECK(named->rules == "national");
  }
  SECTION("as_of in nomination.yaml")
  {
    const auto dated = load_submission_config(dir.write("nomination.yaml", "as_of: 2024年5月1日\n"));
    REQUIRE(dated.has_value());
    CHECK(dated->as_of == nominate::core::Date{2024, 5, 1});
  }
}

TEST_CASE("init's template reads back for every shipped rule set: it names the rule set and sets no field",
          "[folder]")
{
  auto all = nominate::rules::list_rule_sets({std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"});
  REQUIRE(all);
  REQUIRE(all->size() >= 3);
  for (const auto& rule_set : *all) {
    for (auto language : {nominate::core::Language::zh, nominate::core::Language::en}) {
      CAPTURE(rule_set.id);
      const TempDir dir;
      auto text = submission_config_template(rule_set, language);
      auto read = load_submission_config(dir.write("nomination.yaml", text));
      REQUIRE(read);
      CHECK(read->rules == rule_set.id);
      CHECK(read->kind == rule_set.kind);
      CHECK(read->fields.empty());
      CHECK(read->waivers.empty());

      // Uncommenting a field's line, as the file's first comment says, makes it count.
      const auto& field = rule_set.fields.front();
      auto line = "#  " + field.id + ":";
      auto at = text.find(line);
      REQUIRE(at != std::string::npos);
      auto end = text.find('\n', at);
      text.replace(at, end - at, "  " + field.id + ": 示例");
      auto filled = load_submission_config(dir.write("nomination.yaml", text));
      REQUIRE(filled);
      REQUIRE(filled->fields.size() == 1);
      CHECK(filled->fields[0].key == field.id);
      CHECK(filled->fields[0].value == "示例");
    }
  }
}

TEST_CASE("a nomination.yaml or nominate.yaml that is a symbolic link is not read, nor quoted", "[folder]")
{
  // A link may point anywhere (another user's file, /etc/passwd), and a config's values are quoted back in
  // errors: "no rule set named 'secret'".
  const TempDir dir;
  const auto secret = dir.write("elsewhere/private.yaml", "rules: secret-token-1234\nzone: secret-zone\n");
  for (const char* name : {"nomination.yaml", "nominate.yaml"}) {
    INFO(name);
    const auto link = dir.path() / "folder" / name;
    std::filesystem::create_directories(link.parent_path());
    std::filesystem::create_symlink(secret, link);
    std::optional<nominate::core::Error> error;
    if (std::string(name) == "nomination.yaml") {
      auto config = load_submission_config(link);
      REQUIRE_FALSE(config.has_value());
      error = config.error();
    } else {
      auto config = load_district_config(link);
      REQUIRE_FALSE(config.has_value());
      error = config.error();
    }
    CHECK(error->code == ErrorCode::invalid_config);
    CHECK(error->file == link);
    CHECK_THAT(error->message, Catch::Contains("symbolic link"));
    CHECK(error->message.find("secret") == std::string::npos);
  }
}
