#include "fix_fixtures.hpp"
#include "temp_dir.hpp"

#include <nominate/core/owner.hpp>
#include <nominate/fix/copy.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sys/wait.h>
#include <unistd.h>

using namespace nominate;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> snapshot(const fs::path& folder)
{
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(folder).generic_string()] = test::read_file(entry.path());
    }
  }
  return files;
}

fix::Action transcode_action(const fs::path& folder, const std::string& file, const std::string& target)
{
  fix::Action action;
  action.file = file;
  action.source = folder / file;
  action.kind = fix::ActionKind::transcode_video;
  action.rules = {"video.frame-rate"};
  action.from = "h264 640×360 30 fps";
  action.to = "h264 1280×720 25 fps, mp4";
  action.target = target;
  action.video.width = 1280;
  action.video.height = 720;
  action.video.fps = 25;
  return action;
}

fix::CopyOptions fast()
{
  fix::CopyOptions options;
  options.preset = "ultrafast";
  return options;
}

// fast(), as `fix --force` runs.
fix::CopyOptions forced()
{
  auto options = fast();
  options.overwrite = fix::Overwrite::replace_ours;
  return options;
}

} // namespace

TEST_CASE("the fixed copy holds every material, the repaired one replaced, and the original is untouched",
          "[fix]")
{
  test::TempDir temp;
  auto source = temp.path() / "01-张三";
  fs::create_directories(source / "附件");
  fs::copy_file(test::fix::variable_rate(), source / "视频.mov");
  temp.write("01-张三/推介表.docx", "form bytes");
  temp.write("01-张三/附件/说明.txt", "note");
  // What Windows, macOS and WPS made: no material. WPS's lock file copied would tell the copy's check that
  // its form is open.
  temp.write("01-张三/Thumbs.db", "thumbnails");
  temp.write("01-张三/~$推介表.docx", "lock");
  temp.write("01-张三/__MACOSX/._推介表.docx", "resource fork");
  auto before = snapshot(source);

  std::vector<fix::PlannedSubmission> plans{{"", {{transcode_action(source, "视频.mov", "视频.mp4")}, {}}}};
  auto output = fix::default_output(source);
  CHECK(output == temp.path() / "01-张三-已修正");
  auto outcomes = fix::write_fixed_copy(source, output, plans, fast(), nullptr);
  REQUIRE(outcomes);
  REQUIRE(outcomes->size() == 1);
  CHECK((*outcomes)[0].ok);
  CHECK((*outcomes)[0].target == "视频.mp4");

  auto after = snapshot(output);
  CHECK(after.contains("视频.mp4"));
  CHECK_FALSE(after.contains("视频.mov")); // replaced under the corrected extension
  CHECK(after["推介表.docx"] == "form bytes");
  CHECK(after["附件/说明.txt"] == "note");
  CHECK_FALSE(after.contains("Thumbs.db"));
  CHECK_FALSE(after.contains("~$推介表.docx"));
  CHECK_FALSE(fs::exists(output / "__MACOSX"));
  CHECK(after.contains(fix::k_manifest_name));
  for (const auto& [name, _] : after) {
    CHECK(name.find(".nominate-tmp-") == std::string::npos); // no temporary left behind
  }
  CHECK(snapshot(source) == before);

  SECTION("an existing copy is refused without --force")
  {
    auto again = fix::write_fixed_copy(source, output, plans, fast(), nullptr);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == core::ErrorCode::already_exists);
    CHECK(again.error().reason == "copy-exists");
  }
  SECTION("--force replaces what nominate wrote and leaves a person's own file alone")
  {
    temp.write("01-张三-已修正/我的备注.txt", "mine");
    const auto options = forced();
    auto again = fix::write_fixed_copy(source, output, plans, options, nullptr);
    REQUIRE(again);
    CHECK(test::read_file(output / "我的备注.txt") == "mine");
    CHECK(snapshot(source) == before);
  }
  SECTION("--force keeps a file nominate did not write where it would write one, and says so")
  {
    temp.write("01-张三/新文件.txt", "new in the original");
    temp.write("01-张三-已修正/新文件.txt", "a person's");
    const auto options = forced();
    auto again = fix::write_fixed_copy(source, output, plans, options, nullptr);
    REQUIRE(again);
    CHECK(test::read_file(output / "新文件.txt") == "a person's");
    CHECK(std::ranges::count_if(*again, [](const fix::FixOutcome& o) {
            return o.action == "keep" && o.file == "新文件.txt";
          }) == 1);
  }
  SECTION("--force keeps the form a clerk edited in the copy, and the video fix wrote is written again")
  {
    temp.write("01-张三-已修正/推介表.docx", "form bytes, edited in WPS");
    const auto options = forced();
    auto again = fix::write_fixed_copy(source, output, plans, options, nullptr);
    REQUIRE(again);
    CHECK(test::read_file(output / "推介表.docx") == "form bytes, edited in WPS");
    REQUIRE(again->size() == 2);
    CHECK(std::ranges::count_if(*again, [](const fix::FixOutcome& o) {
            return o.action == "keep" && o.file == "推介表.docx";
          }) == 1);
    CHECK(std::ranges::count_if(
              *again, [](const fix::FixOutcome& o) { return o.target == "视频.mp4" && o.ok; }) == 1);
    SECTION("and a third run keeps it still: the kept file is the person's now")
    {
      auto third = fix::write_fixed_copy(source, output, plans, options, nullptr);
      REQUIRE(third);
      CHECK(test::read_file(output / "推介表.docx") == "form bytes, edited in WPS");
    }
  }
  SECTION("a copy made before files were stamped: --force replaces what its manifest lists, as then")
  {
    temp.write("01-张三-已修正/" + std::string(fix::k_manifest_name),
               "# files written by `nominate fix`\n推介表.docx\n视频.mp4\n");
    temp.write("01-张三-已修正/推介表.docx", "stale");
    const auto options = forced();
    auto again = fix::write_fixed_copy(source, output, plans, options, nullptr);
    REQUIRE(again);
    CHECK(test::read_file(output / "推介表.docx") == "form bytes");
  }
}

