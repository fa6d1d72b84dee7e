#pragma once

#include "ffmpeg_log.hpp"

#include <nominate/media/video.hpp>

#include <cstdint>
#include <optional>
#include <string>

extern "C" {
struct AVFormatContext;
}

namespace nominate::media::detail {

// What decoding every frame of one stream found (`--deep`).
struct DecodeReport {
  std::int64_t packets = 0;
  // Packets the container marks as not to be shown (AV_PKT_FLAG_DISCARD: the pre-roll an edit list skips,
  // as a lossless cut at a non-key frame leaves): decoded for their references, their pictures dropped.
  std::int64_t discarded = 0;
  std::int64_t frames = 0;
  std::int64_t damaged_frames = 0;       // frames the decoder flagged (concealed errors, missing references)
  std::int64_t errors = 0;               // packets the decoder refused, plus its error messages
  std::optional<std::string> read_error; // the demuxer stopped before the end of the file, or decoding
                                         // stopped where the timestamps ran far past the video's length
  bool cut_short = false;                // the latter: the packets after were never read
  std::optional<std::string> problem;    // no decoder for the codec, or it would not open
  std::optional<VideoContent> content;   // what the picture and sound show (video_content.hpp)
  std::optional<std::string> content_problem;
};

// Decodes the video stream from the start, with as many threads as the machine has, and the sound stream
// (`audio_index`, -1 for none) in the same pass, and runs the content filters over both. Reads the whole
// file once, but stops where the packets' timestamps pass twice the stream's length (at least a minute past
// it; two hours where the length is unknown): an edit list of 60,000 entries repeating a 2 s clip would
// otherwise keep a run decoding for hours.
[[nodiscard]] DecodeReport decode_stream(AVFormatContext* format, int stream_index, int audio_index,
                                         LogCapture& capture);

} // namespace nominate::media::detail
