#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::text {

// The libraries text uses: utf8proc (Unicode normalisation), PCRE2 (the patterns of text/pattern.hpp).
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::text
