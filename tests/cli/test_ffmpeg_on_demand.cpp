// FFmpeg is loaded on first use (lib/ffmpeg): a command, or a folder, without a video never loads it and the
// ~140 libraries it pulls in; an FFmpeg that cannot be loaded leaves the video "not checked", never
// "damaged", and the rest of the folder is still checked.

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <temp_dir.hpp>

namespace nominate::test::cli {
namespace {

bool loads_ffmpeg(const std::vector<std::string>& args)
{
  return loads_library(args, "libavformat.so");
}

} // namespace

TEST_CASE("commands that need no video do not load FFmpeg; a check of a video does", "[cli]")
{
  CHECK_FALSE(loads_ffmpeg({"--version"}));
  CHECK_FALSE(loads_ffmpeg({"--help"}));
  CHECK_FALSE(loads_ffmpeg({"explain", "video.fps"}));
  CHECK_FALSE(loads_ffmpeg({"rules", "list"}));

  TempDir temp;
  const auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  CHECK(loads_ffmpeg({"check", folder.string()}));
  // libavfilter, with the ~60 objects it alone pulls in, only for what filters pictures and sound:
  // --deep's content checks (and fix), not the default check.
  CHECK_FALSE(loads_library({"check", folder.string()}, "libavfilter.so"));
  CHECK(loads_library({"check", "--deep", folder.string()}, "libavfilter.so"));
  std::filesystem::remove(folder / "事迹视频.mp4");
  CHECK_FALSE(loads_ffmpeg({"check", folder.string()}));
}

TEST_CASE("an FFmpeg that cannot be loaded leaves the video not checked, named, and the rest checked",
          "[cli]")
{
  // --version names the sonames it will load; a file of that name that is no library, first on
  // LD_LIBRARY_PATH, is what a broken installation looks like to the loader.
  const auto version = nominate({"--version"});
  const std::regex soname(R"(on first use: (lib(?:av|sw)[a-z]+\.so\.[0-9]+))"); // FFmpeg's, not libheif
  TempDir temp;
  std::filesystem::create_directories(temp.path() / "libs");
  int fakes = 0;
  for (auto it = std::sregex_iterator(version.output.begin(), version.output.end(), soname);
       it != std::sregex_iterator(); ++it) {
    temp.write(temp.path() / "libs" / (*it)[1].str(), "not a shared library\n");
    ++fakes;
  }
  REQUIRE(fakes == 6);
  const auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  const auto env = "LD_LIBRARY_PATH=" + (temp.path() / "libs").string();

  for (const char* lang : {"en", "zh"}) {
    auto run = check({folder.string(), "--lang", lang}, with_env({env}));
    INFO(run.output);
    REQUIRE(run.report.is_object());
    CHECK(run.exit_code == 1);
    // One error, on the video: not checked, with the library named; no claim that the file is damaged.
    CHECK(rule_ids(run.report, "error") == std::set<std::string>{"material.unreadable"});
    const auto findings = findings_of(run.report, "material.unreadable");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["file"] == "事迹视频.mp4");
    CHECK(findings[0]["message_id"] == "material.unreadable.no-reader");
    const auto message = findings[0]["message"].get<std::string>();
    CHECK(message.find("libavutil.so.") != std::string::npos);
    CHECK(message.find(lang == std::string("zh") ? "没有检查" : "was not checked") != std::string::npos);
    CHECK(run.output.find("damaged") == std::string::npos);
    CHECK(run.output.find("损坏") == std::string::npos);
    // The photos and the form were read and judged as without the fault: the materials are all listed.
    CHECK(run.report["submissions"][0]["materials"].size() == 4);
  }
}

} // namespace nominate::test::cli
