// PackageWriter: a package begun while the check runs is the package written after it, and one abandoned
// (the check failed, or the run stopped) leaves nothing behind.

#include "pack_fixtures.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/pack/pack.hpp>

#include <catch2/catch.hpp>

#include <fstream>

namespace nominate::pack {
namespace {

namespace fs = std::filesystem;

PackRequest request_into(const fs::path& output)
{
  PackRequest request;
  request.output_dir = output;
  request.tool_version = "test";
  request.bagging_date = core::Date{2024, 5, 1};
  return request;
}

// The check as `nominate pack` runs it: the writer starts when the submissions are loaded.
struct HeadStart : pipeline::LoadedSink {
  PackRequest request;
  std::unique_ptr<PackageWriter> writer;
  void loaded(const pipeline::CheckOutcome& so_far) override
  {
    writer = PackageWriter::start(so_far, request, nullptr);
  }
};

pipeline::CheckOutcome check_with(const fs::path& path, const fs::path& work, pipeline::LoadedSink& sink)
{
  pipeline::CheckRequest request;
  request.paths = {path.string()};
  request.load.rule_dirs = {fs::path(NOMINATE_SOURCE_DIR) / "rules"};
  request.load.work_dir = work / "work";
  request.today = core::Date{2024, 4, 20};
  request.jobs = 2;
  request.tool_version = "test";
  return pipeline::check_paths(request, nullptr, &sink);
}

std::vector<fs::path> files_in(const fs::path& folder)
{
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    files.push_back(entry.path().filename());
  }
  return files;
}

} // namespace

TEST_CASE("a package begun while the check runs has the bytes of one written after it", "[pack]")
{
  nominate::test::TempDir temp;
  auto district = test::copy_example("海淀区", temp.path() / "in");
  HeadStart head_start;
  head_start.request = request_into(temp.path() / "during");
  auto outcome = check_with(district, temp.path(), head_start);
  REQUIRE(outcome.report.passed());
  REQUIRE(head_start.writer);
  auto during = head_start.writer->finish(outcome);
  REQUIRE(during);
  auto after = write_packages(outcome, request_into(temp.path() / "after"), nullptr);
  REQUIRE(after);
  REQUIRE(during->written.size() == 1);
  CHECK(during->written.front().filename() == after->written.front().filename());
  CHECK(nominate::test::read_file(during->written.front()) ==
        nominate::test::read_file(after->written.front()));
  CHECK(files_in(temp.path() / "during") == std::vector<fs::path>{"海淀区-百姓学习之星-2024-05-01.zip"});
  auto run = nominate::test::run_tool({"python3", NOMINATE_BAGIT_VALIDATE, during->written.front().string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
}

TEST_CASE("a package begun during a check that fails is thrown away whole", "[pack]")
{
  nominate::test::TempDir temp;
  auto submission = test::copy_example("beijing-star-faults", temp.path() / "in");

  SECTION("an output folder pack made is removed again")
  {
    HeadStart head_start;
    head_start.request = request_into(temp.path() / "new" / "out");
    auto outcome = check_with(submission, temp.path(), head_start);
    CHECK_FALSE(outcome.report.passed());
    REQUIRE(head_start.writer);
    CHECK(fs::exists(temp.path() / "new" / "out")); // the payload was being written
    head_start.writer->abandon();
    CHECK_FALSE(fs::exists(temp.path() / "new" / "out"));
  }
  SECTION("an output folder that was there stays, with what it held and no temporary file")
  {
    fs::create_directories(temp.path() / "out");
    std::ofstream(temp.path() / "out" / "上次的包.zip") << "earlier package";
    HeadStart head_start;
    head_start.request = request_into(temp.path() / "out");
    check_with(submission, temp.path(), head_start);
    REQUIRE(head_start.writer);
    head_start.writer.reset(); // a run that stopped: the destructor abandons
    CHECK(files_in(temp.path() / "out") == std::vector<fs::path>{"上次的包.zip"});
    CHECK(nominate::test::read_file(temp.path() / "out" / "上次的包.zip") == "earlier package");
  }
}

} // namespace nominate::pack
