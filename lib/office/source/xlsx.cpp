#include "file_bytes.hpp"
#include "ole2.hpp"
#include "opc.hpp"
#include "xlsx_values.hpp"
#include "xml.hpp"

#include <nominate/office/sniff.hpp>
#include <nominate/office/xlsx.hpp>

#include <algorithm>
#include <charconv>
#include <map>

namespace nominate::office {

namespace {

constexpr std::string_view k_main_uri = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view k_main_strict_uri = "http://purl.oclc.org/ooxml/spreadsheetml/main";
constexpr std::size_t k_max_columns = 16384;
constexpr std::size_t k_max_rows = 1048576;

// A1 reference → 0-based row and column.
std::optional<std::pair<std::size_t, std::size_t>> parse_reference(std::string_view reference)
{
  std::size_t column = 0;
  std::size_t at = 0;
  while (at < reference.size() &&
         ((reference[at] >= 'A' && reference[at] <= 'Z') || (reference[at] >= 'a' && reference[at] <= 'z'))) {
    column = column * 26 + static_cast<std::size_t>((reference[at] | 0x20) - 'a' + 1);
    if (column > k_max_columns) {
      return std::nullopt;
    }
    ++at;
  }
  std::size_t row = 0;
  auto [end, error] = std::from_chars(reference.data() + at, reference.data() + reference.size(), row);
  if (at == 0 || error != std::errc() || end != reference.data() + reference.size() || row == 0 ||
      row > k_max_rows) {
    return std::nullopt;
  }
  return std::pair{row - 1, column - 1};
}

// The text of a string item (<si>, <is>): its <t>, or its runs' <t>, phonetic runs (<rPh>) left out.
std::string string_item(const Namespace& x, const pugi::xml_node& item)
{
  std::string text;
  for (const auto& child : item.children()) {
    if (x.is(child, "t")) {
      text += child.text().get();
    } else if (x.is(child, "r")) {
      text += x.child(child, "t").text().get();
    }
  }
  return decode_escapes(text);
}

struct Styles {
  std::vector<NumberKind> kinds; // by cellXfs index
  // By cellXfs index: the decimals of a scientific format ("0.00E+00"), -1 for any other. A phone number
  // Excel shows as 1.38E+10 is read as it shows, so that the check says so (batch.registration.scientific).
  std::vector<int> scientific;
};

class WorkbookReader {
public:
  WorkbookReader(ZipArchive& archive, MergedCells merged) : m_archive(archive), m_merged(merged) {}

  core::Result<Workbook> read()
  {
    auto part = main_part(m_archive);
    if (!part) {
      if (!m_archive.contains("xl/workbook.xml")) {
        return std::unexpected(part.error());
      }
      part = "xl/workbook.xml";
    }
    auto relationships = read_relationships(m_archive, *part);
    if (!relationships) {
      return std::unexpected(relationships.error());
    }
    auto xml = parse_part(*part);
    if (!xml) {
      return std::unexpected(xml.error());
    }
    auto root = (*xml)->document_element();
    Namespace x(root, {k_main_uri, k_main_strict_uri}, "");
    if (x.local(root) != "workbook") {
      return core::fail(core::ErrorCode::unreadable, "the main part " + *part + " is no workbook");
    }
    std::string_view flag = x.child(root, "workbookPr").attribute("date1904").value();
    m_date1904 = flag == "1" || flag == "true";
    if (auto loaded = load_shared_strings(*relationships); !loaded) {
      return std::unexpected(loaded.error());
    }
    if (auto loaded = load_styles(*relationships); !loaded) {
      return std::unexpected(loaded.error());
    }
    Workbook workbook;
    for (const auto& node : x.child(root, "sheets").children()) {
      if (!x.is(node, "sheet")) {
        continue;
      }
      const Relationship* target = relationship_of(node, *relationships);
      if (target == nullptr || !std::string_view(target->type).ends_with("/worksheet")) {
        continue;
      }
      Sheet sheet;
      sheet.name = node.attribute("name").value();
      std::string_view state = node.attribute("state").value();
      sheet.hidden = state == "hidden" || state == "veryHidden";
      if (auto read = read_sheet(target->target, sheet); !read) {
        return std::unexpected(read.error());
      }
      workbook.sheets.push_back(std::move(sheet));
    }
    return workbook;
  }

private:
  core::Result<std::unique_ptr<pugi::xml_document>> parse_part(const std::string& part)
  {
    auto content = m_archive.read(part);
    if (!content) {
      return std::unexpected(content.error());
    }
    return parse_xml(*content, part);
  }

  static const Relationship* relationship_of(const pugi::xml_node& sheet,
                                             const std::vector<Relationship>& all)
  {
    for (const auto& attribute : sheet.attributes()) {
      std::string_view name = attribute.name();
      if (name.ends_with(":id")) {
        for (const auto& relationship : all) {
          if (relationship.id == attribute.value()) {
            return &relationship;
          }
        }
      }
    }
    return nullptr;
  }

