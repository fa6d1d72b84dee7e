#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nominate::rules {

// What a rule set asks of one video material (a role: "video"), gathered at load time from its video.* checks
// on that role, so that whatever needs the whole picture — `fix` transcoding to the spec, the one ffmpeg
// command a finding offers, `upload`'s limits — reads typed values instead of scanning checks by key.
// An absent value: the notice asks nothing of it.
struct VideoSpec {
  std::string role;                    // "video"
  std::vector<std::string> containers; // video.container formats: "mp4"
  std::vector<std::string> codecs;     // video.codec codecs: "h264"
  std::optional<int> width;            // video.resolution, as displayed
  std::optional<int> height;
  std::optional<double> fps;   // video.frame-rate equals
  double fps_tolerance = 0.05; // video.frame-rate tolerance
  bool constant_fps = false;   // video.frame-rate constant
  std::optional<double> min_s; // video.duration
  std::optional<double> max_s;
  std::optional<std::int64_t> max_bytes; // video.file-size
  bool audio_required = false;           // video.audio is checked as an error: a sound track is required
};

// What a rule set asks of one photo material (a role: "id_photo", "photo"), from its photo.* checks.
struct PhotoSpec {
  std::string role;
  std::vector<std::string> formats;      // photo.format formats: "jpeg", "png"
  std::optional<std::int64_t> max_bytes; // photo.file-size
  std::optional<std::string> id_size;    // photo.dimensions size: "1寸", "2寸"
  std::optional<int> min_width;          // photo.dimensions minimum pixels
  std::optional<int> min_height;
  bool color_required = false;           // photo.color is checked
  std::optional<std::string> background; // photo.background color: "white"
};

} // namespace nominate::rules
