// Forms as other cities name them, and what was read from them (issue 15): a folder whose form is
// 推荐表.docx, `check --show-fields` and the JSON report's `fields`, `count` on a .doc and a PDF.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <regex>

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

} // namespace nominate::test::cli
