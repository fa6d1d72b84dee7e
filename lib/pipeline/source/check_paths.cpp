#include "district.hpp"
#include "past_winners.hpp"
#include "registration.hpp"
#include "submission_report.hpp"

#include <nominate/check/check.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
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

// The waivers of the nominate.yaml files that apply to a district folder: they may waive its batch findings.
std::vector<folder::Waiver> district_waivers(const std::filesystem::path& district)
{
  std::vector<folder::Waiver> out;
  if (auto configs = folder::find_district_configs(district)) {
    for (const auto& config : *configs) {
      out.insert(out.end(), config.waivers.begin(), config.waivers.end());
    }
  }
  return out;
}

std::string join_display(const std::string& parent, const std::filesystem::path& child)
{
  auto base = display_path(parent);
  return (base == "/" ? "" : base) + "/" + text::nfc(child.filename().string());
}

// The past-winner list of the nearest nominate.yaml that names one.
core::Result<std::vector<check::PastEntry>> past_winners_for(const folder::LoadedSubmission& loaded,
                                                             detail::PastListCache& cache)
{
  for (const auto& district : loaded.district_configs) {
    if (district.past_winners) {
      return cache.get(*district.past_winners);
    }
  }
  return std::vector<check::PastEntry>{};
}

void run_jobs(const CheckRequest& request, const std::vector<Job>& jobs, std::vector<JobResult>& results,
              ProgressSink* progress)
{
  detail::PastListCache past_lists;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  auto worker = [&] {
    for (auto index = next++; index < jobs.size(); index = next++) {
      if (progress != nullptr) {
        std::lock_guard lock(progress_mutex);
        progress->started(index + 1, jobs.size(), jobs[index].display);
      }
      auto loaded = folder::load_submission(jobs[index].folder, jobs[index].display, request.load);
      auto past =
          loaded ? past_winners_for(*loaded, past_lists) : core::Result<std::vector<check::PastEntry>>{};
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
  std::vector<Job> jobs;
  std::vector<std::string> districts;
  std::vector<std::filesystem::path> district_folders;
  for (const auto& path : request.paths) {
    auto plan = folder::plan_path(path, request.level);
    if (!plan) {
      outcome.errors.push_back(plan.error());
      continue;
    }
    if (plan->level == folder::Level::district) {
      districts.push_back(display_path(path));
      district_folders.emplace_back(path);
      for (const auto& child : plan->submissions) {
        jobs.push_back({child, join_display(path, child), districts.size() - 1});
      }
    } else {
      jobs.push_back({path, display_path(path), std::nullopt});
    }
  }
  std::vector<JobResult> results(jobs.size());
  run_jobs(request, jobs, results, progress);

  std::vector<std::vector<const folder::LoadedSubmission*>> by_district(districts.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (results[i].error) {
      outcome.errors.push_back(*results[i].error);
      continue;
    }
    outcome.report.submissions.push_back(std::move(*results[i].report));
    if (jobs[i].district) {
      by_district[*jobs[i].district].push_back(&*results[i].loaded);
    }
    for (const auto& config : results[i].loaded->submission.configs) {
      if (std::find(outcome.report.configs.begin(), outcome.report.configs.end(), config) ==
          outcome.report.configs.end()) {
        outcome.report.configs.push_back(config);
      }
    }
  }
  for (std::size_t d = 0; d < districts.size(); ++d) {
    auto findings = detail::check_district(by_district[d]);
    auto tables = detail::read_registrations(district_folders[d], findings);
    detail::check_registrations(by_district[d], tables, findings);
    if (request.waivers == Waivers::apply) {
      check::apply_waivers(findings, district_waivers(district_folders[d]));
    }
    check::sort_findings(findings);
    std::vector<report::RegistrationEntry> registrations;
    for (const auto& table : tables) {
      registrations.push_back(detail::to_report(table));
    }
    outcome.report.batch.push_back({districts[d], std::move(findings), std::move(registrations)});
  }
  std::sort(outcome.report.submissions.begin(), outcome.report.submissions.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  std::sort(outcome.report.configs.begin(), outcome.report.configs.end());
  return outcome;
}

} // namespace nominate::pipeline
