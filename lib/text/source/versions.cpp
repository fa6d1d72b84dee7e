#include <nominate/text/versions.hpp>

#include <pcre2.h>
#include <utf8proc.h>

#include <array>

namespace nominate::text {

namespace {

std::string running_pcre2()
{
  std::array<char, 64> version{}; // "10.42 2022-12-11"
  if (pcre2_config(PCRE2_CONFIG_VERSION, version.data()) < 0) {
    return {};
  }
  const std::string text(version.data());
  return text.substr(0, text.find(' '));
}

} // namespace

std::vector<core::LibraryVersion> library_versions()
{
  return {{"utf8proc",
           std::to_string(UTF8PROC_VERSION_MAJOR) + "." + std::to_string(UTF8PROC_VERSION_MINOR) + "." +
               std::to_string(UTF8PROC_VERSION_PATCH),
           std::string(utf8proc_version())},
          {"PCRE2", std::to_string(PCRE2_MAJOR) + "." + std::to_string(PCRE2_MINOR), running_pcre2()}};
}

} // namespace nominate::text
