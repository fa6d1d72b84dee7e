#include "version.hpp"

#include <nominate/fix/versions.hpp>
#include <nominate/media/versions.hpp>
#include <nominate/office/versions.hpp>
#include <nominate/pack/versions.hpp>
#include <nominate/text/versions.hpp>
#include <nominate/yaml/versions.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace nominate::cli {

namespace {

// The libraries in the order a bug report reads them: media first (most faults are in photos and videos).
std::vector<core::LibraryVersion> all_libraries()
{
  std::vector<core::LibraryVersion> out;
  for (auto part : {media::library_versions(), fix::library_versions(), office::library_versions(),
                    yaml::library_versions(), text::library_versions(), pack::library_versions()}) {
    std::ranges::move(part, std::back_inserter(out));
  }
  out.push_back({"CLI11", CLI11_VERSION, std::nullopt});
  out.push_back({"fmt",
                 std::to_string(FMT_VERSION / 10000) + "." + std::to_string(FMT_VERSION / 100 % 100) + "." +
                     std::to_string(FMT_VERSION % 100),
                 std::nullopt});
  return out;
}

} // namespace

std::string version_text()
{
  auto libraries = all_libraries();
  std::size_t name_width = 7;   // "library"
  std::size_t built_width = 10; // "built with"
  for (const auto& library : libraries) {
    name_width = std::max(name_width, library.name.size());
    built_width = std::max(built_width, library.built.size());
  }
  std::string out = "nominate " NOMINATE_VERSION "\n";
  out += fmt::format("{:<{}}  {:<{}}  {}\n", "library", name_width, "built with", built_width, "running");
  for (const auto& library : libraries) {
    // "-": the library has no call that reports its version (header-only, or only a macro).
    out += fmt::format("{:<{}}  {:<{}}  {}\n", library.name, name_width, library.built, built_width,
                       library.running.value_or("-"));
  }
  out.pop_back(); // CLI11 ends the text with its own newline
  return out;
}

} // namespace nominate::cli
