#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace nominate::folder {

// How many leading bytes content_type() looks at.
inline constexpr std::size_t k_sniff_bytes = std::size_t{64} * 1024;
// Document containers (zip, OLE2) up to this size are read whole to tell .docx from .xlsx and .doc from .wps.
inline constexpr std::uintmax_t k_whole_document_bytes = std::uintmax_t{64} * 1024 * 1024;

// A file's type by its first bytes: "docx", "xlsx", "doc", "wps", "xls", "rtf", "html", "pdf", "jpeg",
// "png", "heic", "webp", "mp4", "mov", "matroska", "avi", "txt", … ("unknown" when nothing matches).
// `extension` only breaks ties the bytes cannot (plain text: .txt/.md/.csv/.yaml).
[[nodiscard]] std::string content_type(std::span<const std::uint8_t> head, const std::string& extension);

} // namespace nominate::folder
