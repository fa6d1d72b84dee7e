#pragma once

// How a nomination's video is opened, by the probe (video.cpp) and the poster frame (poster.cpp) alike.

#include <cstdint>

namespace nominate::media::detail {

// The demuxers a nomination's video may open as: MP4/MOV and the containers phones and editors write. Keeps
// FFmpeg's many other demuxers (image sequences, playlists that open other files) away from user files.
inline constexpr const char* k_format_whitelist =
    "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv,mpegts,asf,mpeg";
// find_stream_info may read this much to learn a stream's profile and pixel format (the first frames).
inline constexpr std::int64_t k_probe_size = 2 << 20;

} // namespace nominate::media::detail
