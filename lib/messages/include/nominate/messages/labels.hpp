#pragma once

#include <nominate/core/language.hpp>

#include <string_view>
#include <vector>

namespace nominate::messages {

// The words of a report's headings, table columns and captions, by a stable id ("html.column.order" →
// 序号 / No.), for writers that lay out more than findings (the HTML report). An unknown id returns the id
// itself, so that a missing entry shows rather than vanishes.
[[nodiscard]] std::string_view label(std::string_view id, core::Language language);

// Every label id, in catalogue order (tests check that each has both languages).
[[nodiscard]] std::vector<std::string_view> label_ids();

} // namespace nominate::messages
