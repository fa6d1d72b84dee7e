#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/finding.hpp>

#include <filesystem>
#include <string>

namespace nominate::folder {

// The one mapping from a reader's error to a finding about the file it could not read:
//   encrypted   → material.encrypted (a password-protected document)
//   unsupported → material.legacy-format, unconverted, with the LibreOffice command for IT staff
//   otherwise   → material.unreadable (damaged), with the reader's detail
// `path` is the file on disk (for the command), `file` its name relative to the submission or district.
[[nodiscard]] core::Finding read_error_finding(const core::Error& error, const std::filesystem::path& path,
                                               const std::string& file);

} // namespace nominate::folder
