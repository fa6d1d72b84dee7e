// poppler is loaded on first use, through the PDF module nominate-pdf.so (lib/office): a command, or a
// folder, without a PDF never loads it and the ~30 libraries it pulls in; a module that cannot be loaded
// leaves the PDF "not checked", named, never "damaged", and the rest of the folder checked.

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <run_tool.hpp>
#include <temp_dir.hpp>

namespace nominate::test::cli {
namespace {

bool loads_poppler(const std::vector<std::string>& args)
{
  return loads_library(args, "libpoppler-cpp.so");
}

// brand-compliant with its work summary as the PDF LibreOffice exports from it.
std::filesystem::path brand_with_pdf_summary(const TempDir& temp)
{
  auto folder = copy_example("brand-compliant", temp.path() / "01-社区读书会");
  auto converted = run_tool({"soffice", "-env:UserInstallation=file://" + (temp.path() / "profile").string(),
                             "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir",
                             folder.string(), (folder / "工作总结.docx").string()});
  INFO(converted.output);
  REQUIRE(std::filesystem::exists(folder / "工作总结.pdf"));
  std::filesystem::remove(folder / "工作总结.docx");
  return folder;
}

} // namespace

TEST_CASE("commands and folders without a PDF do not load poppler", "[cli]")
{
  CHECK_FALSE(loads_poppler({"--version"}));
  CHECK_FALSE(loads_poppler({"rules", "list"}));
  CHECK_FALSE(loads_poppler({"check", (examples_dir() / "brand-compliant").string()}));
}

TEST_CASE("a PDF summary is read through the PDF module, loaded then", "[cli][soffice]")
{
  TempDir temp;
  const auto folder = brand_with_pdf_summary(temp);
  CHECK(loads_poppler({"check", folder.string()}));
  auto run = check({folder.string(), "--lang", "en"});
  INFO(run.output);
  CHECK(findings_of(run.report, "material.unreadable").empty());
  CHECK(run.exit_code == check({(examples_dir() / "brand-compliant").string()}).exit_code);

  SECTION("a PDF module that cannot be loaded leaves the summary not checked, named; the rest is checked")
  {
    // A file of the module's name that is no library, first on LD_LIBRARY_PATH (searched before the
    // program's RUNPATH), is what a broken installation looks like to the loader.
    std::filesystem::create_directories(temp.path() / "libs");
    temp.write(temp.path() / "libs" / "nominate-pdf.so", "not a shared library\n");
    auto broken = check({folder.string(), "--lang", "en"},
                        with_env({"LD_LIBRARY_PATH=" + (temp.path() / "libs").string()}));
    INFO(broken.output);
    REQUIRE(broken.report.is_object());
    CHECK(broken.exit_code == 1);
    const auto findings = findings_of(broken.report, "material.unreadable");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["file"] == "工作总结.pdf");
    CHECK(findings[0]["message_id"] == "material.unreadable.no-reader");
    CHECK(findings[0]["message"].get<std::string>().find("nominate-pdf.so") != std::string::npos);
    CHECK(broken.output.find("damaged") == std::string::npos);
    // The rest was read and judged as without the fault.
    CHECK(broken.report["submissions"][0]["materials"].size() ==
          run.report["submissions"][0]["materials"].size());
    CHECK(rule_ids(broken.report, "error") == std::set<std::string>{"material.unreadable"});
  }
}

} // namespace nominate::test::cli
