#include "builders.hpp"
#include "temp_dir.hpp"

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/rules/catalog.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

using namespace nominate;

namespace {

// Every full message id written as a literal in lib/check's sources (a.b.c), outside the catalogue itself.
std::set<std::string> ids_in_sources()
{
  std::set<std::string> ids;
  const std::regex literal(R"re("([a-z]+\.[a-z-]+\.[a-z_-]+)")re");
  auto dir = std::filesystem::path(NOMINATE_SOURCE_DIR) / "lib" / "check" / "source";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    auto name = entry.path().filename().string();
    if (entry.path().extension() != ".cpp" || name.starts_with("catalogue_")) {
      continue;
    }
    auto text = test::read_file(entry.path());
    for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it) {
      ids.insert((*it)[1].str());
    }
  }
  return ids;
}

// A submission that fails nearly every check a rule set can name.
std::vector<core::Finding> failing_everything()
{
  rules::RuleSet rules;
  auto deeds = test::field_spec("deeds", "主要事迹和成效");
  deeds.required = true;
  auto mobile = test::field_spec("mobile", "手机");
  mobile.format = rules::FieldFormat::mobile;
  rules.fields = {deeds,
                  mobile,
                  test::field_spec("period", "项目起止时间"),
                  test::field_spec("unit", "项目单位"),
                  test::field_spec("project_name", "品牌项目名称"),
                  test::field_spec("participants", "参与人数"),
                  test::field_spec("unit_position", "所在单位及职务"),
                  test::field_spec("promo", "宣传展示材料")};
  rules::MaterialSpec photos;
  photos.role = "photo";
  photos.min = 4;
  photos.max = 5;
  rules::MaterialSpec summary;
  summary.role = "summary";
  summary.min = 1;
  rules.materials = {photos, summary};
  auto on_video = [](std::string rule) {
    return test::on_material(test::check_spec(std::move(rule)), "video");
  };
  auto on_photo = [](std::string rule) {
    return test::on_material(test::check_spec(std::move(rule)), "photo");
  };
  rules.checks = {
      test::with(test::on_field(test::check_spec("text.length"), "promo"), "about", std::int64_t{200}),
      test::with(on_photo("photo.format"), "formats", std::vector<std::string>{"jpeg"}),
      on_photo("photo.extension"),
      test::with(on_photo("photo.file-size"), "max_bytes", std::int64_t{1000}),
      test::with(on_photo("photo.dimensions"), "size", std::string("2寸")),
      on_photo("photo.color"),
      on_photo("photo.background"),
      on_video("video.container"),
      on_video("video.codec"),
      test::with(test::with(on_video("video.resolution"), "width", std::int64_t{1280}), "height",
                 std::int64_t{720}),
      test::with(on_video("video.frame-rate"), "equals", 25.0),
      test::with(on_video("video.duration"), "max_s", std::int64_t{300}),
      test::with(on_video("video.file-size"), "max_bytes", std::int64_t{1000}),
      on_video("video.audio"),
      on_video("video.corrupt"),
      test::with(test::on_field(test::check_spec("eligibility.project-age"), "period"), "min_years",
                 std::int64_t{2}),
      test::on_field(test::check_spec("eligibility.project-ongoing"), "period"),
      test::with(test::on_field(test::check_spec("eligibility.participants"), "participants"), "period_field",
                 std::string("period")),
      test::with(test::on_field(test::check_spec("eligibility.project-name"), "project_name"), "unit_field",
                 std::string("unit")),
      test::on_field(test::check_spec("eligibility.profile"), "unit_position"),
      test::check_spec("eligibility.past-winner"),
      test::check_spec("eligibility.past-nominee"),
  };
  auto submission = test::submission_with_form();
  test::set_field(submission, "deeds", "");
  test::set_field(submission, "mobile", "12345");
  test::set_field(submission, "period", "2023年至2023年6月");
  test::set_field(submission, "unit", "XX社区学院");
  test::set_field(submission, "project_name", "XX社区学院");
  test::set_field(submission, "participants", "累计500人次");
  test::set_field(submission, "unit_position", "XX县 副县长");
  test::set_field(submission, "promo", "短");
  auto photo = test::material("IMG_1.jpg", folder::Role::photo);
  photo.photo = media::PhotoFacts{};
  photo.photo->format = media::ImageFormat::png;
  photo.photo->file_size = photo.size = 5000;
  photo.photo->decoded = true;
  photo.photo->width = 800;
  photo.photo->height = 600;
  photo.photo->grayscale = true;
  photo.photo->background = media::Background::blue;
  submission.materials.push_back(photo);
  // A JPEG named .png: photo.extension (IMG_1's PNG named .jpg is photo.format's, jpeg only being asked).
  auto square = photo;
  square.file = "IMG_3.png";
  square.photo->format = media::ImageFormat::jpeg;
  square.photo->width = square.photo->height = 500;
  square.photo->grayscale = false;
  square.photo->background = media::Background::light;
  submission.materials.push_back(square);
  auto heic = test::material("IMG_4.HEIC", folder::Role::photo);
  heic.photo = media::PhotoFacts{};
  heic.photo->format = media::ImageFormat::heic;
  heic.photo->problem = "cannot decode: HEIC";
  submission.materials.push_back(heic);
  auto video = test::material("IMG_2.mov", folder::Role::video);
  video.video = media::VideoFacts{};
  video.video->container = media::Container::mov;
  video.video->codec = "hevc";
  video.video->width = 1080;
  video.video->height = 1920;
  video.video->fps = 29.97;
  video.video->fps_text = "29.97";
  video.video->variable_frame_rate = true;
  video.video->min_fps = 20;
  video.video->max_fps = 30;
  video.video->duration_s = 400;
  video.video->file_size = video.size = 90'000'000;
  video.video->damage = {"decode errors in 12 frames"};
  submission.materials.push_back(video);
  folder::Waiver no_reason;
  no_reason.rule = "video.codec";
  no_reason.source = "nomination.yaml";
  no_reason.line = 3;
  submission.waivers.push_back(no_reason);
  auto options = test::options_as_of(2024, 5, 1);
  options.past_winners = {{"XX社区学院", "XX社区学院", 2022}};
  options.past_nominees = {{"XX社区学院", "", 2021}};
  auto findings = check::check_submission(submission, rules, options);
  check::apply_waivers(findings, submission.waivers);
  return findings;
}

} // namespace