  core::Result<void> load_shared_strings(const std::vector<Relationship>& relationships)
  {
    const Relationship* shared = find_relationship(relationships, "/sharedStrings");
    if (shared == nullptr) {
      return {};
    }
    auto xml = parse_part(shared->target);
    if (!xml) {
      return std::unexpected(xml.error());
    }
    auto root = (*xml)->document_element();
    Namespace x(root, {k_main_uri, k_main_strict_uri}, "");
    for (const auto& item : root.children()) {
      if (x.is(item, "si")) {
        m_strings.push_back(string_item(x, item));
      }
    }
    return {};
  }

  core::Result<void> load_styles(const std::vector<Relationship>& relationships)
  {
    const Relationship* styles = find_relationship(relationships, "/styles");
    if (styles == nullptr) {
      return {};
    }
    auto xml = parse_part(styles->target);
    if (!xml) {
      return std::unexpected(xml.error());
    }
    auto root = (*xml)->document_element();
    Namespace x(root, {k_main_uri, k_main_strict_uri}, "");
    std::map<int, NumberKind> custom;
    std::map<int, int> custom_scientific;
    for (const auto& format : x.child(root, "numFmts").children()) {
      if (x.is(format, "numFmt")) {
        const int id = format.attribute("numFmtId").as_int(-1);
        custom[id] = custom_format_kind(format.attribute("formatCode").value());
        custom_scientific[id] = scientific_decimals(format.attribute("formatCode").value()).value_or(-1);
      }
    }
    for (const auto& xf : x.child(root, "cellXfs").children()) {
      if (!x.is(xf, "xf")) {
        continue;
      }
      int id = xf.attribute("numFmtId").as_int(0);
      auto found = custom.find(id);
      m_styles.kinds.push_back(found != custom.end() ? found->second : builtin_format_kind(id));
      m_styles.scientific.push_back(found != custom.end() ? custom_scientific[id]
                                                          : builtin_scientific_decimals(id).value_or(-1));
    }
    return {};
  }

  core::Result<std::string> cell_text(const Namespace& x, const pugi::xml_node& cell)
  {
    std::string_view type = cell.attribute("t").value();
    std::string value = x.child(cell, "v").text().get();
    if (type == "s") {
      std::size_t index = 0;
      auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), index);
      if (error != std::errc() || index >= m_strings.size()) {
        return core::fail(core::ErrorCode::unreadable,
                          "a cell names shared string " + value + ", which does not exist");
      }
      return m_strings[index];
    }
    if (type == "inlineStr") {
      return string_item(x, x.child(cell, "is"));
    }
    if (type == "str" || type == "e") {
      return decode_escapes(value);
    }
    if (type == "b") {
      return std::string(value == "1" ? "TRUE" : value.empty() ? "" : "FALSE");
    }
    if (type == "d") {
      return value.substr(0, std::min(value.find('T'), value.size()));
    }
    if (value.empty()) {
      return std::string();
    }
    std::size_t style = cell.attribute("s").as_uint(0);
    NumberKind kind = style < m_styles.kinds.size() ? m_styles.kinds[style] : NumberKind::number;
    if (kind != NumberKind::number) {
      if (auto shown = format_serial(value, kind, m_date1904)) {
        return *shown;
      }
    }
    if (style < m_styles.scientific.size() && m_styles.scientific[style] >= 0) {
      if (auto shown = format_scientific(value, m_styles.scientific[style])) {
        return *shown;
      }
    }
    return format_number(value);
  }

  core::Result<void> place(Sheet& sheet, std::size_t row, std::size_t column, std::string text)
  {
    if (sheet.rows.size() <= row) {
      m_cells += row + 1 - sheet.rows.size();
      if (m_cells > k_max_sheet_cells) {
        return core::fail(core::ErrorCode::limit_exceeded, "the workbook expands to more than " +
                                                               std::to_string(k_max_sheet_cells) + " cells");
      }
      sheet.rows.resize(row + 1);
    }
    auto& cells = sheet.rows[row];
    if (cells.size() <= column) {
      m_cells += column + 1 - cells.size();
      if (m_cells > k_max_sheet_cells) {
        return core::fail(core::ErrorCode::limit_exceeded, "the workbook expands to more than " +
                                                               std::to_string(k_max_sheet_cells) + " cells");
      }
      cells.resize(column + 1);
    }
    cells[column] = std::move(text);
    return {};
  }

