#pragma once

#include "environment.hpp"

#include <nominate/core/error.hpp>
#include <nominate/report/writers.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::cli {

// One `--format FMT[:FILE]`: a writer and where it writes (stdout without a file).
struct ReportOutput {
  report::Format format;
  std::optional<std::filesystem::path> file;
};

// The --format options of check and verify; none given means text on stdout.
[[nodiscard]] core::Result<std::vector<ReportOutput>> parse_outputs(const std::vector<std::string>& specs);

struct ReportStyle {
  core::Language language = core::Language::en;
  std::string color = "auto"; // --color
  bool quiet = false;         // no text report on stdout
  bool show_fields = false;
};

// Writes `report` to every output (files atomically), printing errors; false when a file could not be
// written.
[[nodiscard]] bool write_reports(const std::vector<ReportOutput>& outputs, const report::Report& report,
                                 const ReportStyle& style, const Environment& environment);

} // namespace nominate::cli
