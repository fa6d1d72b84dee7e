// nominate fix: a fixed copy beside the folder, checked again; the original untouched.

#include "cli_runner.hpp"
#include "fix_fixtures.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <utility>
#include <vector>

namespace nominate::test::cli {

namespace fs = std::filesystem;

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
  // What needs a person, in the report's words, the rule id after it.
  CHECK(run.output.find("需人工处理：照片“证件照.jpg”是黑白（灰度）照片，要求彩色照片。 [photo.color]") !=
        std::string::npos);
  CHECK(run.output.find("要求不少于 1500 字。 [text.length]") != std::string::npos);
  CHECK(run.output.find("修正前 → 修正后") != std::string::npos);
  // Errors and warnings, in check's words: the HEIC photo's warning is gone after.
  CHECK(run.output.find("不通过（9 个错误，1 个警告）  →  不通过（6 个错误，0 个警告）") !=
        std::string::npos);

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
    auto refused = nominate({"fix", folder.string(), "--lang", "zh"}, in_folder(temp.path()));
    CHECK(refused.exit_code == 2);
    // In the user's language, with what to do: no English detail under --lang zh.
    CHECK(refused.output.find("star-faults-已修正”已经存在，没有覆盖：要重新生成，加 --force") !=
          std::string::npos);
    CHECK(refused.output.find("the output folder") == std::string::npos);
    auto forced = nominate({"fix", folder.string(), "--force", "-q"}, in_folder(temp.path()));
    CHECK(forced.exit_code == 1);
    CHECK(snapshot(folder) == before);
  }
  SECTION("--force keeps the form the clerk edited in the copy, and says so")
  {
    const std::string edited = read_file(fixed / "推介表.docx") + std::string("\n"); // saved again by WPS
    {
      std::ofstream out(fixed / "推介表.docx", std::ios::binary | std::ios::trunc);
      out << edited;
    }
    auto forced = nominate({"fix", folder.string(), "--force", "--lang", "zh"}, in_folder(temp.path()));
    INFO(forced.output);
    CHECK(read_file(fixed / "推介表.docx") == edited);
    CHECK(forced.output.find("保留了副本中改过的“") != std::string::npos);
    CHECK(forced.output.find("推介表.docx”（--force 不覆盖人改过的文件") != std::string::npos);
    CHECK(snapshot(folder) == before);
  }
  SECTION("--force keeps a file the clerk added to the copy, and names it")
  {
    std::ofstream(fixed / "补充说明.txt") << "街道推荐意见见附件";
    auto forced = nominate({"fix", folder.string(), "--force", "--lang", "zh"}, in_folder(temp.path()));
    INFO(forced.output);
    CHECK(read_file(fixed / "补充说明.txt") == "街道推荐意见见附件");
    CHECK(forced.output.find("保留了副本中另外添加的“" + (fixed / "补充说明.txt").string() +
                             "”（原文件夹里没有它；已保留") != std::string::npos);
    CHECK(snapshot(folder) == before);
  }
}

TEST_CASE("a fix stopped by SIGTERM or Ctrl-C mid-transcode leaves no copy, or the earlier one as it was",
          "[cli]")
{
  // A 20 s 1080p clip: transcoding it to 720p takes seconds, so the signal lands while the copy is written.
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  make_clip(folder / "事迹视频.mp4", "1920x1080", 25, 20, {"-c:v", "libx264", "-preset", "ultrafast"});
  const auto before = snapshot(folder);
  for (int signal : {SIGTERM, SIGINT}) {
    DYNAMIC_SECTION("signal " << signal)
    {
      auto pid = start({"fix", "01-张三", "-q"}, temp.path());
      // Signalled once the transcode writes into the staging folder: mid-copy, whatever the machine's speed.
      auto transcoding = [&] {
        std::error_code error;
        for (const auto& entry : fs::recursive_directory_iterator(temp.path(), error)) {
          const auto name = entry.path().filename().string();
          if (name.starts_with(".nominate-tmp-") && name.ends_with(".mp4") && entry.file_size(error) > 0) {
            return true;
          }
        }
        return false;
      };
      for (int waited = 0; waited < 1200 && !transcoding(); ++waited) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      REQUIRE(transcoding());
      kill(pid, signal);
      int status = 0;
      waitpid(pid, &status, 0);
      // The copy cleaned away first, then the run ends as the signal says (a shell's 130 for Ctrl-C), so a
      // script tells "interrupted" from "could not do its job" (exit 2).
      REQUIRE(WIFSIGNALED(status));
      CHECK(WTERMSIG(status) == signal);
      std::vector<std::string> names;
      for (const auto& entry : fs::directory_iterator(temp.path())) {
        names.push_back(entry.path().filename().string());
      }
      // Not a copy holding the form and photos but no video, which check and pack would pass.
      CHECK(names == std::vector<std::string>{"01-张三"});
      CHECK(snapshot(folder) == before);
    }
  }
}

