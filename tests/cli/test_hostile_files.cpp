// Special files and hostile configs (issue 13, classes 1 and 2): a FIFO anywhere the tool reads never makes
// it wait, and a submission's own config cannot make it read (or quote) a file outside its district.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace nominate::test::cli {

namespace {

namespace fs = std::filesystem;

// `nominate check` under `timeout`: a hang shows as exit 124 instead of a test that never ends.
struct TimedRun {
  int exit_code = -1;
  std::string output;
  double seconds = 0;
};

TimedRun timed_check(const fs::path& cwd, const std::vector<std::string>& args)
{
  std::vector<std::string> argv = {"timeout", "60",         "env",           "-u",   "LANG",
                                   "-C",      cwd.string(), NOMINATE_BINARY, "check"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto start = std::chrono::steady_clock::now();
  auto run = run_tool(argv);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  return {run.exit_code, run.output, took.count()};
}

void make_fifo(const fs::path& path)
{
  fs::remove(path);
  REQUIRE(::mkfifo(path.c_str(), 0644) == 0);
}

} // namespace

TEST_CASE("a FIFO where a file is read never makes check wait, and is named", "[cli][hostile]")
{
  TempDir temp;
  SECTION("past_winners: names a FIFO")
  {
    copy_example("海淀区", temp.path() / "d");
    {
      std::ofstream config(temp.path() / "d/nominate.yaml", std::ios::app);
      config << "past_winners: 往年获奖名单.csv\n";
    }
    make_fifo(temp.path() / "d/往年获奖名单.csv");
    auto run = timed_check(temp.path(), {"d"});
    INFO(run.output);
    CHECK(run.exit_code != 124);
    CHECK((run.exit_code == 1 || run.exit_code == 2));
    CHECK(run.output.find("往年获奖名单.csv") != std::string::npos);
  }
  SECTION("rules: names a FIFO")
  {
    copy_example("star-compliant", temp.path() / "s");
    {
      std::ofstream config(temp.path() / "s/nomination.yaml");
      config << "rules: ./规则.yaml\n";
    }
    make_fifo(temp.path() / "s/规则.yaml");
    auto run = timed_check(temp.path(), {"s"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("规则.yaml") != std::string::npos);
  }
  SECTION("the registration table is a FIFO")
  {
    copy_example("海淀区", temp.path() / "d");
    make_fifo(temp.path() / "d/登记表.xlsx");
    auto run = timed_check(temp.path(), {"d"});
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("登记表.xlsx") != std::string::npos);
  }
  SECTION("the work summary is a FIFO")
  {
    copy_example("brand-compliant", temp.path() / "b");
    make_fifo(temp.path() / "b/工作总结.docx");
    auto run = timed_check(temp.path(), {"b"});
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("工作总结.docx") != std::string::npos);
  }
  SECTION("the form is a FIFO")
  {
    copy_example("star-compliant", temp.path() / "s");
    make_fifo(temp.path() / "s/推介表.docx");
    auto run = timed_check(temp.path(), {"s", "--rules", "national/star"});
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("推介表.docx") != std::string::npos);
  }
  SECTION("--rules names a FIFO")
  {
    copy_example("star-compliant", temp.path() / "s");
    make_fifo(temp.path() / "r.yaml");
    auto run = timed_check(temp.path(), {"s", "--rules", "./r.yaml"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("r.yaml") != std::string::npos);
  }
}

namespace {

// `check` with a JSON report; the report's findings of `rule` naming `file`.
bool names_unreadable(const nlohmann::json& report, const std::string& file)
{
  for (const auto& finding : findings_of(report, "material.unreadable")) {
    if (finding["file"] == file) {
      return true;
    }
  }
  return false;
}

std::string noise(std::size_t size, std::string head = {})
{
  std::string bytes = std::move(head);
  for (std::size_t i = bytes.size(); i < size; ++i) {
    bytes += static_cast<char>((i * 7919 + 13) % 251);
  }
  return bytes;
}

} // namespace

