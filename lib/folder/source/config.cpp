#include "config_reader.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/folder/config.hpp>
#include <nominate/yaml/node.hpp>
#include <nominate/yaml/parse.hpp>

namespace nominate::folder {

namespace {

core::Result<yaml::Node> parse_config(const std::filesystem::path& file)
{
  // A config found in the folders checked is read only as a file of its own: a link may point anywhere
  // (another user's file, /etc), and what a config holds is quoted back in errors and reports.
  std::error_code link_error;
  if (std::filesystem::is_symlink(file, link_error)) {
    return core::fail(core::ErrorCode::invalid_config,
                      "is a symbolic link, which is not read: put a copy of the file itself in the folder",
                      file);
  }
  auto node = yaml::parse_file(file);
  if (!node) {
    auto error = node.error();
    if (error.code == core::ErrorCode::yaml_syntax) {
      error.code = core::ErrorCode::invalid_config;
    }
    return std::unexpected(error);
  }
  if (node->kind == yaml::Node::Kind::null) {
    yaml::Node empty;
    empty.kind = yaml::Node::Kind::map;
    return empty;
  }
  return node;
}

// `rules:` naming a rule file (`./xian-2024.yaml`, `../rules/x.yml`) is read from the folder of the config
// that names it, as `past_winners:` is, whatever the current folder; a rule set's name (`national/star`) is
// left as it is.
std::string resolve_rules(const std::filesystem::path& config_file, const std::string& value)
{
  bool file_like = value.ends_with(".yaml") || value.ends_with(".yml") || value.starts_with("./") ||
                   value.starts_with("../");
  std::filesystem::path path(value);
  if (!file_like || path.is_absolute()) {
    return value;
  }
  return (config_file.parent_path() / path).lexically_normal().generic_string();
}

// A config may name files (`rules:`, `past_winners:`, `past_nominees:`) only inside the district tree: a city
// office checks folders it did not make, and a folder's own config must not make the tool read (or quote) a
// file elsewhere on that computer (design.md, "Paths a config may name"). The tree is the config's own folder
// for nominate.yaml and the folder above the submission (its district) for nomination.yaml. Links are
// resolved first, so a link inside that points outside is refused too. Files outside are passed on the
// command line instead.
core::Result<void> check_inside_tree(const detail::ConfigReader& reader, const yaml::Node& value,
                                     const std::filesystem::path& named, const std::filesystem::path& tree,
                                     std::string_view key)
{
  std::error_code error;
  const auto root = std::filesystem::weakly_canonical(std::filesystem::absolute(tree, error), error);
  const auto target = std::filesystem::weakly_canonical(std::filesystem::absolute(named, error), error);
  const auto relative = target.lexically_relative(root);
  if (!error && !relative.empty() && *relative.begin() != ".." && !relative.is_absolute()) {
    return {};
  }
  return std::unexpected(reader.error_at(
      value, "'" + std::string(key) + "' names a file outside the district folder (" +
                 core::quote_excerpt(named.generic_string()) +
                 "): a folder's own config may only name files inside it; pass that file on the command line "
                 "instead"));
}

// The zone as the rule sets' quotas name it: the notice's own words (示范区, 社区教育实验区, 其他区) are read
// as demonstration, experimental and other.
std::optional<std::string> zone_id(const std::string& text)
{
  if (text == "demonstration" || text == "示范区" || text == "社区教育示范区") {
    return "demonstration";
  }
  if (text == "experimental" || text == "实验区" || text == "社区教育实验区") {
    return "experimental";
  }
  if (text == "other" || text == "其他" || text == "其他区" || text == "其它") {
    return "other";
  }
  return std::nullopt;
}

} // namespace

core::Result<SubmissionConfig> load_submission_config(const std::filesystem::path& file)
{
  auto root = parse_config(file);
  if (!root) {
    return std::unexpected(root.error());
  }
  detail::ConfigReader reader(file);
  if (auto known =
          reader.only_keys(*root, {"rules", "kind", "title", "special", "as_of", "fields", "waivers"});
      !known) {
    return std::unexpected(known.error());
  }
  SubmissionConfig config;
  config.file = file;
  for (const auto& [key, value] : root->entries) {
    if (key == "fields") {
      if (value.kind == yaml::Node::Kind::null) {
        continue;
      }
      if (value.kind != yaml::Node::Kind::map) {
        return std::unexpected(
            reader.error_at(value, "'fields' must map field ids or labels to values, e.g. 姓名: 张三"));
      }
      for (const auto& [field_key, field_value] : value.entries) {
        // The key's line: a block value (`deeds: |`) starts on the next one, an empty value has none.
        auto line =
            field_value.key_position.line > 0 ? field_value.key_position.line : field_value.position.line;
        if (field_value.kind == yaml::Node::Kind::null) {
          config.fields.push_back({field_key, "", line});
          continue;
        }
        auto text = reader.scalar(field_value, field_key);
        if (!text) {
          return std::unexpected(text.error());
        }
        config.fields.push_back({field_key, *text, line});
      }
    } else if (key == "waivers") {
      auto waivers = reader.waivers(value);
      if (!waivers) {
        return std::unexpected(waivers.error());
      }
      config.waivers = std::move(*waivers);
    } else if (key == "special") {
      auto flag = reader.boolean(value, key);
      if (!flag) {
        return std::unexpected(flag.error());
      }
      config.special = *flag;
    } else if (key == "as_of") {
      auto text = reader.scalar(value, key);
      if (!text) {
        return std::unexpected(text.error());
      }
      config.as_of = core::parse_date(*text, core::DateSyntax::lenient);
      if (!config.as_of) {
        return std::unexpected(reader.error_at(
            value, "'as_of' must be a date like 2024-05-01, not '" + core::quote_excerpt(*text) + "'",
            "config-date", *text));
      }
    } else {
      auto text = reader.scalar(value, key);
      if (!text) {
        return std::unexpected(text.error());
      }
      if (key == "rules") {
        config.rules = resolve_rules(file, *text);
        if (names_a_file(*config.rules)) {
          auto district_folder = std::filesystem::absolute(file).parent_path().parent_path();
          if (auto inside = check_inside_tree(reader, value, *config.rules, district_folder, key); !inside) {
            return std::unexpected(inside.error());
          }
        }
      } else {
        (key == "kind" ? config.kind : config.title) = *text;
      }
    }
  }
  if (config.kind && *config.kind != "star" && *config.kind != "brand") {
    const auto* node = root->find("kind");
    return std::unexpected(reader.error_at(
        *node, "'kind' must be star or brand, not '" + core::quote_excerpt(*config.kind) + "'", "config-kind",
        *config.kind));
  }
  return config;
}

core::Result<DistrictConfig> load_district_config(const std::filesystem::path& file)
{
  auto root = parse_config(file);
  if (!root) {
    return std::unexpected(root.error());
  }
  detail::ConfigReader reader(file);
  if (auto known =
          reader.only_keys(*root, {"district", "zone", "rules", "as_of", "past_winners", "past_nominees",
                                   "root", "waivers", "package_name", "submission_package_name"});
      !known) {
    return std::unexpected(known.error());
  }
  DistrictConfig config;
  config.file = file;
  for (const auto& [key, value] : root->entries) {
    if (key == "waivers") {
      auto waivers = reader.waivers(value);
      if (!waivers) {
        return std::unexpected(waivers.error());
      }
      config.waivers = std::move(*waivers);
      continue;
    }
    if (key == "root") {
      auto flag = reader.boolean(value, key);
      if (!flag) {
        return std::unexpected(flag.error());
      }
      config.root = *flag;
      continue;
    }
    auto text = reader.scalar(value, key);
    if (!text) {
      return std::unexpected(text.error());
    }
    if (key == "district") {
      config.district = *text;
    } else if (key == "zone") {
      auto zone = zone_id(*text);
      if (!zone) {
        return std::unexpected(reader.error_at(value, "'zone' must be demonstration (示范区), experimental "
                                                      "(实验区) or other (其他), not '" +
                                                          core::quote_excerpt(*text) + "'"));
      }
      config.zone = *zone;
    } else if (key == "rules") {
      config.rules = resolve_rules(file, *text);
      if (names_a_file(*config.rules)) {
        if (auto inside = check_inside_tree(reader, value, *config.rules, file.parent_path(), key); !inside) {
          return std::unexpected(inside.error());
        }
      }
    } else if (key == "as_of") {
      config.as_of = core::parse_date(*text, core::DateSyntax::lenient);
      if (!config.as_of) {
        return std::unexpected(reader.error_at(
            value, "'as_of' must be a date like 2024-05-01, not '" + core::quote_excerpt(*text) + "'",
            "config-date", *text));
      }
    } else if (key == "package_name") {
      config.package_name = *text;
    } else if (key == "submission_package_name") {
      config.submission_package_name = *text;
    } else {
      auto named = file.parent_path() / std::filesystem::path(*text);
      if (auto inside = check_inside_tree(reader, value, named, file.parent_path(), key); !inside) {
        return std::unexpected(inside.error());
      }
      (key == "past_nominees" ? config.past_nominees : config.past_winners) = std::move(named);
    }
  }
  return config;
}

core::Result<std::vector<DistrictConfig>>
find_district_configs(const std::filesystem::path& folder,
                      const std::optional<std::filesystem::path>& ceiling)
{
  std::vector<DistrictConfig> found;
  std::error_code error;
  // Walk a normal absolute path ("a/b/" would read b's file twice, "a/b/.." would step into b), but name each
  // file as reached from a relative `folder`: `nominate check 海淀区` lists "海淀区/nominate.yaml"
  // (design.md, the JSON report's "configs").
  auto current = std::filesystem::absolute(folder, error).lexically_normal();
  if (error) {
    return found;
  }
  if (!current.has_filename() && current.has_relative_path()) {
    current = current.parent_path();
  }
  auto base = folder.is_relative() ? std::filesystem::current_path(error) : std::filesystem::path();
  std::optional<std::filesystem::path> top;
  if (ceiling) {
    top = std::filesystem::absolute(*ceiling, error).lexically_normal();
    if (!top->has_filename() && top->has_relative_path()) {
      top = top->parent_path();
    }
  }
  for (;;) {
    auto candidate = current / k_district_config_name;
    if (std::filesystem::is_regular_file(candidate, error)) {
      auto shown = base.empty() ? std::filesystem::path() : candidate.lexically_relative(base);
      auto config = load_district_config(shown.empty() ? candidate : shown);
      if (!config) {
        return std::unexpected(config.error());
      }
      bool stop = config->root;
      found.push_back(std::move(*config));
      if (stop) {
        break;
      }
    }
    if (!current.has_parent_path() || current.parent_path() == current || (top && current == *top)) {
      break;
    }
    current = current.parent_path();
  }
  return found;
}

std::vector<std::filesystem::path> files_of(const DistrictConfig& config)
{
  std::vector<std::filesystem::path> files{config.file};
  for (const auto& list : {config.past_winners, config.past_nominees}) {
    if (list) {
      files.push_back(*list);
    }
  }
  if (config.rules && names_a_file(*config.rules)) {
    files.emplace_back(*config.rules);
  }
  return files;
}

bool names_a_file(const std::string& value)
{
  return value.ends_with(".yaml") || value.ends_with(".yml") || value.starts_with("./") ||
         value.starts_with("../") || value.starts_with("/");
}

} // namespace nominate::folder
