#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/facts.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::media {

// The container by content: an MP4's ftyp major brand vs QuickTime's "qt  ", Matroska's EBML, AVI's RIFF.
enum class Container { mp4, mov, matroska, webm, avi, flv, mpeg_ts, unknown };

[[nodiscard]] const char* to_string(Container container);  // "mp4", "mov", "matroska", …

// How much of the file a probe may read.
enum class ProbeDepth {
  index,  // headers and the sample index only: a bounded read, whatever the file's size (the default)
  deep,   // also decode every frame and report decoding errors (`--deep`)
};

// What a video is. Values are as displayed: `width`×`height` after the display-matrix rotation and sample
// aspect ratio (a 1280×720 stream rotated 90° is 720×1280).
struct VideoFacts {
  Container container = Container::unknown;
  std::string major_brand;      // ftyp major brand as read from the file ("isom", "qt  "), empty if none
  std::uintmax_t file_size = 0;
  std::string codec;            // "h264", "hevc", "mpeg4", … (FFmpeg's codec name)
  std::string profile;          // "High", "Main", …
  int coded_width = 0;
  int coded_height = 0;
  int width = 0;                // as displayed
  int height = 0;
  int rotation = 0;             // degrees clockwise, 0/90/180/270
  double fps = 0;               // from the index's timestamp steps, not the header's guess
  std::string fps_text;         // "25", "29.97", "30"
  bool variable_frame_rate = false;
  double min_fps = 0;           // over the index's steps, when variable
  double max_fps = 0;
  double duration_s = 0;
  bool has_audio = false;
  std::string audio_codec;
  std::uintmax_t bytes_read = 0;  // how much of the file the probe read (for the bounded-read promise)
  // Damage found: "moov missing", "samples past end of file (file ends at 1234567, index needs 2345678)",
  // "decode errors in 12 frames" (deep). Empty when sound.
  std::vector<std::string> damage;
  std::optional<std::string> problem;  // why the file could not be probed at all ("not a video")

  [[nodiscard]] core::Facts to_facts() const;
};

// Probes a video. Never throws and never crashes on hostile input; a file that is not a video gives
// container unknown and a problem. An error only when the file cannot be opened at all.
[[nodiscard]] core::Result<VideoFacts> probe_video_file(const std::filesystem::path& path,
                                                        ProbeDepth depth = ProbeDepth::index);

}  // namespace nominate::media