TEST_CASE("the message catalogue has every message id a check or the folder reader emits", "[messages]")
{
  SECTION("every id written in lib/check's sources")
  {
    auto ids = ids_in_sources();
    CHECK(ids.size() > 40);
    for (const auto& id : ids) {
      INFO(id);
      CHECK(messages::has_message(id));
    }
  }
  SECTION("every field.format.<format> and material.missing.<role> the rule schema allows")
  {
    for (auto format : rules::field_formats()) {
      INFO(format);
      CHECK(messages::has_message("field.format." + std::string(format)));
    }
    for (auto role : rules::material_roles()) {
      INFO(role);
      CHECK(messages::has_message("material.missing." + std::string(role)));
    }
  }
  SECTION("the intake and district ids agreed with the folder reader and the district checks")
  {
    for (const char* id : {"material.unreadable.damaged",
                           "material.unreadable.archive",
                           "material.unreadable.empty",
                           "material.unreadable.not-what-named",
                           "material.legacy-format.converted",
                           "material.legacy-format.unconverted",
                           "material.legacy-format.conversion-failed",
                           "material.encrypted.document",
                           "material.ambiguous.chosen",
                           "material.open-elsewhere.locked",
                           "material.ambiguous.live-photo",
                           "photo.dimensions.id-card",
                           "photo.format.cmyk",
                           "eligibility.project-age.after-reference",
                           "video.resolution.shape",
                           "batch.text-reuse.same-nominee",
                           "material.open-elsewhere.received",
                           "material.missing.form-pdf",
                           "material.ambiguous.id-photo",
                           "form.revisions.unaccepted",
                           "material.count.too-few",
                           "material.count.too-many",
                           "field.required.empty",
                           "field.required.hint-only",
                           "batch.quota.exceeded",
                           "batch.duplicate.same",
                           "batch.registration.mismatch",
                           "batch.registration.missing",
                           "batch.registration.unknown",
                           "batch.order.mismatch",
                           "waiver.invalid.no-reason"}) {
      INFO(id);
      CHECK(messages::has_message(id));
    }
  }
  SECTION("each entry is unique and has a message and a fix in both languages")
  {
    std::set<std::string_view> seen;
    for (auto id : messages::message_ids()) {
      INFO(id);
      CHECK(seen.insert(id).second);
      core::Finding finding;
      finding.message_id = std::string(id);
      for (auto language : {core::Language::zh, core::Language::en}) {
        auto rendered = messages::render(finding, language);
        CHECK_FALSE(rendered.message.empty());
        CHECK_FALSE(rendered.fix.empty());
      }
    }
  }
}

