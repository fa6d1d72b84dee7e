#include "utf8.hpp"
#include "word_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <span>

namespace nominate::office {

namespace {

constexpr int k_max_depth = 48;
constexpr std::size_t k_max_field_depth = 32;

constexpr std::string_view k_w_uri = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view k_w_strict_uri = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view k_mc_uri = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view k_m_uri = "http://schemas.openxmlformats.org/officeDocument/2006/math";
constexpr std::string_view k_w14_uri = "http://schemas.microsoft.com/office/word/2010/wordml";

enum class SymbolFont { other, wingdings, wingdings_2 };

// Which Wingdings a font name (w:sym's w:font, a run's w:rFonts) is, spaces and case aside.
SymbolFont symbol_font(std::string_view font)
{
  std::string name;
  for (char c : font) {
    if (c != ' ') {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (name == "wingdings") {
    return SymbolFont::wingdings;
  }
  return name == "wingdings2" ? SymbolFont::wingdings_2 : SymbolFont::other;
}

// The Unicode box of a Wingdings / Wingdings 2 check-box glyph, as WPS and Word insert them (Insert ›
// Symbol, a legacy check box, or `R` typed in Wingdings 2): ☐ for an empty box, ☑ / ☒ for a ticked one, ✓
// for a bare tick, so that text::ticked_option reads `□男 ☑女` written with symbols. `code` is the
// character in the font: F000–F0FF as w:sym writes it, or the same without the F0 prefix as typed text has
// it. nullopt for any other character.
std::optional<std::string_view> check_box_glyph(SymbolFont font, char32_t code)
{
  struct Glyph {
    char32_t code;
    std::string_view box;
  };
  static constexpr std::array<Glyph, 9> k_wingdings{{{0xF06F, "☐"},
                                                     {0xF071, "☐"},
                                                     {0xF0A8, "☐"},
                                                     {0xF0A1, "○"},
                                                     {0xF06E, "■"},
                                                     {0xF078, "☒"},
                                                     {0xF0FD, "☒"},
                                                     {0xF0FE, "☑"},
                                                     {0xF0FC, "✓"}}};
  static constexpr std::array<Glyph, 6> k_wingdings_2{
      {{0xF0A3, "☐"}, {0xF0A2, "☐"}, {0xF052, "☑"}, {0xF053, "☒"}, {0xF054, "☒"}, {0xF050, "✓"}}};
  if (code < 0x100) {
    code += 0xF000;
  }
  std::span<const Glyph> glyphs;
  if (font == SymbolFont::wingdings) {
    glyphs = k_wingdings;
  } else if (font == SymbolFont::wingdings_2) {
    glyphs = k_wingdings_2;
  }
  for (const auto& glyph : glyphs) {
    if (glyph.code == code) {
      return glyph.box;
    }
  }
  return std::nullopt;
}

// How many bytes of text (w:t) `node` holds, to tell a short line from a value; bounded by depth.
std::size_t text_bytes(const Namespace& w, const pugi::xml_node& node, int depth)
{
  std::size_t bytes = 0;
  for (const auto& child : node.children()) {
    if (w.is(child, "t")) {
      bytes += std::string_view(child.text().get()).size();
    } else if (child.type() == pugi::node_element && depth < k_max_depth) {
      bytes += text_bytes(w, child, depth + 1);
    }
  }
  return bytes;
}

// Collects a cell's paragraphs; a table inside is flattened into its cells' paragraphs, and kept.
class ParagraphList : public BlockSink {
public:
  void paragraph(std::string text, std::string /*style*/) override { lines.push_back(std::move(text)); }
  void table(Table table) override
  {
    if (tables.empty()) {
      before_first_table = lines.size();
    }
    for (const auto& row : table.rows) {
      for (const auto& cell : row.cells) {
        if (!cell.continues_above) {
          lines.insert(lines.end(), cell.paragraphs.begin(), cell.paragraphs.end());
        }
      }
    }
    tables.push_back(std::move(table));
  }
  std::vector<std::string> lines;
  std::vector<Table> tables;
  std::size_t before_first_table = 0; // lines before the first table (set when there is one)
};

class BodySink : public BlockSink {
public:
  explicit BodySink(Document& document) : m_document(document) {}
  void paragraph(std::string text, std::string style) override
  {
    m_document.paragraphs.push_back(Paragraph{std::move(text), std::move(style), m_document.tables.size()});
  }
  void table(Table table) override { m_document.tables.push_back(std::move(table)); }

private:
  Document& m_document;
};

} // namespace

void BoxBlocks::paragraph(std::string text, std::string /*style*/)
{
  m_blocks.emplace_back(std::move(text));
}

void BoxBlocks::table(Table table)
{
  m_blocks.emplace_back(std::move(table));
}

void BoxBlocks::replay(BlockSink& sink)
{
  for (auto& block : m_blocks) {
    if (auto* text = std::get_if<std::string>(&block)) {
      sink.paragraph(std::move(*text), {});
    } else {
      sink.table(std::move(std::get<Table>(block)));
    }
  }
  m_blocks.clear();
}

WordReader::WordReader(const pugi::xml_node& root)
    : m_w(root, {k_w_uri, k_w_strict_uri}, "w"), m_mc(root, {k_mc_uri}, "mc"), m_m(root, {k_m_uri}, "m"),
      m_w14(root, {k_w14_uri}, "w14")
{
}

bool WordReader::on(const pugi::xml_node& property) const
{
  if (!property) {
    return false;
  }
  std::string_view value = m_w.attribute(property, "val").value();
  return value != "0" && value != "false" && value != "off";
}

int WordReader::number(const pugi::xml_node& property, int fallback, int low, int high) const
{
  std::string_view value = m_w.attribute(property, "val").value();
  int parsed = fallback;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (error != std::errc() || end != value.data() + value.size()) {
    return fallback;
  }
  return std::clamp(parsed, low, high);
}

void WordReader::for_each_child(const pugi::xml_node& node, int depth,
                                const std::function<void(const pugi::xml_node&)>& visit) const
{
  for (const auto& child : node.children()) {
    if (child.type() != pugi::node_element) {
      continue;
    }
    // Markup compatibility: take the first Choice; the Fallback repeats the content in an older form.
    if (m_mc.is(child, "AlternateContent")) {
      if (depth < k_max_depth) {
        if (auto choice = m_mc.child(child, "Choice")) {
          for_each_child(choice, depth + 1, visit);
        } else if (auto fallback = m_mc.child(child, "Fallback")) {
          for_each_child(fallback, depth + 1, visit);
        }
      }
      continue;
    }
    visit(child);
  }
}

bool WordReader::showing_placeholder(const pugi::xml_node& sdt) const
{
  return on(m_w.child(m_w.child(sdt, "sdtPr"), "showingPlcHdr"));
}

void WordReader::read_blocks(const pugi::xml_node& container, BlockSink& sink, int depth)
{
  if (depth > k_max_depth) {
    return;
  }
  for_each_child(container, depth, [&](const pugi::xml_node& child) {
    std::string_view name = m_w.local(child);
    if (name == "p") {
      read_paragraph(child, sink, depth + 1);
    } else if (name == "tbl") {
      if (auto frame = frame_cells(child); !frame.empty()) {
        for (const auto& cell : frame) {
          read_blocks(cell, sink, depth + 2); // the form inside a frame is the body's own table
        }
      } else {
        sink.table(read_table(*this, child, depth + 1));
      }
    } else if (name == "sdt") {
      if (!showing_placeholder(child)) {
        read_blocks(m_w.child(child, "sdtContent"), sink, depth + 1);
      }
    } else if (name == "customXml" || name == "ins" || name == "moveTo") {
      m_revisions = m_revisions || name != "customXml";
      read_blocks(child, sink, depth + 1);
    } else if (name == "del" || name == "moveFrom") {
      m_revisions = true;
    }
  });
}

std::vector<pugi::xml_node> WordReader::frame_cells(const pugi::xml_node& table) const
{
  // A line around the form in a layout table: a number or a title, not a value typed in a cell.
  constexpr std::size_t k_max_line_bytes = 120;
  std::vector<pugi::xml_node> cells;
  bool holds_table = false;
  for (const auto& row : table.children()) {
    if (!m_w.is(row, "tr")) {
      continue;
    }
    std::size_t in_row = 0;
    for (const auto& cell : row.children()) {
      if (!m_w.is(cell, "tc")) {
        continue;
      }
      ++in_row;
      cells.push_back(cell);
      if (m_w.child(cell, "tbl")) {
        holds_table = true;
        continue;
      }
      if (text_bytes(m_w, cell, 0) > k_max_line_bytes) {
        return {};
      }
    }
    if (in_row != 1) {
      return {};
    }
  }
  return holds_table ? cells : std::vector<pugi::xml_node>{};
}

void WordReader::read_paragraph(const pugi::xml_node& paragraph, BlockSink& sink, int depth)
{
  auto properties = m_w.child(paragraph, "pPr");
  std::string style = m_w.attribute(m_w.child(properties, "pStyle"), "val").value();
  auto mark = m_w.child(properties, "rPr");
  if (m_w.child(mark, "ins") || m_w.child(mark, "del") || m_w.child(properties, "pPrChange")) {
    m_revisions = true;
  }
  std::string text;
  BoxBlocks boxes;
  read_inline(paragraph, text, boxes, depth);
  sink.paragraph(std::move(text), std::move(style));
  boxes.replay(sink);
}

void WordReader::read_inline(const pugi::xml_node& container, std::string& text, BoxBlocks& boxes, int depth)
{
  if (depth > k_max_depth) {
    return;
  }
  for_each_child(container, depth, [&](const pugi::xml_node& child) {
    if (m_m.is(child, "oMath") || m_m.is(child, "oMathPara")) {
      read_math(child, text, depth + 1);
      return;
    }
    std::string_view name = m_w.local(child);
    if (name == "r") {
      read_run(child, text, boxes, depth + 1);
    } else if (name == "ins" || name == "moveTo") {
      m_revisions = true;
      read_inline(child, text, boxes, depth + 1);
    } else if (name == "del" || name == "moveFrom") {
      m_revisions = true;
    } else if (name == "hyperlink" || name == "smartTag" || name == "customXml" || name == "dir" ||
               name == "bdo" || name == "fldSimple") {
      read_inline(child, text, boxes, depth + 1);
    } else if (name == "sdt") {
      if (auto box = check_box_state(child)) {
        text += *box;
      } else if (!showing_placeholder(child)) {
        read_inline(m_w.child(child, "sdtContent"), text, boxes, depth + 1);
      }
    }
  });
}

std::optional<std::string_view> WordReader::check_box_state(const pugi::xml_node& sdt) const
{
  auto check_box = m_w14.child(m_w.child(sdt, "sdtPr"), "checkbox");
  if (!check_box) {
    return std::nullopt;
  }
  std::string_view checked = m_w14.attribute(m_w14.child(check_box, "checked"), "val").value();
  return checked == "1" || checked == "true" ? "☑" : "☐";
}

void WordReader::read_math(const pugi::xml_node& node, std::string& text, int depth)
{
  if (depth > k_max_depth) {
    return;
  }
  for (const auto& child : node.children()) {
    if (m_m.is(child, "t")) {
      text += child.text().get();
    } else if (child.type() == pugi::node_element) {
      read_math(child, text, depth + 1);
    }
  }
}

bool WordReader::showing_field_code() const
{
  return std::any_of(m_fields.begin(), m_fields.end(), [](const Field& field) { return field.in_code; });
}

void WordReader::field_char(const pugi::xml_node& node, std::string& text)
{
  std::string_view type = m_w.attribute(node, "fldCharType").value();
  if (type == "begin") {
    Field field;
    // A legacy drop-down form field shows its chosen entry, which is not in the result runs.
    if (auto list = m_w.child(m_w.child(node, "ffData"), "ddList")) {
      int chosen = number(m_w.child(list, "result"), number(m_w.child(list, "default"), 0, 0, 1000), 0, 1000);
      int index = 0;
      for (const auto& entry : list.children()) {
        if (m_w.is(entry, "listEntry") && index++ == chosen) {
          field.shown = m_w.attribute(entry, "val").value();
        }
      }
    }
    // A legacy check-box form field (FORMCHECKBOX) draws its box and has no result runs: its state is
    // w:checked, else w:default.
    if (auto box = m_w.child(m_w.child(node, "ffData"), "checkBox")) {
      auto checked = m_w.child(box, "checked");
      field.shown = (checked ? on(checked) : number(m_w.child(box, "default"), 0, 0, 1) == 1) ? "☑" : "☐";
    }
    m_fields.push_back(std::move(field));
    if (m_fields.size() > k_max_field_depth) {
      m_fields.erase(m_fields.begin());
    }
  } else if (type == "separate") {
    if (!m_fields.empty()) {
      m_fields.back().in_code = false;
    }
  } else if (type == "end") {
    if (!m_fields.empty()) {
      std::string shown = std::move(m_fields.back().shown);
      m_fields.pop_back();
      if (!showing_field_code()) {
        text += shown;
      }
    }
  }
}

void WordReader::read_run(const pugi::xml_node& run, std::string& text, BoxBlocks& boxes, int depth)
{
  if (depth > k_max_depth) {
    return;
  }
  auto properties = m_w.child(run, "rPr");
  if (m_w.child(properties, "rPrChange")) {
    m_revisions = true;
  }
  // Hidden text (w:vanish) is neither shown nor counted by Word.
  bool hidden = on(m_w.child(properties, "vanish"));
  // Typed in a symbol font: `R` in Wingdings 2 is how many offices draw ☑ (see check_box_glyph).
  auto fonts = m_w.child(properties, "rFonts");
  std::string_view symbol_font = m_w.attribute(fonts, "ascii").value();
  if (symbol_font.empty()) {
    symbol_font = m_w.attribute(fonts, "hAnsi").value();
  }
  for_each_child(run, depth, [&](const pugi::xml_node& child) {
    std::string_view name = m_w.local(child);
    if (name == "fldChar") {
      field_char(child, text);
      return;
    }
    if (name == "drawing" || name == "pict" || name == "object") {
      read_text_boxes(child, boxes, depth + 1);
      return;
    }
    if (hidden || showing_field_code()) {
      return;
    }
    if (name == "t") {
      append_in_font(child.text().get(), symbol_font, text);
    } else if (name == "tab" || name == "ptab") {
      text += '\t';
    } else if (name == "br" || name == "cr") {
      text += '\n';
    } else if (name == "noBreakHyphen") {
      text += '-';
    } else if (name == "sym") {
      read_symbol(child, text);
    } else if (name == "ruby") {
      if (auto base = m_w.child(child, "rubyBase")) {
        read_inline(base, text, boxes, depth + 1);
      }
    }
  });
}

void WordReader::append_in_font(std::string_view typed, std::string_view font, std::string& text)
{
  const SymbolFont kind = symbol_font(font);
  if (kind == SymbolFont::other) {
    text += typed;
    return;
  }
  for (std::size_t at = 0; at < typed.size();) {
    auto [code, length] = decode_utf8(typed, at);
    auto box = check_box_glyph(kind, code);
    if (box) {
      text += *box;
    } else {
      text += typed.substr(at, length);
    }
    at += length;
  }
}

void WordReader::read_symbol(const pugi::xml_node& symbol, std::string& text) const
{
  std::string_view code = m_w.attribute(symbol, "char").value();
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(code.data(), code.data() + code.size(), value, 16);
  if (error != std::errc() || end != code.data() + code.size() || value == 0) {
    return;
  }
  if (auto box = check_box_glyph(symbol_font(m_w.attribute(symbol, "font").value()), value)) {
    text += *box;
    return;
  }
  // Other symbol-font characters live in the private use area F000–F0FF: no Unicode meaning.
  if (value < 0xF000 || value > 0xF0FF) {
    append_utf8(text, value);
  }
}

void WordReader::read_text_boxes(const pugi::xml_node& node, BoxBlocks& boxes, int depth)
{
  if (depth > k_max_depth) {
    return;
  }
  for_each_child(node, depth, [&](const pugi::xml_node& child) {
    if (m_w.is(child, "txbxContent")) {
      read_blocks(child, boxes, depth + 1);
    } else {
      read_text_boxes(child, boxes, depth + 1);
    }
  });
}

void WordReader::read_cell_content(const pugi::xml_node& node, Cell& cell, int depth)
{
  ParagraphList list;
  read_blocks(node, list, depth);
  cell.lines_before_table = list.tables.empty() ? list.lines.size() : list.before_first_table;
  cell.paragraphs = std::move(list.lines);
  cell.tables = std::move(list.tables);
}

Document read_document_xml(const pugi::xml_document& xml)
{
  Document document;
  auto root = xml.document_element();
  WordReader reader(root);
  BodySink sink(document);
  for (const auto& child : root.children()) {
    if (reader.w().is(child, "body")) {
      reader.read_blocks(child, sink, 0);
    }
  }
  document.has_revisions = reader.has_revisions();
  return document;
}

} // namespace nominate::office
