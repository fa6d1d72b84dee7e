#pragma once

#include "environment.hpp"

#include <nominate/core/error.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/writers.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::cli {

// The options of `check` that `pack`, `table` and `upload` take too, so that they check exactly as check
// does.
struct SharedCheckOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::vector<std::string> formats;
  std::string lang;
  std::string as_of;
  std::string level = "auto";
  unsigned jobs = 1;
  bool strict = false;
  bool no_waivers = false;
  bool quiet = false;
};

// Adds PATH..., --rules, --lang, --as-of, --level, -j, --strict, --no-waivers, -q (and --format when
// `with_format`) to `command`.
void add_shared_check_options(CLI::App* command, SharedCheckOptions& options, bool with_format);

// The CheckRequest of those options, as `check` builds it; the work folder is private to this process.
[[nodiscard]] core::Result<pipeline::CheckRequest> make_check_request(const SharedCheckOptions& options,
                                                                      const Environment& environment);

// Runs the check with progress on a terminal, removes the work folder, prints errors that stopped the job.
// Returns the outcome; `stopped` is set when an error stopped part of the job (exit 2).
[[nodiscard]] pipeline::CheckOutcome run_shared_check(const SharedCheckOptions& options,
                                                      const pipeline::CheckRequest& request,
                                                      const Environment& environment, bool& stopped);

// Writes the report in each --format (text to stdout by default), as check does, without colour.
// Returns false when a report file could not be written.
[[nodiscard]] bool write_reports(const SharedCheckOptions& options, const report::Report& report,
                                 core::Language language, std::ostream& text_out);

// SOURCE_DATE_EPOCH (reproducible builds) as a date in Beijing time (UTC+8); nullopt when unset or invalid.
[[nodiscard]] std::optional<rules::Date> source_date_epoch();

} // namespace nominate::cli
