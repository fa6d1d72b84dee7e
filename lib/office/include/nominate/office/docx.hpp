#pragma once

#include <nominate/core/error.hpp>
#include <nominate/office/archive.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::office {

// A Word document as Word shows it once tracked changes are accepted: inserted text is in, deleted text
// is out, a field shows its result (an old FORMTEXT form field its typed value), a content control that
// still shows its placeholder is empty, a text box is read once (its DrawingML form, not the VML
// fallback Word writes next to it). Text keeps whitespace-only runs; w:tab is '\t', w:br and w:cr '\n'.

struct Paragraph {
  std::string text;
  std::string style;             // the paragraph style id (w:pStyle), e.g. "Title"; empty when none
  std::size_t tables_before = 0; // top-level tables before it in the body (0: above the first table)
};

struct Table;

// A table cell placed on the table's grid.
struct Cell {
  std::vector<std::string> paragraphs; // its paragraphs; a nested table's cells follow as paragraphs
  // The tables inside the cell, in order (their text is in `paragraphs` too): a county's form may put
  // `电话 | 手机 | 邮箱` in a small table of their own inside the cell next to 联系方式.
  std::vector<Table> tables;
  // How many of `paragraphs` come before the first of `tables` (all of them when there is none): the
  // cell's own lines that may head it as a label (`个人简历` above a table of its rows).
  std::size_t lines_before_table = 0;
  int column = 0;   // first grid column covered, 0-based (gridBefore counted)
  int span = 1;     // grid columns covered (w:gridSpan, old w:hMerge)
  int row_span = 1; // rows covered when it starts a vertical merge (w:vMerge restart)
  // A vertical-merge continuation (w:vMerge continue, or a bare <w:vMerge/>): it shows the cell that
  // starts the merge, at origin_row / origin_cell (0-based indices into Table::rows and Row::cells).
  bool continues_above = false;
  std::size_t origin_row = 0;
  std::size_t origin_cell = 0;

  // The paragraphs joined with '\n'.
  [[nodiscard]] std::string text() const;
};

struct Row {
  std::vector<Cell> cells; // as written (w:tc), continuation cells included
  int grid_before = 0;     // empty grid columns before the first cell (w:gridBefore)
  int grid_after = 0;      // after the last (w:gridAfter)
};

struct Table {
  std::vector<Row> rows;
  int columns = 0; // the grid's width: the widest row, gridBefore and gridAfter included

  // The cell covering grid `column` of row `row` (a continuation resolved to the cell that starts the
  // merge), or nullptr where the row has no cell there.
  [[nodiscard]] const Cell* cell_at(std::size_t row, int column) const;
  // The index in rows[row].cells of the cell covering `column`, if any (continuations not resolved).
  [[nodiscard]] std::optional<std::size_t> index_at(std::size_t row, int column) const;
};

struct Document {
  std::vector<Paragraph> paragraphs; // body paragraphs outside tables, in order; text boxes follow
                                     // the paragraph that anchors them
  std::vector<Table> tables;         // top-level tables, in order
  bool has_revisions = false;        // unaccepted tracked changes (w:ins, w:del, w:moveFrom/To, cells, rows)
};

// Reads word/document.xml (the package's main part) of a .docx held in memory. Errors: unreadable (not a
// zip, no main part, damaged XML, a DOCTYPE), encrypted (an encrypted OOXML file or zip encryption),
// unsupported (a legacy binary .doc/.wps), limit_exceeded (zip limits).
[[nodiscard]] core::Result<Document> read_docx(std::span<const std::uint8_t> bytes,
                                               const ZipLimits& limits = {});
// The same, from a file; the error names the file.
[[nodiscard]] core::Result<Document> read_docx_file(const std::filesystem::path& path);

// All the text as Word shows it, in reading order: body paragraphs and, at their place, each table row's
// cells (a merged cell once), one per line. This is what a summary's 字数 counts.
[[nodiscard]] std::string plain_text(const Document& document);

} // namespace nominate::office
