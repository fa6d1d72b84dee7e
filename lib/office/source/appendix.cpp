// The text of a field written after the form because it did not fit its cell (`（见附页）` in the cell,
// then `附页：主要事迹和成效` and the text after the table).
#include "appendix.hpp"

#include <nominate/text/appendix.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
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

// Whether a paragraph is a heading and nothing more: a label alone (`主要事迹和成效：`) or an appendix's
// heading (`附页：主要事迹和成效`), not a `label：value` line (`获奖情况：无`).
bool is_pure_heading(const Paragraph& paragraph, const LabelMatcher& labels)
{
  return labels.match(paragraph.text).has_value() || text::normalize_label(paragraph.text).starts_with("附");
}

// Where the appendix of `label`, referred to from table `table` (0-based), starts: after a heading that
// names the label, else after one that names no label (附页：), else (unless `headed_only`) right after the
// table. Searched among the paragraphs after the table.
std::optional<std::size_t> appendix_start(const Document& document, std::size_t table,
                                          const std::string& label, const LabelMatcher& labels,
                                          bool headed_only)
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
      if (heading->names(label) && (!headed_only || is_pure_heading(paragraph, labels))) {
        return index + 1;
      }
      if (!heading->label && !unnamed) {
        unnamed = index + 1;
      }
    }
  }
  return unnamed ? unnamed : headed_only ? std::nullopt : first;
}

// The text of `label`'s appendix from paragraph `start`: to the next table or the next heading of another
// field's, without the 填表人 line, page breaks and the form's notes; its first line's index, or nothing.
// With `to_pairs` (the text under a heading line), also to the next line of `label：value` pairs: a form
// written as lines goes on with its next field.
std::optional<std::size_t> appendix_text(const Document& document, std::size_t start,
                                         const std::string& label, const LabelMatcher& labels, bool to_pairs,
                                         std::string& value)
{
  const std::size_t block = document.paragraphs[start].tables_before;
  std::optional<std::size_t> first_line;
  for (std::size_t index = start;
       index < document.paragraphs.size() && document.paragraphs[index].tables_before == block; ++index) {
    const Paragraph& paragraph = document.paragraphs[index];
    // Another field's appendix (`附页：获奖情况`, or its label alone), not a subheading of this text
    // that mentions a label (`三、获奖情况`).
    if (auto heading = heading_of(paragraph, labels);
        heading && heading->label && !heading->names(label) &&
        (heading->normalized.starts_with("附") || labels.match(paragraph.text))) {
      break;
    }
    if (text::trim(paragraph.text).empty() || is_note(paragraph) || !labels.pairs(paragraph.text).empty()) {
      if (to_pairs && first_line && !labels.pairs(paragraph.text).empty()) {
        break;
      }
      continue; // the 填表人 line, a page break, the form's notes
    }
    value += (value.empty() ? "" : "\n") + paragraph.text;
    first_line = first_line.value_or(index);
  }
  return first_line;
}

} // namespace

void read_appendices(const Document& document, const LabelMatcher& labels,
                     std::span<const std::string> text_labels, FormReading& reading)
{
  for (auto& entry : reading.entries) {
    std::optional<std::size_t> start;
    bool heading_line = false;
    if (entry.location.table && *entry.location.table >= 1) {
      // A cell that refers to an appendix (见附页), or that is empty or holds the template's hint only
      // while a heading after the form names its label: the text is there.
      // Only a reference written out (见附页) takes a text under no heading of the label's; the template's
      // hint left alone, even one that says more pages may follow, takes it only from under such a heading.
      const bool unfilled = text::strip_hints(entry.value).only_hint;
      const bool written_reference = !unfilled && text::refers_to_appendix(entry.value);
      if (!written_reference && !unfilled) {
        continue;
      }
      auto table = static_cast<std::size_t>(*entry.location.table - 1);
      start = appendix_start(document, table, entry.label, labels, !written_reference);
    } else if (entry.location.line && text::is_blank(entry.value) &&
               std::ranges::find(text_labels, entry.label) != text_labels.end()) {
      // A heading line of the label alone (`主要事迹和成效：` after the form, or in a form written as lines):
      // the text is the paragraphs under it.
      const auto line = static_cast<std::size_t>(*entry.location.line - 1);
      if (line < document.paragraphs.size() && is_pure_heading(document.paragraphs[line], labels)) {
        start = line + 1;
        heading_line = true;
      }
    }
    if (!start || *start >= document.paragraphs.size()) {
      continue;
    }
    std::string value;
    auto first_line = appendix_text(document, *start, entry.label, labels, heading_line, value);
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
