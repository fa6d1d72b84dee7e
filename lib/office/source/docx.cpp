#include "file_bytes.hpp"
#include "ole2.hpp"
#include "opc.hpp"
#include "word_reader.hpp"
#include "xml.hpp"

#include <nominate/office/docx.hpp>
#include <nominate/office/sniff.hpp>

namespace nominate::office {

std::string Cell::text() const
{
  std::string joined;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) {
      joined += '\n';
    }
    joined += paragraphs[i];
  }
  return joined;
}

std::optional<std::size_t> Table::index_at(std::size_t row, int column) const
{
  if (row >= rows.size()) {
    return std::nullopt;
  }
  const auto& cells = rows[row].cells;
  for (std::size_t index = 0; index < cells.size(); ++index) {
    if (column >= cells[index].column && column < cells[index].column + cells[index].span) {
      return index;
    }
  }
  return std::nullopt;
}

const Cell* Table::cell_at(std::size_t row, int column) const
{
  auto index = index_at(row, column);
  if (!index) {
    return nullptr;
  }
  const Cell& cell = rows[row].cells[*index];
  if (cell.continues_above) {
    return &rows[cell.origin_row].cells[cell.origin_cell];
  }
  return &cell;
}

core::Result<Document> read_docx(std::span<const std::uint8_t> bytes, const ZipLimits& limits)
{
  if (is_ole2(bytes)) {
    DocumentType type = sniff_document(bytes);
    if (is_encrypted(type)) {
      return core::fail(core::ErrorCode::encrypted, "a password-protected document");
    }
    return core::fail(core::ErrorCode::unsupported,
                      std::string("a legacy ") + to_string(type) + " document, not a .docx");
  }
  auto archive = ZipArchive::open(bytes, limits);
  if (!archive) {
    return std::unexpected(archive.error());
  }
  std::string part = "word/document.xml";
  if (auto main = main_part(*archive)) {
    part = *main;
  } else if (!archive->contains(part)) {
    return std::unexpected(main.error());
  }
  auto xml = archive->read(part);
  if (!xml) {
    return std::unexpected(xml.error());
  }
  auto parsed = parse_xml(*xml, part);
  if (!parsed) {
    return std::unexpected(parsed.error());
  }
  std::string_view root = local_name((*parsed)->document_element().name());
  if (root != "document") {
    return core::fail(core::ErrorCode::unreadable, "the main part " + part + " is no Word document");
  }
  // Word refuses a package whose main part has no content type, or another kind's, as damaged ("problems
  // with its contents"); the text is still there, but a reviewer could not open the file.
  // A macro-enabled document or template (.docm, .dotm) is Word's too: its text is read, its macros never
  // run.
  if (auto declared = content_type(*archive, part);
      declared.find("wordprocessingml") == std::string::npos &&
      !declared.starts_with("application/vnd.ms-word.document.macroEnabled") &&
      !declared.starts_with("application/vnd.ms-word.template.macroEnabled")) {
    return core::fail_because(core::ErrorCode::unreadable, "main-part-type",
                              declared.empty()
                                  ? "[Content_Types].xml gives the main part " + part +
                                        " no content type: Word reports the file as damaged"
                                  : "[Content_Types].xml declares the main part " + part + " as " + declared +
                                        ", not a Word document: Word reports the file as damaged");
  }
  return read_document_xml(**parsed);
}

core::Result<Document> read_docx_file(const std::filesystem::path& path)
{
  auto bytes = read_file_bytes(path);
  if (!bytes) {
    return std::unexpected(bytes.error());
  }
  auto document = read_docx(*bytes);
  if (!document) {
    return std::unexpected(with_file(document.error(), path));
  }
  return document;
}

std::string plain_text(const Document& document)
{
  std::string text;
  auto line = [&](const std::string& content) {
    if (!text.empty()) {
      text += '\n';
    }
    text += content;
  };
  std::size_t tables_done = 0;
  auto tables_until = [&](std::size_t count) {
    for (; tables_done < count && tables_done < document.tables.size(); ++tables_done) {
      for (const auto& row : document.tables[tables_done].rows) {
        for (const auto& cell : row.cells) {
          if (cell.continues_above) {
            continue;
          }
          for (const auto& paragraph : cell.paragraphs) {
            line(paragraph);
          }
        }
      }
    }
  };
  for (const auto& paragraph : document.paragraphs) {
    tables_until(paragraph.tables_before);
    line(paragraph.text);
  }
  tables_until(document.tables.size());
  return text;
}

} // namespace nominate::office
