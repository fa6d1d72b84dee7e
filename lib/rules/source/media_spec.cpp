// The typed video and photo specs (media_spec.hpp), read from a rule set's checks on one role.

#include <nominate/rules/rule_set.hpp>

namespace nominate::rules {

namespace {

std::optional<int> positive_int(const CheckSpec& check, const std::string& key)
{
  auto value = check.integer(key);
  return value && *value > 0 ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

void add_video(VideoSpec& video, const CheckSpec& check)
{
  if (check.rule == "video.container") {
    video.containers = check.strings("formats");
  } else if (check.rule == "video.codec") {
    video.codecs = check.strings("codecs");
  } else if (check.rule == "video.resolution") {
    video.width = positive_int(check, "width");
    video.height = positive_int(check, "height");
  } else if (check.rule == "video.frame-rate") {
    video.fps = check.number("equals");
    video.fps_tolerance = check.number("tolerance").value_or(video.fps_tolerance);
    video.constant_fps = check.flag("constant");
  } else if (check.rule == "video.duration") {
    video.min_s = check.number("min_s");
    video.max_s = check.number("max_s");
  } else if (check.rule == "video.file-size") {
    video.max_bytes = check.integer("max_bytes");
  } else if (check.rule == "video.audio") {
    // Required only where the notice asks for sound (an error, Beijing's 声音…要清晰): a warning's missing
    // track (the national notices ask nothing of the sound) is left for a person, never filled with silence.
    video.audio_required = check.severity == core::Severity::error;
  }
}

void add_photo(PhotoSpec& photo, const CheckSpec& check)
{
  if (check.rule == "photo.format") {
    photo.formats = check.strings("formats");
  } else if (check.rule == "photo.file-size") {
    photo.max_bytes = check.integer("max_bytes");
  } else if (check.rule == "photo.dimensions") {
    photo.id_size = check.string("size");
    photo.min_width = positive_int(check, "min_width");
    photo.min_height = positive_int(check, "min_height");
  } else if (check.rule == "photo.color") {
    photo.color_required = true;
  } else if (check.rule == "photo.background") {
    photo.background = check.string("color");
  }
}

} // namespace

VideoSpec RuleSet::video_spec(std::string_view role) const
{
  VideoSpec video;
  video.role = role;
  for (const auto& check : checks) {
    if (check.material == role && check.rule.starts_with("video.")) {
      add_video(video, check);
    }
  }
  return video;
}

PhotoSpec RuleSet::photo_spec(std::string_view role) const
{
  PhotoSpec photo;
  photo.role = role;
  for (const auto& check : checks) {
    if (check.material == role && check.rule.starts_with("photo.")) {
      add_photo(photo, check);
    }
  }
  return photo;
}

} // namespace nominate::rules
