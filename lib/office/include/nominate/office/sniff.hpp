#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace nominate::office {

// What a file is by its content, whatever its name says (design.md: "decide by content, not by extension").
enum class DocumentType {
  docx,             // OOXML word processing package (word/document.xml)
  xlsx,             // OOXML spreadsheet package (xl/workbook.xml)
  ooxml_other,      // another OPC package (.pptx, …)
  doc,              // Word 97–2003 binary (OLE2 with a WordDocument stream)
  xls,              // Excel 97–2003 binary (OLE2 with a Workbook or Book stream)
  wps,              // Kingsoft WPS or Microsoft Works document (OLE2 with the writers' own streams)
  ole2_other,       // another compound file (.ppt, .msg, …)
  encrypted_ooxml,  // a password-protected Office 2007+ file: OLE2 with EncryptedPackage
  encrypted_legacy, // a password-protected .doc/.xls/.wps (the FIB's fEncrypted flag, a FILEPASS record)
  rtf,
  html,     // HTML or MHTML, as Word's "save as web page" writes it
  word_xml, // Word 2003 XML (<?mso-application progid="Word.Document"?>)
  pdf,
  odt,       // OpenDocument text (LibreOffice, WPS's "save as .odt"), converted as a legacy document is
  ods,       // OpenDocument spreadsheet
  zip_other, // a zip that is no OOXML or OpenDocument package (an archive)
  text,      // plain text: no NUL bytes, no binary control characters
  unknown,
};

// The type of a file by its bytes. Give it the whole file: a zip's directory is at its end, so a head
// alone is told apart only by its first entries' names. Never fails; `unknown` when nothing fits.
[[nodiscard]] DocumentType sniff_document(std::span<const std::uint8_t> head_and_more);

// For a whole compound file (.doc, .xls, .wps): why it is damaged beyond reading — a sector size out of
// range, no readable directory, a directory or main-stream (WordDocument, Workbook, the root entry's small
// streams) sector chain that loops, leads past the end of the file or ends early — in English, for the
// detail of a finding. nullopt when the file is intact or is no compound file. Bounded: it follows each chain
// at most once around, whatever the header claims.
[[nodiscard]] std::optional<std::string> compound_file_damage(std::span<const std::uint8_t> whole_file);

// "docx", "xlsx", "ooxml", "doc", "xls", "wps", "ole2", "encrypted", "encrypted-legacy", "rtf", "html",
// "xml", "pdf", "zip", "txt", "unknown": the `type` shown in the report's materials.
[[nodiscard]] const char* to_string(DocumentType type);

// True for encrypted_ooxml and encrypted_legacy (material.encrypted).
[[nodiscard]] bool is_encrypted(DocumentType type);

// True for the formats read only after LibreOffice converts them (material.legacy-format):
// doc, xls, wps, rtf, html, word_xml.
[[nodiscard]] bool is_legacy(DocumentType type);

} // namespace nominate::office
