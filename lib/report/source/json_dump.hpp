#pragma once

#include <nlohmann/json.hpp>

#include <ostream>

namespace nominate::report {

// Writes a document indented by two spaces, with a final line break. Text that is not valid UTF-8 (a file
// name from a foreign archive) is written with U+FFFD in its place: nlohmann would otherwise throw, and a
// writer never throws.
inline void dump_json(std::ostream& out, const nlohmann::ordered_json& document)
{
  out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

} // namespace nominate::report
