#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/report/report.hpp>

#include <span>

namespace nominate::report {

// Adds one list of findings to `summary`: unwaived errors, unwaived warnings, waived (of any severity).
// Info findings count nowhere. Private to the report part; report.cpp defines it.
void tally(std::span<const core::Finding> findings, Summary& summary);

// The counts of one list alone.
[[nodiscard]] Summary tally(std::span<const core::Finding> findings);

} // namespace nominate::report
