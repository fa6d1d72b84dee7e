#pragma once

// The options of `check` that `fix`, `pack`, `table` and `upload` take too, so each checks exactly as `check`
// does, and how they become a pipeline request. Reports are written by report_output.hpp.
#include "environment.hpp"

#include <nominate/core/error.hpp>
#include <nominate/pipeline/check_paths.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nominate::cli {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::vector<std::string> formats;
  std::string lang;
  std::string as_of;
  std::string level = "auto";
  bool deep = false;
  unsigned jobs = 0; // 0: default_jobs()
  bool strict = false;
  bool no_waivers = false;
  bool quiet = false;
  bool show_fields = false;
  std::string color = "auto";
};

// Whether a command writes check reports (`--format`, `--show-fields`, `--color`): table and upload do not.
enum class Reports { offered, not_offered };

// Adds PATH..., --rules, --lang, --as-of, --level, --deep, -j, --strict, --no-waivers, -q and, where reports
// are offered, --format, --show-fields and --color.
// `--lang`'s values: zh or en, and what a clerk types for them (cn, zh-CN, zh_CN.UTF-8, 中文; en-US,
// english), any case, each made zh or en.
[[nodiscard]] CLI::Validator language_values();

void add_check_options(CLI::App& command, CheckOptions& options, Reports reports = Reports::offered);

// The pipeline request for `options`; the work folder is a fresh name under the system's temporary folder.
[[nodiscard]] core::Result<pipeline::CheckRequest> make_check_request(const CheckOptions& options,
                                                                      const Environment& environment);

// Runs the check with progress on a terminal (none with -q or off a terminal), removes the work folder and
// prints the errors that stopped part of the job; `stopped` is set when there were any (exit 2). `loaded` is
// told when every submission is read, before the checks (pack starts writing there).
[[nodiscard]] pipeline::CheckOutcome run_check(const CheckOptions& options,
                                               const pipeline::CheckRequest& request,
                                               const Environment& environment, bool& stopped,
                                               pipeline::LoadedSink* loaded = nullptr);

// Submissions checked at once when -j is not given: one per core (at least one); the report is the same
// whatever -j.
[[nodiscard]] unsigned default_jobs();

// Whether the --format options ask for the HTML report: only it shows thumbnails and poster frames, which
// cost a frame decode per video (folder::Previews), so check and verify make them for it alone.
[[nodiscard]] folder::Previews previews_for(const std::vector<std::string>& formats);

// SOURCE_DATE_EPOCH (reproducible builds) as a date in Beijing time (UTC+8); nullopt when unset or empty.
// A value that is not a whole number of seconds from 1970 to 9999 is an error (invalid_argument, reason
// "source-date-epoch"), as the reproducible-builds specification asks: a typo must not quietly give a
// package dated otherwise.
[[nodiscard]] core::Result<std::optional<core::Date>> source_date_epoch();

} // namespace nominate::cli
