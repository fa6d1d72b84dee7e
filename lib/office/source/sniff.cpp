#include "mhtml.hpp"
#include "ole2.hpp"
#include "opc.hpp"

#include <nominate/office/archive.hpp>
#include <nominate/office/sniff.hpp>

#include <algorithm>
#include <string_view>

namespace nominate::office {

namespace {

std::string_view as_text(std::span<const std::uint8_t> bytes, std::size_t most)
{
  return {reinterpret_cast<const char*>(bytes.data()), std::min(bytes.size(), most)};
}

std::string lowercase_head(std::span<const std::uint8_t> bytes, std::size_t most)
{
  std::string head(as_text(bytes, most));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return head;
}

// An OpenDocument package stores its `mimetype` first and uncompressed (ODF 1.2 part 3, §3.3): its name at
// byte 30 of the zip and its text right after, in the first bytes whatever the rest holds.
std::optional<DocumentType> opendocument(std::span<const std::uint8_t> bytes)
{
  const std::string_view head = as_text(bytes, 128);
  if (head.size() < 38 || head.substr(30, 8) != "mimetype") {
    return std::nullopt;
  }
  const std::string_view type = head.substr(38);
  if (type.starts_with("application/vnd.oasis.opendocument.text")) {
    return DocumentType::odt;
  }
  if (type.starts_with("application/vnd.oasis.opendocument.spreadsheet")) {
    return DocumentType::ods;
  }
  return std::nullopt;
}

DocumentType sniff_zip(std::span<const std::uint8_t> bytes)
{
  if (auto odf = opendocument(bytes)) {
    return *odf;
  }
  auto archive = ZipArchive::open(bytes);
  if (!archive) {
    // A truncated package has no central directory; its local headers still name the first parts.
    std::string_view head = as_text(bytes, std::size_t{256} * 1024);
    if (head.find("word/") != std::string_view::npos) {
      return DocumentType::docx;
    }
    if (head.find("xl/") != std::string_view::npos) {
      return DocumentType::xlsx;
    }
    return head.find("[Content_Types].xml") != std::string_view::npos ? DocumentType::ooxml_other
                                                                      : DocumentType::zip_other;
  }
  if (!archive->contains("[Content_Types].xml")) {
    return DocumentType::zip_other;
  }
  std::string type;
  if (auto main = main_part(*archive)) {
    type = content_type(*archive, *main);
  }
  // [Content_Types].xml may lie (or say nothing): the parts a package holds decide when they tell only one
  // kind, so a Word file whose declared type is a spreadsheet's is not reported as an .xlsx; read_docx then
  // says what is wrong with it.
  const bool word_parts = archive->contains("word/document.xml");
  const bool sheet_parts = archive->contains("xl/workbook.xml");
  if (word_parts != sheet_parts) {
    return word_parts ? DocumentType::docx : DocumentType::xlsx;
  }
  if (type.find("wordprocessingml") != std::string::npos) {
    return DocumentType::docx;
  }
  if (type.find("spreadsheetml") != std::string::npos) {
    return DocumentType::xlsx;
  }
  return DocumentType::ooxml_other;
}

// Word's FIB: wIdent 0xA5EC, then flags at 0x0A whose bit 0x0100 is fEncrypted.
bool word_encrypted(std::span<const std::uint8_t> fib)
{
  return fib.size() >= 12 && fib[0] == 0xEC && fib[1] == 0xA5 && (fib[0x0B] & 0x01) != 0;
}

// Excel's workbook globals: a FILEPASS record (0x002F) before the first EOF (0x000A).
bool excel_encrypted(std::span<const std::uint8_t> stream)
{
  std::size_t offset = 0;
  while (offset + 4 <= stream.size()) {
    unsigned type = stream[offset] | (stream[offset + 1] << 8);
    unsigned length = stream[offset + 2] | (stream[offset + 3] << 8);
    if (type == 0x002F) {
      return true;
    }
    if (type == 0x000A) {
      return false;
    }
    offset += 4 + length;
  }
  return false;
}

// Without the directory (a head of a big file, whose directory sits near its end), the streams' own
// headers at sector starts still tell: Word's FIB (wIdent 0xA5EC and a Word 97+ nFib), Excel's BIFF8
// workbook BOF record.
DocumentType sniff_ole2_streams(std::span<const std::uint8_t> bytes)
{
  for (std::size_t offset = 512; offset + 16 <= bytes.size(); offset += 512) {
    auto sector = bytes.subspan(offset, 512 <= bytes.size() - offset ? 512 : bytes.size() - offset);
    unsigned n_fib = sector[2] | (sector[3] << 8);
    if (sector[0] == 0xEC && sector[1] == 0xA5 && n_fib >= 0x00C1 && n_fib <= 0x0112) {
      return word_encrypted(sector) ? DocumentType::encrypted_legacy : DocumentType::doc;
    }
    unsigned version = sector[4] | (sector[5] << 8);
    unsigned kind = sector[6] | (sector[7] << 8);
    if (sector[0] == 0x09 && sector[1] == 0x08 && version == 0x0600 && kind == 0x0005) {
      return excel_encrypted(sector) ? DocumentType::encrypted_legacy : DocumentType::xls;
    }
  }
  return DocumentType::ole2_other;
}

DocumentType sniff_ole2(std::span<const std::uint8_t> bytes)
{
  auto directory = Ole2Directory::read(bytes);
  if (!directory) {
    return sniff_ole2_streams(bytes);
  }
  if (directory->find("EncryptedPackage") != nullptr) {
    return DocumentType::encrypted_ooxml;
  }
  if (const auto* word = directory->find("WordDocument")) {
    auto fib = directory->stream_head(*word);
    if (word_encrypted(fib)) {
      return DocumentType::encrypted_legacy;
    }
    // Kingsoft WPS writes Word's binary format and adds its own stream.
    return directory->find("WpsCustomData") != nullptr ? DocumentType::wps : DocumentType::doc;
  }
  for (std::string_view name : {"Workbook", "Book", "WORKBOOK", "BOOK"}) {
    if (const auto* book = directory->find(name)) {
      return excel_encrypted(directory->stream_head(*book)) ? DocumentType::encrypted_legacy
                                                            : DocumentType::xls;
    }
  }
  // Microsoft Works word processor files.
  if (directory->find("CONTENTS") != nullptr &&
      (directory->find("MatOST") != nullptr || directory->find("SPELLING") != nullptr)) {
    return DocumentType::wps;
  }
  return directory->complete() ? DocumentType::ole2_other : sniff_ole2_streams(bytes);
}

bool looks_like_text(std::span<const std::uint8_t> bytes)
{
  if (bytes.size() >= 2 &&
      ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
    return true;
  }
  std::size_t sample = std::min<std::size_t>(bytes.size(), std::size_t{64} * 1024);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    std::uint8_t byte = bytes[i];
    if (byte == 0) {
      return false;
    }
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1B) {
      ++controls;
    }
  }
  return controls * 100 <= sample;
}

} // namespace

