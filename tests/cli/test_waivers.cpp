// Waivers in nomination.yaml (design.md, "Waivers"): matching findings become waived — reported, not failing;
// a waiver without a reason is itself an error; --no-waivers ignores them all.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

namespace nominate::test::cli {
namespace {

// star-compliant with star-faults' video (1920×1080 at 30 fps): video.frame-rate and video.resolution.
std::filesystem::path star_with_wrong_video(const TempDir& temp)
{
  auto folder = copy_example("star-compliant", temp.path() / "star");
  std::filesystem::copy_file(examples_dir() / "star-faults" / "事迹视频.mp4", folder / "事迹视频.mp4",
                             std::filesystem::copy_options::overwrite_existing);
  return folder;
}

const char* const k_waivers = "waivers:\n"
                              "  - rule: video.frame-rate\n"
                              "    file: 事迹视频.mp4\n"
                              "    reason: 区电视台提供的成片，无法重新导出（原则上）\n"
                              "    approved_by: 海淀区教育局 刘静\n"
                              "    date: 2024-04-20\n"
                              "  - rule: video.resolution\n"
                              "    file: 事迹视频.mp4\n"
                              "    reason: 同上\n"
                              "    approved_by: 海淀区教育局 刘静\n"
                              "    date: 2024-04-20\n";

} // namespace

TEST_CASE("waivers in nomination.yaml turn matching findings into waived ones", "[cli]")
{
  TempDir temp;
  star_with_wrong_video(temp);
  auto before = check({"star"}, in_folder(temp.path()));
  REQUIRE(!before.report.is_null());
  REQUIRE(before.exit_code == 1);
  REQUIRE(rule_ids(before.report, "error") == std::set<std::string>{"video.frame-rate", "video.resolution"});

  temp.write("star/nomination.yaml", k_waivers);
  SECTION("with the waivers the submission passes, and the findings are still reported")
  {
    auto run = check({"star"}, in_folder(temp.path()));
    INFO(run.output);
    REQUIRE(!run.report.is_null());
    CHECK(run.exit_code == 0);
    CHECK(run.report["submissions"][0]["status"] == "pass");
    for (const char* rule : {"video.frame-rate", "video.resolution"}) {
      auto found = findings_of(run.report, rule);
      REQUIRE(found.size() == 1);
      CHECK(found[0]["waived"] == true);
    }
    CHECK(run.report["summary"]["waived"] == 2);
    CHECK(run.report["summary"]["errors"] == 0);
    const auto& configs = run.report["configs"];
    CHECK(std::find(configs.begin(), configs.end(), "star/nomination.yaml") != configs.end());
  }
  SECTION("--no-waivers ignores them")
  {
    auto run = check({"--no-waivers", "star"}, in_folder(temp.path()));
    REQUIRE(!run.report.is_null());
    CHECK(run.exit_code == 1);
    CHECK(run.report["summary"]["waived"] == 0);
    CHECK(rule_ids(run.report, "error") == std::set<std::string>{"video.frame-rate", "video.resolution"});
  }
}

TEST_CASE("a waiver names a field or a file; it waives only what it names", "[cli]")
{
  TempDir temp;
  copy_example("star-faults", temp.path() / "faults");
  temp.write("faults/nomination.yaml", "waivers:\n"
                                       "  - rule: field.format\n"
                                       "    field: mobile\n"
                                       "    reason: 号码已电话核实，表上漏写一位，纸质版已更正\n"
                                       "    approved_by: 海淀区教育局 刘静\n"
                                       "    date: 2024-04-20\n"
                                       "  - rule: photo.color\n"
                                       "    file: 生活照.jpg\n"
                                       "    reason: 指向别的文件，不应豁免证件照\n"
                                       "    approved_by: 海淀区教育局 刘静\n"
                                       "    date: 2024-04-20\n");
  auto run = check({"faults"}, in_folder(temp.path()));
  INFO(run.output);
  REQUIRE(!run.report.is_null());
  CHECK(run.exit_code == 1);
  auto format = findings_of(run.report, "field.format");
  REQUIRE(format.size() == 1);
  CHECK(format[0]["waived"] == true);
  auto colour = findings_of(run.report, "photo.color");
  REQUIRE(colour.size() == 1);
  CHECK(colour[0]["waived"] == false); // the waiver names 生活照.jpg, the finding is about 证件照.jpg
  CHECK(run.report["summary"]["waived"] == 1);
}

TEST_CASE("a waiver without a reason waives nothing and is itself an error", "[cli]")
{
  TempDir temp;
  star_with_wrong_video(temp);
  temp.write("star/nomination.yaml", "waivers:\n"
                                     "  - rule: video.frame-rate\n"
                                     "    file: 事迹视频.mp4\n"
                                     "    approved_by: 海淀区教育局 刘静\n"
                                     "    date: 2024-04-20\n");
  auto run = check({"star"}, in_folder(temp.path()));
  INFO(run.output);
  REQUIRE(!run.report.is_null());
  CHECK(run.exit_code == 1);
  auto frame_rate = findings_of(run.report, "video.frame-rate");
  REQUIRE(frame_rate.size() == 1);
  CHECK(frame_rate[0]["waived"] == false);
  auto invalid = findings_of(run.report, "waiver.invalid");
  REQUIRE(invalid.size() == 1);
  CHECK(invalid[0]["severity"] == "error");
}

} // namespace nominate::test::cli
