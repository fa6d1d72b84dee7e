#include <nominate/rules/library.hpp>
#include <nominate/rules/load.hpp>

namespace nominate::rules {

RuleLibrary::RuleLibrary(std::vector<std::filesystem::path> search_dirs)
    : m_search_dirs(std::move(search_dirs))
{
}

core::Result<std::vector<RuleSet>> RuleLibrary::rules(std::string_view name_or_file)
{
  std::lock_guard lock(m_mutex);
  auto found = m_loaded.find(name_or_file);
  if (found == m_loaded.end()) {
    ++m_loads;
    found = m_loaded.emplace(std::string(name_or_file), load_rules(name_or_file, m_search_dirs)).first;
  }
  return found->second;
}

core::Result<std::vector<RuleSet>> RuleLibrary::all()
{
  std::lock_guard lock(m_mutex);
  if (!m_all) {
    ++m_loads;
    m_all = list_rule_sets(m_search_dirs);
  }
  return *m_all;
}

std::size_t RuleLibrary::loads() const
{
  std::lock_guard lock(m_mutex);
  return m_loads;
}

} // namespace nominate::rules
