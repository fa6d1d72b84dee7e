// The table from rule id to check function (design.md, "Rule identifiers"). A new check kind is one line
// here and one function in its family's file.

#include "checks.hpp"

#include <array>

namespace nominate::check {
namespace {

struct CheckKind {
  std::string_view rule;
  CheckFunction run; // nullptr: driven by `fields` / `materials`, the folder reader, or the district level
};

constexpr std::array k_check_kinds{
    CheckKind{"material.missing", nullptr},
    CheckKind{"material.count", nullptr},
    CheckKind{"material.ambiguous", nullptr},
    CheckKind{"material.unreadable", nullptr},
    CheckKind{"material.legacy-format", nullptr},
    CheckKind{"material.encrypted", nullptr},
    CheckKind{"form.revisions", nullptr},
    CheckKind{"field.required", nullptr},
    CheckKind{"field.format", nullptr},
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
    CheckKind{"batch.quota", nullptr},
    CheckKind{"batch.registration", nullptr},
    CheckKind{"batch.order", nullptr},
    CheckKind{"batch.duplicate", nullptr},
};

} // namespace

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
