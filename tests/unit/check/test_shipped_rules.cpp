// The checks driven by the shipped rule files (rules/**.yaml): severities and clauses come from the files,
// and a well-prepared submission passes each of them.

#include "builders.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/check/check.hpp>
#include <nominate/media/photo.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

rules::RuleSet shipped(std::string_view name)
{
  auto loaded = rules::load_rule_set(name, {std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"});
  INFO((loaded ? std::string() : core::describe(loaded.error())));
  REQUIRE(loaded.has_value());
  return *loaded;
}

check::CheckOptions options_for(const rules::RuleSet& rule_set)
{
  check::CheckOptions options;
  // The national notice names no date; these tests judge against 2023-01-01, the earliest it can have
  // been issued (a district sets its own with as_of).
  options.as_of = rule_set.as_of.value_or(core::Date{2023, 1, 1});
  return options;
}

std::string repeat(std::string_view piece, int times)
{
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += piece;
  }
  return out;
}

folder::Material jpeg(std::string file, folder::Role role)
{
  auto out = test::material(std::move(file), role);
  out.photo = media::PhotoFacts{};
  out.photo->format = media::ImageFormat::jpeg;
  out.photo->file_size = out.size = 300'000;
  out.photo->width = 413;
  out.photo->height = 579;
  out.photo->decoded = true;
  out.photo->background = media::Background::white;
  return out;
}

std::vector<core::Finding> unwaived(std::vector<core::Finding> findings, core::Severity severity)
{
  std::erase_if(findings, [&](const auto& f) { return f.waived || f.severity != severity; });
  return findings;
}

// A national star submission that meets the notice: every required field, the ID photo and one more photo.
folder::Submission good_star()
{
  auto submission = test::submission_with_form();
  const std::vector<std::pair<std::string, std::string>> fields{
      {"name", "张三"},
      {"gender", "女"},
      {"birth", "1958年3月"},
      {"ethnicity", "汉族"},
      {"native_place", "北京"},
      {"political_status", "中共党员"},
      {"education", "大学本科"},
      {"unit_position", "海淀区学院路街道 退休教师"},
      {"mobile", "13912345678"},
      {"resume", "1976年参加工作，2018年退休。"},
      {"learning", "坚持参加社区学院书法、摄影课程。"},
      {"deeds", "（不少于1500字）" + repeat("学", 1600)},
      {"promo", "（200字左右）" + repeat("学", 200)},
      {"unit_opinion", "同意推介。（盖章）2024年4月1日"},
      {"filler", "李四"},
      {"filler_phone", "010-62345678"},
  };
  for (const auto& [id, text] : fields) {
    test::set_field(submission, id, text);
  }
  submission.materials.push_back(jpeg("证件照.jpg", folder::Role::id_photo));
  submission.materials.push_back(jpeg("生活照.jpg", folder::Role::photo));
  return submission;
}

} // namespace

TEST_CASE("national/star: a complete submission passes; each shortfall has the file's severity and clause",
          "[check]")
{
  auto rule_set = shipped("national/star");
  auto options = options_for(rule_set);

  SECTION("the complete submission has no error and no warning")
  {
    auto findings = check::check_submission(good_star(), rule_set, options);
    for (const auto& f : findings) {
      UNSCOPED_INFO(f.rule << " " << f.message_id << " " << f.field.value_or(""));
    }
    CHECK(findings.empty());
  }
  SECTION("deeds of 1203 字 fail 不少于1500字 as an error quoting the notice")
  {
    auto submission = good_star();
    test::set_field(submission, "deeds", "（不少于1500字）" + repeat("学", 1203));
    auto found = of_rule(check::check_submission(submission, rule_set, options), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].clause == "主要事迹和成效（不少于1500字）");
    CHECK(found[0].actual == "1203 字");
  }
  SECTION("a promo of 120 字 is only a warning (左右)")
  {
    auto submission = good_star();
    test::set_field(submission, "promo", repeat("学", 120));
    auto found = of_rule(check::check_submission(submission, rule_set, options), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].expected == "≈ 200 字 (150–250)");
  }
  SECTION("a serving deputy county head is a profile warning; an HEIC photo a format warning")
  {
    auto submission = good_star();
    test::set_field(submission, "unit_position", "XX县人民政府 副县长");
    submission.materials.back().photo->format = media::ImageFormat::heic;
    submission.materials.back().photo->decoded = false;
    auto findings = check::check_submission(submission, rule_set, options);
    CHECK(unwaived(findings, core::Severity::error).empty());
    CHECK(of_rule(findings, "eligibility.profile", "eligibility.profile.leader").size() == 1);
    CHECK(of_rule(findings, "photo.format", "photo.format.heic").size() == 1);
  }
  SECTION("a black-and-white ID photo and a 30 fps video are errors")
  {
    auto submission = good_star();
    submission.materials[1].photo->grayscale = true;
    auto video = test::material("事迹视频.mp4", folder::Role::video);
    video.video = media::VideoFacts{};
    video.video->container = media::Container::mp4;
    video.video->codec = "h264";
    video.video->width = 1280;
    video.video->height = 720;
    video.video->fps = 30;
    video.video->fps_text = "30";
    video.video->duration_s = 270;
    video.video->has_audio = true;
    submission.materials.push_back(video);
    auto errors = unwaived(check::check_submission(submission, rule_set, options), core::Severity::error);
    REQUIRE(errors.size() == 2);
    CHECK(of_rule(errors, "photo.color").size() == 1);
    auto rate = of_rule(errors, "video.frame-rate");
    REQUIRE(rate.size() == 1);
    CHECK(rate[0].clause == "帧率：25");
  }
  SECTION("a special nomination with only the usual 2 photos and no video")
  {
    auto submission = good_star();
    submission.special = true;
    auto found = of_rule(check::check_submission(submission, rule_set, options), "material.count");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.count.special-too-few");
  }
}

