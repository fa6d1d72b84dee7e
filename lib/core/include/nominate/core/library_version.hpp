#pragma once

#include <optional>
#include <string>

namespace nominate::core {

// A third-party library a part was built with, for `nominate --version` and bug reports. Each part that wraps
// a library reports it (`media::library_versions()`, …), so the list stays where the link is.
struct LibraryVersion {
  std::string name;                   // "libavformat (FFmpeg)", "libzip"
  std::string built;                  // the version of the headers the part was compiled against
  std::optional<std::string> running; // what the loaded shared library says of itself, where it can say
};

} // namespace nominate::core
