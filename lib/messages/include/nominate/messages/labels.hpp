#pragma once

#include <nominate/core/language.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace nominate::messages {

// The words of a report's headings, table columns and captions, by a stable id ("html.column.order" →
// 序号 / No.), for writers that lay out more than findings (the HTML report). An unknown id returns the id
// itself, so that a missing entry shows rather than vanishes.
[[nodiscard]] std::string_view label(std::string_view id, core::Language language);

// A video's probe problem or damage, as the probe's facts hold it (English: `problem`, or the `damage`
// entries joined by "; "), said in the language: in Chinese by what it means, in the same words as the
// findings (FFmpeg's own text never reaches a Chinese line); in English as given.
[[nodiscard]] std::string video_problem(std::string_view entries, core::Language language);

// Every label id, in catalogue order (tests check that each has both languages).
[[nodiscard]] std::vector<std::string_view> label_ids();

} // namespace nominate::messages
