// Hostile documents (issue 13): compound files whose chains loop or leave the file, and files whose name or
// declared type lies. Each is named in a finding that says what is wrong with it; none stops the run.

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

namespace nominate::test::cli {

namespace {

namespace fs = std::filesystem;

const fs::path k_source_dir = NOMINATE_SOURCE_DIR;

// The findings of any rule that name `file`.
std::vector<nlohmann::json> findings_naming(const nlohmann::json& report, const std::string& file)
{
  std::vector<nlohmann::json> named;
  for (const auto& finding : all_findings(report)) {
    if (finding["file"] == file) {
      named.push_back(finding);
    }
  }
  return named;
}

} // namespace

TEST_CASE("a .doc whose sector chains loop or leave the file ends the check, named", "[cli][hostile]")
{
  // Exit 1 (a finding), never 2: a damaged form is the submission's fault, and the run still checks the rest.
  for (const std::string kind : {"fat-self-loop", "fat-past-end", "directory-loop", "directory-past-end",
                                 "difat-loop", "huge-counts", "sector-shift", "fat-all-loops"}) {
    DYNAMIC_SECTION(kind)
    {
      TempDir temp;
      auto folder = copy_example("legacy-doc", temp.path() / "s");
      const auto form = folder / "推介表.doc";
      REQUIRE(run_tool({"python3", (k_source_dir / "tests/unit/office/ole2_hostile.py").string(), kind,
                        form.string(), form.string()})
                  .exit_code == 0);
      auto run = check({"s"}, in_folder(temp.path()));
      INFO(run.output);
      REQUIRE(!run.report.is_null());
      CHECK(run.report["errors"].empty());
      const auto named = findings_naming(run.report, "推介表.doc");
      REQUIRE(!named.empty());
      const std::string rule = named.front()["rule"];
      CHECK((rule == "material.unreadable" || rule == "material.legacy-format"));
      if (kind == "difat-loop" || kind == "huge-counts") {
        // A header that lies about counts whose chains are whole: LibreOffice reads it (or says it cannot).
        CHECK((run.exit_code == 0 || run.exit_code == 1));
      } else {
        CHECK(run.exit_code == 1);
        CHECK(named.front()["severity"] == "error");
      }
    }
  }
}

} // namespace nominate::test::cli