TEST_CASE("fix --format json puts only the report on stdout; the plan and verdicts go to stderr", "[cli]")
{
  TempDir temp;
  star_faults_short(temp);
  // stderr thrown away: what remains is what `nominate fix … --format json > report.json` writes.
  auto run = run_tool({"sh", "-c", "cd \"$0\" && exec \"$@\" 2>/dev/null", temp.path().string(),
                       NOMINATE_BINARY, "fix", "star-faults", "--format", "json"});
  CHECK(run.exit_code == 1);
  INFO(run.output);
  auto report = nlohmann::json::parse(run.output, nullptr, false);
  REQUIRE_FALSE(report.is_discarded());
  CHECK(report["submissions"][0]["fixes"].size() == 2);
  // The same lines are still shown to the person at the terminal.
  auto shown = nominate({"fix", "star-faults", "--format", "json", "--force"}, in_folder(temp.path()));
  CHECK(shown.output.find("will fix 事迹视频.mp4") != std::string::npos);
  CHECK(shown.output.find("before → after") != std::string::npos);
}

TEST_CASE("fix --dry-run prints the plan and writes nothing", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-faults", temp.path() / "star-faults");
  auto run = nominate({"fix", folder.string(), "--dry-run", "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("will fix 事迹视频.mp4") != std::string::npos);
  CHECK(run.output.find("needs a person: The photo \"证件照.jpg\" is black and white (grayscale); a colour "
                        "photo is required. [photo.color]") != std::string::npos);
  CHECK_FALSE(fs::exists(temp.path() / "star-faults-已修正"));
}

TEST_CASE("fix --dry-run --format json writes the check's report with the repairs planned", "[cli]")
{
  TempDir temp;
  star_faults_short(temp);
  auto run = run_tool({"sh", "-c", "cd \"$0\" && exec \"$@\" 2>/dev/null", temp.path().string(),
                       NOMINATE_BINARY, "fix", "star-faults", "--dry-run", "--format", "json"});
  CHECK(run.exit_code == 1);
  INFO(run.output);
  auto report = nlohmann::json::parse(run.output, nullptr, false);
  REQUIRE_FALSE(report.is_discarded());
  const auto& submission = report["submissions"][0];
  REQUIRE(submission["fixes"].size() == 2);
  std::set<std::string> files;
  for (const auto& fix : submission["fixes"]) {
    CHECK(fix["result"] == "planned");
    files.insert(fix["file"].get<std::string>());
  }
  CHECK(files.count("事迹视频.mp4") == 1);
  // The findings are the ones the fix would answer: the dry run changed nothing.
  CHECK_FALSE(submission["findings"].empty());
  CHECK_FALSE(fs::exists(temp.path() / "star-faults-已修正"));
  // A text report to a file says the same in words.
  auto text = nominate({"fix", "star-faults", "--dry-run", "--lang", "zh", "--format", "text:plan.txt"},
                       in_folder(temp.path()));
  CHECK(text.exit_code == 1);
  std::ifstream in(temp.path() / "plan.txt");
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(written.find("将修正（nominate fix 写入副本）：") != std::string::npos);
  CHECK(written.find("→ 事迹视频.mp4: ") != std::string::npos);
}

TEST_CASE("fix's plan names what it changes: pixels that are not square, sound that is not AAC", "[cli]")
{
  TempDir temp;
  // 960×720 of 4:3 pixels, shown 1280×720, with Opus sound: only the pixels and the sound are wrong.
  auto folder = copy_example("star-compliant", temp.path() / "star");
  auto made = run_tool({"ffmpeg",
                        "-v",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc2=size=960x720:rate=25",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=frequency=440:sample_rate=48000",
                        "-t",
                        "2",
                        "-vf",
                        "setsar=4/3",
                        "-c:v",
                        "libx264",
                        "-preset",
                        "ultrafast",
                        "-c:a",
                        "libopus",
                        "-f",
                        "mp4",
                        (folder / "事迹视频.mp4").string()});
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  auto run = nominate({"fix", folder.string(), "--dry-run", "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.output.find("h264 1280×720 (SAR 4:3) 25 fps, mp4, opus → h264 1280×720 25 fps, mp4, aac") !=
        std::string::npos);
  // The same words in Chinese: codecs and units only, no English between them.
  auto zh = nominate({"fix", folder.string(), "--dry-run", "--lang", "zh"}, in_folder(temp.path()));
  CHECK(zh.output.find("h264 1280×720 (SAR 4:3) 25 fps, mp4, opus → h264 1280×720 25 fps, mp4, aac") !=
        std::string::npos);
  CHECK(zh.output.find("sound") == std::string::npos);
}

TEST_CASE("check says which files fix repairs by itself, and the command; not when there are none", "[cli]")
{
  TempDir temp;
  copy_example("star-faults", temp.path() / "star-faults");
  copy_example("star-compliant", temp.path() / "star-compliant");
  auto run = nominate({"check", "star-faults", "--lang", "zh"}, in_folder(temp.path()));
  CHECK(run.exit_code == 1);
  // The video (transcoded) and the HEIC photo (converted): fix's own plan, not a list of rules.
  CHECK(run.output.find("提示：其中 2 个文件可以自动修正") != std::string::npos);
  CHECK(run.output.find("运行 nominate fix \"star-faults\"，修正后的副本写到“star-faults-已修正”") !=
        std::string::npos);
  auto english = nominate({"check", "star-faults", "--lang", "en"}, in_folder(temp.path()));
  CHECK(english.output.find("Tip: 2 of these files can be repaired automatically") != std::string::npos);
  auto clean = nominate({"check", "star-compliant", "--lang", "zh"}, in_folder(temp.path()));
  CHECK(clean.exit_code == 0);
  CHECK(clean.output.find("nominate fix") == std::string::npos);
  auto json = nominate({"check", "star-faults", "--format", "json"}, in_folder(temp.path()));
  CHECK(json.output.find("nominate fix") == std::string::npos); // stdout is for the program reading it
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

TEST_CASE("fix turns a WebP, a BMP named .jpg and an animated GIF into JPEGs; check on the copy agrees",
          "[cli]")
{
  TempDir temp;
  REQUIRE(have_tool("convert"));
  REQUIRE(have_tool("identify"));
  auto made = [](const std::vector<std::string>& args) {
    std::vector<std::string> argv{"convert"};
    argv.insert(argv.end(), args.begin(), args.end());
    auto run = run_tool(argv);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
  };
  auto identify = [](const fs::path& file) {
    return run_tool({"identify", "-format", "%m %wx%h", file.string() + "[0]"}).output;
  };
  // star-compliant's photos in the forms a clerk receives them: a WebP saved from a web page, an ID photo
  // that Paint saved as BMP and someone renamed .jpg.
  auto still = copy_example("star-compliant", temp.path() / "still");
  made({(still / "生活照.jpg").string(), (still / "生活照.webp").string()});
  fs::remove(still / "生活照.jpg");
  made({(still / "证件照.jpg").string(), "bmp3:" + (still / "证件照.jpg").string()});
  // and a GIF of three frames in place of the life photo.
  auto animated = copy_example("star-compliant", temp.path() / "animated");
  made({(animated / "生活照.jpg").string(), "-delay", "50", "(", "+clone", "-negate", ")", "(", "+clone",
        "-flip", ")", "-loop", "0", (animated / "生活照.gif").string()});
  fs::remove(animated / "生活照.jpg");
  auto before_still = snapshot(still);
  auto before_animated = snapshot(animated);
  auto sizes = std::map<std::string, std::string>{{"still/生活照.jpg", identify(still / "生活照.webp")},
                                                  {"still/证件照.jpg", identify(still / "证件照.jpg")},
                                                  {"animated/生活照.jpg", identify(animated / "生活照.gif")}};
  CHECK(sizes["still/证件照.jpg"].starts_with("BMP"));

  // check names each by its content and says what to do.
  auto checked = check({still.string(), animated.string()}, in_folder(temp.path()));
  auto warnings = rule_ids(checked.report, "warning");
  CHECK(warnings.contains("photo.format"));
  CHECK(findings_of(checked.report, "photo.format").size() == 3);
  for (const auto& finding : findings_of(checked.report, "photo.format")) {
    CHECK(finding["fix"].get<std::string>().find("nominate fix") != std::string::npos); // the way out
  }

  auto report_file = temp.path() / "fix.json";
  auto run = nominate({"fix", still.string(), animated.string(), "--lang", "zh", "--format", "text",
                       "--format", "json:" + report_file.string()},
                      in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("将修正 生活照.webp") != std::string::npos);
  CHECK(run.output.find("将修正 证件照.jpg") != std::string::npos);
  CHECK(run.output.find("将修正 生活照.gif") != std::string::npos);
  CHECK(snapshot(still) == before_still);
  CHECK(snapshot(animated) == before_animated);

  auto report = read_json(report_file);
  std::map<std::string, nlohmann::json> fixes;
  for (const auto& submission : report["submissions"]) {
    for (const auto& entry : submission["fixes"]) {
      fixes[entry["file"].get<std::string>()] = entry;
    }
  }
  CHECK(fixes["生活照.webp"]["result"] == "fixed");
  CHECK(fixes["证件照.jpg"]["result"] == "fixed");
  CHECK(fixes["生活照.gif"]["result"] == "fixed");
  CHECK(fixes["生活照.gif"]["notes"] == nlohmann::json::array({"first-frame"})); // an animation's first frame

  // The copies hold JPEGs of the same size, and check finds nothing of the kind in them.
  auto fixed_still = temp.path() / "still-已修正";
  auto fixed_animated = temp.path() / "animated-已修正";
  CHECK_FALSE(fs::exists(fixed_still / "生活照.webp"));
  CHECK_FALSE(fs::exists(fixed_animated / "生活照.gif"));
  for (const auto& [file, source] : sizes) {
    INFO(file);
    auto copy = temp.path() / (file.starts_with("still") ? "still-已修正" : "animated-已修正") /
                fs::path(file).filename();
    REQUIRE(fs::exists(copy));
    CHECK(identify(copy) == "JPEG " + source.substr(source.find(' ') + 1));
  }
  auto again = check({fixed_still.string(), fixed_animated.string()}, in_folder(temp.path()));
  CHECK(again.exit_code == 0);
  CHECK(findings_of(again.report, "photo.format").empty());
  CHECK(findings_of(again.report, "photo.extension").empty());
  CHECK(findings_of(again.report, "material.unreadable").empty());
}

TEST_CASE(
    "a JPEG in arithmetic coding is a warning check points at fix, and fix makes an ordinary JPEG of it",
    "[cli]")
{
  REQUIRE(have_tool("jpegtran"));
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "张三");
  auto photo = (folder / "证件照.jpg").string();
  REQUIRE(run_tool({"jpegtran", "-arithmetic", "-outfile", photo + ".tmp", photo}).exit_code == 0);
  fs::rename(photo + ".tmp", photo);
  auto before = snapshot(folder);

  auto checked = check({folder.string()}, in_folder(temp.path()));
  CHECK(checked.exit_code == 0); // a warning: the notice asks for a JPEG, and this is one
  auto format = findings_of(checked.report, "photo.format");
  REQUIRE(format.size() == 1);
  CHECK(format[0]["message_id"] == "photo.format.arithmetic");
  CHECK(format[0]["severity"] == "warning");

  auto run = nominate({"fix", folder.string(), "--lang", "zh"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("将修正 证件照.jpg: jpeg (arithmetic)") != std::string::npos);
  CHECK(snapshot(folder) == before);
  auto again = check({(temp.path() / "张三-已修正").string()}, in_folder(temp.path()));
  CHECK(again.exit_code == 0);
  CHECK(findings_of(again.report, "photo.format").empty());
}

// star-compliant with its life photo as a WebP of noise (2400×1800, about 3 MB), which fix makes a JPEG of
// more than a megabyte.
fs::path with_big_webp(const TempDir& temp, const std::string& name)
{
  auto folder = copy_example("star-compliant", temp.path() / name);
  auto run = run_tool({"convert", "-size", "2400x1800", "xc:gray", "+noise", "Random", "-quality", "90",
                       (folder / "生活照.webp").string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  fs::remove(folder / "生活照.jpg");
  return folder;
}

TEST_CASE("a full disk while fix writes: the file named, exit 2, no half file, the original untouched",
          "[cli]")
{
  TempDir temp;
  auto folder = with_big_webp(temp, "full");
  auto before = snapshot(folder);
  // RLIMIT_FSIZE as a full disk: with SIGXFSZ ignored, a write past 1 MB (dash counts 512-byte blocks) fails
  // with EFBIG, as one on a full disk fails with ENOSPC. The video (0.6 MB) and the rest copy; the JPEG does
  // not.
  auto run =
      nominate_after("ulimit -f 2000 && trap '' XFSZ", temp.path(), {"fix", "full", "--lang", "zh", "-q"});
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("生活照.jpg") != std::string::npos);
  CHECK(run.output.find("磁盘是否已满") != std::string::npos);
  // No copy without its photo: none at all, and no staging folder left beside it.
  auto fixed = temp.path() / "full-已修正";
  CHECK_FALSE(fs::exists(fixed));
  for (const auto& entry : fs::directory_iterator(temp.path())) {
    CHECK_FALSE(entry.path().filename().string().starts_with(".nominate-"));
  }
  CHECK(snapshot(folder) == before);

  // With room again, the same command writes the whole copy.
  auto again = nominate({"fix", "full", "-q"}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(fs::exists(fixed / "生活照.jpg"));
}

TEST_CASE("an input on a read-only medium is fixed into a copy elsewhere", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "ro");
  life_photo_as_webp(folder);
  auto before = snapshot(folder);
  // A read-only bind mount in a private mount namespace (root, as CI runs the tests): the folder is then
  // read-only to root too, as on a CD or a write-protected USB stick. File modes (0444) would not stop root.
  const std::string mount =
      "mount --bind ro ro && mount -o remount,bind,ro ro && ! touch ro/.probe 2>/dev/null";
  auto probe = run_tool({"unshare", "-m", "sh", "-c", "cd \"$0\" && " + mount, temp.path().string()});
  if (probe.exit_code != 0) {
    WARN("skipped: no read-only bind mount here (needs root and unshare -m): " << probe.output);
    return;
  }
  auto run = run_tool({"unshare", "-m", "sh", "-c", "cd \"$0\" && " + mount + " && exec \"$@\"",
                       temp.path().string(), NOMINATE_BINARY, "fix", "ro", "--lang", "zh", "-q"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(fs::exists(temp.path() / "ro-已修正" / "生活照.jpg"));
  CHECK(snapshot(folder) == before);
}

TEST_CASE("a JPEG named .png is only renamed by fix, byte for byte: no generation lost", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  fs::rename(folder / "生活照.jpg", folder / "生活照.png");
  auto run = nominate({"fix", folder.string(), "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  auto copy = temp.path() / "01-张三-已修正";
  REQUIRE(fs::exists(copy / "生活照.jpg"));
  CHECK_FALSE(fs::exists(copy / "生活照.png"));
  CHECK(read_file(copy / "生活照.jpg") == read_file(folder / "生活照.png"));
  auto again = check({copy.string(), "--strict"}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
}

TEST_CASE("an MP4 named .mov is only renamed by fix, byte for byte, and the copy checks clean", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  fs::rename(folder / "事迹视频.mp4", folder / "事迹视频.mov");
  auto checked = check({folder.string()}, in_folder(temp.path()));
  INFO(checked.output);
  CHECK(checked.exit_code == 0); // a warning: the content is the MP4 the notice asks for
  REQUIRE(findings_of(checked.report, "video.container").size() == 1);

  auto run = nominate({"fix", folder.string(), "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  auto copy = temp.path() / "01-张三-已修正";
  REQUIRE(fs::exists(copy / "事迹视频.mp4"));
  CHECK_FALSE(fs::exists(copy / "事迹视频.mov"));
  CHECK(read_file(copy / "事迹视频.mp4") == read_file(folder / "事迹视频.mov")); // renamed, not transcoded
  auto again = check({copy.string(), "--strict"}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
}

TEST_CASE("a QuickTime .mov that is right but for its container is put into MP4, not re-encoded", "[cli]")
{
  // As a camera or an editor exports it: H.264 1280×720 25 fps with AAC, in MOV (the example's own streams).
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  REQUIRE(have_tool("ffmpeg"));
  auto made = run_tool({"ffmpeg", "-v", "error", "-i", (folder / "事迹视频.mp4").string(), "-c", "copy", "-f",
                        "mov", (folder / "事迹视频.mov").string()});
  REQUIRE(made.exit_code == 0);
  fs::remove(folder / "事迹视频.mp4");
  const auto before = read_file(folder / "事迹视频.mov");
  auto checked = check({folder.string()}, in_folder(temp.path()));
  CHECK(checked.exit_code == 1);
  const auto container = findings_of(checked.report, "video.container");
  REQUIRE(container.size() == 1);
  // IT staff are offered the same copy, not a re-encode.
  CHECK(container[0]["fix"].get<std::string>().find(
            "ffmpeg -i \"事迹视频.mov\" -c copy -sn -dn -movflags +faststart") != std::string::npos);

  auto run = nominate({"fix", folder.string(), "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("streams copied, not re-encoded") != std::string::npos);
  auto fixed = temp.path() / "01-张三-已修正" / "事迹视频.mp4";
  REQUIRE(fs::exists(fixed));
  CHECK(read_file(folder / "事迹视频.mov") == before);
  // The same coded pictures, packet for packet: a hash of each video packet, in both files.
  auto packets = [](const fs::path& file) {
    auto hashed = run_tool(
        {"ffmpeg", "-v", "error", "-i", file.string(), "-map", "0:v", "-c", "copy", "-f", "framemd5", "-"});
    REQUIRE(hashed.exit_code == 0);
    std::vector<std::string> hashes;
    std::istringstream lines(hashed.output);
    for (std::string line; std::getline(lines, line);) {
      if (!line.starts_with("#")) {
        hashes.push_back(line.substr(line.rfind(',') + 1));
      }
    }
    return hashes;
  };
  const auto original = packets(folder / "事迹视频.mov");
  CHECK(original.size() > 100);
  CHECK(packets(fixed) == original);
  CHECK(read_file(fixed).find("moov") <
        read_file(fixed).find("mdat")); // the index first, as transcodes have it
  auto again = check({fixed.parent_path().string(), "--strict"}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
}

TEST_CASE("fix lays a transparent PNG ID photo over white in a JPEG copy; the original stays as it was",
          "[cli]")
{
  TempDir temp;
  REQUIRE(have_tool("convert"));
  REQUIRE(have_tool("identify"));
  // beijing-star-compliant's ID photo cut out as an ID-photo app or a background remover saves it: the pale
  // background flood-filled to fully transparent from the corner, the person left opaque.
  auto folder = copy_example("beijing-star-compliant", temp.path() / "cutout");
  const auto photo = folder / "证件照.png";
  auto cut = run_tool({"convert", photo.string(), "-alpha", "set", "-fuzz", "6%", "-fill", "none", "-draw",
                       "matte 0,0 floodfill", "png32:" + photo.string()});
  INFO(cut.output);
  REQUIRE(cut.exit_code == 0);
  auto pixel = [](const fs::path& file, int x, int y) {
    return run_tool({"convert", file.string() + "[1x1+" + std::to_string(x) + "+" + std::to_string(y) + "]",
                     "-format", "%[fx:int(255*r)],%[fx:int(255*g)],%[fx:int(255*b)],%[fx:int(255*a)]",
                     "info:"})
        .output;
  };
  REQUIRE(pixel(photo, 2, 2).ends_with(",0")); // the corner is transparent
  auto before = snapshot(folder);

  auto checked = check({folder.string()}, in_folder(temp.path()));
  auto background = findings_of(checked.report, "photo.background");
  REQUIRE(background.size() == 1);
  CHECK(background[0]["message_id"] == "photo.background.transparent");
  CHECK(background[0]["severity"] == "error");

  auto report_file = temp.path() / "fix.json";
  auto run = nominate({"fix", folder.string(), "--lang", "zh", "--format", "text", "--format",
                       "json:" + report_file.string()},
                      in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("将修正 证件照.png") != std::string::npos);
  CHECK(snapshot(folder) == before); // the input untouched, its transparency too
  CHECK(pixel(photo, 2, 2).ends_with(",0"));

  auto report = read_json(report_file);
  REQUIRE(report["submissions"].size() == 1);
  REQUIRE(report["submissions"][0]["fixes"].size() == 1);
  const auto& entry = report["submissions"][0]["fixes"][0];
  CHECK(entry["file"] == "证件照.png");
  CHECK(entry["action"] == "convert-photo");
  CHECK(entry["result"] == "fixed");

  // The copy holds a JPEG of the same size, without an alpha channel, its former border white.
  auto fixed = temp.path() / "cutout-已修正";
  CHECK_FALSE(fs::exists(fixed / "证件照.png"));
  const auto jpeg = fixed / "证件照.jpg";
  REQUIRE(fs::exists(jpeg));
  CHECK(run_tool({"identify", "-format", "%m %wx%h %A", jpeg.string()}).output.starts_with("JPEG 295x413 "));
  CHECK(run_tool({"identify", "-format", "%[opaque]", jpeg.string()}).output == "true");
  for (auto [x, y] : {std::pair{2, 2}, std::pair{292, 2}, std::pair{147, 3}, std::pair{3, 200}}) {
    INFO(x << "," << y << ": " << pixel(jpeg, x, y));
    auto channels = pixel(jpeg, x, y);
    int r = 0;
    int g = 0;
    int b = 0;
    REQUIRE(std::sscanf(channels.c_str(), "%d,%d,%d", &r, &g, &b) == 3);
    CHECK(std::min({r, g, b}) >= 245);
  }
  auto again = check({fixed.string()}, in_folder(temp.path()));
  CHECK(again.exit_code == 0);
  CHECK(findings_of(again.report, "photo.background").empty());
  CHECK(findings_of(again.report, "photo.extension").empty());
}

TEST_CASE("fix converts a legacy .doc form to .docx with LibreOffice, and check on the copy reads it",
          "[cli][soffice]")
{
  TempDir temp;
  auto folder = copy_example("legacy-doc", temp.path() / "01-王秀兰");
  auto before = read_file(folder / "推介表.doc");
  auto run = nominate({"fix", folder.string(), "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("took longer") == std::string::npos); // a timeout of its own, once
  auto copy = temp.path() / "01-王秀兰-已修正";
  REQUIRE(fs::exists(copy / "推介表.docx"));
  CHECK_FALSE(fs::exists(copy / "推介表.doc"));
  CHECK(read_file(folder / "推介表.doc") == before); // the original is untouched
  auto again = check({copy.string()}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(findings_of(again.report, "material.legacy-format").empty());
  CHECK(findings_of(again.report, "material.missing").empty());
}

} // namespace nominate::test::cli
