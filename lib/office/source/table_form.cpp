// Reads one table of a form: which cells are labels and where each label's value is (form.hpp,
// read_form).
#include "table_form.hpp"

#include <nominate/text/normalize.hpp>
#include <nominate/text/participants.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

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

class TableForm {
public:
  // `inside`: the table is nested in that cell of an outer table, and every entry is placed there.
  TableForm(const FormTable& table, const LabelMatcher& labels, FormReading& reading,
            std::optional<core::Location> inside = std::nullopt)
      : m_table(table.table), m_index(table.index), m_split_row(table.split_row), m_labels(labels),
        m_reading(reading), m_inside(std::move(inside))
  {
  }

  void read()
  {
    for (std::size_t row = 0; row + 1 < m_table.rows.size(); ++row) {
      read_label_row(row);
    }
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
  // A one-line cell that is a label, white space and its value, without a colon (`姓名 王秀兰`, `性别　女`,
  // `出生年月 1957年4月`, `所在单位及职务 学院路街道…负责人`): the first split at white space whose left part
  // is a known label, when the rest is no label itself and holds no `label：` pair. A value of any length:
  // a cell of more lines is read as a label heading its text (read_cell).
  [[nodiscard]] std::optional<LabelPair> label_then_value(const std::string& text) const
  {
    if (text.find('\n') != std::string::npos) {
      return std::nullopt;
    }
    for (std::size_t at = 0; at < text.size(); ++at) {
      std::size_t space = 0;
      if (text[at] == ' ' || text[at] == '\t') {
        space = 1;
      } else if (text.compare(at, 3, "\u3000") == 0) {
        space = 3;
      } else if (text.compare(at, 2, "\u00a0") == 0) {
        space = 2;
      } else {
        continue;
      }
      auto label = m_labels.match(std::string_view(text).substr(0, at));
      auto value = text::trim(std::string_view(text).substr(at + space));
      if (label && !value.empty() && !m_labels.match(value) && m_labels.pairs(value).empty()) {
        return LabelPair{*label, std::move(value)};
      }
      at += space - 1;
    }
    return std::nullopt;
  }

  // Whether a cell is a label of its own, starts with `label：` pairs or holds a table with a label in it:
  // it is then no one's value.
  [[nodiscard]] bool is_label_cell(const Cell& cell) const
  {
    if (std::ranges::any_of(cell.tables, [&](const Table& table) { return is_label_table(table); })) {
      return true;
    }
    // Only the cell's own first line may be a label: a table's heading (`工作单位` over a 简历's rows)
    // is not.
    std::string text = cell.text();
    return m_labels.match(text).has_value() || (!m_labels.pairs(text).empty() && !goes_on_in_prose(cell)) ||
           (cell.lines_before_table > 0 && m_labels.match(cell.paragraphs.front()).has_value());
  }

  // Whether a cell that starts with a `label：` pair is a long text that only opens with one (a 事迹 pasted
  // with its header line `姓名：王秀兰，女，1957年4月出生。`, a project's description opening `项目名称：…`):
  // a line after the first that reads as prose (long, opening with no label, known or common such as a long
  // `通讯地址：…`, and no bracketed note), or more text than any cell of pairs holds. Such a cell is the
  // value of the label beside it, not labels of its own.
  [[nodiscard]] bool goes_on_in_prose(const Cell& cell) const
  {
    constexpr std::size_t k_prose_line_bytes = 90; // thirty CJK characters
    constexpr std::size_t k_prose_bytes = 600;     // two hundred
    std::size_t total = 0;
    for (std::size_t line = 0; line < cell.paragraphs.size(); ++line) {
      const std::string& paragraph = cell.paragraphs[line];
      total += paragraph.size();
      const bool note =
          paragraph.starts_with("(") || paragraph.starts_with("（") || paragraph.starts_with("注");
      if (line > 0 && paragraph.size() >= k_prose_line_bytes && !note &&
          !m_labels.opens_with_label(paragraph)) {
        return true;
      }
    }
    return total >= k_prose_bytes;
  }

  // Whether a table nested in a cell is one of labels and values: each row starts with a label (`电话 |
  // 010-… / 手机 | 139…`, or `电话：…` pairs), or its first row is labels only (`电话 | 手机 | 邮箱` over
  // the values). A label no field has (`通讯地址`, `邮编`, `微信`) may stand among them, so long as the
  // form's own labels are there too (at the start of half the rows, two in a first row). A table of another
  // kind (a 个人简历 as `起止时间 | 工作单位 | 职务` over dated rows) is the cell's text.
  [[nodiscard]] bool is_label_table(const Table& table) const
  {
    const auto is_label = [&](const Cell& cell) {
      return m_labels.match(cell.text()).has_value() || !m_labels.pairs(cell.text()).empty() ||
             label_then_value(cell.text()).has_value();
    };
    const auto other_label = [&](const Cell& cell) {
      return looks_like_label(text::normalize_label(cell.text()));
    };
    const auto first_filled = [](const Row& row) {
      return std::ranges::find_if(row.cells, [](const Cell& cell) {
        return !cell.continues_above && !text::trim(cell.text()).empty();
      });
    };
    std::size_t known = 0;
    std::size_t filled = 0;
    bool each_row = true;
    for (const auto& row : table.rows) {
      if (auto first = first_filled(row); first != row.cells.end()) {
        const bool form_label = is_label(*first);
        ++filled;
        known += form_label ? 1 : 0;
        each_row = each_row && (form_label || other_label(*first));
      }
    }
    // At least half the rows the form's: `工作单位 | 职务` over `北京毛纺厂 | 挡车工` rows is a 简历. Or two
    // of them at least, every row led by a label: a unit's block (单位名称 / 单位地址 / 联系人 / 联系电话 /
    // 邮箱) with more labels no field has than the form's own.
    if (known > 0 && (2 * known >= filled || known >= 2) && each_row) {
      return true;
    }
    if (table.rows.size() < 2) {
      return false;
    }
    std::size_t labels = 0;
    for (const auto& cell : table.rows.front().cells) {
      if (text::trim(cell.text()).empty()) {
        continue;
      }
      if (m_labels.match(cell.text())) {
        ++labels;
      } else if (!other_label(cell)) {
        return false;
      }
    }
    return labels >= 2;
  }

  // Reads the tables nested in the cell at (`row`, `index`) as tables of the form, each entry placed at
  // that cell. Whether any label was read there.
  bool read_nested(std::size_t row, std::size_t index)
  {
    const Cell& cell = m_table.rows[row].cells[index];
    const std::size_t before = m_reading.entries.size();
    for (const auto& table : cell.tables) {
      if (!is_label_table(table)) {
        continue;
      }
      TableForm(FormTable{table, m_index, table.rows.size()}, m_labels, m_reading, location(row, index))
          .read();
    }
    return m_reading.entries.size() > before;
  }

  // Where a cell is, as the reader sees it: rows past the split are the next table's.
  [[nodiscard]] core::Location location(std::size_t row, std::size_t cell) const
  {
    if (m_inside) {
      return *m_inside;
    }
    bool second = row >= m_split_row;
    core::Location location;
    location.table = static_cast<int>(m_index + (second ? 2 : 1));
    location.row = static_cast<int>((second ? row - m_split_row : row) + 1);
    location.cell_index = static_cast<int>(cell + 1);
    return location;
  }

  // The label whose label or value cell is just left of (`row`, `index`): the one a label there follows
  // on its line (FormEntry::after).
  [[nodiscard]] std::string label_left_of(std::size_t row, std::size_t index) const
  {
    auto left = index == 0 ? m_label_at.end() : m_label_at.find({row, index - 1});
    return left == m_label_at.end() ? std::string() : left->second;
  }

  // An entry for the label in cell `label_cell`, its value in `value_cell` (the same cell for `label：value`
  // pairs and a label heading its text).
  void add(const std::string& label, std::string value, CellKey label_cell, CellKey value_cell,
           std::string after)
  {
    m_label_at[label_cell] = label;
    m_label_at[value_cell] = label;
    m_reading.entries.push_back(
        FormEntry{label, std::move(value), location(value_cell.first, value_cell.second), std::move(after)});
  }

  void read_cell(std::size_t row, std::size_t index)
  {
    const Cell& cell = m_table.rows[row].cells[index];
    // `电话 | 010-… / 手机 | 139… / 邮箱 | …` as a small table inside the cell: its own labels and values. A
    // table of another kind is text.
    if (read_nested(row, index)) {
      return;
    }
    if (auto label = m_labels.match(cell.text())) {
      read_value(*label, row, index);
      return;
    }
    // `电话：\n手机：\n邮箱：`: a pair per label, even where the first line alone reads as a label.
    auto pairs = m_labels.pairs(cell.text());
    if (!pairs.empty()) {
      std::string after = label_left_of(row, index);
      for (auto& pair : pairs) {
        add(pair.label, std::move(pair.value), {row, index}, {row, index}, std::exchange(after, pair.label));
      }
      return;
    }
    if (auto pair = label_then_value(cell.text())) {
      add(pair->label, std::move(pair->value), {row, index}, {row, index}, label_left_of(row, index));
      return;
    }
    // The label heads a big cell: its first lines are the label, the rest is the value. Only the cell's
    // own lines before a table inside it can head it.
    std::string head;
    for (std::size_t lines = 1; lines < cell.paragraphs.size() && lines <= cell.lines_before_table; ++lines) {
      head += (lines > 1 ? "\n" : "") + cell.paragraphs[lines - 1];
      if (auto label = m_labels.match(head)) {
        add(*label, join(cell.paragraphs, lines), {row, index}, {row, index}, label_left_of(row, index));
        return;
      }
    }
    m_unmatched.emplace_back(row, index);
  }

  void read_value(const std::string& label, std::size_t row, std::size_t index)
  {
    const Cell& cell = m_table.rows[row].cells[index];
    const CellKey at{row, index};
    std::string after = label_left_of(row, index);
    int right = cell.column + cell.span;
    if (auto neighbour = m_table.index_at(row, right)) {
      CellKey key{row, *neighbour};
      const Cell* target = &m_table.rows[row].cells[*neighbour];
      if (target->continues_above) {
        key = {target->origin_row, target->origin_cell};
        target = &m_table.rows[key.first].cells[key.second];
      }
      if (m_used.contains(key) || is_label_cell(*target)) {
        add(label, {}, at, at, std::move(after));
        return;
      }
      m_used.insert(key);
      add(label, continued_value(row, index, key), at, key, std::move(after));
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
      add(label, {}, at, at, std::move(after));
      return;
    }
    m_used.insert({below_row, *below});
    add(label, m_table.rows[below_row].cells[*below].text(), at, {below_row, *below}, std::move(after));
  }

  // A row of labels only over a row of values on the same grid (`姓名 | 性别 | 出生年月` above
  // `王五 | 男 | 1957年4月`): each label's value is the cell below it. Both rows are then read. A cell merged
  // down across both rows (a photo box, a section heading such as `基本情况` to the left) pairs with nothing
  // and is left to be read on its own.
  void read_label_row(std::size_t row)
  {
    const auto& labels = m_table.rows[row].cells;
    const auto& values = m_table.rows[row + 1].cells;
    if (labels.size() != values.size()) {
      return;
    }
    std::vector<std::size_t> columns; // of the label row, merged cells left out
    std::vector<std::size_t> passed;  // unknown labels passed over, with the cells under them
    std::size_t label_count = 0;
    bool has_value = false;
    for (std::size_t index = 0; index < labels.size(); ++index) {
      const Cell& label = labels[index];
      const Cell& value = values[index];
      if (label.column != value.column || label.span != value.span) {
        return;
      }
      if (merged_down(row, index, value) ||
          (label.continues_above && !value.continues_above && text::trim(value.text()).empty())) {
        continue; // merged across both rows, or a box from above that ends beside the labels
      }
      if (label.continues_above || value.continues_above || m_used.contains({row, index}) ||
          is_label_cell(value)) {
        return;
      }
      bool empty = text::trim(label.text()).empty();
      if (!empty && !m_labels.match(label.text())) {
        // A value or an unknown label: not a row of labels. Inside a cell's small table of labels
        // (is_label_table), an unknown label (`微信`) beside the known ones is only passed over.
        if (!m_inside || !looks_like_label(text::normalize_label(label.text()))) {
          return;
        }
        passed.push_back(index);
        continue;
      }
      columns.push_back(index);
      label_count += empty ? 0 : 1;
      has_value = has_value || !text::trim(value.text()).empty();
    }
    if (label_count < 2 || !has_value) {
      return; // not a row of labels: the cells are read on their own
    }
    for (std::size_t index : passed) {
      m_used.insert({row, index});
      m_used.insert({row + 1, index});
    }
    for (std::size_t index : columns) {
      m_used.insert({row, index});
      m_used.insert({row + 1, index});
      if (auto label = m_labels.match(labels[index].text())) {
        add(*label, values[index].text(), {row, index}, {row + 1, index}, label_left_of(row, index));
      }
    }
  }

  // Whether `below`, in the row under (`row`, `index`), is that cell merged down, or with it the
  // continuation of one merged from further up.
  [[nodiscard]] bool merged_down(std::size_t row, std::size_t index, const Cell& below) const
  {
    if (!below.continues_above) {
      return false;
    }
    const Cell& above = m_table.rows[row].cells[index];
    return (below.origin_row == row && below.origin_cell == index) ||
           (above.continues_above && below.origin_row == above.origin_row &&
            below.origin_cell == above.origin_cell);
  }

  // Whether `cell`, under the label cell `label`, says the label's value goes on in its row: the same
  // label again, as a page's table repeats it, or a label marked continued (`主要事迹和成效（续）`,
  // `（接上页）`, `续表`), as clerks write when a long text runs past a page.
  [[nodiscard]] bool says_continued(const Cell& cell, const Cell& label) const
  {
    std::string text = text::normalize_label(cell.text());
    if (text == text::normalize_label(label.text())) {
      return true;
    }
    // The marks, then the brackets they were written in: what is left is the label, or nothing.
    const auto erase_all = [&](std::string_view part) {
      bool found = false;
      for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at)) {
        text.erase(at, part.size());
        found = true;
      }
      return found;
    };
    bool marked = false;
    for (std::string_view mark : {"接上页", "上接", "续表", "续页", "续"}) {
      marked = erase_all(mark) || marked;
    }
    // Only the brackets the mark was written in: a hint in the label (`（不少于1500字）`) stays for the
    // matcher, which knows it.
    for (std::string_view brackets : {"()", "[]", "【】", "〔〕"}) {
      erase_all(brackets);
    }
    if (!marked) {
      return false;
    }
    if (text.empty()) {
      return true;
    }
    // The same label, or another name of the same text (`主要事迹（续）` under `主要事迹和成效`): known
    // labels that begin alike.
    const auto again = m_labels.match(text);
    const auto first = m_labels.match(label.text());
    if (!again || !first) {
      return false;
    }
    constexpr std::size_t k_shared_bytes = 6; // two CJK characters
    const auto shared = std::ranges::mismatch(*again, *first).in1 - again->begin();
    return again == first || static_cast<std::size_t>(shared) >= k_shared_bytes;
  }

  // The text of the value cell at (`row`, `index`), with the cells right of it that go with it when it names
  // a channel: a figure split by channel across the row (`线下 | 1500人次 | 线上 | 5000人次`, or
  // `线下：1500人次 | 线上：5000人次`). A cell that names a channel, or holds a number after a cell that only
  // names one, is the value's, up to a label or an empty cell; each is marked used. Joined so that the
  // participants reader finds a clause per channel: 线下1500人次；线上5000人次.
  std::string split_value(std::size_t row, std::size_t index)
  {
    const auto& cells = m_table.rows[row].cells;
    std::string text = text::trim(cells[index].text());
    if (!text::names_channel(text)) {
      return cells[index].text();
    }
    // A figure: digits, or Chinese numerals with 人 (三千人次); not any 一 (一对一辅导).
    const auto has_number = [](std::string_view part) {
      static constexpr std::string_view k_numerals[] = {"〇", "一", "二", "三", "四", "五", "六",
                                                        "七", "八", "九", "十", "百", "千", "万"};
      return std::ranges::any_of(part, [](char c) { return c >= '0' && c <= '9'; }) ||
             (part.find("人") != std::string_view::npos &&
              std::ranges::any_of(k_numerals, [&](std::string_view numeral) {
                return part.find(numeral) != std::string_view::npos;
              }));
    };
    bool bare = !has_number(text); // `线下`: its number is in the next cell
    for (std::size_t next = index + 1; next < cells.size(); ++next) {
      const Cell& cell = cells[next];
      std::string part = text::trim(cell.text());
      if (cell.continues_above || part.empty() || m_used.contains({row, next}) || is_label_cell(cell) ||
          !(text::names_channel(part) || (bare && has_number(part)))) {
        break;
      }
      m_used.insert({row, next});
      text += (bare ? "" : "；") + part;
      bare = text::names_channel(part) && !has_number(part);
    }
    return text;
  }

  // The value of the label at (`row`, `index`) that starts in cell `value`, with the rows that continue it:
  // rows below whose cell under the label is empty or merged with it (or says the value goes on:
  // says_continued), and whose cell under the value is on
  // the same grid columns (a long 主要事迹 typed on in the next row, or a label merged down over two rows
  // of text). Parts are joined as paragraphs, as Word counts them.
  std::string continued_value(std::size_t row, std::size_t index, CellKey value)
  {
    const Cell& label = m_table.rows[row].cells[index];
    const Cell& first = m_table.rows[value.first].cells[value.second];
    std::string text = split_value(value.first, value.second);
    for (std::size_t below = row + 1; below < m_table.rows.size(); ++below) {
      auto under_label = m_table.index_at(below, label.column);
      auto under_value = m_table.index_at(below, first.column);
      if (!under_label || !under_value || *under_label == *under_value) {
        break;
      }
      const Cell& left = m_table.rows[below].cells[*under_label];
      bool merged = left.continues_above && left.origin_row == row && left.origin_cell == index;
      if (!merged && (left.continues_above || !text::trim(left.text()).empty()) &&
          (left.continues_above || !says_continued(left, label))) {
        break;
      }
      const Cell& part = m_table.rows[below].cells[*under_value];
      if (part.continues_above && part.origin_row == value.first && part.origin_cell == value.second) {
        continue; // the value cell merged down: its text is the first part's
      }
      if (part.continues_above || part.column != first.column || part.span != first.span ||
          m_used.contains({below, *under_value}) || is_label_cell(part)) {
        break;
      }
      m_used.insert({below, *under_value});
      m_used.insert({below, *under_label});
      if (!text::trim(part.text()).empty()) {
        text += (text.empty() ? "" : "\n") + split_value(below, *under_value);
      }
    }
    return text;
  }

  const Table& m_table;
  std::size_t m_index;
  std::size_t m_split_row;
  const LabelMatcher& m_labels;
  FormReading& m_reading;
  std::optional<core::Location> m_inside;
  std::set<CellKey> m_used;                  // cells already taken as a value
  std::map<CellKey, std::string> m_label_at; // the label of each label and value cell read so far
  std::vector<CellKey> m_unmatched;          // cells that are no known label and hold no `label：` pair
};

} // namespace

void read_table_form(const FormTable& table, const LabelMatcher& labels, FormReading& reading)
{
  TableForm(table, labels, reading).read();
}

} // namespace nominate::office
