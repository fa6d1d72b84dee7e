#pragma once

#include "media_fixtures.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace nominate::test {

// The video fixtures, made with the ffmpeg CLI on first use (lavfi sources, libx264/libx265/mpeg4) and
// cached. Short (3 s) except `long_video` (4 min 30 s, a still colour, cheap to encode).
struct VideoFixtures {
  static std::filesystem::path compliant();     // MP4 (isom, faststart), H.264 High, 1280×720, 25 fps, AAC
  static std::filesystem::path moov_at_end();   // the same, index after the media data
  static std::filesystem::path fps30();         // 30 fps
  static std::filesystem::path full_hd();       // 1920×1080
  static std::filesystem::path hevc();          // H.265 (hvc1), as iPhones record
  static std::filesystem::path mpeg4_part2();   // MPEG-4 Part 2
  static std::filesystem::path rotated();       // 1280×720 coded, display matrix turning it to portrait
  static std::filesystem::path variable_rate(); // 25 fps for 1 s, then 20 fps
  static std::filesystem::path quicktime();     // MOV ('qt  ')
  static std::filesystem::path matroska_named_mp4();
  static std::filesystem::path avi_named_mp4();
  static std::filesystem::path silent();     // no sound track
  static std::filesystem::path anamorphic(); // 960×720 with 4:3 pixels: displayed 1280×720
  static std::filesystem::path long_video(); // 4 min 30 s, 1280×720, 25 fps
  static std::filesystem::path large();      // ~28 MB (lossless), for the bounded-read promise

  static std::vector<std::filesystem::path> all_valid();
};

} // namespace nominate::test
