// check_paths: plan → load → check → assemble. Orchestration only: reading is folder's, judging is check's,
// rendering is report's.

#include "submission_report.hpp"

#include <nominate/check/check.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <map>
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

// What loading one job gave: the submission as read and its district's past lists, or the error that
// stopped it.
struct JobResult {
  std::optional<folder::LoadedSubmission> loaded;
  std::vector<folder::PastEntry> winners;
  std::vector<folder::PastEntry> nominees;
  std::optional<core::Error> error;
};

struct Plan {
  std::vector<Job> jobs;
  std::vector<std::pair<std::filesystem::path, std::string>> districts; // folder, display path
  std::vector<core::Error> errors;
};

// `child` (a folder somewhere under `parent`'s folder `under`) shown under `parent` as given: 海淀区/01-张三,
// 朝阳区/学院路街道/02-李四 for a submission a street's folder groups.
std::string join_display(const std::string& parent, const std::filesystem::path& child,
                         const std::filesystem::path& under)
{
  auto base = display_path(parent);
  auto relative = child.lexically_relative(under);
  if (relative.empty() || *relative.begin() == "..") {
    relative = child.filename();
  }
  return (base == "/" ? "" : base) + "/" + text::nfc(relative.generic_string());
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
      // The district may lie one folder down (上报材料/海淀区): shown as it lies.
      const std::filesystem::path given(path);
      const auto shown =
          planned->folder == given ? display_path(path) : join_display(path, planned->folder, given);
      plan.districts.emplace_back(planned->folder, shown);
      for (const auto& child : planned->submissions) {
        plan.jobs.push_back({child, join_display(shown, child, planned->folder), plan.districts.size() - 1});
      }
    } else {
      plan.jobs.push_back({path, display_path(path), std::nullopt});
    }
  }
  return plan;
}

// The past-winner (or past-nominee) list of the nearest nominate.yaml that names one.
core::Result<std::vector<folder::PastEntry>>
past_list_for(const folder::LoadedSubmission& loaded, folder::PastListCache& cache,
              std::optional<std::filesystem::path> folder::DistrictConfig::*list)
{
  for (const auto& district : loaded.district_configs) {
    if (district.*list) {
      return cache.get(*(district.*list));
    }
  }
  return std::vector<folder::PastEntry>{};
}

// Runs `work(slot)` for slots 0 … total-1, `jobs` at a time (the calling thread is one of them).
template <typename Work> void in_parallel(unsigned jobs, std::size_t total, const Work& work)
{
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (auto slot = next++; slot < total; slot = next++) {
      work(slot);
    }
  };
  auto threads = std::clamp<unsigned>(jobs, 1, 64);
  threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(total, 1)));
  std::vector<std::jthread> pool;
  for (unsigned i = 1; i < threads; ++i) {
    pool.emplace_back(worker);
  }
  worker();
}

// Loads every submission (`only`: those jobs; all when empty), `request.jobs` at a time; results land in
// their job's slot. A submission sent in a district takes `special` from its registration table too.
// `progress` (may be null) is told as each one starts.
void load_jobs(const CheckRequest& request, const folder::LoadOptions& load, const std::vector<Job>& jobs,
               const std::vector<CheckedDistrict>& districts, std::vector<JobResult>& results,
               folder::PastListCache& past_lists, ProgressSink* progress,
               const std::vector<std::size_t>& only = {})
{
  const auto total = only.empty() ? jobs.size() : only.size();
  std::mutex progress_mutex;
  in_parallel(request.jobs, total, [&](std::size_t slot) {
    auto index = only.empty() ? slot : only[slot];
    if (progress != nullptr) {
      std::lock_guard lock(progress_mutex);
      progress->started(slot + 1, total, jobs[index].display);
    }
    auto loaded = folder::load_submission(jobs[index].folder, jobs[index].display, load);
    if (loaded && jobs[index].district &&
        districts[*jobs[index].district].district.marks_special(loaded->rule_set.kind,
                                                                loaded->submission.title)) {
      loaded->submission.special = true;
    }
    using Lists = core::Result<std::vector<folder::PastEntry>>;
    auto winners =
        loaded ? past_list_for(*loaded, past_lists, &folder::DistrictConfig::past_winners) : Lists{};
    auto nominees =
        loaded ? past_list_for(*loaded, past_lists, &folder::DistrictConfig::past_nominees) : Lists{};
    if (!loaded) {
      results[index].error = loaded.error();
    } else if (!winners) {
      results[index].error = winners.error();
    } else if (!nominees) {
      results[index].error = nominees.error();
    } else {
      results[index].loaded = std::move(*loaded);
      results[index].winners = std::move(*winners);
      results[index].nominees = std::move(*nominees);
    }
  });
}