std::optional<std::string> compound_file_damage(std::span<const std::uint8_t> whole_file)
{
  if (!is_ole2(whole_file)) {
    return std::nullopt;
  }
  if (whole_file.size() < 512) {
    return "the file ends inside its 512-byte header";
  }
  const unsigned shift = whole_file[0x1E] | (whole_file[0x1F] << 8);
  if (shift != 9 && shift != 12) {
    return "the header gives a sector shift of " + std::to_string(shift) + " (9 or 12 are valid)";
  }
  auto directory = Ole2Directory::read(whole_file);
  if (!directory) {
    return std::string("no directory entry can be read");
  }
  if (directory->directory_damage()) {
    return directory->directory_damage();
  }
  if (!directory->complete()) {
    return std::string("the directory's sector chain leads past the end of the file");
  }
  for (const auto& entry : directory->entries()) {
    const bool main_stream =
        entry.type == 5 || (entry.type == 2 && (entry.name == "WordDocument" || entry.name == "Workbook" ||
                                                entry.name == "Book" || entry.name == "EncryptedPackage"));
    if (main_stream) {
      if (auto damage = directory->chain_damage(entry)) {
        return damage;
      }
    }
  }
  return std::nullopt;
}

DocumentType sniff_document(std::span<const std::uint8_t> bytes)
{
  if (bytes.empty()) {
    return DocumentType::unknown;
  }
  if (is_ole2(bytes)) {
    return sniff_ole2(bytes);
  }
  std::string_view head = as_text(bytes, 8);
  if (head.starts_with("PK\x03\x04") || head.starts_with("PK\x05\x06") || head.starts_with("PK\x07\x08")) {
    return sniff_zip(bytes);
  }
  if (head.starts_with("%PDF-")) {
    return DocumentType::pdf;
  }
  std::string lower = lowercase_head(bytes, 4096);
  std::string_view start = lower;
  if (start.starts_with("\xef\xbb\xbf")) {
    start.remove_prefix(3);
  }
  start.remove_prefix(std::min(start.size(), start.find_first_not_of(" \t\r\n")));
  if (start.starts_with("{\\rtf")) {
    return DocumentType::rtf;
  }
  if (start.starts_with("<?xml") && start.find("progid=\"word.document\"") != std::string_view::npos) {
    return DocumentType::word_xml;
  }
  // A web archive (MHTML) is its page: convert_document hands LibreOffice that part.
  if (start.starts_with("<!doctype html") || start.starts_with("<html") ||
      (start.starts_with("<") && start.find("<html") != std::string_view::npos) || is_mhtml(bytes)) {
    return DocumentType::html;
  }
  return looks_like_text(bytes) ? DocumentType::text : DocumentType::unknown;
}

const char* to_string(DocumentType type)
{
  switch (type) {
  case DocumentType::docx:
    return "docx";
  case DocumentType::xlsx:
    return "xlsx";
  case DocumentType::ooxml_other:
    return "ooxml";
  case DocumentType::doc:
    return "doc";
  case DocumentType::xls:
    return "xls";
  case DocumentType::wps:
    return "wps";
  case DocumentType::ole2_other:
    return "ole2";
  case DocumentType::encrypted_ooxml:
    return "encrypted";
  case DocumentType::encrypted_legacy:
    return "encrypted-legacy";
  case DocumentType::rtf:
    return "rtf";
  case DocumentType::html:
    return "html";
  case DocumentType::word_xml:
    return "xml";
  case DocumentType::pdf:
    return "pdf";
  case DocumentType::odt:
    return "odt";
  case DocumentType::ods:
    return "ods";
  case DocumentType::zip_other:
    return "zip";
  case DocumentType::text:
    return "txt";
  case DocumentType::unknown:
    break;
  }
  return "unknown";
}

bool is_encrypted(DocumentType type)
{
  return type == DocumentType::encrypted_ooxml || type == DocumentType::encrypted_legacy;
}

bool is_legacy(DocumentType type)
{
  switch (type) {
  case DocumentType::doc:
  case DocumentType::xls:
  case DocumentType::wps:
  case DocumentType::rtf:
  case DocumentType::html:
  case DocumentType::word_xml:
    return true;
  default:
    return false;
  }
}

} // namespace nominate::office
