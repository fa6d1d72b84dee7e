#pragma once

#include <nominate/core/error.hpp>
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
  // A submission is about to be read and checked (`index` counts from 1; calls may come from worker threads,
  // one at a time).
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
  std::optional<rules::Date> as_of; // --as-of: overrides the configs' and the rule set's
  rules::Date today;                // for the days left to the deadline
  Strictness strictness = Strictness::errors_fail;
  Waivers waivers = Waivers::apply;
  unsigned jobs = 1;
  std::string tool_version;
};

// The report, and the errors that stopped parts of the job (a missing path, an invalid config, no rule set):
// those submissions are left out of the report; any error makes the run exit 2.
struct CheckOutcome {
  report::Report report;
  std::vector<core::Error> errors;
};

// Plans each path (a submission or a district), reads and checks every submission (`jobs` at a time), runs
// the district checks, and returns everything sorted by path — the same whatever `jobs`.
[[nodiscard]] CheckOutcome check_paths(const CheckRequest& request, ProgressSink* progress);

// "海淀区\\01-张三" → "海淀区/01-张三", NFC: the report's form of a path.
[[nodiscard]] std::string display_path(const std::string& path);

} // namespace nominate::pipeline
