// nominate fix: what the copy holds and how it is judged — files it leaves out (or may not read) are not
// passed by leaving them out, names as long as a file system allows, black bars said before and after, a copy
// beside its original in a district, and each copy paired with its own original.

#include "cli_runner.hpp"
#include "fix_fixtures.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace nominate::test::cli {

namespace fs = std::filesystem;

TEST_CASE("fix does not pass a copy only because it left out a pipe, a link or a folder named .mp4", "[cli]")
{
  TempDir temp;
  // A link to a whole video outside the folder: followed, it would bring a file the check never read (it
  // could as well be a key or a private document) into the copy, which would then pass.
  const fs::path outside = temp.path() / "别处.mp4";
  fs::copy_file(examples_dir() / "star-compliant" / "事迹视频.mp4", outside);
  const std::vector<std::pair<std::string, std::function<void(const fs::path&)>>> specials = {
      {"a named pipe", [](const fs::path& video) { REQUIRE(::mkfifo(video.c_str(), 0644) == 0); }},
      {"a link to nothing", [](const fs::path& video) { fs::create_symlink("不存在.mp4", video); }},
      {"a link to a video outside", [&](const fs::path& video) { fs::create_symlink(outside, video); }},
      {"an empty folder", [](const fs::path& video) { fs::create_directory(video); }}};
  for (std::size_t i = 0; i < specials.size(); ++i) {
    const auto& [what, make] = specials[i];
    INFO(what);
    const fs::path folder = temp.path() / ("0" + std::to_string(i + 1) + "-张三");
    copy_example("star-compliant", folder);
    fs::remove(folder / "事迹视频.mp4");
    make(folder / "事迹视频.mp4");
    const fs::path report = temp.path() / "report.json";
    auto run = nominate({"fix", folder.string(), "--format", "json:" + report.string(), "--lang", "en"},
                        in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output, Catch::Contains("failed (1 error, 0 warnings)  →  failed (1 error, 0 warnings)"));
    const auto unreadable = findings_of(read_json(report), "material.unreadable");
    REQUIRE(unreadable.size() == 1);
    CHECK(unreadable[0]["file"] == "事迹视频.mp4");
    CHECK_FALSE(fs::exists(fs::path(folder.string() + "-已修正") / "事迹视频.mp4"));
  }
}

TEST_CASE("a video the account may not read is named so by check and fix, not called damaged", "[cli]")
{
  // root reads every file: the tool then runs as nobody, as a clerk's account that another account's
  // files are closed to.
  TempDir temp;
  fs::permissions(temp.path(), fs::perms::all);
  const fs::path folder = copy_example("star-compliant", temp.path() / "01-张三");
  fs::permissions(folder / "事迹视频.mp4", fs::perms::none);
  const fs::path report = temp.path() / "report.json";
  std::vector<std::string> prefix;
  if (::geteuid() == 0) {
    prefix = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"};
  }
  auto as_clerk = [&](std::vector<std::string> args) {
    std::vector<std::string> argv = prefix;
    argv.emplace_back(NOMINATE_BINARY);
    argv.insert(argv.end(), args.begin(), args.end());
    return run_tool(argv);
  };
  auto checked = as_clerk(
      {"check", folder.string(), "--lang", "zh", "--format", "text", "--format", "json:" + report.string()});
  INFO(checked.output);
  CHECK(checked.exit_code == 1);
  CHECK_THAT(checked.output, Catch::Contains("没有权限读取文件“事迹视频.mp4”"));
  CHECK_THAT(checked.output, !Catch::Contains("已损坏"));
  auto unreadable = findings_of(read_json(report), "material.unreadable");
  REQUIRE(unreadable.size() == 1);
  CHECK(unreadable[0]["message_id"] == "material.unreadable.no-access");

  // fix copies what it may read and carries the finding into the copy's report: failed → failed.
  auto fixed = as_clerk({"fix", folder.string(), "--lang", "en"});
  INFO(fixed.output);
  CHECK(fixed.exit_code == 1);
  CHECK_THAT(fixed.output, Catch::Contains("failed (1 error, 0 warnings)  →  failed (1 error, 0 warnings)"));
  CHECK(fs::exists(fs::path(folder.string() + "-已修正") / "推介表.docx"));
  CHECK_FALSE(fs::exists(fs::path(folder.string() + "-已修正") / "事迹视频.mp4"));

  // The form closed to the account: the copy, without it, is judged under the same rule set (a form
  // missing), not a run that cannot tell which notice applies (exit 2).
  fs::permissions(folder / "事迹视频.mp4", fs::perms::owner_read | fs::perms::owner_write |
                                               fs::perms::group_read | fs::perms::others_read);
  fs::permissions(folder / "推介表.docx", fs::perms::none);
  fs::remove_all(fs::path(folder.string() + "-已修正"));
  auto without_form = as_clerk({"fix", folder.string(), "--lang", "en"});
  INFO(without_form.output);
  CHECK(without_form.exit_code == 1);
  CHECK_THAT(without_form.output, Catch::Contains("→  failed"));
  CHECK_THAT(without_form.output, !Catch::Contains("cannot tell which notice"));
}

