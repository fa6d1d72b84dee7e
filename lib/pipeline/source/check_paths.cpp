// check_paths: plan → load → check → assemble. Orchestration only: reading is folder's, judging is check's,
// rendering is report's.

#include "submission_report.hpp"

#include <nominate/check/check.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>

namespace nominate::pipeline {

namespace {

// One unit of work: a submission folder, and the district (index into the plan) it belongs to, if any.
struct Job {
  std::filesystem::path folder;
  std::string display;
  std::optional<std::size_t> district;
};

struct JobResult {
  std::optional<folder::LoadedSubmission> loaded;
  std::optional<report::SubmissionReport> report;
  std::optional<core::Error> error;
};

struct Plan {
  std::vector<Job> jobs;
  std::vector<std::pair<std::filesystem::path, std::string>> districts; // folder, display path
  std::vector<core::Error> errors;
};

std::string join_display(const std::string& parent, const std::filesystem::path& child)
{
  auto base = display_path(parent);
  return (base == "/" ? "" : base) + "/" + text::nfc(child.filename().string());
}

Plan plan_paths(const CheckRequest& request)
{
  Plan plan;
  for (const auto& path : request.paths) {
    auto planned = folder::plan_path(path, request.level);
    if (!planned) {
      plan.errors.push_back(planned.error());
      continue;
    }
    if (planned->level == folder::Level::district) {
      plan.districts.emplace_back(path, display_path(path));
      for (const auto& child : planned->submissions) {
        plan.jobs.push_back({child, join_display(path, child), plan.districts.size() - 1});
      }
    } else {
      plan.jobs.push_back({path, display_path(path), std::nullopt});
    }
  }
  return plan;
}

// The past-winner list of the nearest nominate.yaml that names one.
core::Result<std::vector<folder::PastEntry>> past_winners_for(const folder::LoadedSubmission& loaded,
                                                              folder::PastListCache& cache)
{
  for (const auto& district : loaded.district_configs) {
    if (district.past_winners) {
      return cache.get(*district.past_winners);
    }
  }
  return std::vector<folder::PastEntry>{};
}

// Loads and checks every submission, `request.jobs` at a time; results land in their job's slot.
void run_jobs(const CheckRequest& request, const folder::LoadOptions& load, const std::vector<Job>& jobs,
              std::vector<JobResult>& results, ProgressSink* progress)
{
  folder::PastListCache past_lists;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  auto worker = [&] {
    for (auto index = next++; index < jobs.size(); index = next++) {
      if (progress != nullptr) {
        std::lock_guard lock(progress_mutex);
        progress->started(index + 1, jobs.size(), jobs[index].display);
      }
      auto loaded = folder::load_submission(jobs[index].folder, jobs[index].display, load);
      auto past =
          loaded ? past_winners_for(*loaded, past_lists) : core::Result<std::vector<folder::PastEntry>>{};
      if (!loaded) {
        results[index].error = loaded.error();
      } else if (!past) {
        results[index].error = past.error();
      } else {
        results[index].report = detail::check_one(request, *loaded, std::move(*past));
        results[index].loaded = std::move(*loaded);
      }
      if (progress != nullptr) {
        std::lock_guard lock(progress_mutex);
        progress->finished(++done, jobs.size());
      }
    }
  };
  auto threads = std::clamp<unsigned>(request.jobs, 1, 64);
  threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(jobs.size(), 1)));
  std::vector<std::jthread> pool;
  for (unsigned i = 1; i < threads; ++i) {
    pool.emplace_back(worker);
  }
  worker();
}

// The district's batch findings: what reading its tables found, then its checks, waived and sorted.
report::BatchEntry check_district(const CheckRequest& request, const CheckedDistrict& checked,
                                  const std::vector<CheckedSubmission>& submissions)
{
  std::vector<const folder::LoadedSubmission*> members;
  for (auto index : checked.submissions) {
    members.push_back(&submissions[index].loaded);
  }
  const auto& district = checked.district;
  auto findings = district.intake_findings;
  auto checks = check::check_district(district, members);
  findings.insert(findings.end(), checks.begin(), checks.end());
  if (request.waivers == Waivers::apply) {
    check::apply_waivers(findings, district.waivers);
  }
  check::sort_findings(findings);
  std::vector<report::RegistrationEntry> registrations;
  for (const auto& table : district.tables) {
    registrations.push_back(detail::to_report(table));
  }
  return {district.path, std::move(findings), std::move(registrations)};
}

void add_configs(const folder::Submission& submission, std::vector<std::string>& configs)
{
  for (const auto& config : submission.configs) {
    if (std::find(configs.begin(), configs.end(), config) == configs.end()) {
      configs.push_back(config);
    }
  }
}

} // namespace

std::string display_path(const std::string& path)
{
  auto out = text::nfc(path);
  std::replace(out.begin(), out.end(), '\\', '/');
  while (out.size() > 1 && out.back() == '/') {
    out.pop_back();
  }
  return out;
}

CheckOutcome check_paths(const CheckRequest& request, ProgressSink* progress)
{
  CheckOutcome outcome;
  outcome.report.tool_version = request.tool_version;
  outcome.report.strict = request.strictness == Strictness::warnings_fail;

  // Plan.
  auto plan = plan_paths(request);
  outcome.errors = std::move(plan.errors);

  // Load and check the submissions; the rule sets are loaded once for all of them.
  auto load = request.load;
  if (!load.library) {
    load.library = std::make_shared<rules::RuleLibrary>(load.rule_dirs);
  }
  std::vector<JobResult> results(plan.jobs.size());
  run_jobs(request, load, plan.jobs, results, progress);

  // Assemble, in path order (the report's, whatever `jobs`).
  std::vector<std::size_t> order(plan.jobs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](auto a, auto b) { return plan.jobs[a].display < plan.jobs[b].display; });
  for (const auto& [folder_path, display] : plan.districts) {
    auto district = folder::load_district(folder_path, display);
    if (!district) {
      outcome.errors.push_back(district.error());
      district = folder::District{folder_path, display, {}, {}, {}, {}};
    }
    outcome.districts.push_back({std::move(*district), {}});
  }
  for (auto i : order) {
    if (results[i].error) {
      outcome.errors.push_back(*results[i].error);
      continue;
    }
    add_configs(results[i].loaded->submission, outcome.report.configs);
    outcome.report.submissions.push_back(std::move(*results[i].report));
    outcome.submissions.push_back({std::move(*results[i].loaded), plan.jobs[i].district});
    if (plan.jobs[i].district) {
      outcome.districts[*plan.jobs[i].district].submissions.push_back(outcome.submissions.size() - 1);
    }
  }

  // Check each district as a whole.
  for (const auto& district : outcome.districts) {
    outcome.report.batch.push_back(check_district(request, district, outcome.submissions));
  }
  std::sort(outcome.report.configs.begin(), outcome.report.configs.end());
  // An invalid nominate.yaml stops every submission under it and its district: say it once.
  std::vector<core::Error> unique;
  for (auto& error : outcome.errors) {
    if (std::none_of(unique.begin(), unique.end(), [&](const core::Error& seen) {
          return seen.code == error.code && seen.file == error.file && seen.message == error.message;
        })) {
      unique.push_back(std::move(error));
    }
  }
  outcome.errors = std::move(unique);
  return outcome;
}

} // namespace nominate::pipeline
