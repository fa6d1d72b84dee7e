// Finding rule files by name, resolving `extends` chains, families and listings.
#include "draft.hpp"
#include "schema.hpp"

#include <nominate/rules/load.hpp>
#include <nominate/yaml/parse.hpp>

#include <algorithm>
#include <set>

namespace nominate::rules {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_max_chain = 16;      // extends deeper than this is surely a mistake
constexpr std::size_t k_max_listed = 10'000; // files looked at when listing a folder

struct Link {
  fs::path file; // weakly canonical, to recognise a cycle
  std::string id;
};

bool looks_like_path(std::string_view name)
{
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

bool is_regular(const fs::path& path)
{
  std::error_code error;
  return fs::is_regular_file(path, error);
}

bool is_folder(const fs::path& path)
{
  std::error_code error;
  return fs::is_directory(path, error);
}

fs::path canonical_path(const fs::path& path)
{
  std::error_code error;
  fs::path out = fs::weakly_canonical(path, error);
  return error ? path.lexically_normal() : out;
}

// A name such as national/star: no absolute path, no '..', so that it stays inside the search dirs.
bool is_safe_name(std::string_view name)
{
  const fs::path path{std::string{name}};
  return !name.empty() && path.is_relative() &&
         std::ranges::none_of(path, [](const fs::path& part) { return part == ".." || part == "."; });
}

// Rule files under `dir` as (name, path): name is the relative path without ".yaml".
std::vector<std::pair<std::string, fs::path>> rule_files(const fs::path& dir)
{
  std::vector<std::pair<std::string, fs::path>> out;
  std::error_code error;
  fs::recursive_directory_iterator it{dir, fs::directory_options::skip_permission_denied, error};
  std::size_t seen = 0;
  for (; !error && it != fs::recursive_directory_iterator{} && seen < k_max_listed; it.increment(error)) {
    ++seen;
    const fs::path& path = it->path();
    if (path.extension() == ".yaml" && is_regular(path)) {
      out.emplace_back(path.lexically_relative(dir).replace_extension().generic_string(), path);
    }
  }
  std::ranges::sort(out);
  return out;
}

std::vector<std::string> available_names(const std::vector<fs::path>& dirs)
{
  std::set<std::string> names;
  for (const auto& dir : dirs) {
    for (auto& [name, path] : rule_files(dir)) {
      names.insert(name);
    }
  }
  return {names.begin(), names.end()};
}

std::string hint_for(std::string_view name, const std::vector<std::string>& names)
{
  const std::vector<std::string_view> views{names.begin(), names.end()};
  const std::string best = detail::nearest(name, views);
  if (!best.empty()) {
    return " (did you mean '" + best + "'?)";
  }
  std::string out = names.empty() ? "; no rule sets were found" : "; known: ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i == 0 ? "" : ", ") + names[i];
  }
  return out;
}

std::optional<fs::path> find_named(std::string_view name, const std::vector<fs::path>& dirs)
{
  for (const auto& dir : dirs) {
    fs::path candidate = dir / (std::string{name} + ".yaml");
    if (is_regular(candidate)) {
      return candidate;
    }
  }
  return std::nullopt;
}

std::optional<fs::path> resolve_parent(std::string_view name, const fs::path& child, const RuleSource& source)
{
  if (looks_like_path(name)) {
    fs::path path{std::string{name}};
    path = path.is_absolute() ? path : child.parent_path() / path;
    return is_regular(path) ? std::optional{path} : std::nullopt;
  }
  if (!is_safe_name(name)) {
    return std::nullopt;
  }
  std::vector<fs::path> dirs = source.search_dirs;
  dirs.push_back(child.parent_path().empty() ? fs::path{"."} : child.parent_path());
  return find_named(name, dirs);
}

core::Result<detail::Draft> load_chain(const yaml::Node& root, const fs::path& file, const RuleSource& source,
                                       std::vector<Link>& chain)
{
  detail::Draft draft;
  NOMINATE_TRY_ASSIGN(draft, detail::read_draft(root, file));
  if (!draft.extends) {
    return draft;
  }
  chain.push_back(Link{canonical_path(file), draft.id});
  const auto invalid = [&](std::string message) {
    return core::fail(core::ErrorCode::invalid_rules, std::move(message), file, draft.extends_at);
  };
  if (chain.size() > k_max_chain) {
    return invalid("'extends' goes more than " + std::to_string(k_max_chain) + " rule sets deep");
  }
  const auto parent_file = resolve_parent(*draft.extends, file, source);
  if (!parent_file) {
    std::vector<fs::path> dirs = source.search_dirs;
    dirs.push_back(file.parent_path().empty() ? fs::path{"."} : file.parent_path());
    return invalid("'extends: " + *draft.extends + "' names no rule set that exists" +
                   hint_for(*draft.extends, available_names(dirs)));
  }
  const fs::path parent_canonical = canonical_path(*parent_file);
  const auto loop = std::ranges::find(chain, parent_canonical, &Link::file);
  if (loop != chain.end()) {
    std::string names;
    for (auto it = loop; it != chain.end(); ++it) {
      names += it->id + " → ";
    }
    return invalid("'extends' makes a cycle: " + names + loop->id);
  }
  yaml::Node parent_root;
  NOMINATE_TRY_ASSIGN(parent_root, yaml::parse_file(*parent_file));
  detail::Draft parent;
  NOMINATE_TRY_ASSIGN(parent, load_chain(parent_root, *parent_file, source, chain));
  return detail::merge(std::move(parent), std::move(draft));
}

core::Result<RuleSet> load_root(const yaml::Node& root, const fs::path& file, const RuleSource& source)
{
  std::vector<Link> chain;
  detail::Draft draft;
  NOMINATE_TRY_ASSIGN(draft, load_chain(root, file, source, chain));
  return detail::finish(std::move(draft));
}

// Form titles compared without white space and quotation marks.
std::string normalise_title(std::string_view text)
{
  // White space, and every quotation mark or bracket a title may put around the award's name: “” ‘’ " ' 《》
  // 〈〉 「」 『』 【】 〔〕 ＂ ＇ « », and the zero-width marks a pasted title may carry.
  static constexpr std::array<std::string_view, 32> k_dropped{
      " ",      "\t",     "\r",     "\n",     "\u3000", "\u00a0", "\u201c", "\u201d",
      "\u2018", "\u2019", "\u201e", "\"",     "'",      "\u300a", "\u300b", "\u3008",
      "\u3009", "\u300c", "\u300d", "\u300e", "\u300f", "\u3010", "\u3011", "\u3014",
      "\u3015", "\uff02", "\uff07", "\u00ab", "\u00bb", "\u200b", "\ufeff", "\u2060"};
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto dropped =
        std::ranges::find_if(k_dropped, [&](std::string_view d) { return text.substr(i).starts_with(d); });
    if (dropped != k_dropped.end()) {
      i += dropped->size();
      continue;
    }
    out += text[i++];
  }
  return out;
}

} // namespace

