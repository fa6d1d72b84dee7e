#pragma once

#include <nominate/core/error.hpp>

#include <filesystem>
#include <string>

namespace nominate::office {

// The text of a summary or any document `nominate count` is given, decided by content: a .docx as Word
// shows it (plain_text), a PDF's text layer (read_pdf_text: empty for a scan), a text file (.txt, .md)
// decoded by text::read_text_file (UTF-8, UTF-16 with a BOM, else GB18030). Errors: those of the readers, the
// file named; unsupported for a legacy or other format (a .doc is converted by the caller first), encrypted
// for a password-protected one.
[[nodiscard]] core::Result<std::string> read_document_text(const std::filesystem::path& path);

} // namespace nominate::office
