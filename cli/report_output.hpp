#pragma once

#include "environment.hpp"

#include <nominate/core/error.hpp>
#include <nominate/report/writers.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::cli {

// One `--format FMT[:FILE]`: a writer and where it writes (stdout without a file).
struct ReportOutput {
  report::Format format;
  std::optional<std::filesystem::path> file;
};

// The --format options of check and verify; none given means text on stdout. The error names the first
// spec that is not one, in the language.
[[nodiscard]] core::Result<std::vector<ReportOutput>>
parse_outputs(const std::vector<std::string>& specs, core::Language language = core::Language::en);

struct ReportStyle {
  core::Language language = core::Language::en;
  std::string color = "auto"; // --color
  bool quiet = false;         // no text report on stdout
  bool show_fields = false;
};

// Writes `report` to every output (files atomically), printing errors; false when a file could not be
// written. The report's errors (what stopped the run) are in every format, so a stopped run never leaves a
// report that reads as a pass (design.md, "When a run stops"). With a github output and
// $GITHUB_STEP_SUMMARY set, the Markdown job summary is appended to that file too.
[[nodiscard]] bool write_reports(const std::vector<ReportOutput>& outputs, const report::Report& report,
                                 const ReportStyle& style, const Environment& environment);

// A run that stopped before it checked anything (a bad --as-of, a CLI11 parse error): every report file the
// --format specs name that can be parsed is written with the error alone (status "error", no passes), and
// the text report is left to the error printed on stderr. Specs that do not parse are skipped.
void write_stopped_reports(const std::vector<std::string>& specs, std::span<const core::Error> errors,
                           const ReportStyle& style, const Environment& environment);

// The --format values in a raw command line (`--format X`, `--format=X`), for write_stopped_reports when the
// parser itself refused the command line.
[[nodiscard]] std::vector<std::string> format_specs_in(int argc, char** argv);

} // namespace nominate::cli
