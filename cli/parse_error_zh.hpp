#pragma once

#include <CLI/Error.hpp>

#include <string>

namespace nominate::cli {

// One Chinese sentence for a command line CLI11 refused: what kind of mistake it is and which option, for a
// clerk who does not read CLI11's English. The English text stays available as the detail (error.what()).
[[nodiscard]] std::string parse_error_zh(const CLI::ParseError& error);

} // namespace nominate::cli
