#pragma once

#include "registration_checks.hpp"

#include <nominate/core/finding.hpp>
#include <nominate/report/report.hpp>

#include <filesystem>
#include <vector>

namespace nominate::pipeline::detail {

// Reads the registration tables (附表2/附表4: .xlsx or .docx named 登记表) at the top of a district folder,
// in name order. A table that cannot be read is a finding (material.unreadable, material.legacy-format for
// .xls, material.encrypted) in `findings`, never an error that stops the run.
[[nodiscard]] std::vector<LoadedTable> read_registrations(const std::filesystem::path& district,
                                                          std::vector<core::Finding>& findings);

// A table as the JSON report shows it: rows in 推介序号 order, values in column order.
[[nodiscard]] report::RegistrationEntry to_report(const LoadedTable& table);

} // namespace nominate::pipeline::detail
