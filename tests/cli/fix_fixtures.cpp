#include "cli_runner.hpp"
#include "fix_fixtures.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace nominate::test::cli {

namespace fs = std::filesystem;

std::map<std::string, std::string> snapshot(const fs::path& folder)
{
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(folder).generic_string()] = read_file(entry.path());
    }
  }
  return files;
}

void make_clip(const fs::path& file, const std::string& size, int rate, int seconds,
               const std::vector<std::string>& encoder)
{
  REQUIRE(have_tool("ffmpeg"));
  std::vector<std::string> args{"ffmpeg", "-v",
                                "error",  "-y",
                                "-f",     "lavfi",
                                "-i",     "testsrc2=size=" + size + ":rate=" + std::to_string(rate),
                                "-f",     "lavfi",
                                "-i",     "sine=frequency=440:sample_rate=44100",
                                "-t",     std::to_string(seconds)};
  args.insert(args.end(), encoder.begin(), encoder.end());
  args.insert(args.end(), {"-c:a", "aac", "-f", "mp4", file.string()});
  auto run = run_tool(args);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
}

fs::path star_faults_short(const TempDir& temp)
{
  auto folder = copy_example("star-faults", temp.path() / "star-faults");
  make_clip(folder / "事迹视频.mp4", "1920x1080", 30, 2,
            {"-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error", "-tag:v", "hvc1"});
  return folder;
}

nlohmann::json read_json(const fs::path& path)
{
  std::ifstream in(path);
  REQUIRE(in);
  return nlohmann::json::parse(in);
}

void life_photo_as_webp(const fs::path& folder, const std::string& stem)
{
  auto run = run_tool({"convert", (folder / "生活照.jpg").string(), (folder / (stem + ".webp")).string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  fs::remove(folder / "生活照.jpg");
}

} // namespace nominate::test::cli