TEST_CASE("fix repairs a photo whose name is as long as the file system allows", "[cli]")
{
  // 80 three-byte characters and ".webp": 245 bytes of the 255 a name may have. The temporary file fix
  // writes beside it must not need more.
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  std::string stem;
  for (int i = 0; i < 80; ++i) {
    stem += "生";
  }
  life_photo_as_webp(folder, stem);
  auto run = nominate({"fix", folder.string(), "-q"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(fs::exists(temp.path() / "01-张三-已修正" / (stem + ".jpg")));
}

TEST_CASE(
    "a folder whose name leaves no room for -已修正 is told to shorten it; a long one that fits is fixed",
    "[cli]")
{
  TempDir temp;
  std::string fits;
  for (int i = 0; i < 80; ++i) {
    fits += "张"; // 240 bytes; with -已修正, 250 of 255; its staging folder's name needs more than 255
  }
  const std::string too_long = fits + "张张"; // 246 bytes; with -已修正, 256
  // star-faults with a 2 s video: the names are what is tested, not a transcode of 4½ minutes.
  TempDir source;
  const auto faults = star_faults_short(source);
  fs::copy(faults, temp.path() / too_long, fs::copy_options::recursive);
  auto refused = nominate({"fix", too_long, "--lang", "zh"}, in_folder(temp.path()));
  INFO(refused.output);
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.output, Catch::Contains("太长，超过了系统允许的 255 字节"));
  CHECK_THAT(refused.output, Catch::Contains("或用 -o 给副本另起一个短名字"));
  CHECK(std::distance(fs::directory_iterator(temp.path()), fs::directory_iterator()) == 1); // nothing left
  CHECK(nominate({"fix", too_long, "-o", "短名", "-q"}, in_folder(temp.path())).exit_code == 1);
  CHECK(fs::exists(temp.path() / "短名" / "推介表.docx"));

  fs::copy(faults, temp.path() / fits, fs::copy_options::recursive);
  auto fixed = nominate({"fix", fits, "-q"}, in_folder(temp.path()));
  INFO(fixed.output);
  CHECK(fixed.exit_code == 1); // the form's faults remain; the video is fixed
  CHECK(fs::exists(temp.path() / (fits + "-已修正") / "事迹视频.mp4"));
}

TEST_CASE("fix says before and after that a portrait video gets black bars, and how to fill the frame",
          "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  make_clip(folder / "事迹视频.mp4", "720x1280", 25, 2, {"-c:v", "libx264", "-preset", "ultrafast"});
  auto planned = nominate({"fix", folder.string(), "--dry-run", "--lang", "zh"}, in_folder(temp.path()));
  INFO(planned.output);
  CHECK_THAT(planned.output, Catch::Contains("左右补黑边") && Catch::Contains("剪映"));

  const fs::path report = temp.path() / "report.json";
  auto run =
      nominate({"fix", folder.string(), "--format", "json:" + report.string()}, in_folder(temp.path()));
  INFO(run.output);
  const auto fixes = read_json(report)["submissions"][0]["fixes"];
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0]["notes"] == nlohmann::json::array({"bars-added"}));

  // A landscape video of the spec's shape gets no such line.
  make_clip(folder / "事迹视频.mp4", "1920x1080", 30, 2, {"-c:v", "libx264", "-preset", "ultrafast"});
  auto wide = nominate({"fix", folder.string(), "--dry-run", "--lang", "zh"}, in_folder(temp.path()));
  INFO(wide.output);
  CHECK_THAT(wide.output, Catch::Contains("将修正 事迹视频.mp4") && !Catch::Contains("黑边"));
}

