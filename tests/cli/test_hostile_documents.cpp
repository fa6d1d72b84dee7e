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

namespace nominate::test::cli {

TEST_CASE("a path too long for the system, on the command line, stops with one line that names it",
          "[cli][hostile]")
{
  TempDir temp;
  // Past PATH_MAX (4096 bytes) in all; and one name past NAME_MAX (255 bytes), with a line break in it.
  std::string too_long = temp.path().string();
  while (too_long.size() <= 4200) {
    too_long += "/" + std::string(200, 'b');
  }
  const std::string long_name = temp.path().string() + "/坏\n名" + std::string(300, 'c');
  const std::string example = (examples_dir() / "star-compliant").string();
  const std::vector<std::vector<std::string>> commands = {
      {"check", too_long},
      {"check", long_name},
      {"check", example, too_long},
      {"pack", example, "-o", long_name},
      {"fix", example, "-o", too_long},
      {"verify", long_name + ".zip"},
      {"verify", too_long + ".zip", "--extract", temp.path().string()},
      {"verify", example + ".zip", "--extract", long_name},
  };
  for (auto args : commands) {
    INFO(args[0] << " " << args[1].substr(0, 40));
    args.insert(args.begin() + 1, {"--lang", "zh"});
    auto run = nominate(args, in_folder(temp.path()));
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("路径太长") != std::string::npos);
    CHECK(run.output.find('\n') == run.output.size() - 1); // one line: the name's line break is escaped
    const bool whole_path = run.output.find("/" + std::string(200, 'b')) == std::string::npos &&
                            run.output.find("…bbbbbbbbbb") != std::string::npos;
    const bool one_name = run.output.find("坏\\n名ccc") != std::string::npos &&
                          run.output.find(std::string(100, 'c')) == std::string::npos;
    CHECK((whole_path || one_name));
    CHECK(run.output.find(temp.path().string().substr(0, 20)) != std::string::npos);
  }
}

} // namespace nominate::test::cli
