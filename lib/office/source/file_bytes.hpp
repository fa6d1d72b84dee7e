#pragma once

#include <nominate/core/error.hpp>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace nominate::office {

// The largest document the readers load into memory (a form with its photos stays far below it).
inline constexpr std::uintmax_t k_max_document_bytes = 512ull * 1024 * 1024;

// A whole file's bytes, through core::InputFile (a FIFO or device is refused, never waited on). Errors:
// not_found, unreadable (not a regular file), io, limit_exceeded (over k_max_document_bytes); each names the
// file.
[[nodiscard]] core::Result<std::vector<std::uint8_t>> read_file_bytes(const std::filesystem::path& path);

// `error` with `path` as its file (readers of bytes know no file name).
[[nodiscard]] core::Error with_file(core::Error error, const std::filesystem::path& path);

} // namespace nominate::office
