// nomination.yaml and nominate.yaml. The config readers take a path (they resolve paths against the config's
// folder), so the bytes are written to a file in a private temporary folder first.
#include <nominate/folder/config.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

const std::filesystem::path& folder()
{
  static const std::filesystem::path path = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "nominate-fuzz-config-XXXXXX").string();
    const char* made = ::mkdtemp(pattern.data());
    return std::filesystem::path(made != nullptr ? made : "/tmp");
  }();
  return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  for (const char* name :
       {nominate::folder::k_submission_config_name, nominate::folder::k_district_config_name}) {
    const auto file = folder() / name;
    {
      std::ofstream out(file, std::ios::binary | std::ios::trunc);
      out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    if (name == std::string(nominate::folder::k_submission_config_name)) {
      auto config = nominate::folder::load_submission_config(file);
      (void)config;
    } else {
      auto config = nominate::folder::load_district_config(file);
      (void)config;
    }
  }
  return 0;
}
