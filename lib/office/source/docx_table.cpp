#include "word_reader.hpp"

#include <algorithm>

namespace nominate::office {

namespace {

constexpr int k_max_span = 256;
constexpr int k_max_depth = 48;

enum class VerticalMerge { none, restart, continued };

struct PendingRow {
  Row row;
  std::vector<VerticalMerge> merges; // one per cell
};

class TableReader {
public:
  explicit TableReader(WordReader& reader) : m_reader(reader), m_w(reader.w()) {}

  void rows_of(const pugi::xml_node& container, int depth)
  {
    if (depth > k_max_depth) {
      return;
    }
    m_reader.for_each_child(container, depth, [&](const pugi::xml_node& child) {
      std::string_view name = m_w.local(child);
      if (name == "tr") {
        row(child, depth + 1);
      } else if (name == "sdt") {
        rows_of(m_w.child(child, "sdtContent"), depth + 1);
      } else if (name == "customXml") {
        rows_of(child, depth + 1);
      }
    });
  }

  [[nodiscard]] Table finish(int grid_columns)
  {
    Table table;
    table.columns = grid_columns;
    for (auto& pending : m_rows) {
      int width = pending.row.grid_before + pending.row.grid_after;
      for (const auto& cell : pending.row.cells) {
        width += cell.span;
      }
      table.columns = std::max(table.columns, width);
      table.rows.push_back(std::move(pending.row));
    }
    resolve_vertical_merges(table);
    return table;
  }

private:
  void row(const pugi::xml_node& node, int depth)
  {
    auto properties = m_w.child(node, "trPr");
    if (m_w.child(properties, "del")) {
      m_reader.mark_revision(); // a deleted row is gone once changes are accepted
      return;
    }
    if (m_w.child(properties, "ins")) {
      m_reader.mark_revision();
    }
    PendingRow pending;
    pending.row.grid_before = m_reader.number(m_w.child(properties, "gridBefore"), 0, 0, k_max_span);
    pending.row.grid_after = m_reader.number(m_w.child(properties, "gridAfter"), 0, 0, k_max_span);
    int column = pending.row.grid_before;
    cells_of(node, pending, column, depth);
    m_rows.push_back(std::move(pending));
  }

  void cells_of(const pugi::xml_node& container, PendingRow& pending, int& column, int depth)
  {
    if (depth > k_max_depth) {
      return;
    }
    m_reader.for_each_child(container, depth, [&](const pugi::xml_node& child) {
      std::string_view name = m_w.local(child);
      if (name == "tc") {
        cell(child, pending, column, depth + 1);
      } else if (name == "sdt") {
        cells_of(m_w.child(child, "sdtContent"), pending, column, depth + 1);
      } else if (name == "customXml") {
        cells_of(child, pending, column, depth + 1);
      }
    });
  }

  void cell(const pugi::xml_node& node, PendingRow& pending, int& column, int depth)
  {
    auto properties = m_w.child(node, "tcPr");
    if (m_w.child(properties, "cellIns") || m_w.child(properties, "cellDel") ||
        m_w.child(properties, "cellMerge")) {
      m_reader.mark_revision();
    }
    Cell cell;
    cell.column = column;
    cell.span = m_reader.number(m_w.child(properties, "gridSpan"), 1, 1, k_max_span);
    m_reader.read_cell_content(node, cell, depth);

    // The old horizontal merge: a continuing cell widens the one before it.
    auto horizontal = m_w.child(properties, "hMerge");
    if (horizontal && std::string_view(m_w.attribute(horizontal, "val").value()) != "restart" &&
        !pending.row.cells.empty()) {
      auto& previous = pending.row.cells.back();
      previous.span += cell.span;
      column += cell.span;
      return;
    }

    VerticalMerge merge = VerticalMerge::none;
    if (auto vertical = m_w.child(properties, "vMerge")) {
      // A bare <w:vMerge/> continues, as does w:val="continue".
      merge = std::string_view(m_w.attribute(vertical, "val").value()) == "restart"
                  ? VerticalMerge::restart
                  : VerticalMerge::continued;
    }
    column += cell.span;
    pending.row.cells.push_back(std::move(cell));
    pending.merges.push_back(merge);
  }

  void resolve_vertical_merges(Table& table)
  {
    for (std::size_t row = 1; row < table.rows.size(); ++row) {
      auto& cells = table.rows[row].cells;
      for (std::size_t index = 0; index < cells.size(); ++index) {
        if (m_rows[row].merges[index] != VerticalMerge::continued) {
          continue;
        }
        auto above = table.index_at(row - 1, cells[index].column);
        // Only a cell that itself takes part in a merge, starting at the same column, is continued.
        if (!above || m_rows[row - 1].merges[*above] == VerticalMerge::none ||
            table.rows[row - 1].cells[*above].column != cells[index].column) {
          continue;
        }
        const Cell& upper = table.rows[row - 1].cells[*above];
        std::size_t origin_row = upper.continues_above ? upper.origin_row : row - 1;
        std::size_t origin_cell = upper.continues_above ? upper.origin_cell : *above;
        cells[index].continues_above = true;
        cells[index].origin_row = origin_row;
        cells[index].origin_cell = origin_cell;
        table.rows[origin_row].cells[origin_cell].row_span += 1;
      }
    }
  }

  WordReader& m_reader;
  const Namespace& m_w;
  std::vector<PendingRow> m_rows;
};

} // namespace

Table read_table(WordReader& reader, const pugi::xml_node& node, int depth)
{
  TableReader table(reader);
  table.rows_of(node, depth);
  int grid_columns = 0;
  for (const auto& column : reader.w().child(node, "tblGrid").children()) {
    if (reader.w().is(column, "gridCol")) {
      ++grid_columns;
    }
  }
  return table.finish(std::min(grid_columns, k_max_span * 4));
}

} // namespace nominate::office
