#pragma once

#include "command_model.hpp"

#include <string>
#include <vector>

namespace nominate::cli {

// The words that complete a value, beyond what the command line itself defines.
struct CompletionWords {
  std::vector<std::string> rule_sets; // national, national/star, … (names --rules and `rules show` take)
  std::vector<std::string> rule_ids;  // video.frame-rate, … (what `explain` takes)
  std::vector<std::string> formats;   // text, json, … (the FMT of --format FMT[:FILE])
};

// A bash completion script (for bash-completion's completions/ folder, or `source`d): defines `_nominate`.
[[nodiscard]] std::string bash_completion(const CommandModel& app, const CompletionWords& words);

// A zsh completion function file (`_nominate`, for a folder on $fpath).
[[nodiscard]] std::string zsh_completion(const CommandModel& app, const CompletionWords& words);

} // namespace nominate::cli
