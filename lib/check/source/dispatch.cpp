// The check function of each rule that a rule file's `checks:` drives (rules::Trigger::checks). A rule is
// one entry of the rules catalogue (its id, params, trigger, explain text; lib/rules/source/catalog_*.cpp)
// plus its function here; its message texts are the `<rule>.*` ids in lib/messages. Rules driven otherwise —
// by `fields`/`materials` (check.cpp), by what reading files found (check.cpp's intake findings, and
// read_error_checks.cpp for a reader's ReadError), over a district (district_checks.cpp) —
// have no entry. tests/unit/check/test_registry.cpp holds the three to agreement.

#include "checks.hpp"

#include <array>

namespace nominate::check {
namespace {

struct CheckKind {
  std::string_view rule;
  CheckFunction run;
};

constexpr std::array k_check_kinds{
    CheckKind{"text.length", check_text_length},
    CheckKind{"photo.format", check_photo_format},
    CheckKind{"photo.extension", check_photo_extension},
    CheckKind{"photo.file-size", check_photo_file_size},
    CheckKind{"photo.dimensions", check_photo_dimensions},
    CheckKind{"photo.color", check_photo_color},
    CheckKind{"photo.background", check_photo_background},
    CheckKind{"video.container", check_video_container},
    CheckKind{"video.codec", check_video_codec},
    CheckKind{"video.resolution", check_video_resolution},
    CheckKind{"video.frame-rate", check_video_frame_rate},
    CheckKind{"video.duration", check_video_duration},
    CheckKind{"video.file-size", check_video_file_size},
    CheckKind{"video.audio", check_video_audio},
    CheckKind{"video.corrupt", check_video_corrupt},
    CheckKind{"eligibility.project-age", check_project_age},
    CheckKind{"eligibility.project-ongoing", check_project_ongoing},
    CheckKind{"eligibility.participants", check_participants},
    CheckKind{"eligibility.project-name", check_project_name},
    CheckKind{"eligibility.past-winner", check_past_winner},
    CheckKind{"eligibility.past-nominee", check_past_nominee},
    CheckKind{"eligibility.profile", check_profile},
    CheckKind{"video.audio-silent", check_video_audio_silent},
    CheckKind{"video.black", check_video_black},
    CheckKind{"video.frozen", check_video_frozen},
    CheckKind{"video.dark", check_video_dark},
    CheckKind{"video.blurry", check_video_blurry},
    CheckKind{"text.promo-copied", check_promo_copied},
};

} // namespace

std::vector<std::string_view> rules_with_check_functions()
{
  std::vector<std::string_view> out;
  out.reserve(k_check_kinds.size());
  for (const auto& kind : k_check_kinds) {
    out.push_back(kind.rule);
  }
  return out;
}

CheckFunction find_check(std::string_view rule)
{
  for (const auto& kind : k_check_kinds) {
    if (kind.rule == rule) {
      return kind.run;
    }
  }
  return nullptr;
}

} // namespace nominate::check
