#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/rule_set.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::rules {

// The rule sets of one run, each name loaded and validated once, whatever the number of submissions and
// threads that ask for it (a district of 100 star folders parses national/*.yaml once, not 100 times).
// Thread-safe. Results, errors included, are kept for the life of the library: make one per run.
class RuleLibrary {
public:
  explicit RuleLibrary(std::vector<std::filesystem::path> search_dirs);

  // As load_rules (load.hpp): a family's members, or the one rule set named or given by path.
  [[nodiscard]] core::Result<std::vector<RuleSet>> rules(std::string_view name_or_file);
  // As list_rule_sets: every rule set that is not abstract under the search dirs.
  [[nodiscard]] core::Result<std::vector<RuleSet>> all();

  [[nodiscard]] const std::vector<std::filesystem::path>& search_dirs() const { return m_search_dirs; }
  // How many times a name (or the listing) was actually loaded from disk: one per distinct name.
  [[nodiscard]] std::size_t loads() const;

private:
  std::vector<std::filesystem::path> m_search_dirs;
  mutable std::mutex m_mutex;
  std::map<std::string, core::Result<std::vector<RuleSet>>, std::less<>> m_loaded;
  std::optional<core::Result<std::vector<RuleSet>>> m_all;
  std::size_t m_loads = 0;
};

} // namespace nominate::rules