core::Result<RuleSet> parse_rule_set(std::string_view text, const fs::path& file, const RuleSource& parents)
{
  yaml::Node root;
  NOMINATE_TRY_ASSIGN(root, yaml::parse(text, file));
  return load_root(root, file, parents);
}

core::Result<RuleSet> load_rule_file(const fs::path& file, const RuleSource& parents)
{
  yaml::Node root;
  NOMINATE_TRY_ASSIGN(root, yaml::parse_file(file));
  return load_root(root, file, parents);
}

core::Result<RuleSet> load_rule_set(std::string_view name_or_file, const std::vector<fs::path>& search_dirs)
{
  const fs::path as_path{std::string{name_or_file}};
  if (looks_like_path(name_or_file) || (is_regular(as_path) && !is_safe_name(name_or_file))) {
    return load_rule_file(as_path, RuleSource{search_dirs});
  }
  if (is_safe_name(name_or_file)) {
    if (const auto file = find_named(name_or_file, search_dirs)) {
      return load_rule_file(*file, RuleSource{search_dirs});
    }
    for (const auto& dir : search_dirs) {
      if (is_folder(dir / as_path)) {
        return core::fail(core::ErrorCode::unknown_rules,
                          "'" + std::string{name_or_file} + "' is a family of rule sets; name one of them (" +
                              std::string{name_or_file} + "/…), or let each form's title choose");
      }
    }
  }
  if (is_regular(as_path)) {
    return load_rule_file(as_path, RuleSource{search_dirs});
  }
  return core::fail(core::ErrorCode::unknown_rules, "no rule set named '" + std::string{name_or_file} + "'" +
                                                        hint_for(name_or_file, available_names(search_dirs)));
}

