// Bad input never crashes a check: random bytes in every field, absurd probe facts, huge texts.

#include "builders.hpp"

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/rules/load.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

using namespace nominate;

TEST_CASE("checks and messages survive hostile values", "[check]")
{
  std::mt19937 random(20240501);
  auto bytes = [&](std::size_t size) {
    std::string out(size, '\0');
    for (auto& c : out) {
      c = static_cast<char>(random() & 0xFFU);
    }
    return out;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();

  for (const char* name : {"national/star", "national/brand", "beijing/capital-star-2018"}) {
    auto rule_set = rules::load_rule_set(name, {std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"});
    REQUIRE(rule_set.has_value());
    for (int round = 0; round < 20; ++round) {
      auto submission = test::submission_with_form();
      submission.special = round % 2 == 0;
      for (const auto& field : rule_set->fields) {
        test::set_field(submission, field.id, bytes(random() % (round == 19 ? 100'000 : 200)));
      }
      auto photo = test::material(bytes(12) + ".jpg", folder::Role::id_photo);
      photo.photo = media::PhotoFacts{};
      photo.photo->format = static_cast<media::ImageFormat>(random() % 10);
      photo.photo->width = static_cast<int>(random()) - 1'000'000;
      photo.photo->height = round % 3 == 0 ? 0 : std::numeric_limits<int>::max();
      photo.photo->decoded = round % 2 == 1;
      photo.photo->background = static_cast<media::Background>(random() % 6);
      photo.size = std::numeric_limits<std::uintmax_t>::max();
      submission.materials.push_back(photo);
      auto video = test::material("v.mp4", folder::Role::video);
      video.video = media::VideoFacts{};
      video.video->container = static_cast<media::Container>(random() % 9);
      video.video->codec = bytes(5);
      video.video->width = -5;
      video.video->height = std::numeric_limits<int>::max();
      video.video->fps = round % 2 == 0 ? nan : inf;
      video.video->variable_frame_rate = true;
      video.video->min_fps = nan;
      video.video->duration_s = round % 2 == 0 ? 1e300 : nan;
      video.video->file_size = video.size = std::numeric_limits<std::uintmax_t>::max();
      video.video->damage = {bytes(30)};
      submission.materials.push_back(video);
      auto options = test::options_as_of(2024, 2, 29);
      options.past_winners = {{bytes(10), bytes(10), std::nullopt}};

      auto findings = check::check_submission(submission, *rule_set, options);
      check::apply_waivers(findings, {});
      check::sort_findings(findings);
      for (const auto& finding : findings) {
        CHECK(messages::has_message(finding.message_id));
        CHECK_FALSE(messages::render(finding, core::Language::zh).message.empty());
        CHECK_FALSE(messages::render(finding, core::Language::en).message.empty());
      }
    }
  }
}