TEST_CASE("national/star: a photo named as another format is told once, as a warning", "[check]")
{
  REQUIRE(test::have_tool("convert"));
  test::TempDir dir;
  auto rule_set = shipped("national/star");
  auto options = options_for(rule_set);
  // The ID photo as ImageMagick writes it in `format`, named 证件照.jpg whatever it is.
  auto findings_for = [&](const std::string& format) {
    auto path = dir.path() / "证件照.jpg";
    auto run = test::run_tool({"convert", "-size", "413x579", "xc:white", "-fill", "#c07050", "-draw",
                               "ellipse 206,300 110,160 0,360", format + ":" + path.string()});
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    auto facts = media::probe_photo_file(path);
    REQUIRE(facts.has_value());
    auto submission = good_star();
    auto& photo = submission.materials[submission.materials.size() - 2];
    REQUIRE(photo.role == folder::Role::id_photo);
    photo.photo = *facts;
    photo.size = facts->file_size;
    return check::check_submission(submission, rule_set, options);
  };

  SECTION("a PNG named .jpg: photo.extension, a warning (the notice names no format)")
  {
    auto findings = findings_for("png");
    auto found = of_rule(findings, "photo.extension");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("suggested") == ".png");
    CHECK(of_rule(findings, "photo.format").empty());
  }
  SECTION("a WebP named .jpg: photo.format says both, photo.extension keeps quiet")
  {
    auto findings = findings_for("webp");
    auto found = of_rule(findings, "photo.format");
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("named") == ".jpg");
    CHECK(messages::render(found[0], core::Language::en).message.find("name ends in .jpg") !=
          std::string::npos);
    CHECK(of_rule(findings, "photo.extension").empty());
  }
  SECTION("a JPEG named .jpg passes")
  {
    CHECK(of_rule(findings_for("jpg"), "photo.extension").empty());
  }
}

