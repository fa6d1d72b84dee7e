// check_paths: plans each path, reads and checks every submission on -j threads, and reports in path
// order — the same report whatever -j; a path that cannot be checked is an error beside the others' results.
#include "pipeline_helpers.hpp"

#include <nominate/report/report.hpp>
#include <nominate/report/writers.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>
#include <set>
#include <sstream>
#include <temp_dir.hpp>

using nominate::core::ErrorCode;
using nominate::test::copy_example;
using nominate::test::request_for;
using nominate::test::TempDir;

namespace {

// What a user compares between two runs: each submission's path, rule set, materials and findings, and the
// batch findings.
struct Seen {
  std::vector<std::string> paths;
  std::vector<std::string> rules;
  std::vector<std::vector<std::string>> materials;
  std::vector<std::vector<std::string>> findings;
  std::vector<std::vector<std::string>> batch;

  bool operator==(const Seen&) const = default;
};

Seen seen(const nominate::report::Report& report)
{
  Seen out;
  for (const auto& submission : report.submissions) {
    out.paths.push_back(submission.path);
    out.rules.push_back(submission.rules);
    std::vector<std::string> materials;
    for (const auto& material : submission.materials) {
      materials.push_back(material.file + ":" + material.role + ":" + material.decided_by);
    }
    out.materials.push_back(materials);
    std::vector<std::string> findings;
    for (const auto& finding : submission.findings) {
      findings.push_back(finding.file + "|" + finding.field.value_or("") + "|" + finding.rule);
    }
    out.findings.push_back(findings);
  }
  for (const auto& entry : report.batch) {
    out.batch.push_back(nominate::test::rule_ids(entry.findings));
  }
  return out;
}

class CountingProgress : public nominate::pipeline::ProgressSink {
public:
  void started(std::size_t index, std::size_t total, const std::string& path) override
  {
    std::lock_guard lock(m_mutex);
    m_indices.insert(index);
    m_paths.insert(path);
    m_total = total;
  }
  void finished(std::size_t done, std::size_t total) override
  {
    std::lock_guard lock(m_mutex);
    m_done.push_back(done);
    m_total = total;
  }

  std::set<std::size_t> m_indices;
  std::set<std::string> m_paths;
  std::vector<std::size_t> m_done;
  std::size_t m_total = 0;

private:
  std::mutex m_mutex;
};

} // namespace

TEST_CASE("the report is the same with one job and with four", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "区";
  dir.write("区/nominate.yaml", "zone: other\nrules: national\nroot: true\n");
  copy_example("star-faults", district / "05-陈建国");
  copy_example("海淀区/02-李四", district / "02-李四");
  copy_example("brand-faults", district / "04-项目");
  copy_example("star-compliant", district / "03-王秀兰");
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("brand-compliant", district / "06-乐龄课堂");
  copy_example("star-compliant", dir.path() / "单独" / "王秀兰");

  const std::vector<std::string> paths = {district.string(), (dir.path() / "单独" / "王秀兰").string()};
  const auto one = nominate::pipeline::check_paths(request_for(paths, 1), nullptr);
  CountingProgress progress;
  const auto four = nominate::pipeline::check_paths(request_for(paths, 4), &progress);

  CHECK(one.errors.empty());
  CHECK(four.errors.empty());
  const auto base = nominate::pipeline::display_path(dir.path().string());
  CHECK(nominate::test::submission_paths(one.report) ==
        std::vector<std::string>{base + "/区/01-张三", base + "/区/02-李四", base + "/区/03-王秀兰",
                                 base + "/区/04-项目", base + "/区/05-陈建国", base + "/区/06-乐龄课堂",
                                 base + "/单独/王秀兰"});
  CHECK(seen(one.report) == seen(four.report));
  CHECK(one.report.configs == four.report.configs);
  // The faulty examples found what they were made to show, in both runs.
  CHECK_FALSE(seen(four.report).findings[4].empty());
  // The district sends no registration tables: each kind's is missing too.
  CHECK(seen(four.report).batch ==
        std::vector<std::vector<std::string>>{
            {"batch.quota", "batch.quota", "material.missing", "material.missing"}});

  SECTION("progress is told of every submission once, and counts up to the total")
  {
    CHECK(progress.m_total == 7);
    CHECK(progress.m_indices == std::set<std::size_t>{1, 2, 3, 4, 5, 6, 7});
    CHECK(progress.m_paths.size() == 7);
    CHECK(progress.m_done == std::vector<std::size_t>{1, 2, 3, 4, 5, 6, 7});
  }
}

