#pragma once

#include <string>

namespace nominate::cli {

// What `nominate --version` prints: the tool's version, then every third-party library it was built with —
// the version of the headers and, where the library can say, the version loaded at run time (a bug report
// needs both: a .deb built on one Debian point release may run against another's libraries).
[[nodiscard]] std::string version_text();

} // namespace nominate::cli
