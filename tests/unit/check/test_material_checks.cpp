#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

// The national star's materials: a form, an ID photo, 2 photos including the ID photo (special: 3–5 or a
// video).
rules::RuleSet star_materials()
{
  rules::RuleSet rules;
  rules::MaterialSpec form;
  form.role = "form";
  form.min = 1;
  form.max = 1;
  form.clause = "《百姓学习之星推介表》";
  rules::MaterialSpec id_photo;
  id_photo.role = "id_photo";
  id_photo.min = 1;
  id_photo.clause = "其中一张为2寸免冠彩色证件照";
  rules::MaterialSpec photo;
  photo.role = "photo";
  photo.min = 2;
  photo.max = 2;
  photo.includes_id_photo = true;
  photo.severity = core::Severity::warning;
  photo.clause = "个人照片2张";
  photo.special_min = 3;
  photo.special_max = 5;
  rules::MaterialSpec video;
  video.role = "video";
  video.special_min = 1; // 相关照片（3-5张）或音像视频资料: either alternative suffices
  rules.materials = {form, id_photo, photo, video};
  return rules;
}

folder::Submission with_photos(int photos, bool id_photo)
{
  auto submission = test::submission_with_form();
  if (id_photo) {
    submission.materials.push_back(test::material("证件照.jpg", folder::Role::id_photo));
  }
  for (int i = 0; i < photos; ++i) {
    submission.materials.push_back(
        test::material("生活照" + std::to_string(i + 1) + ".jpg", folder::Role::photo));
  }
  return submission;
}

std::vector<core::Finding> material_findings(const folder::Submission& submission,
                                             const rules::RuleSet& rules)
{
  auto findings = check::check_submission(submission, rules, {});
  std::erase_if(findings, [](const auto& f) { return !f.rule.starts_with("material."); });
  return findings;
}

} // namespace

TEST_CASE("material.missing and material.count follow the rule set's materials", "[check]")
{
  auto rules = star_materials();

  SECTION("an ID photo and one more photo make the star's 2 photos; a video is optional")
  {
    CHECK(material_findings(with_photos(1, true), rules).empty());
  }
  SECTION("no form: material.missing.form, with the material's clause")
  {
    auto submission = with_photos(1, true);
    submission.materials.erase(submission.materials.begin());
    auto found = material_findings(submission, rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "material.missing");
    CHECK(found[0].message_id == "material.missing.form");
    CHECK(found[0].args.at("role") == "form");
    CHECK(found[0].clause == "《百姓学习之星推介表》");
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("no ID photo: missing, and the photo count (including the ID photo) is short, at its own severity")
  {
    auto found = material_findings(with_photos(1, false), rules);
    REQUIRE(of_rule(found, "material.missing", "material.missing.id_photo").size() == 1);
    auto count = of_rule(found, "material.count", "material.count.too-few");
    REQUIRE(count.size() == 1);
    CHECK(count[0].args.at("count") == "1");
    CHECK(count[0].args.at("min") == "2");
    CHECK(count[0].severity == core::Severity::warning);
    CHECK(count[0].expected == "2");
    CHECK(count[0].actual == "1");
  }
  SECTION("four photos are too many for a star")
  {
    auto found = material_findings(with_photos(3, true), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.count.too-many");
    CHECK(found[0].args.at("max") == "2");
    // The files counted are named, the ID photo among them; the hint on scans is for photos.
    CHECK(found[0].args.at("files").find("、") != std::string::npos);
    CHECK_FALSE(found[0].args.at("scan_hint_zh").empty());
  }
  SECTION("two videos where one is allowed: both named, no word of scans")
  {
    auto one_video = star_materials();
    one_video.materials.back().max = 1;
    auto submission = with_photos(1, true);
    submission.materials.push_back(test::material("事迹视频.mp4", folder::Role::video));
    submission.materials.push_back(test::material("事迹视频（剪辑版）.mp4", folder::Role::video));
    auto found =
        of_rule(material_findings(submission, one_video), "material.count", "material.count.too-many");
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("files") == "事迹视频.mp4、事迹视频（剪辑版）.mp4");
    auto text = messages::render(found[0], core::Language::zh);
    CHECK(text.message.find("事迹视频（剪辑版）.mp4") != std::string::npos);
    CHECK(text.fix.find("盖章") == std::string::npos);
  }
  SECTION("a special nomination brings 3–5 related photos besides its 2, or a video")
  {
    // Seed 000, 报送材料 3: "事迹特别感人的百姓学习之星"… 提交材料：相关照片（3-5张）或音像视频资料 — on top
    // of the usual materials (issue 15: a star with its 2 photos plus 4 more passes).
    auto submission = with_photos(1, true);
    submission.special = true;
    auto found = material_findings(submission, rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.count.special-too-few");
    CHECK(found[0].args.at("min") == "3");
    CHECK(found[0].args.at("max") == "5");
    CHECK(found[0].args.at("usual") == "2");
    CHECK(found[0].args.at("extra") == "0");
    CHECK(found[0].expected == "5–7");
    CHECK(found[0].actual == "2");
    auto message = messages::render(found[0], core::Language::zh);
    CHECK_THAT(message.message, Catch::Contains("另交相关照片 3–5 张"));
    CHECK_THAT(message.message, Catch::Contains("现有照片 2 张"));

    auto with_video = submission;
    with_video.materials.push_back(test::material("事迹视频.mp4", folder::Role::video));
    CHECK(material_findings(with_video, rules).empty());

    auto two_more = with_photos(3, true);
    two_more.special = true;
    auto short_by_one = material_findings(two_more, rules);
    REQUIRE(short_by_one.size() == 1);
    CHECK(short_by_one[0].message_id == "material.count.special-too-few");
    CHECK(short_by_one[0].args.at("extra") == "2");

    for (int photos : {4, 5, 6}) {
      auto enough = with_photos(photos, true); // 2 + 3, 2 + 4, 2 + 5
      enough.special = true;
      CHECK(material_findings(enough, rules).empty());
    }

    auto eight_photos = with_photos(7, true);
    eight_photos.special = true;
    auto too_many = material_findings(eight_photos, rules);
    REQUIRE(too_many.size() == 1);
    CHECK(too_many[0].message_id == "material.count.too-many");
    CHECK(too_many[0].args.at("max") == "7");
  }
  SECTION("a checks entry for material.count overrides the severity of that role's count")
  {
    auto spec = test::on_material(test::check_spec("material.count", core::Severity::error), "photo");
    rules.checks.push_back(spec);
    auto found = of_rule(material_findings(with_photos(3, true), rules), "material.count");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].clause == "clause of material.count");
  }
}

