#include <nominate/text/versions.hpp>

#include <utf8proc.h>

namespace nominate::text {

std::vector<core::LibraryVersion> library_versions()
{
  return {{"utf8proc",
           std::to_string(UTF8PROC_VERSION_MAJOR) + "." + std::to_string(UTF8PROC_VERSION_MINOR) + "." +
               std::to_string(UTF8PROC_VERSION_PATCH),
           std::string(utf8proc_version())}};
}

} // namespace nominate::text
