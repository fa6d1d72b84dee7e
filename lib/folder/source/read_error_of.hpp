#pragma once

#include <nominate/core/error.hpp>
#include <nominate/folder/read_error.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace nominate::folder::detail {

// A failure with no more to say than its kind (encrypted, empty), or with the reader's words (damaged).
[[nodiscard]] ReadError read_error(ReadErrorKind kind, std::optional<std::string> detail = std::nullopt);

// A legacy format left unconverted: as the reader names it, and the LibreOffice command that converts it.
[[nodiscard]] ReadError unconverted(std::string format, std::string command);

// The one mapping from a reader's error to the fact it reports: encrypted → encrypted; unsupported → an
// unconverted legacy format, with its extension and the LibreOffice command for `path` (to .xlsx for an .xls,
// else to .docx); otherwise damaged, with the reader's words. `path` is the file on disk.
[[nodiscard]] ReadError read_error_of(const core::Error& error, const std::filesystem::path& path);

} // namespace nominate::folder::detail