TEST_CASE("a path that cannot be checked is an error, and the others are still reported", "[pipeline]")
{
  const TempDir dir;
  const auto good = nominate::test::example("star-compliant").string();
  const auto missing = (dir.path() / "不存在").string();
  const auto file = dir.write("推介表.docx", "not a folder").string();

  const auto outcome = nominate::pipeline::check_paths(request_for({missing, good, file}, 2), nullptr);
  REQUIRE(outcome.errors.size() == 2);
  CHECK(outcome.errors[0].code == ErrorCode::not_found);
  CHECK(outcome.errors[0].file == missing);
  CHECK(outcome.errors[1].code == ErrorCode::not_a_directory);
  REQUIRE(outcome.report.submissions.size() == 1);
  const auto& submission = outcome.report.submissions.front();
  CHECK(submission.path == nominate::pipeline::display_path(good));
  CHECK(submission.title == "王秀兰");
  CHECK(nominate::report::passed(submission, false));
}

TEST_CASE("a submission that cannot be read leaves its district's others reported", "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "区";
  dir.write("区/nominate.yaml", "zone: other\nrules: national\nroot: true\n");
  copy_example("海淀区/01-张三", district / "01-张三");
  copy_example("海淀区/02-李四", district / "02-李四");
  dir.write("区/02-李四/nomination.yaml", "fields:\n  姓名: 李四\nspecail: true\n");
  copy_example("star-compliant", district / "03-王秀兰");

  const auto outcome = nominate::pipeline::check_paths(request_for({district.string()}, 3), nullptr);
  REQUIRE(outcome.errors.size() == 1);
  CHECK(outcome.errors[0].code == ErrorCode::invalid_config);
  CHECK(outcome.errors[0].file == district / "02-李四" / "nomination.yaml");
  CHECK(outcome.errors[0].position.line == 3);
  const auto base = nominate::pipeline::display_path(district.string());
  CHECK(nominate::test::submission_paths(outcome.report) ==
        std::vector<std::string>{base + "/01-张三", base + "/03-王秀兰"});
  // The quota counts the two that were read (and the district's registration table is missing).
  REQUIRE(outcome.report.batch.size() == 1);
  REQUIRE(outcome.report.batch.front().findings.size() == 2);
  CHECK(outcome.report.batch.front().findings.front().rule == "batch.quota");
  CHECK(outcome.report.batch.front().findings.front().actual == "2");
  CHECK(outcome.report.batch.front().findings.back().rule == "material.missing");
}