// The rule set a district's sub-folder is checked with when nothing in it chooses one (no form, no config
// naming one): the one its siblings were checked with, when they agree; else one that asks only for the form.
std::shared_ptr<const rules::RuleSet>
district_rules(const std::vector<Job>& jobs, const std::vector<JobResult>& results, std::size_t district)
{
  const rules::RuleSet* agreed = nullptr;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (jobs[i].district != district || !results[i].loaded) {
      continue;
    }
    const auto& rule_set = results[i].loaded->rule_set;
    if (agreed != nullptr && agreed->reference() != rule_set.reference()) {
      agreed = nullptr;
      break;
    }
    agreed = &rule_set;
  }
  if (agreed != nullptr) {
    return std::make_shared<const rules::RuleSet>(*agreed);
  }
  rules::RuleSet form_only;
  form_only.id = "unknown";
  form_only.edition = "-";
  form_only.title = std::string(rules::k_title_no_form);
  rules::MaterialSpec form;
  form.role = "form";
  form.min = 1;
  form.max = 1;
  form_only.materials.push_back(form);
  return std::make_shared<const rules::RuleSet>(std::move(form_only));
}

// A district's sub-folder that nothing chose a rule set for (an empty folder, photos without their form) is
// loaded again with the district's rules: a submission with material.missing, not an error for the run.
void retry_without_rules(const CheckRequest& request, const folder::LoadOptions& load,
                         const std::vector<Job>& jobs, const std::vector<CheckedDistrict>& districts,
                         std::vector<JobResult>& results, folder::PastListCache& past_lists)
{
  std::map<std::size_t, std::vector<std::size_t>> by_district;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (jobs[i].district && results[i].error && results[i].error->code == core::ErrorCode::no_rules) {
      by_district[*jobs[i].district].push_back(i);
    }
  }
  for (const auto& [district, retry] : by_district) {
    auto options = load;
    options.fallback_rules = district_rules(jobs, results, district);
    for (auto i : retry) {
      results[i] = {};
    }
    load_jobs(request, options, jobs, districts, results, past_lists, nullptr, retry);
  }
}

// Whether an error that stopped part of the run lies in `folder`: at its top (its nominate.yaml, which stops
// every submission in it), or, with `any_depth`, anywhere under it (a submission that could not be loaded).
bool stopped_in(const std::vector<core::Error>& errors, const std::filesystem::path& folder, bool any_depth)
{
  // Lexically: the file named may be a link (a nominate.yaml refused for being one), not to be followed.
  std::error_code ignored;
  const auto base = std::filesystem::absolute(folder, ignored).lexically_normal();
  return std::ranges::any_of(errors, [&](const core::Error& error) {
    if (error.file.empty()) {
      return false;
    }
    std::error_code failed;
    const auto file = std::filesystem::absolute(error.file, failed).lexically_normal();
    const auto relative = file.lexically_relative(base);
    if (failed || relative.empty() || *relative.begin() == "..") {
      return false;
    }
    return any_depth || std::distance(relative.begin(), relative.end()) == 1;
  });
}

// Whether the district's checks as a whole would judge what is not there: an error stopped the whole
// district, or every submission of it ("holds no submission folder", each table row "without its folder",
// of folders that are there). A district of which some submissions were read is checked on those (the
// quota counts them), as before.
bool district_stopped(const std::vector<core::Error>& errors, const CheckedDistrict& checked)
{
  return stopped_in(errors, checked.district.folder, false) ||
         (checked.submissions.empty() && stopped_in(errors, checked.district.folder, true));
}