  core::Result<void> read_sheet(const std::string& part, Sheet& sheet)
  {
    auto xml = parse_part(part);
    if (!xml) {
      return std::unexpected(xml.error());
    }
    auto root = (*xml)->document_element();
    Namespace x(root, {k_main_uri, k_main_strict_uri}, "");
    std::size_t next_row = 0;
    for (const auto& row : x.child(root, "sheetData").children()) {
      if (!x.is(row, "row")) {
        continue;
      }
      std::size_t row_index = row.attribute("r").as_ullong(next_row + 1);
      if (row_index == 0 || row_index > k_max_rows) {
        return core::fail(core::ErrorCode::unreadable, "a row numbered out of range in " + part);
      }
      if (++m_rows > k_max_table_rows) {
        return core::fail(core::ErrorCode::limit_exceeded,
                          "the sheet has more than " + std::to_string(k_max_table_rows) +
                              " rows; a registration table or list holds far fewer");
      }
      --row_index;
      next_row = row_index + 1;
      std::size_t next_column = 0;
      for (const auto& cell : row.children()) {
        if (!x.is(cell, "c")) {
          continue;
        }
        std::size_t column = next_column;
        if (auto reference = cell.attribute("r")) {
          auto parsed = parse_reference(reference.value());
          if (!parsed) {
            return core::fail(core::ErrorCode::unreadable, "a cell reference " +
                                                               std::string(reference.value()) +
                                                               " out of range in " + part);
          }
          column = parsed->second;
        }
        next_column = column + 1;
        auto text = cell_text(x, cell);
        if (!text) {
          return std::unexpected(text.error());
        }
        if (text->empty()) {
          continue;
        }
        if (auto placed = place(sheet, row_index, column, std::move(*text)); !placed) {
          return placed;
        }
      }
    }
    if (m_merged == MergedCells::repeated) {
      if (auto filled = fill_merges(x, root, sheet); !filled) {
        return filled;
      }
    }
    return {};
  }

  // Copies each merged range's top-left value over the range, within the sheet's filled extent.
  core::Result<void> fill_merges(const Namespace& x, const pugi::xml_node& root, Sheet& sheet)
  {
    std::size_t width = 0;
    for (const auto& row : sheet.rows) {
      width = std::max(width, row.size());
    }
    for (const auto& merge : x.child(root, "mergeCells").children()) {
      if (!x.is(merge, "mergeCell")) {
        continue;
      }
      std::string_view range = merge.attribute("ref").value();
      auto colon = range.find(':');
      if (colon == std::string_view::npos) {
        continue;
      }
      auto first = parse_reference(range.substr(0, colon));
      auto last = parse_reference(range.substr(colon + 1));
      if (!first || !last || first->first >= sheet.rows.size() ||
          first->second >= sheet.rows[first->first].size()) {
        continue;
      }
      std::string value = sheet.rows[first->first][first->second];
      if (value.empty()) {
        continue;
      }
      std::size_t last_row = std::min(last->first, sheet.rows.size() - 1);
      std::size_t last_column = std::min(last->second, width - 1);
      for (std::size_t row = first->first; row <= last_row; ++row) {
        for (std::size_t column = first->second; column <= last_column; ++column) {
          if (row == first->first && column == first->second) {
            continue;
          }
          // Overlapping ranges (which Excel refuses) must not multiply the work.
          if (++m_fill_work > k_max_sheet_cells) {
            return core::fail(core::ErrorCode::limit_exceeded, "merged ranges cover too many cells");
          }
          if (auto placed = place(sheet, row, column, value); !placed) {
            return placed;
          }
        }
      }
    }
    return {};
  }

  ZipArchive& m_archive;
  MergedCells m_merged;
  bool m_date1904 = false;
  std::vector<std::string> m_strings;
  Styles m_styles;
  std::size_t m_cells = 0;
  std::size_t m_rows = 0; // <row> elements read, every sheet together (k_max_table_rows)
  std::size_t m_fill_work = 0;
};

} // namespace

std::string cell_reference(std::size_t row, std::size_t column)
{
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters + std::to_string(row + 1);
}

core::Result<Workbook> read_xlsx(std::span<const std::uint8_t> bytes, const ZipLimits& limits,
                                 MergedCells merged)
{
  if (is_ole2(bytes)) {
    DocumentType type = sniff_document(bytes);
    if (is_encrypted(type)) {
      return core::fail(core::ErrorCode::encrypted, "a password-protected workbook");
    }
    return core::fail(core::ErrorCode::unsupported,
                      std::string("a legacy ") + to_string(type) + " file, not an .xlsx");
  }
  auto archive = ZipArchive::open(bytes, limits);
  if (!archive) {
    return std::unexpected(archive.error());
  }
  return WorkbookReader(*archive, merged).read();
}

core::Result<Workbook> read_xlsx_file(const std::filesystem::path& path, MergedCells merged)
{
  auto bytes = read_file_bytes(path);
  if (!bytes) {
    return std::unexpected(bytes.error());
  }
  auto workbook = read_xlsx(*bytes, {}, merged);
  if (!workbook) {
    return std::unexpected(with_file(workbook.error(), path));
  }
  return workbook;
}

} // namespace nominate::office
