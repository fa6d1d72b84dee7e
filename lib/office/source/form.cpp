#include "appendix.hpp"
#include "label_matcher.hpp"
#include "table_form.hpp"

#include <nominate/office/form.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace nominate::office {

namespace {

bool is_attachment_marker(std::string_view normalized)
{
  // 附件1, 附表2: the numbering above a form, not its title.
  return (normalized.starts_with("附件") || normalized.starts_with("附表")) && normalized.size() <= 12;
}

// Whether the labels' cell of a table's first row says the row above goes on (`主要事迹和成效（续）`,
// `（接上页）`, `续表`), or repeats that row's label, as a page's table may.
bool says_continued(const Cell& first, const Cell& above)
{
  const std::string text = text::normalize_label(first.text());
  if (text.empty()) {
    return true;
  }
  if (text == text::normalize_label(above.text())) {
    return true;
  }
  return std::ranges::any_of(std::array<std::string_view, 5>{"(续)", "续表", "续页", "接上页", "上接"},
                             [&](std::string_view mark) { return text.find(mark) != std::string::npos; });
}

// Whether table `next` continues the table before it, split in two at a page break: only empty paragraphs
// between them, and a first row whose first cell (the labels' column) is empty or says the row above goes
// on (says_continued), on the grid of the last row above, with text beside it — the rest of a long value
// typed on in the second table.
bool continues_table(const Document& document, std::size_t next)
{
  if (next == 0 || next >= document.tables.size()) {
    return false;
  }
  for (const auto& paragraph : document.paragraphs) {
    if (paragraph.tables_before == next && !text::trim(paragraph.text).empty()) {
      return false;
    }
  }
  const Table& above = document.tables[next - 1];
  const Table& below = document.tables[next];
  if (above.rows.empty() || below.rows.empty()) {
    return false;
  }
  const auto& last = above.rows.back().cells;
  const auto& first = below.rows.front().cells;
  if (first.size() < 2 || first.size() != last.size() || !says_continued(first.front(), last.front())) {
    return false;
  }
  bool has_text = false;
  for (std::size_t index = 0; index < first.size(); ++index) {
    if (first[index].column != last[index].column || first[index].span != last[index].span) {
      return false;
    }
    has_text = has_text || (index > 0 && !text::trim(first[index].text()).empty());
  }
  return has_text;
}

// The rows of `first` and then of `second`, as one table (merges in `second` moved down with it).
Table joined(const Table& first, const Table& second)
{
  Table table = first;
  table.columns = std::max(first.columns, second.columns);
  for (auto row : second.rows) {
    for (auto& cell : row.cells) {
      cell.origin_row += first.rows.size();
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// A form's title above a table after the first: one of the last two lines before that table, short, not a
// note (注：, 说明：, 备注：), naming the nomination form.
std::optional<std::string> later_form_title(const Document& document)
{
  constexpr std::size_t k_max_title_bytes = 120; // forty CJK characters
  for (std::size_t table = 1; table < document.tables.size(); ++table) {
    std::vector<std::string> lines; // the text lines between table `table` − 1 and `table`
    for (const auto& paragraph : document.paragraphs) {
      if (paragraph.tables_before == table && !text::trim(paragraph.text).empty()) {
        lines.push_back(text::trim(paragraph.text));
      }
    }
    for (std::size_t i = lines.size() > 2 ? lines.size() - 2 : 0; i < lines.size(); ++i) {
      const std::string normalized = text::normalize_label(lines[i]);
      const bool note =
          normalized.starts_with("注") || normalized.starts_with("说明") || normalized.starts_with("备注");
      if (!note && lines[i].size() <= k_max_title_bytes && names_nomination_form(lines[i])) {
        return lines[i];
      }
    }
  }
  return std::nullopt;
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
  const auto names_table = [](const std::string& text) { return text.find("登记表") != std::string::npos; };
  for (const auto& candidate : candidates) {
    if (names_nomination_form(candidate)) {
      return candidate;
    }
  }
  const auto registration = std::ranges::find_if(candidates, names_table);
  if (registration != candidates.end()) {
    // The district's 登记表 printed first and the form on a later page (both in one document): the form's
    // own title names the document — a short line right above a later table (one of the last two lines
    // before it), not a note under the 登记表 that mentions the form (注：此表与推荐表一并报送).
    if (auto title = later_form_title(document)) {
      return *title;
    }
    return *registration;
  }
  // A title in the table's first row, as one cell across it.
  if (!document.tables.empty() && !document.tables.front().rows.empty()) {
    const auto& first = document.tables.front().rows.front();
    if (first.cells.size() == 1) {
      std::string text = text::trim(first.cells.front().text());
      if (names_nomination_form(text) || names_table(text)) {
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
  for (std::string_view word : k_form_words) {
    if (text.find(word) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

FormReading read_form(const Document& document, std::span<const std::string> known_labels,
                      std::span<const std::string> text_labels)
{
  FormReading reading;
  reading.title = form_title(document);
  reading.has_revisions = document.has_revisions;
  LabelMatcher labels(known_labels);

  std::size_t tables_done = 0;
  auto read_tables_until = [&](std::size_t count) {
    for (; tables_done < count && tables_done < document.tables.size(); ++tables_done) {
      const Table& table = document.tables[tables_done];
      if (continues_table(document, tables_done + 1)) {
        Table whole = joined(table, document.tables[tables_done + 1]);
        read_table_form(FormTable{whole, tables_done, table.rows.size()}, labels, reading);
        ++tables_done;
      } else {
        read_table_form(FormTable{table, tables_done, table.rows.size()}, labels, reading);
      }
    }
  };
  std::string last_pair;            // the last pair's label of the line above, when it held pairs
  std::size_t last_pair_tables = 0; // … and the tables before that line
  for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
    const auto& paragraph = document.paragraphs[index];
    read_tables_until(paragraph.tables_before);
    if (text::trim(paragraph.text).empty()) {
      continue;
    }
    // A pair follows the one before it on its line, or the last of the line just above (`填表人：王五`
    // over `联系电话：…`).
    std::string after = last_pair_tables == paragraph.tables_before ? last_pair : std::string();
    last_pair.clear();
    last_pair_tables = paragraph.tables_before;
    for (auto& pair : labels.pairs(paragraph.text)) {
      last_pair = pair.label;
      core::Location location;
      location.line = static_cast<int>(index + 1);
      reading.entries.push_back(
          FormEntry{pair.label, std::move(pair.value), location, std::exchange(after, pair.label)});
    }
  }
  read_tables_until(document.tables.size());
  read_appendices(document, labels, text_labels, reading);
  return reading;
}

} // namespace nominate::office
