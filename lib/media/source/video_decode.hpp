#pragma once

#include "ffmpeg_log.hpp"

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
  std::int64_t frames = 0;
  std::int64_t damaged_frames = 0;       // frames the decoder flagged (concealed errors, missing references)
  std::int64_t errors = 0;               // packets the decoder refused, plus its error messages
  std::optional<std::string> read_error; // the demuxer stopped before the end of the file
  std::optional<std::string> problem;    // no decoder for the codec, or it would not open
};

// Decodes the stream from the start, with as many threads as the machine has. Reads the whole file.
[[nodiscard]] DecodeReport decode_stream(AVFormatContext* format, int stream_index, LogCapture& capture);

} // namespace nominate::media::detail