TEST_CASE("a submission fixed inside its district: the copy beside it is not counted as a third nomination",
          "[cli]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  const auto folder = district / "01-张三";
  life_photo_as_webp(folder);
  auto fixed = nominate({"fix", "海淀区/01-张三", "-q"}, in_folder(temp.path()));
  INFO(fixed.output);
  REQUIRE(fixed.exit_code == 0);
  REQUIRE(fs::exists(district / "01-张三-已修正" / ".nominate-fix"));

  auto checked = check({"海淀区", "--lang", "zh"}, in_folder(temp.path()));
  INFO(checked.output);
  CHECK(checked.report["submissions"].size() == 2);
  const auto copy = findings_of(checked.report, "batch.duplicate");
  REQUIRE(copy.size() == 1);
  CHECK(copy[0]["message_id"] == "batch.duplicate.fix-copy");
  CHECK(copy[0]["severity"] == "warning");
  CHECK_THAT(copy[0]["fix"].get<std::string>(), Catch::Contains("改名为“01-张三”"));

  // Once the copy takes the original's place, the district is whole again and nothing is said.
  fs::remove_all(folder);
  fs::rename(district / "01-张三-已修正", folder);
  auto again = check({"海淀区"}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(findings_of(again.report, "batch.duplicate").empty());
}

TEST_CASE("fix of two folders pairs each copy with its own original, though the first copy was refused",
          "[cli]")
{
  TempDir temp;
  auto first = copy_example("star-compliant", temp.path() / "pa");
  life_photo_as_webp(first);
  REQUIRE(nominate({"fix", "pa", "-q"}, in_folder(temp.path())).exit_code == 0);
  auto second = copy_example("star-compliant", temp.path() / "pb");
  fs::remove(second / "事迹视频.mp4");
  REQUIRE(::mkfifo((second / "事迹视频.mp4").c_str(), 0644) == 0);
  // pa-已修正 exists and --force is not given: pa's copy is refused; pb's is written.
  auto run = nominate({"fix", "pa", "pb", "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Catch::Contains("→  -  pa"));
  CHECK_THAT(run.output,
             Catch::Contains("failed (1 error, 0 warnings)  →  failed (1 error, 0 warnings)  pb"));
}

TEST_CASE("names with escape sequences and line breaks are shown, never acted on, and --force knows its own "
          "files by them",
          "[cli]")
{
  TempDir temp;
  const std::string name = "02-李四\x1b]0;PWNED\a\x1b[2J";
  auto folder = copy_example("star-compliant", temp.path() / name);
  life_photo_as_webp(folder, "生活照\n伪造的一行");
  auto first = nominate({"fix", name}, in_folder(temp.path()));
  INFO(first.output);
  CHECK(first.exit_code == 0);
  CHECK(first.output.find('\x1b') == std::string::npos); // no escape sequence reaches the terminal
  CHECK(first.output.find("\n伪造的一行") == std::string::npos);
  CHECK_THAT(first.output, Catch::Contains("02-李四\\x1B]0;PWNED\\x07\\x1B[2J"));
  const auto copy = temp.path() / (name + "-已修正");
  REQUIRE(fs::exists(copy / "生活照\n伪造的一行.jpg"));
  // A second run with --force replaces what the first wrote, the file with a line break in its name included.
  auto again = nominate({"fix", name, "--force"}, in_folder(temp.path()));
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.output, !Catch::Contains("as a person left it"));
}

TEST_CASE("a file whose path is too long to open is not left out of the copy in silence", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  // 200 folders of 20 letters: a path past the 4096 bytes Linux opens, made (and removed) a folder at a
  // time from inside, as only relative paths reach it.
  const char* script = "import os, shutil, sys\n"
                       "root, photo, mode = sys.argv[1], sys.argv[2], sys.argv[3]\n"
                       "if mode == 'make':\n"
                       "    os.chdir(root)\n"
                       "    for _ in range(200):\n"
                       "        os.mkdir('a' * 20); os.chdir('a' * 20)\n"
                       "    shutil.copyfile(photo, '生活照3.jpg')\n"
                       "else:\n"
                       "    shutil.rmtree(os.path.join(root, 'a' * 20), ignore_errors=True)\n";
  const auto photo = (folder / "生活照.jpg").string();
  REQUIRE(run_tool({"python3", "-c", script, folder.string(), photo, "make"}).exit_code == 0);
  auto run = nominate({"fix", folder.string(), "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.output, Catch::Contains("failed (1 error, 0 warnings)  →  failed (1 error, 0 warnings)"));
  for (const auto& dir : {folder, temp.path() / "01-张三-已修正"}) {
    CHECK(run_tool({"python3", "-c", script, dir.string(), photo, "remove"}).exit_code == 0);
  }
}

TEST_CASE("the fix manifest keeps times since 1970 UTC, and --force honours one an earlier version wrote",
          "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  life_photo_as_webp(folder);
  REQUIRE(nominate({"fix", "01-张三", "-q"}, in_folder(temp.path())).exit_code == 0);
  const auto copy = temp.path() / "01-张三-已修正";
  struct stat form {};
  REQUIRE(::stat((copy / "推介表.docx").c_str(), &form) == 0);
  const auto since_1970 =
      static_cast<std::int64_t>(form.st_mtim.tv_sec) * 1'000'000'000 + form.st_mtim.tv_nsec;
  const auto manifest = read_file(copy / ".nominate-fix");
  INFO(manifest);
  CHECK_THAT(manifest, Catch::StartsWith("# nominate fix manifest 4: <size> <modified, ns since 1970 UTC>"));
  CHECK_THAT(manifest, Catch::Contains(std::to_string(form.st_size) + " " + std::to_string(since_1970) +
                                       " 推介表.docx\n"));

  // The same copy as version 3 left it: libstdc++'s file-clock ticks. Nothing in it was touched by hand.
  std::string old_manifest =
      "# nominate fix manifest 3: <size> <modified ns> <path, \\ \\n \\r escaped>, as fix "
      "wrote each\n";
  for (const auto& entry : fs::directory_iterator(copy)) {
    if (entry.path().filename() == ".nominate-fix") {
      continue;
    }
    const auto ticks = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           fs::last_write_time(entry.path()).time_since_epoch())
                           .count();
    old_manifest += std::to_string(fs::file_size(entry.path())) + " " + std::to_string(ticks) + " " +
                    entry.path().filename().string() + "\n";
  }
  {
    std::ofstream out(copy / ".nominate-fix", std::ios::binary | std::ios::trunc);
    out << old_manifest;
  }
  auto forced = nominate({"fix", "01-张三", "--force", "--lang", "zh"}, in_folder(temp.path()));
  INFO(forced.output);
  CHECK(forced.exit_code == 0);
  CHECK(forced.output.find("保留了副本中改过的") == std::string::npos);
}

TEST_CASE("fix's copy keeps each file's time: of two versions of a form it checks the newer, as check did",
          "[cli]")
{
  REQUIRE(have_tool("convert"));
  TempDir temp;
  const auto folder = copy_example("star-compliant", temp.path() / "01-王秀兰");
  // The final form is 推介表(1).docx; the old, faulty draft keeps the plain name. A WebP life photo gives
  // fix something to repair.
  fs::rename(folder / "推介表.docx", folder / "推介表(1).docx");
  fs::copy_file(examples_dir() / "star-faults" / "推介表.docx", folder / "推介表.docx");
  REQUIRE(
      run_tool({"convert", (folder / "生活照.jpg").string(), (folder / "生活照.webp").string()}).exit_code ==
      0);
  fs::remove(folder / "生活照.jpg");
  const auto now = fs::file_time_type::clock::now();
  fs::last_write_time(folder / "推介表.docx", now - std::chrono::hours(24 * 30));
  fs::last_write_time(folder / "推介表(1).docx", now - std::chrono::hours(24));
  auto before = check({folder.string(), "--lang", "en"});
  auto chosen = findings_of(before.report, "material.ambiguous");
  REQUIRE(chosen.size() == 1);
  CHECK(chosen[0]["file"] == "推介表(1).docx");

  auto run = nominate({"fix", folder.string(), "--lang", "en"});
  INFO(run.output);
  const auto copy = temp.path() / "01-王秀兰-已修正";
  REQUIRE(fs::exists(copy / "生活照.jpg"));
  CHECK(fs::last_write_time(copy / "推介表.docx") == fs::last_write_time(folder / "推介表.docx"));
  CHECK(fs::last_write_time(copy / "推介表(1).docx") == fs::last_write_time(folder / "推介表(1).docx"));
  auto after = check({copy.string(), "--lang", "en"});
  auto chosen_after = findings_of(after.report, "material.ambiguous");
  REQUIRE(chosen_after.size() == 1);
  CHECK(chosen_after[0]["file"] == "推介表(1).docx");
  CHECK(after.report["summary"]["errors"] == 0);
}

TEST_CASE("a video without sound given a silent track by fix: the copy still says it has no sound", "[cli]")
{
  TempDir temp;
  // Beijing's rules require the sound (an error); 1080p 30 fps gives fix a transcode to do.
  auto folder = copy_example("beijing-star-compliant", temp.path() / "01-王秀兰");
  auto made =
      run_tool({"ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30", "-t",
                "2", "-c:v", "libx264", "-preset", "ultrafast", "-an", (folder / "事迹视频.mp4").string()});
  REQUIRE(made.exit_code == 0);
  const fs::path report = temp.path() / "report.json";
  auto run = nominate(
      {"fix", folder.string(), "--lang", "zh", "--format", "text", "--format", "json:" + report.string()},
      in_folder(temp.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1); // the copy fails: a silent track is no sound
  const auto json = read_json(report);
  const auto carried = findings_of(json, "video.audio");
  REQUIRE(carried.size() == 1);
  CHECK(carried[0]["message_id"] == "video.audio.missing.silence-added");
  CHECK(carried[0]["severity"] == "error");
  CHECK(run.output.find("修正时只加了一条无声的音轨") != std::string::npos);
}

TEST_CASE("fix never writes a converted photo over another file of that name: the copy keeps both", "[cli]")
{
  REQUIRE(have_tool("convert"));
  TempDir temp;
  // A phone's WebP beside a different JPEG of the same name (an original and its converted copy).
  auto folder = copy_example("star-compliant", temp.path() / "01-王秀兰");
  REQUIRE(run_tool({"convert", (folder / "生活照.jpg").string(), "-flip", (folder / "生活照.webp").string()})
              .exit_code == 0);
  const auto jpeg = read_file(folder / "生活照.jpg");
  auto run = nominate({"fix", folder.string(), "--lang", "en"}, in_folder(temp.path()));
  INFO(run.output);
  const auto copy = temp.path() / "01-王秀兰-已修正";
  REQUIRE(fs::exists(copy / "生活照.jpg"));
  CHECK(read_file(copy / "生活照.jpg") == jpeg); // the real life photo, as it was
  CHECK(fs::exists(copy / "生活照(webp).jpg"));  // the converted one beside it
  CHECK_FALSE(fs::exists(copy / "生活照.webp"));
  CHECK(run.output.find("生活照(webp).jpg") != std::string::npos);
}

} // namespace nominate::test::cli
