// bench_html: a district of 100 submissions (hard-linked copies of examples/star-compliant) checked without
// and with the HTML report's pictures, then the HTML report written; prints each time and the page's size.
// The goal (issue 11): the report costs well under a second beyond the check itself.

#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/writers.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

constexpr int k_submissions = 100;

fs::path make_district(const fs::path& root, const fs::path& example)
{
  const auto district = root / "区";
  fs::remove_all(root);
  for (int i = 1; i <= k_submissions; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%03d-推介", i);
    const auto folder = district / name;
    fs::create_directories(folder);
    for (const auto& entry : fs::directory_iterator(example)) {
      fs::create_hard_link(entry.path(), folder / entry.path().filename());
    }
  }
  return district;
}

double seconds_since(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

nominate::pipeline::CheckOutcome check(const fs::path& district, const fs::path& work,
                                       nominate::folder::Previews previews, double& seconds)
{
  nominate::pipeline::CheckRequest request;
  request.paths = {district.string()};
  request.load.rule_dirs = {fs::path(NOMINATE_SOURCE_DIR) / "rules"};
  request.load.work_dir = work;
  request.load.previews = previews;
  request.tool_version = "bench";
  request.jobs = 1;
  const auto start = std::chrono::steady_clock::now();
  auto outcome = nominate::pipeline::check_paths(request, nullptr);
  seconds = seconds_since(start);
  return outcome;
}

} // namespace

int main(int argc, char** argv)
{
  const fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(NOMINATE_SOURCE_DIR);
  const fs::path root = fs::temp_directory_path() / "nominate-bench-html";
  const auto district = make_district(root, source / "examples" / "star-compliant");

  double plain = 0;
  double with_pictures = 0;
  (void)check(district, root / "work", nominate::folder::Previews::none, plain);
  auto outcome = check(district, root / "work", nominate::folder::Previews::make, with_pictures);

  nominate::report::WriteOptions options;
  options.language = nominate::core::Language::zh;
  std::ostringstream page;
  const auto start = std::chrono::steady_clock::now();
  nominate::report::write_html(page, outcome.report, options);
  const double writing = seconds_since(start);

  std::printf("submissions:                 %zu\n", outcome.report.submissions.size());
  std::printf("check (no pictures):         %.3f s\n", plain);
  std::printf("check + thumbnails/posters:  %.3f s (+%.3f s)\n", with_pictures, with_pictures - plain);
  std::printf("write_html:                  %.3f s\n", writing);
  std::printf("report beyond the check:     %.3f s\n", with_pictures - plain + writing);
  std::printf("page size:                   %.1f MB\n",
              static_cast<double>(page.str().size()) / (1024.0 * 1024.0));
  fs::remove_all(root);
  return 0;
}
