// The text of a field written after the form because it did not fit its cell (`（见附页）` in the cell,
// then `附页：主要事迹和成效` and the text after the table).
#include "appendix.hpp"

#include <nominate/text/appendix.hpp>
#include <nominate/text/normalize.hpp>

#include <optional>
#include <string>

namespace nominate::office {

namespace {

// A heading is short: a few words and perhaps a label.
constexpr std::size_t k_max_heading_bytes = 72;

struct Heading {
  std::string normalized;           // its text, as labels compare
  std::optional<std::string> label; // the longest known label it names, if any

  // Whether it heads the text of `entry_label` (`附页：主要事迹和成效` for 主要事迹, whichever alias the
  // cell used). The labels here are a rule set's flat list, without their fields: a heading whose label
  // holds the cell's, or is held in it, is taken for the same field (附页：主要事迹 under a cell labelled
  // 主要事迹和成效), since the short form of a text field's label is what clerks write over its appendix.
  [[nodiscard]] bool names(const std::string& entry_label) const
  {
    const std::string entry = text::normalize_label(entry_label);
    if (label == entry_label || normalized.find(entry) != std::string::npos) {
      return true;
    }
    if (!label) {
      return false;
    }
    const std::string own = text::normalize_label(*label);
    return !own.empty() && (entry.find(own) != std::string::npos || own.find(entry) != std::string::npos);
  }
};

// The heading a paragraph is, if it is one: it names an appendix (附页, 附件：, 附：) or a known label.
std::optional<Heading> heading_of(const Paragraph& paragraph, const LabelMatcher& labels)
{
  std::string normalized = text::normalize_label(paragraph.text);
  if (normalized.empty() || normalized.size() > k_max_heading_bytes) {
    return std::nullopt;
  }
  auto label = labels.find_in(paragraph.text);
  if (!label && !normalized.starts_with("附")) {
    return std::nullopt;
  }
  return Heading{std::move(normalized), std::move(label)};
}

// Notes printed under a form (注：本表一式两份), not anyone's text.
bool is_note(const Paragraph& paragraph)
{
  std::string normalized = text::normalize_label(paragraph.text);
  return normalized.starts_with("注:") || normalized.starts_with("说明:") || normalized.starts_with("备注:");
}

// Where the appendix of `label`, referred to from table `table` (0-based), starts: after a heading that
// names the label, else after one that names no label, else right after the table. Searched among the
// paragraphs after the table.
std::optional<std::size_t> appendix_start(const Document& document, std::size_t table,
                                          const std::string& label, const LabelMatcher& labels)
{
  std::optional<std::size_t> unnamed;
  std::optional<std::size_t> first;
  for (std::size_t index = 0; index < document.paragraphs.size(); ++index) {
    const Paragraph& paragraph = document.paragraphs[index];
    if (paragraph.tables_before <= table) {
      continue;
    }
    if (!first && paragraph.tables_before == table + 1) {
      first = index;
    }
    if (auto heading = heading_of(paragraph, labels)) {
      if (heading->names(label)) {
        return index + 1;
      }
      if (!heading->label && !unnamed) {
        unnamed = index + 1;
      }
    }
  }
  return unnamed ? unnamed : first;
}

} // namespace

void read_appendices(const Document& document, const LabelMatcher& labels, FormReading& reading)
{
  for (auto& entry : reading.entries) {
    if (!entry.location.table || *entry.location.table < 1 || !text::refers_to_appendix(entry.value)) {
      continue;
    }
    auto table = static_cast<std::size_t>(*entry.location.table - 1);
    auto start = appendix_start(document, table, entry.label, labels);
    if (!start || *start >= document.paragraphs.size()) {
      continue;
    }
    // The appendix runs to the next table or the next heading of another field's.
    const std::size_t block = document.paragraphs[*start].tables_before;
    std::string value;
    std::optional<std::size_t> first_line;
    for (std::size_t index = *start;
         index < document.paragraphs.size() && document.paragraphs[index].tables_before == block; ++index) {
      const Paragraph& paragraph = document.paragraphs[index];
      // Another field's appendix (`附页：获奖情况`, or its label alone), not a subheading of this text
      // that mentions a label (`三、获奖情况`).
      if (auto heading = heading_of(paragraph, labels);
          heading && heading->label && !heading->names(entry.label) &&
          (heading->normalized.starts_with("附") || labels.match(paragraph.text))) {
        break;
      }
      if (text::trim(paragraph.text).empty() || is_note(paragraph) || !labels.pairs(paragraph.text).empty()) {
        continue; // the 填表人 line, a page break, the form's notes
      }
      value += (value.empty() ? "" : "\n") + paragraph.text;
      first_line = first_line.value_or(index);
    }
    if (!first_line) {
      continue;
    }
    entry.value = std::move(value);
    entry.location = core::Location{};
    entry.location.line = static_cast<int>(*first_line + 1);
    entry.from_appendix = true;
  }
}

} // namespace nominate::office