TEST_CASE("a photo or video the probe could not read is material.unreadable, once", "[check]")
{
  rules::RuleSet rules;
  auto submission = test::submission_with_form();

  SECTION("a truncated JPEG")
  {
    auto photo = test::material("生活照.jpg", folder::Role::photo);
    photo.photo = media::PhotoFacts{};
    photo.photo->format = media::ImageFormat::jpeg;
    photo.photo->problem = "truncated: the JPEG ends before its end marker";
    submission.materials.push_back(photo);
    auto found = of_rule(check::check_submission(submission, rules, {}), "material.unreadable");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.unreadable.damaged");
    CHECK(found[0].file == "生活照.jpg");
    CHECK(found[0].args.at("detail").find("truncated") != std::string::npos);
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("a photo over the probe's pixel budget is too large to look into, not damaged")
  {
    auto photo = test::material("扫描全景.jpg", folder::Role::photo);
    photo.photo = media::PhotoFacts{};
    photo.photo->format = media::ImageFormat::jpeg;
    photo.photo->problem = "over pixel budget: 20000×20000 pixels";
    submission.materials.push_back(photo);
    auto found = of_rule(check::check_submission(submission, rules, {}), "material.unreadable");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.unreadable.too-large");
  }
  SECTION("an HEIC photo is not damaged: photo.format speaks for it")
  {
    auto photo = test::material("IMG_0001.HEIC", folder::Role::photo);
    photo.photo = media::PhotoFacts{};
    photo.photo->format = media::ImageFormat::heic;
    photo.photo->problem = "cannot decode: HEIC";
    submission.materials.push_back(photo);
    CHECK(of_rule(check::check_submission(submission, rules, {}), "material.unreadable").empty());
  }
  SECTION("a file the folder reader already reported is not reported twice")
  {
    auto photo = test::material("生活照.jpg", folder::Role::photo);
    photo.photo = media::PhotoFacts{};
    photo.photo->problem = "empty file";
    photo.read_error = folder::ReadError{};
    photo.read_error->kind = folder::ReadErrorKind::empty;
    submission.materials.push_back(photo);
    auto found = of_rule(check::check_submission(submission, rules, {}), "material.unreadable");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.unreadable.empty");
  }
  SECTION("a damaged video without a video.corrupt check is unreadable; with one, video.corrupt reports it")
  {
    auto video = test::material("事迹视频.mp4", folder::Role::video);
    video.video = media::VideoFacts{};
    video.video->damage = {"moov missing"};
    submission.materials.push_back(video);
    auto found = check::check_submission(submission, rules, {});
    REQUIRE(of_rule(found, "material.unreadable").size() == 1);

    rules.checks.push_back(test::on_material(test::check_spec("video.corrupt"), "video"));
    found = check::check_submission(submission, rules, {});
    CHECK(of_rule(found, "material.unreadable").empty());
    REQUIRE(of_rule(found, "video.corrupt", "video.corrupt.damaged").size() == 1);
  }
  SECTION("intake findings pass through, with a checks entry's severity for their rule")
  {
    core::Finding intake;
    intake.rule = "material.ambiguous";
    intake.severity = core::Severity::info;
    intake.message_id = "material.ambiguous.chosen";
    intake.file = "推介表.docx";
    submission.intake_findings.push_back(intake);
    CHECK(of_rule(check::check_submission(submission, rules, {}), "material.ambiguous")[0].severity ==
          core::Severity::info);
    rules.checks.push_back(test::check_spec("material.ambiguous", core::Severity::warning));
    CHECK(of_rule(check::check_submission(submission, rules, {}), "material.ambiguous")[0].severity ==
          core::Severity::warning);
  }
}

TEST_CASE("a PDF named 证件照 is no photo: the missing ID photo names it and says how to get one", "[check]")
{
  auto submission = with_photos(2, false);
  auto pdf = test::material("证件照.pdf", folder::Role::scan);
  pdf.type = "pdf";
  submission.materials.push_back(pdf);
  auto found = of_rule(material_findings(submission, star_materials()), "material.missing");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_id == "material.missing.photo-as-pdf");
  CHECK(found[0].args.at("candidate") == "证件照.pdf");
  CHECK(found[0].args.at("command") == "pdftoppm -jpeg -r 300 -singlefile \"证件照.pdf\" \"证件照\"");
  const auto zh = messages::render(found[0], core::Language::zh);
  CHECK(zh.message == "缺少证件照：“证件照.pdf”是 PDF 文件，不是照片，所以没有当作证件照。");
  // A stamped scan is a scan: 证件照扫描件.pdf is not taken for the ID photo.
  submission.materials.back().file = "证件照扫描件.pdf";
  found = of_rule(material_findings(submission, star_materials()), "material.missing");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_id == "material.missing.id_photo");
}
