#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/office/docx.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::office {

// One label of the form and what was written for it.
struct FormEntry {
  std::string label; // the known label it matched, as the caller gave it (the caller maps it to a field id)
  std::string value; // the raw text, template hints still in (the caller strips them), paragraphs joined
                     // with "\n"
  // Where the value is: table, row, cell_index (1-based) for a table cell; line (the 1-based body
  // paragraph) for a `label：value` paragraph outside the tables, or for the first paragraph of an
  // appendix.
  core::Location location;
  // The label written just before this one, as the caller gave it: the previous pair of the same
  // paragraph or cell (`填表人：王五　联系电话：…`), else the last pair of the body paragraph just above
  // (`填表人：王五` over `联系电话：…`), or the label whose label or value cell is just left of this label's
  // cell in its table row (`填表人 | 王五 | 联系电话 | …`); empty when none (a table's first column).
  std::string after;
  // The cell only referred to an appendix (见附页, 详见附件) and the value is the text after the table.
  bool from_appendix = false;
};

struct FormReading {
  std::string title; // the form's title paragraph (`“百姓学习之星”推介表`); empty when none is found
  std::vector<FormEntry> entries; // in reading order; a label may appear more than once
  bool has_revisions = false;     // unaccepted tracked changes (form.revisions)
  // Short table cells that read as labels but are none of the known ones (`出生日期` where the rule set
  // knows 出生年月), in reading order, each once: what the form calls its fields, for a finding that says
  // a label was not found rather than that its field is empty.
  std::vector<std::string> other_labels;
};

// The words for the nomination form: the notice's 推介表, and other cities' words for the same form.
inline constexpr std::array<std::string_view, 7> k_form_words{"推介表", "推荐表", "申报表", "评选表",
                                                              "申报书", "推荐书", "推介书"};

// Whether a title or a file name names a nomination form (one of k_form_words), and not a 登记表 (the
// district's registration table).
[[nodiscard]] bool names_nomination_form(std::string_view text);

// The form's title as read_form finds it (`FormReading::title`), without reading its fields: the first
// paragraph before the first table that names a form; else one that names a 登记表 (but where a short line
// after a table names a form, the 登记表 was printed first in the form's document: that line); else a
// one-cell first row that names either; else the first such paragraph; empty when none.
[[nodiscard]] std::string form_title(const Document& document);

// Reads a filled form: label cells are matched against `known_labels` (the rule set's labels and
// aliases), whatever the spacing, line breaks, width or trailing colon, and whether or not the template's
// parenthesised instruction follows. The value of a label is, in this order:
//   - the rest of its cell, when the label heads a cell that holds more (`主要事迹和成效` + the text);
//   - the next cell to the right (across spans and merges);
//   - the cell below, when the label's cell spans the whole row;
//   - empty, when the neighbour is itself a label.
// A cell or a body paragraph that starts with `label：` gives one entry per pair it holds
// (`电话：… 手机：… 邮箱：…`, `填表人：王五    联系电话：…`).
// Other layouts read as well: a row of labels above a row of values (pairs column by column); a value
// typed on in the rows below, whose label cell is empty or merged with the label (one value, its parts
// joined as paragraphs); a table split in two at a page break, whose second part starts with such a row
// (read as one table, each entry naming its own table). A value that only refers to an appendix
// (text::refers_to_appendix: 见附页, 详见附件) is the body text after its table instead (from_appendix):
// from the heading that names the appendix or the label (`附页：主要事迹和成效`), else from the table's
// end, up to the next table or a heading naming another label, `label：value` lines left out; when there is
// no such text, the value stays as written. A cell left empty or holding only the template's hint takes the
// text under a heading of its label alone after the table; and a line of one of `text_labels` (the labels of
// long texts: 事迹, 简介) alone with nothing after it (`主要事迹和成效：`) takes the paragraphs under it, up
// to the next heading or `label：value` line.
[[nodiscard]] FormReading read_form(const Document& document, std::span<const std::string> known_labels,
                                    std::span<const std::string> text_labels = {});

} // namespace nominate::office
