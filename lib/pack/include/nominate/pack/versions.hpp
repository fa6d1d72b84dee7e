#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::pack {

// The libraries pack writes and verifies packages with: OpenSSL (SHA-256), zlib, libxlsxwriter.
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::pack