TEST_CASE("paths are reported as given, without trailing '/', children joined with '/'", "[pipeline]")
{
  const TempDir dir;
  copy_example("star-compliant", dir.path() / "王秀兰");
  dir.write("区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_example("海淀区/01-张三", dir.path() / "区" / "01-张三");

  const auto base = nominate::pipeline::display_path(dir.path().string());
  const auto outcome = nominate::pipeline::check_paths(
      request_for({dir.path().string() + "/王秀兰/", dir.path().string() + "/区/"}), nullptr);
  CHECK(outcome.errors.empty());
  CHECK(nominate::test::submission_paths(outcome.report) ==
        std::vector<std::string>{base + "/区/01-张三", base + "/王秀兰"});
  REQUIRE(outcome.report.batch.size() == 1);
  CHECK(outcome.report.batch.front().path == base + "/区");
}

TEST_CASE("paths given relative are reported relative, the configs used too", "[pipeline]")
{
  const TempDir dir;
  dir.write("区/nominate.yaml", "zone: demonstration\nrules: national\nroot: true\n");
  copy_example("海淀区/01-张三", dir.path() / "区" / "01-张三");
  copy_example("star-compliant", dir.path() / "区" / "02-王秀兰");
  dir.write("区/02-王秀兰/nomination.yaml", "special: false\n");
  const nominate::test::WorkingFolder inside(dir.path());

  const auto outcome = nominate::pipeline::check_paths(request_for({"区"}), nullptr);
  CHECK(outcome.errors.empty());
  CHECK(nominate::test::submission_paths(outcome.report) ==
        std::vector<std::string>{"区/01-张三", "区/02-王秀兰"});
  CHECK(outcome.report.configs ==
        std::vector<std::string>{"区/02-王秀兰/nomination.yaml", "区/nominate.yaml"});
  REQUIRE(outcome.report.batch.size() == 1);
  CHECK(outcome.report.batch.front().path == "区");
}

TEST_CASE("--level forces how a path is read", "[pipeline]")
{
  const auto district = nominate::test::example("海淀区").string();
  auto request = request_for({district});
  request.level = nominate::folder::Level::submission;
  const auto outcome = nominate::pipeline::check_paths(request, nullptr);
  // The district folder read as one submission: its sub-folders' files are its own, two forms among them.
  CHECK(outcome.errors.empty());
  CHECK(nominate::test::submission_paths(outcome.report) ==
        std::vector<std::string>{nominate::pipeline::display_path(district)});
  CHECK(outcome.report.batch.empty());
  CHECK(nominate::test::find_rule(outcome.report.submissions.front().findings, "material.ambiguous"));
}

TEST_CASE("the reference date: --as-of, then nominate.yaml's as_of, then the rule set's (else today)",
          "[pipeline]")
{
  const TempDir dir;
  copy_example("star-compliant", dir.path() / "区" / "01");
  const std::vector<std::string> paths{(dir.path() / "区" / "01").string()};

  SECTION("the rule set's: the national notice names no date (docs/design.md), so today")
  {
    dir.write("区/nominate.yaml", "root: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for(paths), nullptr);
    REQUIRE(outcome.report.submissions.size() == 1);
    CHECK(outcome.report.submissions.front().as_of == "2024-05-01");
    CHECK(outcome.report.submissions.front().as_of_source == "today");
  }
  SECTION("nominate.yaml's")
  {
    dir.write("区/nominate.yaml", "as_of: 2024-05-01\nroot: true\n");
    const auto outcome = nominate::pipeline::check_paths(request_for(paths), nullptr);
    REQUIRE(outcome.report.submissions.size() == 1);
    CHECK(outcome.report.submissions.front().as_of == "2024-05-01");
  }
  SECTION("--as-of")
  {
    dir.write("区/nominate.yaml", "as_of: 2024-05-01\nroot: true\n");
    auto request = request_for(paths);
    request.as_of = nominate::core::Date{2025, 3, 15};
    const auto outcome = nominate::pipeline::check_paths(request, nullptr);
    REQUIRE(outcome.report.submissions.size() == 1);
    CHECK(outcome.report.submissions.front().as_of == "2025-03-15");
  }
}

TEST_CASE("no paths, or -j larger than the work, are fine", "[pipeline]")
{
  const auto empty = nominate::pipeline::check_paths(request_for({}, 8), nullptr);
  CHECK(empty.errors.empty());
  CHECK(empty.report.submissions.empty());

  const auto one = nominate::pipeline::check_paths(
      request_for({nominate::test::example("brand-compliant").string()}, 64), nullptr);
  CHECK(one.errors.empty());
  REQUIRE(one.report.submissions.size() == 1);
  CHECK(one.report.submissions.front().rules == "national/brand@2023");
  CHECK(one.report.tool_version == "0.1.0-test");
}

namespace {

// What pack does: looks at the submissions once they are read, before their photos and videos are probed.
class SeenWhenLoaded : public nominate::pipeline::LoadedSink {
public:
  void loaded(const nominate::pipeline::CheckOutcome& so_far) override
  {
    for (const auto& checked : so_far.submissions) {
      for (const auto& material : checked.loaded.submission.materials) {
        files.push_back(material.file);
        probed += material.photo || material.video ? 1 : 0;
      }
    }
  }
  std::vector<std::string> files;
  int probed = 0;
};

std::string json_of(const nominate::report::Report& report)
{
  std::ostringstream out;
  nominate::report::write_json(out, report, {});
  return out.str();
}

} // namespace

TEST_CASE("with a LoadedSink the photos and videos are probed after it, and the report is the same",
          "[pipeline]")
{
  const TempDir dir;
  const auto district = dir.path() / "区";
  dir.write("区/nominate.yaml", "zone: other\nrules: national\nroot: true\n");
  copy_example("star-faults", district / "03-陈建国");
  copy_example("star-compliant", district / "01-王秀兰");
  copy_example("brand-compliant", district / "02-乐龄课堂");
  // No photo named as the ID photo: it is chosen by its shape, which only the probe knows.
  std::filesystem::rename(district / "01-王秀兰" / "证件照.jpg", district / "01-王秀兰" / "IMG_0001.jpg");

  const std::vector<std::string> paths = {district.string()};
  const auto plain = nominate::pipeline::check_paths(request_for(paths, 2), nullptr);
  SeenWhenLoaded sink;
  CountingProgress progress;
  const auto deferred = nominate::pipeline::check_paths(request_for(paths, 2), &progress, &sink);
  // Progress follows the probing, now in the check phase: each submission told once.
  CHECK(progress.m_indices == std::set<std::size_t>{1, 2, 3});
  CHECK(progress.m_paths.size() == 3);
  CHECK(progress.m_done == std::vector<std::size_t>{1, 2, 3});

  CHECK(sink.probed == 0);
  CHECK(std::ranges::find(sink.files, "IMG_0001.jpg") != sink.files.end());
  CHECK(json_of(deferred.report) == json_of(plain.report));
  CHECK(json_of(plain.report).find("-id-shaped\"") != std::string::npos);
}
