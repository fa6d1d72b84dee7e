// nominate verify: received zips — a valid bag, hostile and damaged zips, a folder zipped by hand — judged
// with the exit codes and reports of design.md; --extract only for what verified; the input never changes.

#include "cli_runner.hpp"
#include "owner_tags.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>

namespace nominate::test::cli {
namespace {

// The zips of tests/unit/pack/hostile_zips.py, with a bag of examples/star-compliant, made once.
std::filesystem::path zips()
{
  static const auto folder = [] {
    auto path = fixture_cache() / "verify-cli-zips";
    auto run = run_tool({"python3", NOMINATE_SOURCE_DIR "/tests/unit/pack/hostile_zips.py", path.string(),
                         (examples_dir() / "star-compliant").string()});
    REQUIRE(run.exit_code == 0);
    return path;
  }();
  return folder;
}

CheckRun verify(const std::vector<std::string>& args, RunOptions options = {})
{
  TempDir temp;
  auto json_file = temp.path() / "report.json";
  std::vector<std::string> full = {"verify"};
  full.insert(full.end(), args.begin(), args.end());
  full.insert(full.end(), {"--format", "text", "--format", "json:" + json_file.string()});
  auto run = nominate(full, std::move(options));
  CheckRun result{run.exit_code, run.output, nullptr};
  result.report = nlohmann::json::parse(read_file(json_file), nullptr, /*allow_exceptions=*/false);
  if (result.report.is_discarded()) {
    result.report = nullptr;
  }
  return result;
}

std::string zip(const std::string& name)
{
  return (zips() / name).string();
}

// Whether the report holds a finding of `message_id` (any severity).
bool has_message(const nlohmann::json& report, const std::string& message_id)
{
  auto findings = all_findings(report);
  return std::ranges::any_of(findings,
                             [&](const auto& finding) { return finding["message_id"] == message_id; });
}

// A zip made by hand of one compliant submission: exit 0, one submission that passes, and only the warning
// that nothing proves its files are as packed.
void require_one_submission_passing_unlisted(const CheckRun& run)
{
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(rule_ids(run.report, "warning") == std::set<std::string>{"package.no-manifest"});
  REQUIRE(run.report["submissions"].size() == 1);
  CHECK(run.report["submissions"][0]["status"] == "pass");
}

} // namespace

TEST_CASE("verify passes a valid bag and checks its payload as check would", "[cli]")
{
  auto run = verify({zip("example-bag.zip"), "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report.is_object());
  REQUIRE(run.report["submissions"].size() == 1);
  auto path = run.report["submissions"][0]["path"].get<std::string>();
  CHECK(path.ends_with("example-bag.zip/example-bag/data"));
  CHECK(run.report["submissions"][0]["status"] == "pass");
  CHECK(all_findings(run.report).empty());
}

TEST_CASE("verify of one zip named twice verifies it once, not comparing it with itself", "[cli]")
{
  const auto package = zip("example-bag.zip");
  const auto again = (std::filesystem::path(package).parent_path() / "." / "example-bag.zip").string();
  auto run = verify({package, again, "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report.is_object());
  CHECK(run.report["submissions"].size() == 1);
  CHECK(all_findings(run.report).empty()); // no 100 % shared text between the zip and itself
}

TEST_CASE("verify lists every integrity fault and still checks the rules", "[cli]")
{
  auto run = verify({zip("example-bag-lie.zip"), "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(rule_ids(run.report, "error") == std::set<std::string>{"package.checksum"});
  REQUIRE(run.report["submissions"].size() == 1); // the rules ran on the payload
  CHECK(run.output.find("example-bag-lie.zip") != std::string::npos);
  // The file that differs is the submission's too: its line fails, not 通过 beside a package that did not
  // verify; and the package's own line still fails.
  const auto& submission = run.report["submissions"][0];
  CHECK(submission["status"] == "fail");
  REQUIRE(submission["findings"].size() == 1);
  CHECK(submission["findings"][0]["rule"] == "package.checksum");
  CHECK(submission["findings"][0]["file"].get<std::string>().find('/') == std::string::npos);
  CHECK(run.output.find("0 passed, 1 failed; 1 batch check failed;") != std::string::npos);
  // SARIF places both at the zip, the one file there is on disk.
  TempDir temp;
  const auto sarif_file = temp.path() / "verify.sarif";
  REQUIRE(nominate({"verify", zip("example-bag-lie.zip"), "--format", "sarif:" + sarif_file.string(), "-q"})
              .exit_code == 1);
  const auto sarif = nlohmann::json::parse(read_file(sarif_file));
  REQUIRE(sarif["runs"][0]["results"].size() == 2);
  for (const auto& result : sarif["runs"][0]["results"]) {
    CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().ends_with(
        "example-bag-lie.zip"));
  }
}

TEST_CASE("verify's HTML report shows the office's reviewers each photo and the video's frame", "[cli]")
{
  TempDir temp;
  const auto page_file = temp.path() / "收件.html";
  auto run = nominate({"verify", zip("example-bag.zip"), "--format", "html:" + page_file.string(), "-q"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  const auto page = read_file(page_file);
  std::size_t pictures = 0;
  for (auto at = page.find("<img src=\"data:image/jpeg;base64,"); at != std::string::npos;
       at = page.find("<img src=\"data:image/jpeg;base64,", at + 1)) {
    ++pictures;
  }
  CHECK(pictures == 3); // 证件照, 生活照 and the video's poster frame, as check's report of the folder
}

TEST_CASE("verify refuses hostile zips before extracting anything", "[cli]")
{
  const std::vector<std::pair<std::string, std::string>> k_cases = {
      {"slip.zip", "package.unsafe-name"},    {"absolute.zip", "package.unsafe-name"},
      {"symlink.zip", "package.link"},        {"encrypted.zip", "package.encrypted"},
      {"duplicate.zip", "package.duplicate"}, {"folded.zip", "package.duplicate"},
      {"overlap.zip", "package.overlap"},     {"bomb.zip", "package.bomb"}};
  for (const auto& [name, rule] : k_cases) {
    DYNAMIC_SECTION(name)
    {
      TempDir out;
      auto run = verify({zip(name), "--extract", out.path().string()});
      INFO(run.output);
      CHECK(run.exit_code == 1);
      CHECK(rule_ids(run.report, "error").contains(rule));
      CHECK(run.report["submissions"].empty());
      CHECK(std::filesystem::is_empty(out.path()));
    }
  }
}

TEST_CASE("verify --max-total takes a size as pack's --max-size does: 16G, 1K or bytes", "[cli]")
{
  // example-bag.zip (examples/star-compliant, its video included) unpacks to some megabytes.
  auto roomy = verify({zip("example-bag.zip"), "--max-total", "1G"});
  INFO(roomy.output);
  CHECK(roomy.exit_code == 0);
  CHECK(verify({zip("example-bag.zip"), "--max-total", "16G"}).exit_code == 0);
  auto tight = verify({zip("example-bag.zip"), "--max-total", "1K"});
  CHECK(tight.exit_code == 1);
  CHECK(rule_ids(tight.report, "error").contains("package.bomb"));
  auto wrong = nominate({"verify", zip("example-bag.zip"), "--max-total", "16X"});
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.output.find("wants a size like 16G or 500M, not '16X'") != std::string::npos);
}

TEST_CASE("verify refuses zips that other unzip tools would read differently, before extracting", "[cli]")
{
  struct Case {
    std::string zip;
    std::string rule;
    std::string message_id;
  };
  const std::vector<Case> k_cases = {
      {"comment-eocd.zip", "package.overlap", "package.overlap.end-record"},
      {"comment-eocd-exact.zip", "package.overlap", "package.overlap.end-record"},
      {"count-short.zip", "package.overlap", "package.overlap.entry-count"},
      {"count-wraps.zip", "package.overlap", "package.overlap.entry-count"},
      {"multi-disk.zip", "package.truncated", "package.truncated.multi-part"},
      {"count-differ.zip", "package.truncated", "package.truncated.multi-part"},
      {"symlink-host5.zip", "package.link", "package.link.symlink"},
      {"symlink-host16.zip", "package.link", "package.link.symlink"},
      {"unicode-path.zip", "package.unsafe-name", "package.unsafe-name.unicode-path"},
      {"unicode-path-escape.zip", "package.unsafe-name", "package.unsafe-name.escape"},
      {"dot-slash.zip", "package.duplicate", "package.duplicate.path"},
      {"double-slash.zip", "package.duplicate", "package.duplicate.path"},
      {"file-and-folder.zip", "package.duplicate", "package.duplicate.file-folder"},
      {"dot-name.zip", "package.duplicate", "package.duplicate.file-folder"},
      {"bidi.zip", "package.unsafe-name", "package.unsafe-name.escape"},
      {"del.zip", "package.unsafe-name", "package.unsafe-name.escape"}};
  for (const auto& [name, rule, message_id] : k_cases) {
    DYNAMIC_SECTION(name)
    {
      TempDir out;
      auto run = verify({zip(name), "--extract", out.path().string(), "--lang", "en"});
      INFO(run.output);
      CHECK(run.exit_code == 1);
      CHECK(rule_ids(run.report, "error").contains(rule));
      CHECK(has_message(run.report, message_id));
      CHECK(run.output.find(name) != std::string::npos);
      CHECK(run.report["submissions"].empty());
      CHECK(std::filesystem::is_empty(out.path()));
    }
  }
}

TEST_CASE("verify calls a zip of folders only, or a bag with an empty payload, an error naming it", "[cli]")
{
  for (const auto& [name, message_id] :
       std::vector<std::pair<std::string, std::string>>{{"only-folders.zip", "package.truncated.no-entries"},
                                                        {"bag-empty.zip", "package.truncated.no-payload"}}) {
    DYNAMIC_SECTION(name)
    {
      auto run = verify({zip(name), "--lang", "zh"});
      INFO(run.output);
      CHECK(run.exit_code == 1);
      CHECK(rule_ids(run.report, "error").contains("package.truncated"));
      CHECK(has_message(run.report, message_id));
      CHECK(run.output.find(name) != std::string::npos);
    }
  }
}

TEST_CASE(
    "verify says a name is too long for this file system, not that the disk is full, and checks the file "
    "under a shorter name",
    "[cli]")
{
  for (const auto* name : {"example-bag-long-name.zip", "example-bag-long-empty.zip"}) {
    DYNAMIC_SECTION(name)
    {
      TempDir out;
      auto run = verify({zip(name), "--extract", out.path().string(), "--lang", "en"});
      INFO(run.output);
      CHECK(has_message(run.report, "package.truncated.name-shortened"));
      CHECK_FALSE(has_message(run.report, "package.truncated.name-too-long"));
      CHECK_FALSE(has_message(run.report, "package.truncated.write"));
      CHECK(run.output.find("too long for this file system") != std::string::npos);
      CHECK(run.output.find("disk full") == std::string::npos);
      if (std::string(name) == "example-bag-long-name.zip") {
        // Its content was read and passes: the package verifies, and its payload lands with the shorter name.
        CHECK(run.exit_code == 0);
        bool shortened = false;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(out.path())) {
          shortened = shortened || entry.path().filename().string().find("…") != std::string::npos;
        }
        CHECK(shortened);
      } else {
        // Its content was read too: an empty photo, which the rules name; nothing is extracted.
        CHECK(run.exit_code == 1);
        CHECK(std::filesystem::is_empty(out.path()));
      }
    }
  }
}

TEST_CASE("verify reports damaged input as a finding naming the file, and a missing one as exit 2", "[cli]")
{
  for (const auto* name :
       {"empty-file.zip", "not-a-zip.zip", "truncated.zip", "no-entries.zip", "zip-of-zips.zip"}) {
    DYNAMIC_SECTION(name)
    {
      auto run = verify({zip(name), "--lang", "zh"});
      INFO(run.output);
      CHECK(run.exit_code == 1);
      CHECK(run.output.find(name) != std::string::npos);
      CHECK_FALSE(rule_ids(run.report, "error").empty());
    }
  }
  // A zip whose payload is no nomination: its integrity faults are listed, and the rules cannot run (exit 2,
  // as check on a folder that is no submission).
  auto crc = verify({zip("crc.zip")});
  CHECK(crc.exit_code == 2);
  CHECK(rule_ids(crc.report, "error").contains("package.crc"));
  CHECK(crc.output.find("crc.zip") != std::string::npos);
  // The private folder (nominate-verify-XXXXXX under the temporary folder) is never shown; the zip's own
  // path may well be under /tmp, as in a CI checkout.
  CHECK(crc.output.find("nominate-verify-") == std::string::npos);
  auto missing = nominate({"verify", (zips() / "nowhere.zip").string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("nowhere.zip") != std::string::npos);
}

TEST_CASE("a form given to verify by mistake is said to be a Word document, not a package", "[cli]")
{
  // A .docx is a zip: it was taken for a folder zipped by hand and its XML parts checked as a nomination.
  auto run = nominate({"verify", "star-compliant/推介表.docx", "--lang", "zh"});
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("这是一个 Word 文档") != std::string::npos);
  CHECK(run.output.find("nominate check") != std::string::npos);
  CHECK(run.output.find("手工压缩") == std::string::npos);
  CHECK(run.output.find("nomination.yaml") == std::string::npos);
}

TEST_CASE("a zip of zipped nominees and the table is a district whose nominees are still packed (exit 1)",
          "[cli]")
{
  // The common send: each nominee zipped, the zips and 登记表.xlsx zipped again. Said as a finding the
  // office can act on, not a stop asking for a nomination.yaml inside the received zip.
  REQUIRE(have_tool("zip"));
  TempDir temp;
  const auto send = temp.path() / "海淀区";
  std::filesystem::create_directories(send);
  std::filesystem::copy_file(examples_dir() / "海淀区" / "登记表.xlsx", send / "登记表.xlsx");
  for (const char* nominee : {"01-张三", "02-李四"}) {
    REQUIRE(run_tool({"sh", "-c",
                      "cd '" + (examples_dir() / "海淀区").string() + "' && zip -qr '" +
                          (send / (std::string(nominee) + ".zip")).string() + "' " + nominee})
                .exit_code == 0);
  }
  const auto archive = temp.path() / "海淀区.zip";
  REQUIRE(
      run_tool({"sh", "-c", "cd '" + temp.path().string() + "' && zip -qr 海淀区.zip 海淀区"}).exit_code ==
      0);
  auto run = verify({archive.string(), "--lang", "zh"});
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("nomination.yaml") == std::string::npos);
  CHECK_FALSE(findings_of(run.report, "material.missing").empty());
  CHECK(findings_of(run.report, "material.unreadable").size() == 2); // each inner zip named
}

TEST_CASE("a folder zipped by hand is checked with a warning that it has no manifest", "[cli]")
{
  REQUIRE(have_tool("zip"));
  TempDir temp;
  auto archive = temp.path() / "star-compliant.zip";
  auto zipped =
      run_tool({"sh", "-c",
                "cd '" + examples_dir().string() + "' && zip -qr '" + archive.string() + "' star-compliant"});
  REQUIRE(zipped.exit_code == 0);
  auto run = verify({archive.string()});
  require_one_submission_passing_unlisted(run);
  CHECK(verify({archive.string(), "--strict"}).exit_code == 1);

  // A district zipped whole: its submissions and its batch checks, as check reports them.
  auto district = temp.path() / "海淀区.zip";
  REQUIRE(run_tool({"sh", "-c",
                    "cd '" + examples_dir().string() + "' && zip -qr '" + district.string() + "' 海淀区"})
              .exit_code == 0);
  auto checked = verify({district.string(), archive.string()});
  INFO(checked.output);
  CHECK(checked.exit_code == nominate({"check", "海淀区", "star-compliant", "-q"}).exit_code);
  CHECK(checked.report["submissions"].size() == 3);
  CHECK(std::ranges::any_of(checked.report["submissions"], [](const auto& submission) {
    return submission["path"].template get<std::string>().ends_with("海淀区.zip/海淀区/01-张三");
  }));
}

TEST_CASE("a lock file zipped beside its form: the receiver is told to ask the sender, not to close WPS",
          "[cli]")
{
  REQUIRE(have_tool("zip"));
  TempDir temp;
  copy_example("star-compliant", temp.path() / "01-王秀兰");
  temp.write("01-王秀兰/~$推介表.docx", std::string("\x06\xe7\x8e\x8b", 4) + std::string(158, ' '));
  const auto archive = temp.path() / "01-王秀兰.zip";
  REQUIRE(run_tool({"sh", "-c",
                    "cd '" + temp.path().string() + "' && zip -qr '" + archive.string() + "' 01-王秀兰"})
              .exit_code == 0);
  auto run = nominate({"verify", "--lang", "zh", archive.string()});
  INFO(run.output);
  CHECK(run.output.find("收到的“推介表.docx”旁边有锁定文件“~$推介表.docx”") != std::string::npos);
  CHECK(run.output.find("请报送单位在 WPS 或 Word 中保存并关闭“推介表.docx”") != std::string::npos);
  CHECK(run.output.find("删除“~$推介表.docx”即可") == std::string::npos);
  // The clerk who checks the folder itself is still told to save, close, or delete the stale lock file.
  auto local = nominate({"check", "--lang", "zh", (temp.path() / "01-王秀兰").string()});
  CHECK(local.output.find("删除“~$推介表.docx”即可") != std::string::npos);
}

TEST_CASE("a form whose name Windows allows and Linux does not is checked under a shorter name, not missing",
          "[cli]")
{
  TempDir temp;
  auto archive = temp.path() / "star-compliant.zip";
  // 90 characters: 270 bytes in UTF-8, past Linux's 255, well within Windows' 255 UTF-16 units.
  auto zipped = run_tool(
      {"python3", "-c",
       "import os, sys, zipfile\n"
       "src, out = sys.argv[1], sys.argv[2]\n"
       "long = '百姓学习之星推介表' + '（海淀区学院路街道推荐）' * 7 + '.docx'\n"
       "with zipfile.ZipFile(out, 'w') as z:\n"
       "    for f in sorted(os.listdir(src)):\n"
       "        z.write(os.path.join(src, f), 'star-compliant/' + (long if f == '推介表.docx' else f))\n",
       (examples_dir() / "star-compliant").string(), archive.string()});
  REQUIRE(zipped.exit_code == 0);
  auto run = verify({archive.string(), "--lang", "zh"});
  INFO(run.output);
  CHECK(run.exit_code == 0); // the form was read: no "missing form", no stop for want of one
  // A folder's name too long, the files' own short: said too long, as before; nothing to shorten.
  auto folder_zip = temp.path() / "long-folder.zip";
  REQUIRE(run_tool({"python3", "-c",
                    "import sys, zipfile\n"
                    "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                    "    z.writestr('材料' * 50 + '/推介表.txt', 'x')\n",
                    folder_zip.string()})
              .exit_code == 0);
  auto folder_run = verify({folder_zip.string(), "--lang", "en"});
  INFO(folder_run.output);
  CHECK(has_message(folder_run.report, "package.truncated.name-too-long"));
  CHECK_FALSE(has_message(folder_run.report, "package.truncated.name-shortened"));
  REQUIRE(run.report.is_object());
  REQUIRE(run.report["submissions"].size() == 1);
  CHECK(run.report["submissions"][0]["status"] == "pass");
  CHECK(run.output.find("检查时按缩短后的名字“百姓学习之星推介表") != std::string::npos);

  // Two such names alike in their first 240 bytes (two attachments, 之一 and 之二): two files, not a refusal.
  auto two_zip = temp.path() / "two-long.zip";
  REQUIRE(run_tool({"python3", "-c",
                    "import sys, zipfile\n"
                    "stem = '王秀兰同志主要事迹材料' * 9\n"
                    "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                    "    z.writestr('材料/' + stem + '之一.txt', '第一份')\n"
                    "    z.writestr('材料/' + stem + '之二.txt', '第二份')\n",
                    two_zip.string()})
              .exit_code == 0);
  auto two = verify({two_zip.string(), "--lang", "en"});
  INFO(two.output);
  CHECK_FALSE(has_message(two.report, "package.truncated.create"));
  CHECK(two.output.find("…(2).txt") != std::string::npos);
}

TEST_CASE("a folder a Mac zipped (with __MACOSX/ beside it) is checked as the one submission it is", "[cli]")
{
  TempDir temp;
  auto archive = temp.path() / "star-compliant.zip";
  // Finder's Compress: the folder, and AppleDouble files under __MACOSX/ (what a Mac clerk sends).
  auto zipped = run_tool(
      {"python3", "-c",
       "import os, sys, zipfile\n"
       "src, out = sys.argv[1], sys.argv[2]\n"
       "with zipfile.ZipFile(out, 'w') as z:\n"
       "    for root, dirs, files in os.walk(src):\n"
       "        for f in sorted(files):\n"
       "            path = os.path.join(root, f)\n"
       "            rel = os.path.relpath(path, os.path.dirname(src))\n"
       "            z.write(path, rel)\n"
       "            z.writestr('__MACOSX/' + os.path.dirname(rel) + '/._' + f, b'\\0\\5\\26\\7' + b'\\0' * 80)\n"
       "    z.writestr('star-compliant/.DS_Store', b'\\0\\0\\0\\1Bud1')\n",
       (examples_dir() / "star-compliant").string(), archive.string()});
  REQUIRE(zipped.exit_code == 0);
  auto run = verify({archive.string()});
  require_one_submission_passing_unlisted(run);
  CHECK(
      run.report["submissions"][0]["path"].get<std::string>().ends_with("star-compliant.zip/star-compliant"));
  CHECK(run.output.find("._") == std::string::npos);
}

TEST_CASE("a TMPDIR that names no folder is passed over for /tmp, not fatal", "[cli]")
{
  auto options = with_env({"TMPDIR=/nonexistent/nominate-test"});
  auto run = verify({zip("example-bag.zip")}, options);
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(nominate({"check", (examples_dir() / "star-compliant").string(), "-q"}, options).exit_code == 0);
}

TEST_CASE("a package unzipped already is verified in place: altered files and links named, nothing written",
          "[cli]")
{
  REQUIRE(have_tool("unzip"));
  TempDir temp;
  // Windows' "extract all": 收件/example-bag/ holds the bag's folder.
  auto inbox = temp.path() / "收件" / "example-bag";
  std::filesystem::create_directories(inbox);
  REQUIRE(run_tool({"unzip", "-q", zip("example-bag.zip"), "-d", inbox.string()}).exit_code == 0);
  auto run = verify({inbox.string(), "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report["submissions"].size() == 1);
  CHECK(run.report["submissions"][0]["status"] == "pass");
  CHECK(all_findings(run.report).empty());

  // Windows Explorer's thumbnail cache alone: a note, so the package passes even under --strict.
  auto payload = inbox / "example-bag" / "data";
  temp.write(std::filesystem::relative(payload / "Thumbs.db", temp.path()), "thumbnails");
  auto browsed = verify({inbox.string(), "--strict", "--lang", "en"});
  INFO(browsed.output);
  CHECK(browsed.exit_code == 0);
  CHECK(has_message(browsed.report, "package.unlisted.system-file"));

  // A file changed after unpacking, a link beside it and Thumbs.db: each named, the link not followed.
  {
    std::ofstream changed(payload / "推介表.docx", std::ios::app | std::ios::binary);
    changed << "x";
  }
  std::filesystem::create_symlink("/etc/passwd", payload / "密码.txt");
  auto listing = [&] {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(temp.path())) {
      names.push_back(entry.path().string() + ":" +
                      std::to_string(entry.is_regular_file() && !entry.is_symlink() ? entry.file_size() : 0));
    }
    std::ranges::sort(names);
    return names;
  };
  auto before = listing();
  auto altered = verify({inbox.string(), "--lang", "en"});
  INFO(altered.output);
  CHECK(altered.exit_code == 1);
  CHECK(has_message(altered.report, "package.checksum.mismatch"));
  CHECK(has_message(altered.report, "package.link.folder-symlink"));
  CHECK(has_message(altered.report, "package.unlisted.system-file"));
  CHECK(listing() == before); // verify wrote nothing there
}

TEST_CASE("--extract writes the payload of a verified package once, and never changes the zip", "[cli]")
{
  TempDir out;
  auto before = read_file(zips() / "example-bag.zip");
  auto run = verify({zip("example-bag.zip"), "--extract", out.path().string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(std::filesystem::is_regular_file(out.path() / "example-bag" / "推介表.docx"));
  CHECK(read_file(zips() / "example-bag.zip") == before);
  // Received again (a resend of the same name): beside the first, which is left as it was.
  const auto first = read_file(out.path() / "example-bag" / "推介表.docx");
  std::filesystem::remove(out.path() / "example-bag" / "推介表.docx");
  auto again = verify({zip("example-bag.zip"), "--extract", out.path().string(), "--lang", "zh"});
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(again.output.find("已解压到 " + (out.path() / "example-bag (2)").string() + "（“" +
                          (out.path() / "example-bag").string() + "”已经存在，没有覆盖）") !=
        std::string::npos);
  CHECK(read_file(out.path() / "example-bag (2)" / "推介表.docx") == first);
  CHECK_FALSE(std::filesystem::exists(out.path() / "example-bag" / "推介表.docx"));
  std::filesystem::copy_file(out.path() / "example-bag (2)" / "推介表.docx",
                             out.path() / "example-bag" / "推介表.docx");
  // The folder it wrote verifies as a folder: not "zipped by hand", but without the manifest it left behind.
  auto extracted = verify({(out.path() / "example-bag").string(), "--lang", "zh"});
  INFO(extracted.output);
  CHECK(extracted.output.find("这是手工压缩的文件夹") == std::string::npos);
  CHECK(extracted.output.find("nominate verify --extract 取出的材料") != std::string::npos);
  auto failed = verify({zip("example-bag-lie.zip"), "--extract", out.path().string()});
  CHECK(failed.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(out.path() / "example-bag-lie"));
}

TEST_CASE("explain knows the package rules", "[cli]")
{
  auto run = nominate({"explain", "package.overlap", "--lang", "zh"});
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("压缩炸弹") != std::string::npos);
}

TEST_CASE("verify --format github shows an ESC or BEL of a hostile name, never passes it to the log", "[cli]")
{
  auto run = nominate({"verify", zip("escape-bel.zip"), "--format", "github", "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("package.unsafe-name") != std::string::npos);
  CHECK(run.output.find('\x1b') == std::string::npos);
  CHECK(run.output.find('\x07') == std::string::npos);
  // Placed at the zip itself (the name lies inside it); the message shows the name escaped.
  CHECK(run.output.find("escape-bel.zip,title=package.unsafe-name::") != std::string::npos);
  CHECK(run.output.find("推介表\\x1B[31m红\\x07.txt") != std::string::npos);
}

TEST_CASE("a package a clerk unzipped and zipped again with Info-ZIP verifies, and says what was added",
          "[cli]")
{
  REQUIRE(have_tool("zip"));
  REQUIRE(have_tool("unzip"));
  TempDir temp;
  copy_example("海淀区", temp.path() / "海淀区");
  REQUIRE(nominate({"pack", "海淀区", "-o", "out", "-q"}, in_folder(temp.path())).exit_code == 0);
  const std::string bag = "海淀区-百姓学习之星-2024-05-01";
  // As packed: the zip's own entry (whole and safe) and the district's (quota, table) under their own words.
  auto packed = nominate({"verify", "out/" + bag + ".zip", "--lang", "zh"}, in_folder(temp.path()));
  INFO(packed.output);
  CHECK(packed.exit_code == 0);
  CHECK(packed.output.find(bag + ".zip（材料包是否完整、安全） — 通过") != std::string::npos);
  CHECK(packed.output.find("/data（整批） — 通过") != std::string::npos);
  CHECK(packed.output.find(".zip（整批）") == std::string::npos);
  // Unzipped into 外层/, browsed on Windows (Thumbs.db, desktop.ini), zipped again with the folder around it
  // (zip -r: deflated, extra fields, folder entries).
  auto shell = [&](const std::string& script) {
    auto run = run_tool({"sh", "-c", "cd '" + temp.path().string() + "' && " + script});
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
  };
  shell("mkdir 外层 && unzip -q out/" + bag + ".zip -d 外层 && printf x > 外层/" + bag +
        "/data/01-张三/Thumbs.db && printf '[.ShellClassInfo]\\r\\n' > 外层/" + bag +
        "/data/desktop.ini && zip -qr again.zip 外层");
  auto run = verify({(temp.path() / "again.zip").string(), "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(rule_ids(run.report, "error").empty());
  CHECK(has_message(run.report, "package.bagit.deeper"));
  CHECK(has_message(run.report, "package.unlisted.system-file"));
  CHECK(run.report["submissions"].size() == 2); // the rules ran on the bag's payload, not on 外层/

  // The same, with a form changed before zipping again: the form is named.
  shell("printf x >> 外层/" + bag + "/data/02-李四/推介表.docx && zip -qr changed.zip 外层");
  auto changed = verify({(temp.path() / "changed.zip").string(), "--lang", "en"});
  INFO(changed.output);
  CHECK(changed.exit_code == 1);
  CHECK(rule_ids(changed.report, "error").contains("package.checksum"));
  CHECK(changed.output.find("外层/" + bag + "/data/02-李四/推介表.docx") != std::string::npos);
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("verify removes the private folder a killed verify left, and no other", "[cli]")
{
  TempDir temp;
  auto tmp = std::filesystem::create_directories(temp.path() / "tmp") ? temp.path() / "tmp" : temp.path();
  auto left = [&](const std::string& owner) {
    auto folder = tmp / ("nominate-verify-" + owner + "-AbCdEf");
    std::filesystem::create_directories(folder / "payload");
    std::ofstream(folder / "payload" / "事迹视频.mp4") << "a copy of a payload";
    return folder;
  };
  auto killed = left(dead_owner_tag());
  auto live = left(live_owner_tag());
  auto elsewhere = left(other_machine_tag());
  auto run = verify({zip("example-bag.zip")}, with_env({"TMPDIR=" + tmp.string()}));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(killed));
  CHECK(std::filesystem::exists(live / "payload" / "事迹视频.mp4")); // a verify still running on this machine
  CHECK(std::filesystem::exists(elsewhere));                         // another machine's, in a shared folder
  std::size_t folders = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(tmp)) {
    ++folders;
  }
  CHECK(folders == 2); // and its own is gone
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("two versions of a form in a zip: verify takes the newer by the zip's dates, as unzip and check do",
          "[cli]")
{
  // 推介表(1).docx is the newer, by the dates the archiver stored, and the zip's first entry: a verify that
  // dated files by when it wrote them took the older 推介表.docx, written after it.
  TempDir temp;
  auto archive = temp.path() / "张三.zip";
  auto zipped =
      run_tool({"python3", "-c",
                "import os, sys, zipfile\n"
                "src, out = sys.argv[1], sys.argv[2]\n"
                "def add(z, path, name, when):\n"
                "    info = zipfile.ZipInfo('01-张三/' + name, when)\n"
                "    z.writestr(info, open(path, 'rb').read())\n"
                "with zipfile.ZipFile(out, 'w') as z:\n"
                "    add(z, os.path.join(src, '推介表.docx'), '推介表(1).docx', (2024, 4, 2, 9, 0, 0))\n"
                "    for f in sorted(os.listdir(src)):\n"
                "        add(z, os.path.join(src, f), f, (2024, 4, 1, 9, 0, 0))\n",
                (examples_dir() / "star-compliant").string(), archive.string()});
  REQUIRE(zipped.exit_code == 0);
  auto run = verify({archive.string(), "--lang", "en"});
  INFO(run.output);
  auto chosen = findings_of(run.report, "material.ambiguous");
  REQUIRE(chosen.size() == 1);
  CHECK(chosen[0]["file"] == "推介表(1).docx");
  // The same choice from the folder unzip writes.
  REQUIRE(run_tool({"unzip", "-q", archive.string(), "-d", (temp.path() / "x").string()}).exit_code == 0);
  auto checked = check({(temp.path() / "x" / "01-张三").string(), "--lang", "en"});
  auto unzipped = findings_of(checked.report, "material.ambiguous");
  REQUIRE(unzipped.size() == 1);
  CHECK(unzipped[0]["file"] == "推介表(1).docx");
  // And from the folder verify --extract writes: the copies keep the zip's dates.
  REQUIRE(
      nominate({"verify", archive.string(), "-q", "--extract", (temp.path() / "got").string()}).exit_code ==
      0);
  auto extracted = check({(temp.path() / "got" / "张三").string(), "--lang", "en"});
  auto chosen_there = findings_of(extracted.report, "material.ambiguous");
  REQUIRE(chosen_there.size() == 1);
  CHECK(chosen_there[0]["file"] == "推介表(1).docx");
}

TEST_CASE("two versions of a form packed: verify takes the one pack's check took, whatever their names",
          "[cli]")
{
  // The final form is 推介表.docx; the old draft (faulty) is 推介表(旧).docx, which sorts first by name.
  TempDir temp;
  copy_example("star-compliant", temp.path() / "01-王秀兰");
  std::filesystem::copy_file(examples_dir() / "star-faults" / "推介表.docx",
                             temp.path() / "01-王秀兰" / "推介表(旧).docx");
  const auto now = std::filesystem::file_time_type::clock::now();
  std::filesystem::last_write_time(temp.path() / "01-王秀兰" / "推介表(旧).docx",
                                   now - std::chrono::hours(24 * 30));
  std::filesystem::last_write_time(temp.path() / "01-王秀兰" / "推介表.docx", now - std::chrono::hours(24));
  auto packed = nominate({"pack", "01-王秀兰", "-o", "out", "-q"}, in_folder(temp.path()));
  INFO(packed.output);
  REQUIRE(packed.exit_code == 0);
  std::filesystem::path package;
  for (const auto& entry : std::filesystem::directory_iterator(temp.path() / "out")) {
    package = entry.path();
  }
  auto run = verify({package.string(), "--lang", "en"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  auto chosen = findings_of(run.report, "material.ambiguous");
  REQUIRE(chosen.size() == 1);
  CHECK(chosen[0]["file"] == "推介表.docx");
}

TEST_CASE("a nominate.yaml in the temporary folder does not judge a received package", "[cli]")
{
  // verify checks the payload in a private folder under $TMPDIR: a nominate.yaml another user put there
  // would be found going up, and could waive the package's errors or change its date.
  TempDir temp;
  const auto tmp = temp.path() / "tmp";
  std::filesystem::create_directories(tmp);
  std::ofstream(tmp / "nominate.yaml") << "as_of: 2001-02-03\n";
  auto run = verify({zip("example-bag.zip"), "--lang", "en"}, with_env({"TMPDIR=" + tmp.string()}));
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("2001-02-03") == std::string::npos);
  CHECK(run.report.dump().find("/nominate.yaml") == std::string::npos); // no config read or named
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("verify shows on a terminal how far it has read a zip, and nothing of it in a pipe", "[cli]")
{
  auto on_terminal =
      nominate({"verify", zip("example-bag.zip"), "--lang", "zh"}, with_env({}, Terminal::yes));
  INFO(on_terminal.output);
  CHECK(on_terminal.exit_code == 0);
  CHECK_THAT(on_terminal.output, Catch::Contains("正在读取 " + zip("example-bag.zip")));
  auto in_pipe = nominate({"verify", zip("example-bag.zip"), "--lang", "zh"});
  CHECK(in_pipe.exit_code == 0);
  CHECK_THAT(in_pipe.output, !Catch::Contains("正在读取"));
}

} // namespace nominate::test::cli
