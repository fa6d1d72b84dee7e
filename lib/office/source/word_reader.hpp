#pragma once

#include "xml.hpp"

#include <nominate/office/docx.hpp>

#include <pugixml.hpp>

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace nominate::office {

// Where the blocks of a container go: the body, a cell, a text box.
class BlockSink {
public:
  virtual ~BlockSink() = default;
  virtual void paragraph(std::string text, std::string style) = 0;
  virtual void table(Table table) = 0;
};

// The blocks of the text boxes anchored in a paragraph, in order; replayed into the paragraph's own sink
// after it, so that a table drawn in a text box (a whole form in one) is a table of the body.
class BoxBlocks : public BlockSink {
public:
  void paragraph(std::string text, std::string style) override;
  void table(Table table) override;
  // Hands the blocks to `sink` (paragraphs without their style, as a text box's were always read).
  void replay(BlockSink& sink);

private:
  std::vector<std::variant<std::string, Table>> m_blocks;
};

// Walks WordprocessingML as Word shows it (see docx.hpp). Never fails: what it does not understand it
// leaves out; nesting deeper than a fixed bound is ignored so that a crafted part cannot exhaust the stack.
class WordReader {
public:
  explicit WordReader(const pugi::xml_node& root);

  // Paragraphs and tables of a block container (w:body, w:tc, w:txbxContent, w:sdtContent).
  void read_blocks(const pugi::xml_node& container, BlockSink& sink, int depth);
  // The cells of a table that is only a frame round other tables, in order, or none: a border drawn round
  // the whole form (one cell), or a one-column layout table whose rows hold the form's table and short
  // lines around it (`编号：`, the title). read_blocks reads such cells' content as the body's own, so the
  // form inside is a top-level table and not one cell's text.
  [[nodiscard]] std::vector<pugi::xml_node> frame_cells(const pugi::xml_node& table) const;
  // A cell's content as paragraphs, nested tables flattened into them and kept (Cell::tables).
  void read_cell_content(const pugi::xml_node& node, Cell& cell, int depth);

  [[nodiscard]] const Namespace& w() const { return m_w; }
  // An on/off property: present and not w:val="0|false|off".
  [[nodiscard]] bool on(const pugi::xml_node& property) const;
  // A property's integer w:val, clamped; `fallback` when absent or not a number.
  [[nodiscard]] int number(const pugi::xml_node& property, int fallback, int low, int high) const;
  // The element children of `node`, markup-compatibility blocks replaced by their first Choice.
  void for_each_child(const pugi::xml_node& node, int depth,
                      const std::function<void(const pugi::xml_node&)>& visit) const;
  void mark_revision() { m_revisions = true; }
  [[nodiscard]] bool has_revisions() const { return m_revisions; }

private:
  struct Field {
    bool in_code = true; // between begin and separate: the instruction, not shown
    std::string shown;   // what a legacy drop-down or check box shows at its end
  };

  [[nodiscard]] bool showing_placeholder(const pugi::xml_node& sdt) const;
  // A check-box content control (w14:checkbox) as ☑ or ☐ by its w14:checked state, whatever glyph and
  // font its content draws; nullopt for any other content control.
  [[nodiscard]] std::optional<std::string_view> check_box_state(const pugi::xml_node& sdt) const;
  [[nodiscard]] bool showing_field_code() const;
  void read_paragraph(const pugi::xml_node& paragraph, BlockSink& sink, int depth);
  void read_inline(const pugi::xml_node& container, std::string& text, BoxBlocks& boxes, int depth);
  void read_run(const pugi::xml_node& run, std::string& text, BoxBlocks& boxes, int depth);
  void read_math(const pugi::xml_node& node, std::string& text, int depth);
  // A w:sym: its Unicode character; a Wingdings check box as ☐/☑; other symbol-font glyphs left out.
  void read_symbol(const pugi::xml_node& symbol, std::string& text) const;
  // Text typed in a run of font `font`: a Wingdings check-box glyph as ☐/☑, everything else as typed.
  static void append_in_font(std::string_view typed, std::string_view font, std::string& text);
  void read_text_boxes(const pugi::xml_node& node, BoxBlocks& boxes, int depth);
  void field_char(const pugi::xml_node& node, std::string& text);

  Namespace m_w;
  Namespace m_mc;
  Namespace m_m;
  Namespace m_w14;
  bool m_revisions = false;
  std::vector<Field> m_fields; // open complex fields, innermost last
};

// A w:tbl placed on its grid: spans, vertical merges, gridBefore/gridAfter resolved.
[[nodiscard]] Table read_table(WordReader& reader, const pugi::xml_node& table, int depth);

// The Document of a parsed word/document.xml.
[[nodiscard]] Document read_document_xml(const pugi::xml_document& xml);

} // namespace nominate::office
