#pragma once

#include "label_matcher.hpp"

#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>

#include <span>
#include <string>

namespace nominate::office {

// Gives each entry of a table whose value only refers to an appendix (见附页, 详见附件) the text after its
// table, as read_form describes; entries whose appendix is not found keep their value.
void read_appendices(const Document& document, const LabelMatcher& labels,
                     std::span<const std::string> text_labels, FormReading& reading);

} // namespace nominate::office
