#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::yaml {

// The library yaml parses with: yaml-cpp (its headers carry no version; the build passes the one CMake
// found).
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::yaml
