#pragma once

// The options `check` and `fix` share, and how they become a pipeline request and reports.
#include "environment.hpp"

#include <nominate/core/language.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/writers.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
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
  unsigned jobs = 1;
  bool strict = false;
  bool no_waivers = false;
  bool quiet = false;
  bool show_fields = false;
  std::string color = "auto";
};

struct Output {
  report::Format format;
  std::optional<std::filesystem::path> file;
};

// Adds check's options (PATH..., --rules, --format, --lang, --as-of, --level, --deep, -j, --strict,
// --no-waivers, -q, --show-fields, --color) to `command`.
void add_check_options(CLI::App& command, CheckOptions& options);

[[nodiscard]] core::Result<std::vector<Output>> parse_outputs(const std::vector<std::string>& specs);

// The pipeline request for `options`; the work folder is a fresh name under the system's temporary folder.
[[nodiscard]] core::Result<pipeline::CheckRequest> make_check_request(const CheckOptions& options,
                                                                      const Environment& environment);

// Writes `report` in every format asked for (stdout or FILE); false when a file could not be written (the
// error already printed).
[[nodiscard]] bool write_reports(const report::Report& report, const std::vector<Output>& outputs,
                                 const CheckOptions& options, const Environment& environment,
                                 core::Language language);

} // namespace nominate::cli
