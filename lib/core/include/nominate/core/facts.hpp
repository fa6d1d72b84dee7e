#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace nominate::core {

// What a reader or probe learned of a file, in the order it should be shown ("facts" in the JSON report):
// {"codec": "h264", "width": 1280, "fps": "25", "duration_s": 270.0}.
using FactValue = std::variant<std::string, std::int64_t, double, bool>;
using Facts = std::vector<std::pair<std::string, FactValue>>;

} // namespace nominate::core