TEST_CASE("every finding the checks make renders fully in Chinese and English", "[messages]")
{
  auto findings = failing_everything();
  std::set<std::string> emitted;
  const std::regex unfilled(R"(\{[a-z_0-9]+\})");
  for (const auto& finding : findings) {
    emitted.insert(finding.message_id);
    for (auto language : {core::Language::zh, core::Language::en}) {
      auto rendered = messages::render(finding, language);
      INFO(finding.message_id << ": " << rendered.message << "\n" << rendered.fix);
      CHECK(messages::has_message(finding.message_id));
      CHECK_FALSE(std::regex_search(rendered.message, unfilled));
      CHECK_FALSE(std::regex_search(rendered.fix, unfilled));
    }
  }
  // The scenario reaches most of the catalogue: a check added without a message shows up here too.
  CHECK(emitted.size() >= 30); // its variable-rate video is one frame-rate finding, not two
  for (const char* id :
       {"field.required.empty", "field.format.mobile", "material.missing.summary", "photo.format.other",
        "photo.format.heic", "photo.dimensions.aspect", "photo.background.light", "video.codec.hevc",
        "eligibility.project-name.same-as-unit", "eligibility.past-winner.match",
        "waiver.invalid.no-reason"}) {
    INFO(id);
    CHECK(emitted.count(id) == 1);
  }
}

TEST_CASE("render fills placeholders from the args, in the language", "[messages]")
{
  core::Finding finding;
  finding.rule = "video.duration";
  finding.file = "事迹视频.mp4";
  finding.message_id = "video.duration.too-short";
  finding.args = {{"file", "事迹视频.mp4"},
                  {"duration", "3:20"},
                  {"duration_zh", "3分20秒"},
                  {"min", "4:00"},
                  {"min_zh", "4分钟"},
                  {"export_zh", "分辨率 720P、帧率 25、格式 MP4"},
                  {"export_en", "resolution 720P, frame rate 25, format MP4"}};

  SECTION("Chinese first, with 分秒")
  {
    auto rendered = messages::render(finding, core::Language::zh);
    CHECK(rendered.message == "视频“事迹视频.mp4”时长 3分20秒（3:20），要求至少 4分钟（4:00）。");
    CHECK(rendered.fix.find("分辨率 720P、帧率 25、格式 MP4") != std::string::npos);
  }
  SECTION("English as plain")
  {
    CHECK(messages::render(finding, core::Language::en).message ==
          "The video \"事迹视频.mp4\" lasts 3:20; at least 4:00 is required.");
  }
  SECTION("a neutral arg renders in the language: {role_zh} / {role_en}")
  {
    core::Finding count;
    count.message_id = "material.count.too-few";
    count.args = {{"role", "photo"}, {"count", "1"}, {"min", "2"}, {"max", "2"}};
    CHECK(messages::render(count, core::Language::zh).message == "照片数量为 1，要求至少 2。");
    CHECK(messages::render(count, core::Language::en).message ==
          "Number of photos: 1; at least 2 are required.");
  }
  SECTION("a field's text read from an attached document says which: {part_zh} / {part_en}")
  {
    core::Finding length;
    length.message_id = "text.length.too-short";
    length.file = "事迹材料.docx";
    length.args = {{"label", "主要事迹和成效"},
                   {"part", "attachment"},
                   {"count", "800"},
                   {"han", "800"},
                   {"min", "1500"},
                   {"counted", "words"}};
    CHECK_THAT(messages::render(length, core::Language::zh).message,
               Catch::StartsWith("“主要事迹和成效”（读自另附的“事迹材料.docx”）共 800 字"));
    CHECK_THAT(messages::render(length, core::Language::en).message,
               Catch::Contains("(read from the attached \"事迹材料.docx\")"));
  }
  SECTION("an unknown message id shows the id and its args rather than nothing")
  {
    core::Finding unknown;
    unknown.rule = "video.codec";
    unknown.message_id = "video.codec.from-the-future";
    unknown.args = {{"codec", "vvc"}};
    CHECK_FALSE(messages::has_message(unknown.message_id));
    CHECK(messages::render(unknown, core::Language::zh).message == "video.codec.from-the-future (codec=vvc)");
  }
}
