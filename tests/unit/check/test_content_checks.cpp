// video.audio-silent, video.black, video.frozen, video.dark, video.blurry on measured content (what the deep
// probe's filters report, media::VideoContent), on both sides of each threshold; the measurement itself is
// tested on ffmpeg-made videos in tests/unit/media/test_video_content.cpp.

#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/media/video.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

using namespace nominate;
using test::of_rule;

namespace {

rules::RuleSet content_rules()
{
  rules::RuleSet rules;
  for (auto id : {"video.audio-silent", "video.black", "video.frozen", "video.dark", "video.blurry"}) {
    rules.checks.push_back(test::on_material(test::check_spec(id, core::Severity::warning), "video"));
  }
  return rules;
}

// A 100-second video with sound at -20 LUFS, bright and sharp pictures every half second.
media::VideoContent good_content()
{
  media::VideoContent content;
  content.duration_s = 100;
  content.has_audio = true;
  content.loudness_lufs = -20;
  for (int i = 0; i < 200; ++i) {
    content.pictures.push_back({.time_s = i * 0.5, .luma = 120, .blur = 4});
  }
  return content;
}

std::vector<core::Finding> findings_for(const media::VideoContent& content, const rules::RuleSet& rules)
{
  auto submission = test::submission_with_form();
  auto video = test::material("事迹视频.mp4", folder::Role::video);
  video.video = media::VideoFacts{};
  video.video->has_audio = content.has_audio;
  video.video->content = content;
  submission.materials.push_back(video);
  auto findings = check::check_submission(submission, rules, {});
  std::erase_if(findings, [](const auto& f) { return !f.rule.starts_with("video."); });
  return findings;
}

} // namespace

TEST_CASE("a bright, sharp, sounding video has no content finding; without --deep nothing is claimed",
          "[check]")
{
  CHECK(findings_for(good_content(), content_rules()).empty());

  auto submission = test::submission_with_form();
  auto video = test::material("事迹视频.mp4", folder::Role::video);
  video.video = media::VideoFacts{}; // an index probe: no content measured
  submission.materials.push_back(video);
  CHECK(of_rule(check::check_submission(submission, content_rules(), {}), "video.black").empty());
}

TEST_CASE("video.black and video.frozen report the share over the threshold, with the time ranges", "[check]")
{
  auto content = good_content();
  content.black = {{0, 10}, {90, 100}}; // 20 %: under the default 25 %
  CHECK(of_rule(findings_for(content, content_rules()), "video.black").empty());

  content.black = {{0, 20}, {84, 100}}; // 36 %
  auto found = of_rule(findings_for(content, content_rules()), "video.black");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == core::Severity::warning);
  CHECK(found[0].args.at("ranges") == "0:00–0:20, 1:24–1:40");
  CHECK(found[0].args.at("ranges_s") == "0-20;84-100");
  CHECK(found[0].actual == "36% (36 s)");
  CHECK(messages::render(found[0], core::Language::zh).message.find("黑屏") != std::string::npos);

  content.frozen = {{10, 55}}; // 45 %: under 50 %
  CHECK(of_rule(findings_for(content, content_rules()), "video.frozen").empty());
  content.frozen = {{10, 65}};
  auto frozen = of_rule(findings_for(content, content_rules()), "video.frozen");
  REQUIRE(frozen.size() == 1);
  CHECK(frozen[0].args.at("ranges_s") == "10-65");

  auto strict = content_rules();
  for (auto& spec : strict.checks) {
    spec.params["max_share"] = 0.4;
  }
  CHECK(of_rule(findings_for(content, strict), "video.frozen").size() == 1);
}

TEST_CASE("video.audio-silent: silent most of the time, too quiet, or no track where sound is required",
          "[check]")
{
  auto content = good_content();
  content.silent = {{0, 40}};
  CHECK(of_rule(findings_for(content, content_rules()), "video.audio-silent").empty());
  content.silent = {{0, 60}};
  auto silent = of_rule(findings_for(content, content_rules()), "video.audio-silent");
  REQUIRE(silent.size() == 1);
  CHECK(silent[0].message_id == "video.audio-silent.silent");
  CHECK(messages::render(silent[0], core::Language::zh).message.find("声音太小/没有声音") !=
        std::string::npos);

  content = good_content();
  content.loudness_lufs = -39;
  CHECK(of_rule(findings_for(content, content_rules()), "video.audio-silent").empty());
  content.loudness_lufs = -45;
  auto quiet = of_rule(findings_for(content, content_rules()), "video.audio-silent");
  REQUIRE(quiet.size() == 1);
  CHECK(quiet[0].message_id == "video.audio-silent.quiet");
  CHECK(quiet[0].args.at("loudness") == "-45 LUFS");

  content = good_content();
  content.has_audio = false;
  content.loudness_lufs.reset();
  CHECK(of_rule(findings_for(content, content_rules()), "video.audio-silent").empty());
  auto requiring = content_rules();
  requiring.checks[0].params["require_audio"] = true;
  auto none = of_rule(findings_for(content, requiring), "video.audio-silent");
  REQUIRE(none.size() == 1);
  CHECK(none[0].message_id == "video.audio-silent.no-track");
}

TEST_CASE(
    "video.dark and video.blurry judge the share of sampled pictures, black stretches aside, as warnings",
    "[check]")
{
  auto content = good_content();
  for (std::size_t i = 0; i < 90; ++i) { // 45 % dark and soft: under half
    content.pictures[i].luma = 30;
    content.pictures[i].blur = 16;
  }
  CHECK(of_rule(findings_for(content, content_rules()), "video.dark").empty());
  CHECK(of_rule(findings_for(content, content_rules()), "video.blurry").empty());
  for (std::size_t i = 90; i < 110; ++i) { // 55 %
    content.pictures[i].luma = 30;
    content.pictures[i].blur = 16;
  }
  auto errors = content_rules();
  for (auto& spec : errors.checks) {
    spec.severity = core::Severity::error; // a rule file's error is still only a warning: a judgement
  }
  auto dark = of_rule(findings_for(content, errors), "video.dark");
  REQUIRE(dark.size() == 1);
  CHECK(dark[0].severity == core::Severity::warning);
  auto blurry = of_rule(findings_for(content, errors), "video.blurry");
  REQUIRE(blurry.size() == 1);
  CHECK(blurry[0].severity == core::Severity::warning);

  // The same dark pictures inside a black stretch are video.black's, not video.dark's.
  content.black = {{0, 55}};
  CHECK(of_rule(findings_for(content, content_rules()), "video.dark").empty());
}
