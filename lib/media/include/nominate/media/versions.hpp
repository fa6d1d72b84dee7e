#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::media {

// The libraries media decodes with: FFmpeg (libavformat, libavcodec, libavutil), libjpeg-turbo, libheif,
// stb_image.
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::media
