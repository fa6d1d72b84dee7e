#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::fix {

// The libraries fix transcodes with beyond media's: FFmpeg's libavfilter, libswscale and libswresample.
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::fix