namespace {

// Ctrl-C as the CLI's handler answers it: stop at the first position a transcode reports.
class Interrupt : public fix::FixSink {
public:
  void action_started(std::size_t, std::size_t, const std::string&) override {}
  void position(double, double) override { m_stopped = true; }
  bool keep_going() override { return !m_stopped; }

private:
  bool m_stopped = false;
};

// The owner tag (core::owner_tag) of a process of this machine that has exited: what a killed run's
// leftovers are named with.
std::string dead_owner_tag()
{
  const std::string tag = core::owner_tag();
  pid_t dead = fork();
  if (dead == 0) {
    _exit(0);
  }
  waitpid(dead, nullptr, 0);
  return tag.substr(0, tag.find('-') + 1) + std::to_string(dead);
}

std::vector<std::string> names_in(const fs::path& folder)
{
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST_CASE("an interrupted fix leaves no copy, or the earlier one whole: never one without its video", "[fix]")
{
  test::TempDir temp;
  auto source = temp.path() / "01-张三";
  fs::create_directories(source);
  fs::copy_file(test::fix::variable_rate(), source / "视频.mov");
  temp.write("01-张三/推介表.docx", "form bytes");
  auto before = snapshot(source);
  std::vector<fix::PlannedSubmission> plans{{"", {{transcode_action(source, "视频.mov", "视频.mp4")}, {}}}};
  auto output = fix::default_output(source);

  Interrupt interrupt;
  auto stopped = fix::write_fixed_copy(source, output, plans, fast(), &interrupt);
  REQUIRE_FALSE(stopped);
  CHECK_FALSE(fs::exists(output)); // not a copy holding the form and no video, which a check would pass
  CHECK(names_in(temp.path()) == std::vector<std::string>{"01-张三"}); // nor a staging folder
  CHECK(snapshot(source) == before);

  SECTION("with --force, the earlier copy stays exactly as it was")
  {
    REQUIRE(fix::write_fixed_copy(source, output, plans, fast(), nullptr));
    temp.write("01-张三-已修正/我的备注.txt", "mine");
    const auto earlier = snapshot(output);
    const auto options = forced();
    Interrupt again;
    REQUIRE_FALSE(fix::write_fixed_copy(source, output, plans, options, &again));
    CHECK(snapshot(output) == earlier);
    CHECK(names_in(temp.path()) == std::vector<std::string>{"01-张三", "01-张三-已修正"});
  }
  SECTION("what a killed run left is cleared by the next run; a live run's staging folder is not")
  {
    // A process of this machine that is gone, and one that is alive (init), in the names' owner tags.
    const std::string tag = core::owner_tag();
    const std::string killed = ".nominate-partial-01-张三-已修正." + dead_owner_tag();
    const std::string live = ".nominate-partial-01-张三-已修正." + tag.substr(0, tag.find('-') + 1) + "1";
    temp.write(killed + "/推介表.docx", "half a copy");
    temp.write(live + "/推介表.docx", "another fix still writing");
    REQUIRE(fix::write_fixed_copy(source, output, plans, fast(), nullptr));
    CHECK(names_in(temp.path()) == std::vector<std::string>{live, "01-张三", "01-张三-已修正"});
    CHECK(snapshot(output).contains("视频.mp4"));
  }
  SECTION("an earlier copy a crash left stepped aside is put back before anything else")
  {
    REQUIRE(fix::write_fixed_copy(source, output, plans, fast(), nullptr));
    const auto earlier = snapshot(output);
    const auto aside = temp.path() / (".nominate-old-01-张三-已修正." + dead_owner_tag());
    fs::rename(output, aside);
    const auto options = forced();
    Interrupt stop;
    REQUIRE_FALSE(fix::write_fixed_copy(source, output, plans, options, &stop));
    CHECK(snapshot(output) == earlier);
    CHECK(names_in(temp.path()) == std::vector<std::string>{"01-张三", "01-张三-已修正"});
  }
  SECTION("`-o out/` with its separator, a folder not there yet")
  {
    auto slashed =
        fix::write_fixed_copy(source, (temp.path() / "out").string() + "/", plans, fast(), nullptr);
    REQUIRE(slashed);
    CHECK(snapshot(temp.path() / "out").contains("视频.mp4"));
    CHECK(names_in(temp.path()) == std::vector<std::string>{"01-张三", "out"});
  }
}

TEST_CASE("a video that cannot be repaired is copied as it was and reported, the rest still written", "[fix]")
{
  test::TempDir temp;
  auto source = temp.path() / "sub";
  temp.write("sub/视频.mp4", "not a video at all");
  temp.write("sub/推介表.docx", "form");
  std::vector<fix::PlannedSubmission> plans{{"", {{transcode_action(source, "视频.mp4", "视频.mp4")}, {}}}};
  auto output = temp.path() / "out";
  auto outcomes = fix::write_fixed_copy(source, output, plans, fast(), nullptr);
  REQUIRE(outcomes);
  REQUIRE(outcomes->size() == 1);
  CHECK_FALSE((*outcomes)[0].ok);
  CHECK_FALSE((*outcomes)[0].result.empty());
  CHECK(test::read_file(output / "视频.mp4") == "not a video at all");
  CHECK(test::read_file(output / "推介表.docx") == "form");
}

TEST_CASE("an output folder inside the folder being fixed is refused", "[fix]")
{
  test::TempDir temp;
  temp.write("sub/a.txt", "a");
  auto outcomes =
      fix::write_fixed_copy(temp.path() / "sub", temp.path() / "sub" / "fixed", {}, fast(), nullptr);
  REQUIRE_FALSE(outcomes);
  CHECK(outcomes.error().code == core::ErrorCode::invalid_argument);
}
