#include "label_matcher.hpp"

#include <nominate/office/form.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <optional>
#include <set>

namespace nominate::office {

namespace {

using CellKey = std::pair<std::size_t, std::size_t>; // row, cell index

std::string join(const std::vector<std::string>& lines, std::size_t from)
{
  std::string joined;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (i > from) {
      joined += '\n';
    }
    joined += lines[i];
  }
  return joined;
}

// A cell that reads as a field's label: 2 to 12 characters of text without digits (a value such as
// 1965年3月 or 13912345678 has them), not a template's hint in parentheses, not a photo box.
bool looks_like_label(std::string_view normalized)
{
  if (normalized.size() < 6 || normalized.size() > 36 || normalized.starts_with("(")) {
    return false;
  }
  if (std::ranges::any_of(normalized, [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return normalized.find("照片") == std::string_view::npos;
}

core::Location cell_location(std::size_t table, std::size_t row, std::size_t cell)
{
  core::Location location;
  location.table = static_cast<int>(table + 1);
  location.row = static_cast<int>(row + 1);
  location.cell_index = static_cast<int>(cell + 1);
  return location;
}

class TableForm {
public:
  TableForm(const Table& table, std::size_t table_index, const LabelMatcher& labels, FormReading& reading)
      : m_table(table), m_index(table_index), m_labels(labels), m_reading(reading)
  {
  }

  void read()
  {
    for (std::size_t row = 0; row < m_table.rows.size(); ++row) {
      const auto& cells = m_table.rows[row].cells;
      for (std::size_t index = 0; index < cells.size(); ++index) {
        if (!cells[index].continues_above && !m_used.contains({row, index})) {
          read_cell(row, index);
        }
      }
    }
    // An unknown label's value is the unknown cell right after it (`文化程度 | 大学本科`): not a label.
    std::optional<CellKey> previous_label;
    for (const auto& key : m_unmatched) {
      std::string text = text::normalize_label(m_table.rows[key.first].cells[key.second].text());
      bool is_value =
          previous_label && previous_label->first == key.first && previous_label->second + 1 == key.second;
      previous_label.reset();
      if (is_value || m_used.contains(key) || !looks_like_label(text)) {
        continue;
      }
      previous_label = key;
      if (std::ranges::find(m_reading.other_labels, text) == m_reading.other_labels.end()) {
        m_reading.other_labels.push_back(text);
      }
    }
  }

private:
  // Whether a cell is a label of its own or starts with `label：` pairs: it is then no one's value.
  [[nodiscard]] bool is_label_cell(const Cell& cell) const
  {
    std::string text = cell.text();
    return m_labels.match(text).has_value() || !m_labels.pairs(text).empty() ||
           (!cell.paragraphs.empty() && m_labels.match(cell.paragraphs.front()).has_value());
  }

  void add(const std::string& label, std::string value, std::size_t row, std::size_t index)
  {
    m_reading.entries.push_back(FormEntry{label, std::move(value), cell_location(m_index, row, index)});
  }

  void read_cell(std::size_t row, std::size_t index)
  {
    const Cell& cell = m_table.rows[row].cells[index];
    if (auto label = m_labels.match(cell.text())) {
      read_value(*label, row, index);
      return;
    }
    // `电话：\n手机：\n邮箱：`: a pair per label, even where the first line alone reads as a label.
    auto pairs = m_labels.pairs(cell.text());
    if (!pairs.empty()) {
      for (auto& pair : pairs) {
        add(pair.label, std::move(pair.value), row, index);
      }
      return;
    }
    // The label heads a big cell: its first lines are the label, the rest is the value.
    std::string head;
    for (std::size_t lines = 1; lines < cell.paragraphs.size(); ++lines) {
      head += (lines > 1 ? "\n" : "") + cell.paragraphs[lines - 1];
      if (auto label = m_labels.match(head)) {
        add(*label, join(cell.paragraphs, lines), row, index);
        return;
      }
    }
    m_unmatched.push_back({row, index});
  }

  void read_value(const std::string& label, std::size_t row, std::size_t index)
  {
    const Cell& cell = m_table.rows[row].cells[index];
    int right = cell.column + cell.span;
    if (auto neighbour = m_table.index_at(row, right)) {
      CellKey key{row, *neighbour};
      const Cell* target = &m_table.rows[row].cells[*neighbour];
      if (target->continues_above) {
        key = {target->origin_row, target->origin_cell};
        target = &m_table.rows[key.first].cells[key.second];
      }
      if (m_used.contains(key) || is_label_cell(*target)) {
        add(label, {}, row, index);
        return;
      }
      m_used.insert(key);
      add(label, target->text(), key.first, key.second);
      return;
    }
    // No cell to the right: where the label spans the row, its value is the cell below.
    const Row& current = m_table.rows[row];
    bool spans_row = current.cells.size() == 1 && cell.column <= current.grid_before &&
                     right >= m_table.columns - current.grid_after;
    std::size_t below_row = row + static_cast<std::size_t>(cell.row_span);
    auto below = m_table.index_at(below_row, cell.column);
    if (!spans_row || !below || m_used.contains({below_row, *below}) ||
        is_label_cell(m_table.rows[below_row].cells[*below])) {
      add(label, {}, row, index);
      return;
    }
    m_used.insert({below_row, *below});
    add(label, m_table.rows[below_row].cells[*below].text(), below_row, *below);
  }

  const Table& m_table;
  std::size_t m_index;
  const LabelMatcher& m_labels;
  FormReading& m_reading;
  std::set<CellKey> m_used;         // cells already taken as a value
  std::vector<CellKey> m_unmatched; // cells that are no known label and hold no `label：` pair
};

bool is_attachment_marker(std::string_view normalized)
{
  // 附件1, 附表2: the numbering above a form, not its title.
  return (normalized.starts_with("附件") || normalized.starts_with("附表")) && normalized.size() <= 12;
}

} // namespace

std::string form_title(const Document& document)
{
  std::vector<std::string> candidates;
  for (const auto& paragraph : document.paragraphs) {
    if (paragraph.tables_before > 0 && !document.tables.empty()) {
      break;
    }
    std::string normalized = text::normalize_label(paragraph.text);
    if (!normalized.empty() && !is_attachment_marker(normalized)) {
      candidates.push_back(text::trim(paragraph.text));
    }
  }
  for (const auto& candidate : candidates) {
    if (names_nomination_form(candidate) || candidate.find("登记表") != std::string::npos) {
      return candidate;
    }
  }
  // A title in the table's first row, as one cell across it.
  if (!document.tables.empty() && !document.tables.front().rows.empty()) {
    const auto& first = document.tables.front().rows.front();
    if (first.cells.size() == 1) {
      std::string text = text::trim(first.cells.front().text());
      if (names_nomination_form(text) || text.find("登记表") != std::string::npos) {
        return text;
      }
    }
  }
  return candidates.empty() ? std::string() : candidates.front();
}

bool names_nomination_form(std::string_view text)
{
  if (text.find("登记表") != std::string_view::npos) {
    return false;
  }
  for (std::string_view word : {"推介表", "推荐表", "申报表", "评选表"}) {
    if (text.find(word) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

FormReading read_form(const Document& document, std::span<const std::string> known_labels)
{
  FormReading reading;
  reading.title = form_title(document);
  reading.has_revisions = document.has_revisions;
  LabelMatcher labels(known_labels);

  std::size_t tables_done = 0;
  auto read_tables_until = [&](std::size_t count) {
    for (; tables_done < count && tables_done < document.tables.size(); ++tables_done) {
      TableForm(document.tables[tables_done], tables_done, labels, reading).read();
    }
  };
  for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
    const auto& paragraph = document.paragraphs[index];
    read_tables_until(paragraph.tables_before);
    for (auto& pair : labels.pairs(paragraph.text)) {
      core::Location location;
      location.line = static_cast<int>(index + 1);
      reading.entries.push_back(FormEntry{pair.label, std::move(pair.value), location});
    }
  }
  read_tables_until(document.tables.size());
  return reading;
}

} // namespace nominate::office
