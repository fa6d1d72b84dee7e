// libheif is loaded on first use (lib/heif), as FFmpeg is: a command, or a folder, without a HEIC/HEIF/AVIF
// photo never loads it and the codecs it links; a libheif that cannot be loaded leaves the photo named by its
// format and not judged (its facts say which package to install), never "damaged", the rest of the folder
// checked.

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <temp_dir.hpp>

namespace nominate::test::cli {
namespace {

bool loads_libheif(const std::vector<std::string>& args)
{
  return loads_library(args, "libheif.so");
}

} // namespace

TEST_CASE("commands and folders without a HEIF photo do not load libheif; a check of one does", "[cli]")
{
  CHECK_FALSE(loads_libheif({"--version"}));
  CHECK_FALSE(loads_libheif({"rules", "list"}));
  CHECK_FALSE(loads_libheif({"check", (examples_dir() / "star-compliant").string()}));
  // star-faults' 生活照.jpg is an iPhone HEIC under a .jpg name.
  CHECK(loads_libheif({"check", (examples_dir() / "star-faults").string()}));
}

TEST_CASE("a libheif that cannot be loaded leaves a HEIC photo named and not judged, the rest checked",
          "[cli]")
{
  const auto version = nominate({"--version"});
  REQUIRE(version.output.find("on first use: libheif.so.") != std::string::npos);
  const auto at = version.output.find("libheif.so.", version.output.find("on first use: libheif.so."));
  const auto soname = version.output.substr(at, version.output.find_first_of(" \n", at) - at);

  TempDir temp;
  std::filesystem::create_directories(temp.path() / "libs");
  temp.write(temp.path() / "libs" / soname, "not a shared library\n");
  const auto env = "LD_LIBRARY_PATH=" + (temp.path() / "libs").string();
  const auto folder = copy_example("star-faults", temp.path() / "01-张三");

  const auto normal = check({folder.string(), "--lang", "en"});
  auto broken = check({folder.string(), "--lang", "en"}, with_env({env}));
  INFO(broken.output);
  REQUIRE(broken.report.is_object());
  CHECK(broken.exit_code == normal.exit_code);
  // The HEIC is still named by its content; nothing calls it damaged or unreadable.
  const auto format = findings_of(broken.report, "photo.format");
  REQUIRE(format.size() == 1);
  CHECK(format[0]["file"] == "生活照.jpg");
  CHECK(rule_ids(broken.report, "error") == rule_ids(normal.report, "error"));
  CHECK(findings_of(broken.report, "material.unreadable").empty());
  // Its facts say it was not decoded, and why: the library and the package to install.
  nlohmann::json photo;
  for (const auto& material : broken.report["submissions"][0]["materials"]) {
    if (material["file"] == "生活照.jpg") {
      photo = material["facts"];
    }
  }
  REQUIRE(photo.is_object());
  CHECK(photo["format"] == "heic");
  CHECK(photo["decoded"] == false);
  CHECK(photo["problem"].get<std::string>().find("install the package libheif") != std::string::npos);
  // Every other file was read and judged as without the fault.
  for (const char* rule : {"video.frame-rate", "video.resolution", "photo.color", "text.length"}) {
    INFO(rule);
    CHECK(findings_of(broken.report, rule).size() == findings_of(normal.report, rule).size());
  }
}

} // namespace nominate::test::cli
