#include "media_fixtures.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace nominate::test {

namespace {

std::filesystem::path media_cache()
{
  auto folder = fixture_cache() / "media";
  std::filesystem::create_directories(folder);
  return folder;
}

std::filesystem::path make(const std::string& tool, const std::string& name,
                           const std::vector<std::string>& args)
{
  return cached_tool_output(media_cache(), tool, name, args);
}

} // namespace

std::filesystem::path ffmpeg_fixture(const std::string& name, std::vector<std::string> args)
{
  std::vector<std::string> full{"-v", "error", "-y"};
  full.insert(full.end(), args.begin(), args.end());
  return make("ffmpeg", name, full);
}

std::filesystem::path convert_fixture(const std::string& name, std::vector<std::string> args)
{
  return make("convert", name, args);
}

std::filesystem::path derived_fixture(const std::string& name, const std::string& bytes)
{
  const auto target = media_cache() / name;
  const auto partial = partial_name(target);
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  std::filesystem::rename(partial, target);
  return target;
}

std::string file_bytes(const std::filesystem::path& path)
{
  return read_file(path);
}

nlohmann::json ffprobe(const std::filesystem::path& path)
{
  REQUIRE(have_tool("ffprobe"));
  const auto run =
      run_tool({"ffprobe", "-v", "error", "-of", "json", "-show_streams", "-show_format", path.string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.output);
}

std::vector<std::uint8_t> as_bytes(const std::string& text)
{
  return {text.begin(), text.end()};
}

} // namespace nominate::test
