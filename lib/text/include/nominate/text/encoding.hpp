#pragma once

#include <nominate/core/error.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace nominate::text {

// The largest text file read_text_file accepts.
inline constexpr std::size_t k_max_text_file_bytes = std::size_t{64} * 1024 * 1024;

// The text of a file's bytes as UTF-8 with line endings "\n": UTF-8 (a BOM stripped), UTF-16LE/BE with a
// BOM, else GB18030 (Notepad and Excel on Chinese Windows write GBK). Bytes that are neither give
// ErrorCode::bad_encoding naming `file` and asking to save it as UTF-8.
[[nodiscard]] core::Result<std::string> decode_text(std::string_view bytes,
                                                    const std::filesystem::path& file);

// `bytes` read as GB18030 (GBK's superset), nothing else guessed or changed (line endings kept): a zip
// entry's name from an old Chinese Windows archiver. ErrorCode::bad_encoding when they are not GB18030.
[[nodiscard]] core::Result<std::string> decode_gb18030(std::string_view bytes);

// decode_text of a file's content. ErrorCode::io when it cannot be read, ErrorCode::limit_exceeded when it
// is larger than k_max_text_file_bytes.
[[nodiscard]] core::Result<std::string> read_text_file(const std::filesystem::path& file);

} // namespace nominate::text