TEST_CASE("a folder's own config cannot make check read or quote a file outside its district",
          "[cli][hostile]")
{
  TempDir temp;
  copy_example("star-compliant", temp.path() / "d/s");
  SECTION("rules: /etc/passwd in nomination.yaml")
  {
    temp.write("d/s/nomination.yaml", "rules: /etc/passwd\n");
    auto run = timed_check(temp.path(), {"d/s"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("outside") != std::string::npos);
    CHECK(run.output.find("daemon") == std::string::npos);
  }
  SECTION("rules: ../../x.yaml climbing out of the district")
  {
    temp.write("x.yaml", "id: x\n");
    temp.write("d/s/nomination.yaml", "rules: ../../x.yaml\n");
    auto run = timed_check(temp.path(), {"d/s"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("outside") != std::string::npos);
  }
  SECTION("past_winners: in nominate.yaml naming /etc/passwd")
  {
    temp.write("d/nominate.yaml", "past_winners: /etc/passwd\nroot: true\n");
    auto run = timed_check(temp.path(), {"d"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("root:x:0") == std::string::npos);
  }
  SECTION("--rules /etc/passwd, given by the user, is read but never quoted whole")
  {
    auto run = timed_check(temp.path(), {"d/s", "--rules", "/etc/passwd"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("daemon:x:1") == std::string::npos);
  }
  SECTION("a rule file that is not YAML of a rule set is quoted in at most a short excerpt")
  {
    std::string text = "first line of a secret\n";
    for (int i = 0; i < 50; ++i) {
      text += "secret line " + std::to_string(i) + "\n";
    }
    temp.write("bad.yaml", text);
    auto run = timed_check(temp.path(), {"d/s", "--rules", "./bad.yaml"});
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("secret line 10") == std::string::npos);
  }
}

TEST_CASE("a file that is there but unusable is named, never just 'missing'", "[cli][hostile]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "s");
  const std::vector<std::string> national = {"--rules", "national/star"};
  SECTION("random bytes with OLE2's magic named 推介表.docx, without any config")
  {
    temp.write("s/推介表.docx", noise(9000, std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(names_unreadable(run.report, "推介表.docx"));
  }
  SECTION("an .xlsx named 推介表.docx")
  {
    fs::copy_file(examples_dir() / "海淀区/登记表.xlsx", folder / "推介表.docx",
                  fs::copy_options::overwrite_existing);
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(names_unreadable(run.report, "推介表.docx"));
  }
  SECTION("a folder named 推介表.docx")
  {
    fs::remove(folder / "推介表.docx");
    fs::create_directory(folder / "推介表.docx");
    auto run = check({"s", national[0], national[1]}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(names_unreadable(run.report, "推介表.docx"));
    bool missing_names_it = false;
    for (const auto& finding : findings_of(run.report, "material.missing")) {
      missing_names_it |= finding["message_id"] == "material.missing.unusable";
    }
    CHECK(missing_names_it);
  }
  SECTION("a symbolic link named 证件照.jpg")
  {
    fs::rename(folder / "证件照.jpg", temp.path() / "real.jpg");
    fs::create_symlink(temp.path() / "real.jpg", folder / "证件照.jpg");
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(names_unreadable(run.report, "证件照.jpg"));
  }
  SECTION("a JPEG named 事迹视频.mp4 is no video and no third photo")
  {
    fs::copy_file(folder / "生活照.jpg", folder / "事迹视频.mp4", fs::copy_options::overwrite_existing);
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(names_unreadable(run.report, "事迹视频.mp4"));
    CHECK(findings_of(run.report, "material.count").empty());
  }
  SECTION("a PDF named 生活照.jpg is named for what it is, not taken for a scan")
  {
    temp.write("s/生活照.jpg", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(names_unreadable(run.report, "生活照.jpg"));
  }
  SECTION("a binary 工作总结.txt, and a UTF-16 one that is read")
  {
    temp.write("s/工作总结.txt", noise(3000, std::string("\x00\x01", 2)));
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(names_unreadable(run.report, "工作总结.txt"));
    temp.write("s/工作总结.txt", std::string("\xFF\xFE\x2B\x59\x53\x5F", 6)); // UTF-16LE BOM + 好学
    auto utf16 = check({"s"}, in_folder(temp.path()));
    INFO(utf16.output);
    CHECK(!names_unreadable(utf16.report, "工作总结.txt"));
  }
  SECTION("a sub-folder that cannot be listed (as root, chmod 000 does not stop reading: named when it does)")
  {
    fs::create_directory(folder / "其他材料");
    fs::permissions(folder / "其他材料", fs::perms::none);
    auto run = check({"s"}, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code != 2);
    if (::geteuid() != 0) {
      CHECK(names_unreadable(run.report, "其他材料"));
    }
    fs::permissions(folder / "其他材料", fs::perms::owner_all);
  }
}

TEST_CASE("hostile file names are escaped in the text report and lossless in the JSON", "[cli][hostile]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "s");
  const std::string newline_name = "生活照\n  [ERROR] forged.jpg";
  const std::string invalid_name = "\xD5\xC5\xC8\xFD.jpg"; // 张三 in GBK
  const std::string bidi_name = "x\xE2\x80\xAEgpj.jpg";
  for (const auto& name : {newline_name, invalid_name, bidi_name}) {
    temp.write("s/" + name, noise(3000));
  }
  auto run = check({"s", "--format", "text"}, in_folder(temp.path()));
  INFO(run.output);
  REQUIRE(!run.report.is_null());
  CHECK(run.output.find("\n  [ERROR] forged") == std::string::npos);
  CHECK(run.output.find("生活照\\n  [ERROR] forged.jpg") != std::string::npos);
  CHECK(run.output.find("\\xD5\\xC5\\xC8\\xFD.jpg") != std::string::npos);
  CHECK(run.output.find("x<U+202E>gpj.jpg") != std::string::npos);
  CHECK(run.output.find("\xE2\x80\xAE") == std::string::npos);

  bool newline_kept = false;
  bool invalid_lossless = false;
  for (const auto& finding : all_findings(run.report)) {
    newline_kept |= finding["file"] == newline_name;
    if (finding["file"] == "\\xD5\\xC5\\xC8\\xFD.jpg") {
      invalid_lossless = finding.value("file_bytes", "") == "1cXI/S5qcGc=";
    }
  }
  CHECK(newline_kept);
  CHECK(invalid_lossless);
}

TEST_CASE("a past-winner list of a million rows is refused at the documented cap, naming the file",
          "[cli][hostile]")
{
  TempDir temp;
  copy_example("海淀区", temp.path() / "d");
  {
    std::ofstream list(temp.path() / "d/往年获奖名单.csv", std::ios::binary);
    list << "姓名,单位,年份\n";
    for (int row = 0; row < 1'000'000; ++row) {
      list << "某某" << row << ",某单位,2020\n";
    }
  }
  {
    std::ofstream config(temp.path() / "d/nominate.yaml", std::ios::app);
    config << "past_winners: 往年获奖名单.csv\n";
  }
  auto run = timed_check(temp.path(), {"d"});
  INFO(run.output.substr(0, 2000));
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("50000 rows") != std::string::npos);
  CHECK(run.output.find("往年获奖名单.csv") != std::string::npos);
}

TEST_CASE("a file whose path is longer than the system allows is named, with the reason", "[cli][hostile]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "s");
  // 20 folders of 250 bytes: past PATH_MAX (4096), made one relative step at a time as a copy tool can.
  const std::string level(250, 'a');
  // dash's `cd` refuses once $PWD passes PATH_MAX; Python's os.chdir goes one relative step at a time.
  const std::string script = "import os,sys\nos.chdir(sys.argv[1])\nfor _ in range(20):\n    os.mkdir('" +
                             level + "')\n    os.chdir('" + level + "')\nopen('生活照.jpg','w').write('x')\n";
  REQUIRE(run_tool({"python3", "-c", script, folder.string()}).exit_code == 0);
  auto run = check({"s"}, in_folder(temp.path()));
  INFO(run.output.substr(0, 3000));
  CHECK(run.exit_code == 1);
  bool named = false;
  for (const auto& finding : findings_of(run.report, "material.unreadable")) {
    named |= finding["message_id"] == "material.unreadable.path-too-long" && finding["file"].is_string() &&
             finding["file"].get<std::string>().starts_with(level + "/");
  }
  CHECK(named);
  (void)run_tool(
      {"python3", "-c", "import shutil,sys\nshutil.rmtree(sys.argv[1])", (folder / level).string()});
}

} // namespace nominate::test::cli
