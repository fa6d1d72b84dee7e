#pragma once

#include <string_view>

namespace nominate::text {

// Whether a field's text only points elsewhere for its content, as clerks write when a long text does
// not fit the cell: 见附页, 详见附页, 附后, 另附, 见附件, （详见附件：王秀兰主要事迹材料）, the template's
// hint (（不少于1500字）) around it allowed. Only a short text (a few words and a name) counts: a real text
// that mentions an appendix in passing is far longer.
[[nodiscard]] bool refers_to_appendix(std::string_view text);

} // namespace nominate::text
