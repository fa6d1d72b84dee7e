#pragma once

// How a nomination's video is opened, by the probe (video.cpp) and the poster frame (poster.cpp) alike.

#include <cstdint>

namespace nominate::media::detail {

// The demuxers a video may open as: ffmpeg::k_format_whitelist (nominate/ffmpeg/streams.hpp).
// find_stream_info may read this much to learn a stream's profile and pixel format (the first frames).
inline constexpr std::int64_t k_probe_size = 2 << 20;

} // namespace nominate::media::detail
