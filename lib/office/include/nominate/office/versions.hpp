#pragma once

#include <nominate/core/library_version.hpp>

#include <vector>

namespace nominate::office {

// The libraries office reads documents with: libzip, pugixml, poppler-cpp.
[[nodiscard]] std::vector<core::LibraryVersion> library_versions();

} // namespace nominate::office
