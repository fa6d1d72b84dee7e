#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::yaml {

// The library yaml parses with: libyaml, the version of its headers and of the loaded library.
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::yaml
