#include "pack_fixtures.hpp"
#include "run_tool.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace nominate::pack::test {

std::filesystem::path copy_example(const std::string& name, const std::filesystem::path& destination)
{
  auto target = destination / name;
  std::filesystem::create_directories(destination);
  std::filesystem::copy(std::filesystem::path(NOMINATE_SOURCE_DIR) / "examples" / name, target,
                        std::filesystem::copy_options::recursive);
  return target;
}

pipeline::CheckOutcome check(const std::vector<std::filesystem::path>& paths,
                             const std::filesystem::path& work, unsigned jobs)
{
  pipeline::CheckRequest request;
  for (const auto& path : paths) {
    request.paths.push_back(path.string());
  }
  request.load.rule_dirs = {std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"};
  request.load.work_dir = work / "work";
  request.today = core::Date{2024, 4, 20};
  request.jobs = jobs;
  request.tool_version = "test";
  auto outcome = pipeline::check_paths(request, nullptr);
  REQUIRE(outcome.errors.empty());
  return outcome;
}

std::vector<std::string> entry_names(const std::filesystem::path& zip)
{
  auto run = nominate::test::run_tool(
      {"python3", "-c", "import sys,zipfile\nfor n in zipfile.ZipFile(sys.argv[1]).namelist(): print(n)",
       zip.string()});
  REQUIRE(run.exit_code == 0);
  std::vector<std::string> names;
  std::istringstream lines(run.output);
  for (std::string line; std::getline(lines, line);) {
    names.push_back(line);
  }
  return names;
}

std::string read_member(const std::filesystem::path& zip, const std::string& name)
{
  auto run =
      nominate::test::run_tool({"python3", "-c",
                                "import sys,zipfile\n"
                                "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))",
                                zip.string(), name});
  REQUIRE(run.exit_code == 0);
  return run.output;
}

} // namespace nominate::pack::test
