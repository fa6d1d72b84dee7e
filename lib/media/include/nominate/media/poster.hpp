#pragma once

#include <nominate/core/error.hpp>
#include <nominate/media/preview.hpp>

#include <filesystem>

namespace nominate::media {

struct PosterOptions {
  // Where the frame is taken, as a share of the duration: a tenth in is past a fade-in or a title card and
  // shows what the video is about.
  double at = 0.1;
  int long_side = k_preview_long_side;
};

// One frame of a video, as a player shows it (the display matrix's rotation and the sample aspect ratio
// applied), scaled to `long_side` and JPEG-encoded: the poster frame of the HTML report. It takes the first
// key frame at or after `at` of the duration (one frame to decode); where there is none, it decodes forward
// from the key frame before to the first frame at or past `at` (at most a few hundred frames); a video
// without a usable index or duration gives its first frame.
// Errors: ErrorCode::io when the file cannot be opened; ErrorCode::unsupported when FFmpeg has no decoder
// for the codec; ErrorCode::unreadable when no frame decodes. FFmpeg's messages are kept, never printed.
// Never throws; safe to call from several threads at once.
[[nodiscard]] core::Result<Preview> video_poster(const std::filesystem::path& path,
                                                 const PosterOptions& options = {});

} // namespace nominate::media
