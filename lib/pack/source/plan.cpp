// plan_packages: which packages a check's outcome gives, their names and what each holds.

#include "inside.hpp"

#include <nominate/folder/config.hpp>
#include <nominate/folder/discover.hpp>
#include <nominate/pack/names.hpp>
#include <nominate/pack/pack.hpp>
#include <nominate/pack/table.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace nominate::pack {

namespace {

namespace fs = std::filesystem;

std::string district_name(const folder::District& district)
{
  for (const auto& config : district.configs) {
    if (config.district) {
      return *config.district;
    }
  }
  return district.folder.filename().string();
}

// Windows compares names without case: two entries that differ only so would overwrite each other.
std::string folded(const std::string& name)
{
  std::string lower = name;
  std::ranges::transform(lower, lower.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

// A district's nominate.yaml and the files it names (a rule file, past_winners, past_nominees: inside the
// config's folder, as folder::load_district_config requires) at their paths relative to that folder, under
// `prefix`. The package carries them so that a check of it reads the settings the district's check read.
core::Result<void> add_settings(std::vector<PlannedFile>& files, const std::string& prefix,
                                const folder::DistrictConfig& config)
{
  // `pack .` finds ./nominate.yaml as "nominate.yaml": its folder is ".", not "" (which has no absolute
  // path).
  const fs::path folder = config.file.has_parent_path() ? config.file.parent_path() : fs::path(".");
  const auto named = folder::files_of(config);
  std::error_code error;
  const auto base = fs::weakly_canonical(fs::absolute(folder, error), error);
  for (const auto& file : named) {
    const auto relative = fs::weakly_canonical(fs::absolute(file, error), error).lexically_relative(base);
    if (error || relative.empty() || *relative.begin() == ".." || relative.is_absolute()) {
      return core::fail(core::ErrorCode::io, "cannot place it in the package beside its nominate.yaml", file);
    }
    auto safe = safe_path(relative.generic_string(), k_max_entry_path / 2);
    if (!safe) {
      safe.error().file = file;
      return std::unexpected(safe.error());
    }
    const auto size = fs::file_size(file, error);
    if (error) {
      return core::fail(core::ErrorCode::io, "cannot read: " + error.message(), file);
    }
    const std::string entry = prefix + *safe;
    if (std::ranges::none_of(files, [&](const PlannedFile& f) { return f.entry == entry; })) {
      files.push_back({entry, file, {}, size});
    }
  }
  return {};
}

struct Group {
  std::optional<std::size_t> district;
  std::vector<std::size_t> submissions;
  std::size_t seq = 1;
};

core::Result<void> add_file(PackagePlan& plan, const std::string& prefix, const std::string& relative,
                            const fs::path& source)
{
  // The whole entry, bag folder included, stays within k_max_entry_path UTF-16 units.
  auto used = utf16_units(plan.bag_name) + 1 + utf16_units(prefix);
  if (used + 8 > k_max_entry_path) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "the package or folder name is too long for Windows: shorten it (--name)", source);
  }
  auto safe = safe_path(relative, k_max_entry_path - used);
  if (!safe) {
    safe.error().file = source;
    return std::unexpected(safe.error());
  }
  std::error_code error;
  auto size = fs::file_size(source, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot read: " + error.message(), source);
  }
  if (*safe != relative) {
    plan.renames.push_back({prefix.substr(5) + relative, prefix.substr(5) + *safe});
  }
  plan.payload.push_back({prefix + *safe, source, {}, size});
  return {};
}

// The package's name pattern: --name, else the nearest nominate.yaml's, else the rule set's, else the default
// (design.md, "Packages").
enum class PackageOf { district, submission };

std::string name_pattern(const PackRequest& request, const folder::LoadedSubmission& first, PackageOf of)
{
  if (request.name_pattern) {
    return *request.name_pattern;
  }
  const bool district = of == PackageOf::district;
  for (const auto& config : first.district_configs) {
    const auto& pattern = district ? config.package_name : config.submission_package_name;
    if (pattern) {
      return *pattern;
    }
  }
  const auto& pattern = district ? first.rule_set.package_name : first.rule_set.submission_package_name;
  return pattern.value_or(district ? k_district_pattern : k_submission_pattern);
}

} // namespace

