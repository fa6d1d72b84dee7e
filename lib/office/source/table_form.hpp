#pragma once

#include "label_matcher.hpp"

#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>

#include <cstddef>

namespace nominate::office {

// One table of the form as read_form reads it: `table` holds its rows, and, where the form's table was
// split in two at a page break (read_form, "continued tables"), the next table's rows after them.
// `index` is the 0-based number of the table in the document, and `split_row` the first row that belongs
// to table `index + 1` (rows.size() when none does): entries name the table the reader sees.
struct FormTable {
  const Table& table;
  std::size_t index = 0;
  std::size_t split_row = 0;
};

// Reads the labels of one table and their values into `reading` (entries, other_labels), as read_form
// describes.
void read_table_form(const FormTable& table, const LabelMatcher& labels, FormReading& reading);

} // namespace nominate::office