core::Result<std::vector<RuleSet>> load_family(std::string_view name,
                                               const std::vector<fs::path>& search_dirs)
{
  if (!is_safe_name(name)) {
    return core::fail(core::ErrorCode::unknown_rules,
                      "'" + std::string{name} + "' is not a rule family's name");
  }
  for (const auto& dir : search_dirs) {
    const fs::path folder = dir / std::string{name};
    if (!is_folder(folder)) {
      continue;
    }
    std::vector<RuleSet> members;
    for (const auto& [member, path] : rule_files(folder)) {
      RuleSet set;
      NOMINATE_TRY_ASSIGN(set, load_rule_file(path, RuleSource{search_dirs}));
      if (!set.abstract) {
        members.push_back(std::move(set));
      }
    }
    if (!members.empty()) {
      std::ranges::sort(members, {}, &RuleSet::id);
      return members;
    }
  }
  return core::fail(core::ErrorCode::unknown_rules,
                    "no family of rule sets named '" + std::string{name} + "'");
}

core::Result<std::vector<RuleSet>> load_rules(std::string_view name_or_file,
                                              const std::vector<fs::path>& search_dirs)
{
  const bool is_name = is_safe_name(name_or_file) && !looks_like_path(name_or_file);
  if (is_name && !find_named(name_or_file, search_dirs)) {
    const bool is_family = std::ranges::any_of(
        search_dirs, [&](const fs::path& dir) { return is_folder(dir / std::string{name_or_file}); });
    if (is_family) {
      return load_family(name_or_file, search_dirs);
    }
  }
  RuleSet set;
  NOMINATE_TRY_ASSIGN(set, load_rule_set(name_or_file, search_dirs));
  return std::vector<RuleSet>{std::move(set)};
}

core::Result<std::vector<RuleSet>> list_rule_sets(const std::vector<fs::path>& search_dirs)
{
  std::set<std::string> seen;
  std::vector<RuleSet> out;
  for (const auto& dir : search_dirs) {
    for (const auto& [name, path] : rule_files(dir)) {
      if (!seen.insert(name).second) {
        continue;
      }
      RuleSet set;
      NOMINATE_TRY_ASSIGN(set, load_rule_file(path, RuleSource{search_dirs}));
      if (!set.abstract) {
        out.push_back(std::move(set));
      }
    }
  }
  std::ranges::sort(out, {}, &RuleSet::id);
  return out;
}

bool names_rule_set(std::string_view form_title, const RuleSet& rule_set)
{
  const std::string title = normalise_title(form_title);
  return std::ranges::any_of(rule_set.form_titles, [&](const std::string& wanted) {
    const std::string normalised = normalise_title(wanted);
    return !normalised.empty() && title.find(normalised) != std::string::npos;
  });
}

const RuleSet* choose_by_form_title(std::string_view form_title, std::span<const RuleSet> rule_sets)
{
  // The longest matching title wins (一个标题包含另一个时); a tie between two rule sets is no choice.
  const std::string title = normalise_title(form_title);
  const RuleSet* best = nullptr;
  std::size_t best_length = 0;
  bool tie = false;
  for (const auto& set : rule_sets) {
    for (const auto& wanted : set.form_titles) {
      const std::string normalised = normalise_title(wanted);
      if (normalised.empty() || title.find(normalised) == std::string::npos) {
        continue;
      }
      if (normalised.size() > best_length) {
        best = &set;
        best_length = normalised.size();
        tie = false;
      } else if (normalised.size() == best_length && best != &set) {
        tie = true;
      }
    }
  }
  return tie ? nullptr : best;
}

} // namespace nominate::rules