std::optional<core::Date> latest_as_of(const pipeline::CheckOutcome& outcome,
                                       const std::vector<std::size_t>& submissions)
{
  std::optional<core::Date> latest;
  for (auto index : submissions) {
    if (auto as_of = core::parse_date(outcome.report.submissions[index].as_of, core::DateSyntax::lenient)) {
      latest = latest ? std::max(*latest, *as_of) : *as_of;
    }
  }
  return latest;
}

core::Result<std::vector<PackagePlan>> plan_packages(const pipeline::CheckOutcome& outcome,
                                                     const PackRequest& request)
{
  for (const auto& checked : outcome.submissions) {
    if (detail::inside(request.output_dir, checked.loaded.submission.folder)) {
      return core::fail_because(core::ErrorCode::invalid_argument, "output-inside-input",
                                "the output folder is inside an input folder; choose one outside it (-o)",
                                request.output_dir);
    }
  }
  for (const auto& checked : outcome.districts) {
    if (detail::inside(request.output_dir, checked.district.folder)) {
      return core::fail_because(core::ErrorCode::invalid_argument, "output-inside-input",
                                "the output folder is inside an input folder; choose one outside it (-o)",
                                request.output_dir);
    }
  }

  std::vector<Group> groups;
  for (std::size_t d = 0; d < outcome.districts.size(); ++d) {
    const auto& members = outcome.districts[d].submissions;
    if (request.split == Split::per_district) {
      groups.push_back({d, members, 1});
    } else {
      for (std::size_t i = 0; i < members.size(); ++i) {
        groups.push_back({d, {members[i]}, i + 1});
      }
    }
  }
  for (std::size_t i = 0; i < outcome.submissions.size(); ++i) {
    if (!outcome.submissions[i].district) {
      auto folder_name = outcome.submissions[i].loaded.submission.folder.filename().string();
      std::size_t seq = 0;
      for (char c : folder_name) {
        if (c < '0' || c > '9') {
          break;
        }
        seq = seq * 10 + static_cast<std::size_t>(c - '0');
      }
      groups.push_back({std::nullopt, {i}, seq == 0 ? 1 : seq});
    }
  }

  std::vector<PackagePlan> plans;
  std::set<std::string> names;
  for (const auto& group : groups) {
    if (group.submissions.empty()) {
      continue;
    }
    PackagePlan plan;
    plan.submissions = group.submissions;
    plan.revision = request.revision;
    plan.tool_version = request.tool_version;
    auto as_of = latest_as_of(outcome, group.submissions);
    std::vector<std::string> titles;
    std::set<std::string> rule_sets;
    for (auto index : group.submissions) {
      const auto& loaded = outcome.submissions[index].loaded;
      rule_sets.insert(loaded.rule_set.reference());
      auto title = loaded.rule_set.kind == "brand" ? std::string("终身学习品牌项目")
                   : loaded.rule_set.title.empty() ? loaded.rule_set.kind
                                                   : loaded.rule_set.title;
      if (std::ranges::find(titles, title) == titles.end()) {
        titles.push_back(title);
      }
      for (const auto& waiver : loaded.submission.waivers) {
        // A district's waiver applies to each of its submissions and is listed once.
        auto line = waiver.rule + "; " + waiver.file.value_or(waiver.field.value_or("")) + "; " +
                    waiver.reason + "; " + waiver.approved_by + "; " + waiver.date;
        if (std::ranges::find(plan.waivers, line) == plan.waivers.end()) {
          plan.waivers.push_back(std::move(line));
        }
      }
    }
    plan.rule_sets.assign(rule_sets.begin(), rule_sets.end());
    plan.as_of = as_of ? core::to_iso(*as_of) : "";
    plan.bagging_date = request.bagging_date ? *request.bagging_date : as_of.value_or(core::Date{2000, 1, 1});

    const auto& first = outcome.submissions[group.submissions.front()].loaded.submission;
    // In one order whatever the folders' (design.md: 百姓学习之星和终身学习品牌项目): the projects last, so
    // that renumbering the folders gives a second package the first one's name.
    std::ranges::sort(titles, {},
                      [](const std::string& title) { return std::pair(title == "终身学习品牌项目", title); });
    std::string kind_zh;
    for (const auto& title : titles) {
      kind_zh += (kind_zh.empty() ? "" : "和") + title;
    }
    if (group.district) {
      plan.organization = district_name(outcome.districts[*group.district].district);
    } else {
      // A submission on its own: the district its nominate.yaml names, else the folder it sits in.
      plan.organization = first.folder.parent_path().filename().string();
      for (const auto& config : outcome.submissions[group.submissions.front()].loaded.district_configs) {
        if (config.district) {
          plan.organization = *config.district;
          break;
        }
      }
    }
    bool whole_district = group.district && request.split == Split::per_district;
    if (const auto& configs = outcome.submissions[group.submissions.front()].loaded.district_configs;
        !whole_district && !configs.empty()) {
      if (auto carried = add_settings(plan.settings, "", configs.front()); !carried) {
        return std::unexpected(carried.error());
      }
      std::ranges::sort(plan.settings, {}, &PlannedFile::entry);
    }
    std::map<std::string, std::string> values{
        {"district", plan.organization},
        {"kind_zh", kind_zh},
        {"date", core::to_iso(plan.bagging_date)},
        {"title", first.title.empty() ? first.folder.filename().string() : first.title},
        {"seq", std::to_string(group.seq)}};
    auto name = expand_name(name_pattern(request, outcome.submissions[group.submissions.front()].loaded,
                                         whole_district ? PackageOf::district : PackageOf::submission),
                            values);
    if (!name) {
      return std::unexpected(name.error());
    }
    // The bag's folder is the name without .zip, and Windows refuses a folder whose name ends in a dot or a
    // space: a title such as 学无止境... is cut there (学无止境), for the folder and the file alike.
    std::string stem = name->ends_with(".zip") ? name->substr(0, name->size() - 4) : *name;
    while (!stem.empty() && (stem.back() == '.' || stem.back() == ' ')) {
      stem.pop_back();
    }
    if (stem.empty()) {
      stem = "_";
    }
    plan.file_name = stem + ".zip";
    plan.bag_name = stem;
    if (!names.insert(folded(plan.file_name)).second) {
      return core::fail(core::ErrorCode::invalid_argument,
                        "two packages would both be named " + plan.file_name +
                            ": give the submissions distinct names or a --name pattern with {seq}",
                        first.folder);
    }

    if (whole_district) {
      const auto& district = outcome.districts[*group.district].district;
      for (const auto& config : district.configs) {
        // The district's own nominate.yaml, however its folder was typed (海淀区/, ./海淀区, .); not one
        // further up, which holds for other districts too.
        std::error_code ignored;
        // `pack .` finds ./nominate.yaml as "nominate.yaml": its folder is ".", not "".
        const auto config_folder = config.file.has_parent_path() ? config.file.parent_path() : fs::path(".");
        const auto district_folder = district.folder.empty() ? fs::path(".") : district.folder;
        if (fs::equivalent(config_folder, district_folder, ignored)) {
          if (auto added = add_settings(plan.payload, "data/", config); !added) {
            return std::unexpected(added.error());
          }
        }
      }
      // The district's own tables, and one generated from the forms for each kind it has none of (its own
      // 附表2 for the stars, 附表4 generated for a project it nominates too): the check (and the report the
      // package carries) said that table would be attached, and verify asks for it.
      std::set<std::string> own_kinds;
      for (const auto& table : district.tables) {
        own_kinds.insert(table.table.kind);
        const bool packed = std::ranges::any_of(district.tables, [&](const folder::RegistrationFile& other) {
          return &other < &table && other.file == table.file; // a workbook of 附表2 and 附表4: packed once
        });
        if (packed) {
          continue;
        }
        if (auto added = add_file(plan, "data/", table.file, district.folder / table.file); !added) {
          return std::unexpected(added.error());
        }
      }
      std::error_code listing;
      for (const auto& entry : fs::directory_iterator(district.folder, listing)) {
        const auto top_file = text::nfc(entry.path().filename().string());
        std::error_code ignored;
        // Packed already: a table, a setting the district's nominate.yaml names (a past-winner list).
        const auto packed = [&](const PlannedFile& file) {
          return !file.source.empty() && fs::equivalent(file.source, entry.path(), ignored);
        };
        if (entry.is_regular_file(ignored) && !folder::is_junk_name(top_file) &&
            top_file != folder::k_district_config_name && std::ranges::none_of(plan.payload, packed) &&
            std::ranges::none_of(plan.settings, packed)) {
          plan.not_packed.push_back(top_file);
        }
      }
      std::ranges::sort(plan.not_packed);
      for (auto& table : fill_tables(outcome, group.submissions, plan.organization)) {
        if (own_kinds.contains(table.kind)) {
          continue;
        }
        PlannedFile generated;
        generated.entry = "data/" + table.file_name;
        plan.payload.push_back(std::move(generated)); // bytes filled by write_packages
      }
    }
    // Settings carried beside data/ that lie in the submission folder (a folder verify --extract wrote holds
    // them) go once, as settings: not also as materials, which would send the district's lists along as a
    // nomination's files.
    std::set<fs::path> carried;
    for (const auto& setting : plan.settings) {
      std::error_code ignored;
      carried.insert(fs::weakly_canonical(setting.source, ignored));
    }
    for (auto index : group.submissions) {
      const auto& submission = outcome.submissions[index].loaded.submission;
      std::string prefix = "data/";
      if (whole_district) {
        // The submission's folder as it lies in the district: 01-张三/, or 学院路街道/01-张三/ under a
        // street's folder that groups submissions (so that `check data/` and verify group them alike).
        const auto& district_folder = outcome.districts[*group.district].district.folder;
        auto relative = submission.folder.lexically_relative(district_folder);
        if (relative.empty() || *relative.begin() == "..") {
          relative = submission.folder.filename();
        }
        std::string written; // the folders as they lie, for the rename's record
        for (const auto& part : relative) {
          auto folder_name = safe_component(part.string());
          if (!folder_name) {
            folder_name.error().file = submission.folder;
            return std::unexpected(folder_name.error());
          }
          written += part.string() + "/";
          prefix += *folder_name + "/";
        }
        // A folder renamed to be safe (`01-张三 ` without its trailing space) is listed as a file is.
        if (written != prefix.substr(5)) {
          plan.renames.push_back(
              {written.substr(0, written.size() - 1), prefix.substr(5, prefix.size() - 6)});
        }
      }
      if (fs::exists(submission.folder / folder::k_submission_config_name)) {
        if (auto added = add_file(plan, prefix, folder::k_submission_config_name,
                                  submission.folder / folder::k_submission_config_name);
            !added) {
          return std::unexpected(added.error());
        }
      }
      for (const auto& file : submission.left_out) {
        plan.left_out.push_back(prefix.substr(5) + file);
      }
      for (const auto& material : submission.materials) {
        std::error_code ignored;
        if (!carried.empty() && carried.contains(fs::weakly_canonical(material.path, ignored))) {
          continue;
        }
        if (auto added = add_file(plan, prefix, material.file, material.path); !added) {
          return std::unexpected(added.error());
        }
        plan.payload.back().older_version = material.decided_by == "older-version";
      }
    }
    std::ranges::sort(plan.payload, {}, &PlannedFile::entry);
    std::set<std::string> entries;
    for (const auto& file : plan.payload) {
      if (!entries.insert(folded(file.entry)).second) {
        return core::fail_because(
            core::ErrorCode::invalid_argument, "name-clash",
            "two files would both be packed as " + file.entry +
                " (names that differ only by case or by characters Windows cannot keep): rename one",
            file.source);
      }
      plan.payload_bytes += file.size;
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

} // namespace nominate::pack
