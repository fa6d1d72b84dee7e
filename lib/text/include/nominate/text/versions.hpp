#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::text {

// The library text normalises Unicode with: utf8proc.
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::text
