#pragma once

#include <nominate/core/error.hpp>

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace nominate::office {

// A PDF's text layer, page after page (poppler, in the order the text was written).
struct PdfText {
  std::string text; // UTF-8; empty when no page has a text layer (a scan)
  int pages = 0;
};

// Reads the text of a PDF (a work summary the notice names no format for). A scanned PDF with no text
// layer is read fine, with empty text: the caller says its length could not be checked. Errors:
// encrypted (a password is needed to open it), unreadable (not a PDF poppler can open).
[[nodiscard]] core::Result<PdfText> read_pdf_text(std::span<const std::uint8_t> bytes);
// The same, for a file (errors name it; also those of reading the file).
[[nodiscard]] core::Result<PdfText> read_pdf_text_file(const std::filesystem::path& path);

} // namespace nominate::office
