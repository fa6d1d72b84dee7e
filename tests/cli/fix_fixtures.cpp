#include "cli_runner.hpp"
#include "fix_fixtures.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>

namespace nominate::test::cli {

namespace fs = std::filesystem;

namespace {

std::string fmt_hex(std::uint64_t value)
{
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) {
    out[static_cast<std::size_t>(i)] = k_digits[value & 0xF];
  }
  return "clip-" + out;
}

} // namespace

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
  std::vector<std::string> args{"-v",
                                "error",
                                "-y",
                                "-f",
                                "lavfi",
                                "-i",
                                "testsrc2=size=" + size + ":rate=" + std::to_string(rate),
                                "-f",
                                "lavfi",
                                "-i",
                                "sine=frequency=440:sample_rate=44100",
                                "-t",
                                std::to_string(seconds)};
  args.insert(args.end(), encoder.begin(), encoder.end());
  args.insert(args.end(), {"-c:a", "aac", "-f", "mp4", "{out}"});
  // Made once per build tree and copied: the same clip serves every section that asks for it, and the
  // sanitizer suite after the first (an HEVC clip at 1080p takes seconds to encode). Named by a hash of the
  // arguments (FNV-1a), so another clip never takes its place.
  std::uint64_t hash = 1469598103934665603ULL;
  for (const auto& arg : args) {
    for (unsigned char c : arg + '\0') {
      hash = (hash ^ c) * 1099511628211ULL;
    }
  }
  const auto clip = cached_tool_output(fixture_cache() / "cli", "ffmpeg", fmt_hex(hash) + ".mp4", args);
  fs::copy_file(clip, file, fs::copy_options::overwrite_existing);
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