// The district's batch findings: what reading its tables found, then its checks, waived and sorted; only
// what reading found where the district was stopped (district_stopped).
report::BatchEntry check_district(const CheckRequest& request, const CheckedDistrict& checked,
                                  const std::vector<CheckedSubmission>& submissions, bool stopped)
{
  std::vector<const folder::LoadedSubmission*> members;
  members.reserve(checked.submissions.size());
  for (auto index : checked.submissions) {
    members.push_back(&submissions[index].loaded);
  }
  const auto& district = checked.district;
  auto findings = district.intake_findings;
  if (!stopped) {
    auto checks = check::check_district(district, members);
    findings.insert(findings.end(), checks.begin(), checks.end());
  }
  if (request.waivers == Waivers::apply) {
    // The strictest of the district's rule sets: a district waiver covers all their submissions.
    rules::WaiverRequirements requirements;
    for (const auto* member : members) {
      requirements.approved_by = requirements.approved_by || member->rule_set.waiver_requires.approved_by;
      requirements.date = requirements.date || member->rule_set.waiver_requires.date;
    }
    check::apply_waivers(findings, district.waivers, requirements);
  }
  check::sort_findings(findings);
  std::vector<report::RegistrationEntry> registrations;
  registrations.reserve(district.tables.size());
  for (const auto& table : district.tables) {
    registrations.push_back(detail::to_report(table));
  }
  std::map<std::string, std::string> labels;
  for (const auto* member : members) {
    for (const auto& field : member->rule_set.fields) {
      labels.emplace(field.id, field.label);
    }
  }
  return {district.path, std::move(findings), std::move(registrations), std::move(labels)};
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

CheckOutcome check_paths(const CheckRequest& request, ProgressSink* progress, LoadedSink* loaded)
{
  CheckOutcome outcome;
  outcome.report.tool_version = request.tool_version;
  outcome.report.strict = request.strictness == Strictness::warnings_fail;

  // Plan.
  auto plan = plan_paths(request);
  outcome.errors = std::move(plan.errors);

  // Load and check the submissions; the rule sets are loaded once for all of them.
  auto load = request.load;
  // With a LoadedSink the photos and videos are probed in the check phase, after the sink has seen what each
  // submission holds: pack then writes the payload while they are probed.
  load.defer_probes = loaded != nullptr;
  if (!load.library) {
    load.library = std::make_shared<rules::RuleLibrary>(load.rule_dirs);
  }
  // The districts first: their registration tables mark special nominations.
  for (const auto& [folder_path, display] : plan.districts) {
    auto district = folder::load_district(folder_path, display,
                                          {load.soffice, load.work_dir, load.config_ceiling, load.received});
    if (!district) {
      outcome.errors.push_back(district.error());
      district = folder::District{};
      district->folder = folder_path;
      district->path = display;
    }
    outcome.districts.push_back({std::move(*district), {}});
  }
  std::vector<JobResult> results(plan.jobs.size());
  folder::PastListCache past_lists;
  // Progress follows the slow part: the reading (photos and videos probed) unless the probes are deferred,
  // then the checking. Either way each submission is told once as it starts and once as it is done.
  load_jobs(request, load, plan.jobs, outcome.districts, results, past_lists,
            load.defer_probes ? nullptr : progress);
  retry_without_rules(request, load, plan.jobs, outcome.districts, results, past_lists);

  // Assemble what was read, in path order (the report's, whatever `jobs`); each submission's report holds
  // everything but its findings (and, with probes deferred, its photos' and videos' facts) until it is
  // checked.
  std::vector<std::size_t> order(plan.jobs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](auto a, auto b) { return plan.jobs[a].display < plan.jobs[b].display; });
  std::vector<std::size_t> job_of; // outcome.submissions[k] came from results[job_of[k]]
  for (auto i : order) {
    if (results[i].error) {
      outcome.errors.push_back(*results[i].error);
      continue;
    }
    add_configs(results[i].loaded->submission, outcome.report.configs);
    // Described here only for a sink, which is told what each submission holds before it is checked;
    // otherwise in the check phase, `jobs` at a time.
    outcome.report.submissions.push_back(loaded != nullptr ? detail::describe(request, *results[i].loaded)
                                                           : report::SubmissionReport{});
    outcome.submissions.push_back({std::move(*results[i].loaded), plan.jobs[i].district});
    job_of.push_back(i);
    if (plan.jobs[i].district) {
      outcome.districts[*plan.jobs[i].district].submissions.push_back(outcome.submissions.size() - 1);
    }
  }
  if (loaded != nullptr) {
    loaded->loaded(outcome);
  }

  // Check them, `jobs` at a time. Where the photos and videos were probed while loading (no sink), each
  // district is checked as a whole alongside them, in the first slots: it reads only what loading gave, and
  // would otherwise run alone at the end. Probed here, they must all be probed first.
  std::mutex progress_mutex;
  std::size_t done = 0;
  const auto total = outcome.submissions.size();
  const std::size_t districts_first = load.defer_probes ? 0 : outcome.districts.size();
  std::vector<report::BatchEntry> batch(outcome.districts.size());
  in_parallel(request.jobs, districts_first + total, [&](std::size_t slot) {
    if (slot < districts_first) {
      batch[slot] = check_district(request, outcome.districts[slot], outcome.submissions,
                                   district_stopped(outcome.errors, outcome.districts[slot]));
      return;
    }
    const std::size_t k = slot - districts_first;
    if (progress != nullptr && load.defer_probes) {
      std::lock_guard lock(progress_mutex);
      progress->started(k + 1, total, outcome.report.submissions[k].path);
    }
    auto& result = results[job_of[k]];
    if (load.defer_probes) {
      folder::probe_materials(outcome.submissions[k].loaded, load);
    }
    outcome.report.submissions[k] = detail::describe(request, outcome.submissions[k].loaded);
    detail::add_findings(request, outcome.submissions[k].loaded, std::move(result.winners),
                         std::move(result.nominees), outcome.report.submissions[k]);
    if (progress != nullptr) {
      std::lock_guard lock(progress_mutex);
      progress->finished(++done, total);
    }
  });

  // Check each district as a whole, where that was not done above.
  for (std::size_t d = districts_first; d < outcome.districts.size(); ++d) {
    batch[d] = check_district(request, outcome.districts[d], outcome.submissions,
                              district_stopped(outcome.errors, outcome.districts[d]));
  }
  std::move(batch.begin(), batch.end(), std::back_inserter(outcome.report.batch));
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
