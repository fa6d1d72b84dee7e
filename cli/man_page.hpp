#pragma once

#include "command_model.hpp"

#include <string>

namespace nominate::cli {

// nominate.1 in man(7) roff, from the command line's own definition (descriptions, options, the footer's
// examples and exit codes), plus what only a man page says: the environment and where rule sets are found.
[[nodiscard]] std::string man_page(const CommandModel& app);

} // namespace nominate::cli
