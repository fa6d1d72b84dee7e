// Forms as other cities name them, and what was read from them (issue 15): a folder whose form is
// 推荐表.docx, `check --show-fields` and the JSON report's `fields`, `count` on a .doc and a PDF.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sys/wait.h>
#include <thread>

namespace nominate::test::cli {
namespace {

std::optional<long> first_number(const std::string& output)
{
  std::smatch match;
  if (!std::regex_search(output, match, std::regex(R"(\d+)"))) {
    return std::nullopt;
  }
  return std::stol(match.str());
}

// Whether a live process (a zombie has no command line) names `text` on its command line.
bool process_names(const std::string& text)
{
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
    std::ifstream file(entry.path() / "cmdline", std::ios::binary);
    std::string line((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (line.find(text) != std::string::npos) {
      return true;
    }
  }
  return false;
}

} // namespace

TEST_CASE("a folder whose form is 推荐表.docx is checked as the star it is, without --rules", "[cli]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  std::filesystem::rename(folder / "推介表.docx", folder / "推荐表.docx");
  auto run = check({"--lang", "zh", folder.string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report.is_object());
  const auto& submission = run.report["submissions"][0];
  CHECK(submission["rules"] == "national/star@2023");
  bool form_found = false;
  for (const auto& material : submission["materials"]) {
    form_found = form_found || (material["file"] == "推荐表.docx" && material["role"] == "form");
  }
  CHECK(form_found);
}

TEST_CASE("in a district, a form whose title names no notice stops the run naming the form: never a pass, "
          "never judged as a sibling's kind, never packed",
          "[cli]")
{
  TempDir temp;
  const auto district = temp.path() / "海淀区";
  std::filesystem::create_directories(district);
  std::ofstream(district / "nominate.yaml") << "rules: national\nas_of: 2024-05-01\n";
  auto star = copy_example("star-compliant", district / "01-张三");
  // The title a city's own template may carry, which names neither national notice.
  auto retitled = run_tool(
      {"python3", "-c",
       "import sys, zipfile\n"
       "src, dst = sys.argv[1], sys.argv[2]\n"
       "with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:\n"
       "    for item in zin.infolist():\n"
       "        data = zin.read(item.filename)\n"
       "        if item.filename == 'word/document.xml':\n"
       "            data = data.decode().replace('“百姓学习之星”推介表', '学习型个人推荐表').encode()\n"
       "        zout.writestr(item, data)\n",
       (star / "推介表.docx").string(), (temp.path() / "retitled.docx").string()});
  REQUIRE(retitled.exit_code == 0);
  std::filesystem::rename(temp.path() / "retitled.docx", star / "推介表.docx");
  for (const bool with_project : {false, true}) {
    DYNAMIC_SECTION((with_project ? "beside a brand project" : "alone"))
    {
      if (with_project) {
        copy_example("brand-compliant", district / "02-项目");
      }
      auto run = nominate({"check", district.string(), "--lang", "zh"});
      INFO(run.output);
      CHECK(run.exit_code == 2);
      CHECK_THAT(run.output, Catch::Contains("推介表“" + (star / "推介表.docx").string() +
                                             "”的标题“学习型个人推荐表”没有说明"));
      CHECK_THAT(run.output, !Catch::Contains("01-张三 — "));
      auto packed = nominate({"pack", district.string(), "-o", (temp.path() / "out").string(), "-q"});
      CHECK(packed.exit_code == 2);
      CHECK_FALSE(std::filesystem::exists(temp.path() / "out"));
    }
  }
}

TEST_CASE("check --show-fields lists every field as read, and JSON gives them per submission", "[cli]")
{
  auto run = check({"--lang", "zh", "--show-fields", "star-compliant", "--format", "text"});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("读到的栏目：") != std::string::npos);
  // One line per field: label (id) = “value”, then the file and the cell it came from.
  CHECK(std::regex_search(run.output, std::regex("姓名 \\(name\\) = “.+?”  推介表\\.docx 第1个表格第1行")));
  // A long value is shortened, with its full length.
  CHECK(std::regex_search(run.output, std::regex("主要事迹和成效 \\(deeds\\) = “.*…（共 [0-9]+ 字符）”")));

  REQUIRE(run.report.is_object());
  const auto& fields = run.report["submissions"][0]["fields"];
  REQUIRE(fields.is_array());
  bool name_found = false;
  for (const auto& field : fields) {
    CHECK(field.contains("id"));
    CHECK(field.contains("label"));
    CHECK(field.contains("value"));
    CHECK(field.contains("source"));
    CHECK(field.contains("file"));
    CHECK(field.contains("location"));
    if (field["id"] == "name") {
      name_found = true;
      CHECK(field["source"] == "form");
      CHECK(field["file"] == "推介表.docx");
      CHECK(field["location"]["table"] == 1);
    }
  }
  CHECK(name_found);

  SECTION("without --show-fields the text report does not list them")
  {
    auto plain = nominate({"check", "--lang", "zh", "star-compliant"});
    CHECK(plain.output.find("读到的栏目：") == std::string::npos);
  }
}

TEST_CASE(
    "Ctrl-C or SIGTERM while LibreOffice converts a .doc leaves neither LibreOffice nor the work folder",
    "[cli][soffice]")
{
  for (int signal : {SIGINT, SIGTERM}) {
    DYNAMIC_SECTION("signal " << signal)
    {
      TempDir temp;
      copy_example("legacy-doc", temp.path() / "legacy-doc");
      auto pid = start({"check", "legacy-doc"}, temp.path());
      // LibreOffice runs with its profile in the check's own folder, which is named after the check's pid.
      const auto work = "/nominate-" + std::to_string(pid) + "/";
      bool converting = false;
      for (int waited = 0; waited < 3000 && !converting; ++waited) {
        converting = process_names(work + "conversion-0/profile");
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
      REQUIRE(converting);
      kill(pid, signal);
      int status = 0;
      waitpid(pid, &status, 0);
      CHECK(WIFSIGNALED(status));
      bool left = true;
      for (int waited = 0; waited < 200 && left; ++waited) { // LibreOffice is killed, not asked: at once
        left = process_names(work);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      CHECK_FALSE(left);
      std::error_code error;
      CHECK_FALSE(std::filesystem::exists(std::filesystem::temp_directory_path(error) / work.substr(1)));
    }
  }
}

TEST_CASE("count reads a legacy .doc through LibreOffice, as check does", "[cli][soffice]")
{
  auto doc = nominate({"count", "legacy-doc/推介表.doc"});
  INFO(doc.output);
  CHECK(doc.exit_code == 0);
  CHECK(first_number(doc.output) > 100);
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("count reads a PDF's text layer as it reads the .docx it was exported from", "[cli][soffice]")
{
  TempDir temp;
  auto summary = examples_dir() / "brand-compliant" / "工作总结.docx";
  auto converted =
      run_tool({"soffice", "-env:UserInstallation=file://" + (temp.path() / "profile").string(), "--headless",
                "--convert-to", "pdf:writer_pdf_Export", "--outdir", temp.path().string(), summary.string()});
  INFO(converted.output);
  auto pdf = temp.path() / "工作总结.pdf";
  REQUIRE(std::filesystem::exists(pdf));
  auto from_pdf = nominate({"count", pdf.string()});
  INFO(from_pdf.output);
  CHECK(from_pdf.exit_code == 0);
  CHECK(first_number(from_pdf.output) == first_number(nominate({"count", summary.string()}).output));
}

namespace {

// `html` (a page with one table) converted by LibreOffice, as a district re-types a table from a page:
// `convert_to` "docx:MS Word 2007 XML" with the Writer filter, "xlsx:Calc MS Excel 2007 XML" with Calc's.
// Row and column spans become merged cells.
std::filesystem::path from_html(const TempDir& temp, const std::string& name, const std::string& html,
                                const std::string& convert_to, const std::string& infilter)
{
  auto page = temp.write("html/" + name + ".html",
                         "<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>");
  auto converted = run_tool({"soffice", "-env:UserInstallation=file://" + (temp.path() / "profile").string(),
                             "--headless", "--convert-to", convert_to, "--infilter=" + infilter, "--outdir",
                             (temp.path() / "out").string(), page.string()});
  INFO(converted.output);
  auto out = temp.path() / "out" / (name + "." + convert_to.substr(0, convert_to.find(':')));
  REQUIRE(std::filesystem::exists(out));
  return out;
}

} // namespace

TEST_CASE("a 联系电话 row in the nominee's table is the nominee's phone, the one after 填表人 the filler's",
          "[cli][soffice]")
{
  TempDir temp;
  auto folder = copy_example("star-compliant", temp.path() / "01-张三");
  const std::string form =
      "<p>附件1</p><p>“百姓学习之星”推介表</p><table border=\"1\">"
      "<tr><td>姓名</td><td>张三</td><td>性别</td><td>男</td><td>出生年月</td><td>1968年7月</td></tr>"
      "<tr><td>民族</td><td>汉族</td><td>籍贯</td><td>山东临沂</td><td>政治面貌</td><td>中共党员</td></tr>"
      "<tr><td>学历</td><td>大专</td><td>所在单位及职务</td><td colspan=\"3\">XX物业服务有限公司 "
      "维修班班长</td></tr>"
      "<tr><td>联系电话</td><td colspan=\"5\">13801125634</td></tr>"
      "<tr><td>主要事迹和成效</td><td colspan=\"5\">他二十年如一日坚持学习。</td></tr>"
      "</table><p>填表人：刘静　　　　联系电话：010-62345678</p>";
  std::filesystem::copy_file(from_html(temp, "推介表", form, "docx:MS Word 2007 XML", "HTML (StarWriter)"),
                             folder / "推介表.docx", std::filesystem::copy_options::overwrite_existing);
  auto run = check({"--lang", "zh", "--show-fields", folder.string()});
  INFO(run.output);
  REQUIRE(run.report.is_object());
  const auto& submission = run.report["submissions"][0];
  std::map<std::string, std::string> values;
  for (const auto& field : submission["fields"]) {
    values[field["id"].get<std::string>()] = field["value"].get<std::string>();
  }
  CHECK(values["mobile"] == "13801125634");
  CHECK(values["filler_phone"] == "010-62345678");
  for (const auto& finding : submission["findings"]) {
    CHECK_FALSE((finding["rule"] == "field.required" && finding["field"] == "mobile"));
  }
}

TEST_CASE("a registration table whose header spans two rows, printed over two pages with a total, lists "
          "exactly its nominees",
          "[cli][soffice]")
{
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  const std::string header =
      "<tr><td rowspan=\"2\">推介序号</td><td rowspan=\"2\">姓名</td><td "
      "rowspan=\"2\">单位</td><td rowspan=\"2\">职务</td><td colspan=\"3\">基本信息</td>"
      "<td rowspan=\"2\">联系电话</td><td rowspan=\"2\">备注</td></tr>"
      "<tr><td>性别</td><td>民族</td><td>出生年月日</td></tr>";
  const std::string table =
      "<table border=\"1\"><tr><td colspan=\"9\">海淀区“百姓学习之星”推介登记表</td></tr>" + header +
      "<tr><td>1</td><td>张三</td><td>XX物业服务有限公司</td><td>维修班班长</td><td>男</td><td>汉族</td>"
      "<td>1968年7月</td><td>13801125634</td><td></td></tr>" +
      header +
      "<tr><td>2</td><td>李四</td><td>XX家政服务有限公司</td><td>培训主管</td><td>女</td><td>汉族</td>"
      "<td>1979年11月</td><td>13661207748</td><td></td></tr>"
      "<tr><td>合计</td><td>2人</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>"
      "</table>";
  std::filesystem::copy_file(
      from_html(temp, "登记表", table, "xlsx:Calc MS Excel 2007 XML", "HTML (StarCalc)"),
      district / "登记表.xlsx", std::filesystem::copy_options::overwrite_existing);
  auto run = check({"--lang", "zh", district.string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report.is_object());
  REQUIRE(run.report["batch"].size() == 1);
  CHECK(run.report["batch"][0]["findings"].empty());
  const auto& rows = run.report["batch"][0]["registration"][0]["rows"];
  REQUIRE(rows.size() == 2);
  CHECK(rows[1]["values"]["职务"] == "培训主管");
  CHECK(rows[1]["values"]["出生年月日"] == "1979年11月");
}

} // namespace nominate::test::cli

namespace nominate::test::cli {

TEST_CASE("a registration table kept as a Word .doc table is converted to .docx and read", "[cli][soffice]")
{
  // Districts type the table into Word as often as into Excel; an old one is a .doc.
  TempDir temp;
  auto district = copy_example("海淀区", temp.path() / "海淀区");
  const std::string table =
      "<table border=\"1\"><tr><td>推介序号</td><td>姓名</td><td>单位</td><td>职务</td><td>性别</td>"
      "<td>民族</td><td>出生年月日</td><td>联系电话</td><td>备注</td></tr>"
      "<tr><td>1</td><td>张三</td><td>XX物业服务有限公司</td><td>维修班班长</td><td>男</td><td>汉族</td>"
      "<td>1968年7月</td><td>13801125634</td><td></td></tr>"
      "<tr><td>2</td><td>李四</td><td>XX家政服务有限公司</td><td>培训主管</td><td>女</td><td>汉族</td>"
      "<td>1979年11月</td><td>13661207748</td><td></td></tr></table>";
  std::filesystem::remove(district / "登记表.xlsx");
  std::filesystem::copy_file(from_html(temp, "登记表", table, "doc:MS Word 97", "HTML (StarWriter)"),
                             district / "登记表.doc");
  auto run = check({"--lang", "zh", district.string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  REQUIRE(run.report.is_object());
  const auto& batch = run.report["batch"][0];
  CHECK(batch["registration"][0]["file"] == "登记表.doc");
  const auto& rows = batch["registration"][0]["rows"];
  REQUIRE(rows.size() == 2);
  CHECK(rows[1]["values"]["姓名"] == "李四");
  REQUIRE(batch["findings"].size() == 1);
  CHECK(batch["findings"][0]["message_id"] == "material.legacy-format.converted");
}

} // namespace nominate::test::cli