TEST_CASE("national/brand: project age, participants and name against the file's bounds", "[check]")
{
  auto rule_set = shipped("national/brand");
  auto options = options_for(rule_set);
  auto submission = test::submission_with_form();
  for (const auto& [id, text] : std::vector<std::pair<std::string, std::string>>{
           {"project_name", "学院路街道社区学院“乐龄课堂”"},
           {"unit", "学院路街道社区学院"},
           {"phone", "010-62345678"},
           {"period", "2019年3月至今"},
           {"location", "学院路街道社区学院"},
           {"beneficiaries", "社区老年居民"},
           {"participants", "年均线下2600人次"},
           {"description", repeat("学", 1600)},
           {"promo", repeat("学", 210)},
           {"unit_opinion", "同意推介。"},
       }) {
    test::set_field(submission, id, text);
  }
  auto summary = test::material("工作总结.docx", folder::Role::summary);
  summary.text = repeat("学", 1450);
  submission.materials.push_back(summary);
  for (int i = 1; i <= 3; ++i) {
    submission.materials.push_back(jpeg("活动照片" + std::to_string(i) + ".jpg", folder::Role::photo));
  }

  SECTION("a complete project passes")
  {
    auto findings = check::check_submission(submission, rule_set, options);
    for (const auto& f : findings) {
      UNSCOPED_INFO(f.rule << " " << f.message_id << " " << f.field.value_or(""));
    }
    CHECK(findings.empty());
  }
  SECTION("started less than two years before the file's as_of: an error; 800 a year: an error")
  {
    test::set_field(submission, "period", "2021年6月至今");
    test::set_field(submission, "participants", "年均线下800人次");
    auto findings = check::check_submission(submission, rule_set, options);
    auto age = of_rule(findings, "eligibility.project-age");
    REQUIRE(age.size() == 1);
    CHECK(age[0].severity == core::Severity::error);
    CHECK(age[0].args.at("as_of") == "2023-01-01");
    CHECK(of_rule(findings, "eligibility.participants", "eligibility.participants.below").size() == 1);
  }
  SECTION("named as its unit: an error; a summary of 800 字: a warning; 2 photos: too few")
  {
    test::set_field(submission, "project_name", "学院路街道社区学院");
    submission.materials[1].text = repeat("学", 800);
    submission.materials.pop_back();
    auto findings = check::check_submission(submission, rule_set, options);
    CHECK(of_rule(findings, "eligibility.project-name", "eligibility.project-name.same-as-unit").size() == 1);
    auto summary_length = of_rule(findings, "text.length");
    REQUIRE(summary_length.size() == 1);
    CHECK(summary_length[0].severity == core::Severity::warning);
    CHECK(summary_length[0].file == "工作总结.docx");
    CHECK(of_rule(findings, "material.count", "material.count.too-few").size() == 1);
  }
}

TEST_CASE("beijing/capital-star-2018: 2000字以内 counted as every character, the photo and video specs",
          "[check]")
{
  auto rule_set = shipped("beijing/capital-star-2018");
  auto options = options_for(rule_set);
  auto submission = test::submission_with_form();
  test::set_field(submission, "name", "王五");
  test::set_field(submission, "gender", "男");
  test::set_field(submission, "deeds", repeat("学习，", 650)); // 1300 by Word's count, 1950 characters
  test::set_field(submission, "unit_opinion", "同意推荐。");
  auto photo = jpeg("证件照.jpg", folder::Role::id_photo);
  photo.photo->width = 295;
  photo.photo->height = 413;
  submission.materials.push_back(photo);
  auto video = test::material("事迹视频.mp4", folder::Role::video);
  video.video = media::VideoFacts{};
  video.video->container = media::Container::mp4;
  video.video->codec = "h264";
  video.video->width = 1920;
  video.video->height = 1080;
  video.video->fps = 30;
  video.video->duration_s = 280;
  video.video->has_audio = true;
  video.video->file_size = video.size = 40'000'000;
  submission.materials.push_back(video);

  SECTION("a prepared folder passes")
  {
    auto findings = check::check_submission(submission, rule_set, options);
    for (const auto& f : findings) {
      UNSCOPED_INFO(f.rule << " " << f.message_id << " " << f.field.value_or(""));
    }
    CHECK(findings.empty());
  }
  SECTION("2100 characters with punctuation exceed 2000 though Word counts 1400")
  {
    test::set_field(submission, "deeds", repeat("学习，", 700));
    auto found = of_rule(check::check_submission(submission, rule_set, options), "text.length");
    REQUIRE(found.size() == 1);
    CHECK(found[0].actual == "2100 字");
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("a 2.5 MB photo, a light background, a silent 5:30 video")
  {
    submission.materials[1].size = submission.materials[1].photo->file_size = 2'621'440;
    submission.materials[1].photo->background = media::Background::light;
    submission.materials[2].video->duration_s = 330;
    submission.materials[2].video->has_audio = false;
    auto findings = check::check_submission(submission, rule_set, options);
    CHECK(of_rule(findings, "photo.file-size")[0].severity == core::Severity::error);
    CHECK(of_rule(findings, "photo.background")[0].severity == core::Severity::warning);
    CHECK(messages::render(of_rule(findings, "video.duration")[0], core::Language::zh)
              .message.find("超过 5分钟（5:00）") != std::string::npos);
    CHECK(of_rule(findings, "video.audio")[0].clause == "声音、画面等要清晰，能够完整反映申报个人的基本情况");
  }
}
