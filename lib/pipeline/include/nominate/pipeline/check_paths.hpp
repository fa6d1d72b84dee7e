#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/report/report.hpp>
#include <nominate/rules/rule_set.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::pipeline {

// Live progress of a long run. The CLI draws it on a terminal and stays silent in CI; the library only calls.
class ProgressSink {
public:
  virtual ~ProgressSink() = default;
  // A submission is about to be read (or, when a LoadedSink defers its photos' and videos' probes, checked)
  // (`index` counts from 1; calls may come from worker threads, one at a time). `finished` counts those
  // checked.
  virtual void started(std::size_t index, std::size_t total, const std::string& path) = 0;
  virtual void finished(std::size_t done, std::size_t total) = 0;
};

enum class Waivers { apply, ignore };
enum class Strictness { errors_fail, warnings_fail };

// One `nominate check` run.
struct CheckRequest {
  std::vector<std::string> paths; // as the user gave them
  folder::Level level = folder::Level::automatic;
  folder::LoadOptions load;
  std::optional<core::Date> as_of; // --as-of: overrides the configs' and the rule set's
  core::Date today;                // for the days left to the deadline
  Strictness strictness = Strictness::errors_fail;
  Waivers waivers = Waivers::apply;
  unsigned jobs = 1;
  std::string tool_version;
};

// A submission as read and checked: what `pack` and `fix` work from, so they never read a folder twice.
struct CheckedSubmission {
  folder::LoadedSubmission loaded;     // the files, fields and rule set as read
  std::optional<std::size_t> district; // index into CheckOutcome::districts, when it came in a district
};

// A district folder as read, and its submissions (indices into CheckOutcome::submissions, in path order).
struct CheckedDistrict {
  folder::District district;
  std::vector<std::size_t> submissions;
};

// The report, what it was made from, and the errors that stopped parts of the job (a missing path, an
// invalid config, no rule set): those submissions are left out; any error makes the run exit 2.
// `submissions[i]` is the submission of `report.submissions[i]`; `districts[d]` that of `report.batch[d]`.
struct CheckOutcome {
  report::Report report;
  std::vector<CheckedSubmission> submissions;
  std::vector<CheckedDistrict> districts;
  std::vector<core::Error> errors;
};

// Told once, when every submission has been read and none checked yet: `so_far` holds the submissions, the
// districts, the errors and each submission's report without its findings (materials, fields, as_of). Its
// photos and videos are not probed yet (no facts; an ID photo is known by its name only): that, the slow
// part, happens in the check phase. What pack plans and starts writing from while the checks run. Called on
// check_paths' thread; `so_far` goes on being filled after the call returns, so keep copies, not references.
class LoadedSink {
public:
  virtual ~LoadedSink() = default;
  virtual void loaded(const CheckOutcome& so_far) = 0;
};

// One run, in five steps: plan each path (a submission or a district), load every district and submission
// (`jobs` at a time), tell `loaded`, check the submissions (`jobs` at a time) and their districts, and
// assemble the report — sorted by path, the same whatever `jobs`.
[[nodiscard]] CheckOutcome check_paths(const CheckRequest& request, ProgressSink* progress,
                                       LoadedSink* loaded = nullptr);

// "海淀区\\01-张三" → "海淀区/01-张三", NFC: the report's form of a path.
[[nodiscard]] std::string display_path(const std::string& path);

} // namespace nominate::pipeline
