#pragma once

#include <string>

namespace nominate::office::detail {

// poppler's running version once the PDF module is loaded, else "on first use: nominate-pdf.so"
// (`--version` reports without loading it).
[[nodiscard]] std::string pdf_reader_version();

} // namespace nominate::office::detail
