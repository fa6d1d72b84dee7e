// nominate fix: a fixed copy beside the folder, checked again; the original untouched.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

namespace nominate::test::cli {
namespace {

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

// examples/star-faults with its 4½-minute video replaced by a 2 s 1080p 30 fps HEVC clip, so the suite stays
// fast: the same faults of kind (codec, size, rate), and a duration a person has to deal with.
fs::path star_faults_short(const TempDir& temp)
{
  auto folder = copy_example("star-faults", temp.path() / "star-faults");
  REQUIRE(have_tool("ffmpeg"));
  auto run = run_tool({"ffmpeg",
                       "-v",
                       "error",
                       "-y",
                       "-f",
                       "lavfi",
                       "-i",
                       "testsrc2=size=1920x1080:rate=30",
                       "-f",
                       "lavfi",
                       "-i",
                       "sine=frequency=440:sample_rate=44100",
                       "-t",
                       "2",
                       "-c:v",
                       "libx265",
                       "-preset",
                       "ultrafast",
                       "-x265-params",
                       "log-level=error",
                       "-tag:v",
                       "hvc1",
                       "-c:a",
                       "aac",
                       "-f",
                       "mp4",
                       (folder / "事迹视频.mp4").string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return folder;
}

nlohmann::json read_json(const fs::path& path)
{
  std::ifstream in(path);
  REQUIRE(in);
  return nlohmann::json::parse(in);
}

} // namespace

TEST_CASE("fix transcodes the video in a copy, reports what needs a person, and leaves the original alone",
          "[cli]")
{
  TempDir temp;
  auto folder = star_faults_short(temp);
  auto before = snapshot(folder);
  auto report_file = temp.path() / "fix.json";
  auto run = nominate({"fix", folder.string(), "--lang", "zh", "--format", "text", "--format",
                       "json:" + report_file.string()},
                      in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1); // the grayscale ID photo, the short text, the empty field remain
  CHECK(run.output.find("将修正 事迹视频.mp4") != std::string::npos);
  CHECK(run.output.find("需人工处理 photo.color 证件照.jpg") != std::string::npos);
  CHECK(run.output.find("需人工处理 text.length") != std::string::npos);
  CHECK(run.output.find("修正前 → 修正后") != std::string::npos);

  auto fixed = temp.path() / "star-faults-已修正";
  REQUIRE(fs::exists(fixed / "事迹视频.mp4"));
  CHECK(snapshot(folder) == before);

  auto report = read_json(report_file);
  REQUIRE(report["submissions"].size() == 1);
  const auto& submission = report["submissions"][0];
  REQUIRE(submission["fixes"].size() == 2);
  std::map<std::string, nlohmann::json> fixes;
  for (const auto& entry : submission["fixes"]) {
    fixes[entry["file"].get<std::string>()] = entry;
  }
  CHECK(fixes["事迹视频.mp4"]["action"] == "transcode-video");
  CHECK(fixes["事迹视频.mp4"]["result"] == "fixed");
  CHECK(fixes["生活照.jpg"]["action"] == "convert-photo"); // the HEIC photo
  CHECK(fixes["生活照.jpg"]["result"] == "fixed");
  // The report is the copy's: no finding of what was fixed; what needs a person is still there.
  auto errors = rule_ids(report, "error");
  for (const char* rule : {"video.container", "video.codec", "video.resolution", "video.frame-rate"}) {
    CHECK_FALSE(errors.contains(rule));
  }
  CHECK_FALSE(rule_ids(report, "warning").contains("photo.format"));
  CHECK(errors.contains("photo.color"));
  CHECK(errors.contains("text.length"));

  // And `check` on the copy agrees.
  auto again = check({fixed.string()}, in_folder(temp.path()));
  REQUIRE_FALSE(again.report.is_null());
  auto after = rule_ids(again.report, "error");
  CHECK_FALSE(after.contains("video.codec"));
  CHECK_FALSE(after.contains("video.resolution"));
  CHECK_FALSE(after.contains("video.frame-rate"));
  CHECK_FALSE(rule_ids(again.report, "warning").contains("photo.format"));

  SECTION("a second run refuses the existing copy; --force replaces it")
  {
    auto refused = nominate({"fix", folder.string()}, in_folder(temp.path()));
    CHECK(refused.exit_code == 2);
    CHECK(refused.output.find("已修正") != std::string::npos);
    auto forced = nominate({"fix", folder.string(), "--force", "-q"}, in_folder(temp.path()));
    CHECK(forced.exit_code == 1);
    CHECK(snapshot(folder) == before);
  }
}

TEST_CASE("fix --dry-run prints the plan and writes nothing", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-faults", temp.path() / "star-faults");
  auto run = nominate({"fix", folder.string(), "--dry-run", "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("will fix 事迹视频.mp4") != std::string::npos);
  CHECK(run.output.find("needs a person photo.color") != std::string::npos);
  CHECK_FALSE(fs::exists(temp.path() / "star-faults-已修正"));
}

TEST_CASE("fix -o takes one PATH and names the copy", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-faults", temp.path() / "a");
  auto run = nominate({"fix", folder.string(), folder.string(), "-o", (temp.path() / "out").string()},
                      in_folder(temp.path()));
  CHECK(run.exit_code == 2);
  CHECK_FALSE(fs::exists(temp.path() / "out"));
}

} // namespace nominate::test::cli
