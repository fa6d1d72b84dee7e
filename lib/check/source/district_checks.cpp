#include "checks.hpp"
#include "context.hpp"
#include "nominee.hpp"

#include <nominate/check/check.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace nominate::check {

namespace {

core::Finding batch_finding(std::string rule, std::string message_id, core::Severity severity,
                            std::string clause, std::map<std::string, std::string> args)
{
  auto finding = core::make_finding(std::move(rule), std::move(message_id), severity, "", std::move(args));
  finding.clause = std::move(clause);
  return finding;
}

using Members = std::vector<const folder::LoadedSubmission*>;

// The rule set that governs a batch finding: that of the submissions of its kind (args "kind").
const rules::RuleSet* rule_set_for(const Members& members, const core::Finding& finding)
{
  auto kind = finding.args.find("kind");
  for (const auto* loaded : members) {
    if (kind == finding.args.end() || loaded->rule_set.kind == kind->second) {
      return &loaded->rule_set;
    }
  }
  return nullptr;
}

using ByKind = std::map<std::string, std::vector<const folder::LoadedSubmission*>>;

ByKind by_kind(const Members& submissions)
{
  ByKind out;
  for (const auto* loaded : submissions) {
    out[loaded->rule_set.kind].push_back(loaded);
  }
  return out;
}

// Without a zone in nominate.yaml the quota is still checked, never skipped in silence: more than the most
// generous zone allows is an error whatever the zone; within it, a warning names the strictest zone's quota
// and asks for the zone (design.md, "Folder conventions").
void check_quota_without_zone(const std::string& kind, int count, const rules::Quota& quota, Findings& out)
{
  auto strictest = std::min_element(quota.max_by_zone.begin(), quota.max_by_zone.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
  auto loosest = std::max_element(quota.max_by_zone.begin(), quota.max_by_zone.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; });
  if (count > loosest->second) {
    auto finding = batch_finding(
        "batch.quota", "batch.quota.exceeded-any-zone", quota.severity, quota.clause,
        {{"kind", kind}, {"count", std::to_string(count)}, {"max", std::to_string(loosest->second)}});
    finding.expected = "≤ " + std::to_string(loosest->second);
    finding.actual = std::to_string(count);
    out.push_back(std::move(finding));
    return;
  }
  auto over = count > strictest->second;
  auto finding =
      batch_finding("batch.quota", over ? "batch.quota.zone-unknown-over" : "batch.quota.zone-unknown",
                    core::Severity::warning, quota.clause,
                    {{"kind", kind},
                     {"count", std::to_string(count)},
                     {"max", std::to_string(strictest->second)},
                     {"zone", strictest->first},
                     {"max_any", std::to_string(loosest->second)}});
  finding.expected = "≤ " + std::to_string(strictest->second);
  finding.actual = std::to_string(count);
  out.push_back(std::move(finding));
}

// The quota of the notice: 示范区、实验区推介1—2名，其他区及有关单位推介1名 (per kind). A folder without a
// form (an empty one, photos only) is reported as missing its form, not counted as a nomination.
void check_quotas(const folder::District& district, const Members& submissions, Findings& out)
{
  Members nominations;
  std::copy_if(submissions.begin(), submissions.end(), std::back_inserter(nominations),
               [](const auto* loaded) { return !loaded->submission.with_role(folder::Role::form).empty(); });
  for (const auto& [kind, members] : by_kind(nominations)) {
    const auto& first = *members.front();
    auto zone = district.zone();
    if (!zone) {
      for (const auto& quota : first.rule_set.quotas) {
        if (quota.kind == kind && !quota.max_by_zone.empty()) {
          check_quota_without_zone(kind, static_cast<int>(members.size()), quota, out);
        }
      }
      continue;
    }
    for (const auto& quota : first.rule_set.quotas) {
      auto max = quota.max_by_zone.find(*zone);
      if (quota.kind != kind || max == quota.max_by_zone.end()) {
        continue;
      }
      auto count = static_cast<int>(members.size());
      if (count > max->second) {
        auto finding = batch_finding("batch.quota", "batch.quota.exceeded", quota.severity, quota.clause,
                                     {{"kind", kind},
                                      {"count", std::to_string(count)},
                                      {"max", std::to_string(max->second)},
                                      {"zone", *zone}});
        finding.expected = "≤ " + std::to_string(max->second);
        finding.actual = std::to_string(count);
        out.push_back(std::move(finding));
      }
    }
  }
}

// 附表2/附表4: a district sends one registration table per kind it nominates. Only where the rule set has
// quotas (a district-level notice): Beijing registers online and has no table.
void check_tables_present(const folder::District& district, const Members& submissions, Findings& out)
{
  for (const auto& [kind, members] : by_kind(submissions)) {
    const auto& rule_set = members.front()->rule_set;
    bool district_notice = std::any_of(rule_set.quotas.begin(), rule_set.quotas.end(),
                                       [&](const rules::Quota& quota) { return quota.kind == kind; });
    bool has_table =
        std::any_of(district.tables.begin(), district.tables.end(),
                    [&](const folder::RegistrationFile& table) { return table.table.kind == kind; });
    // A table that could not be read is already a finding of its own. As before, a table converted from a
    // legacy format (its material.legacy-format.converted warning) stands this down too, whatever its kind.
    bool unreadable = !district.unreadable.empty() ||
                      std::any_of(district.intake_findings.begin(), district.intake_findings.end(),
                                  [](const core::Finding& finding) {
                                    // Only a read's own finding: a table open in WPS
                                    // (material.open-elsewhere) was read, and stands nothing down.
                                    return !finding.file.empty() && finding.rule == "material.legacy-format";
                                  });
    if (!district_notice || has_table || unreadable) {
      continue;
    }
    // Seed 000's 报送材料 (1) and (2).
    auto clause =
        kind == "brand"
            ? "《终身学习品牌项目推介表》《终身学习品牌项目推介登记表》（各一式2份，见附表3、附表4）。"
            : "《百姓学习之星推介表》《百姓学习之星推介登记表》（各一式2份，见附表1、附表2）。";
    auto finding = batch_finding("material.missing", "material.missing.registration", core::Severity::error,
                                 clause, {{"kind", kind}, {"count", std::to_string(members.size())}});
    finding.expected = "1";
    finding.actual = "0";
    out.push_back(std::move(finding));
  }
}

// Whether every two of `members` are told apart by their second part (star: 出生年月; brand: 项目单位): both
// given, and different. One pair that is not — the same date, or a form that leaves it out — is a duplicate.
bool all_told_apart(const std::vector<const folder::LoadedSubmission*>& members)
{
  std::set<std::string> seconds;
  for (const auto* loaded : members) {
    auto second = nominee_of(*loaded).second;
    if (second.empty() || !seconds.insert(std::move(second)).second) {
      return false;
    }
  }
  return true;
}

// The same name twice in one kind: a duplicate submission (error), unless the forms tell the two apart by
// 出生年月 or 项目单位 — then two people or projects of one name, which a person should confirm (warning:
// the tool cannot know that a date was not simply mistyped).
void check_duplicates(const Members& submissions, Findings& out)
{
  std::map<std::pair<std::string, std::string>, std::vector<const folder::LoadedSubmission*>> by_title;
  for (const auto* loaded : submissions) {
    // Compared as names are everywhere (text::comparable_name): XX社区学院"乐龄课堂" typed with the English
    // input method is XX社区学院“乐龄课堂”.
    auto title = text::comparable_name(loaded->submission.title);
    if (!title.empty()) {
      by_title[{loaded->rule_set.kind, title}].push_back(loaded);
    }
  }
  for (const auto& [key, members] : by_title) {
    if (members.size() < 2) {
      continue;
    }
    std::string paths;
    std::string values;
    for (const auto* loaded : members) {
      paths += (paths.empty() ? "" : "、") + loaded->submission.path;
      values += (values.empty() ? "" : "、") + nominee_of(*loaded).second_as_written;
    }
    std::map<std::string, std::string> args{
        {"name", text::normalize_label(members.front()->submission.title)},
        {"paths", paths},
        {"kind", key.first}};
    const bool homonyms = all_told_apart(members);
    if (homonyms) {
      const auto& spec = members.front()->rule_set;
      args["field"] = field_label(spec, nominee_of(*members.front()).second_field);
      args["values"] = values;
    }
    auto finding = homonyms ? batch_finding("batch.duplicate", "batch.duplicate.same-name",
                                            core::Severity::warning, "", std::move(args))
                            : batch_finding("batch.duplicate", "batch.duplicate.same", core::Severity::error,
                                            "", std::move(args));
    finding.actual = std::to_string(members.size());
    finding.expected = "1";
    out.push_back(std::move(finding));
  }
}

} // namespace

std::vector<core::Finding> check_district(const folder::District& district,
                                          std::span<const folder::LoadedSubmission* const> submissions)
{
  // The tables that could not be read, with their severities as read: a district has no rule set of its own.
  Findings unreadable;
  check_district_read_errors(district, unreadable);
  Findings out;
  if (submissions.empty()) {
    // Nothing to check or to send is no pass: a district folder holding only its table, or its
    // submissions still zipped. The table's rows are named as rows without a folder.
    auto none = batch_finding("material.missing", "material.missing.submissions", core::Severity::error, "",
                              {{"tables", std::to_string(district.tables.size())}});
    none.expected = "≥ 1";
    none.actual = "0";
    unreadable.push_back(std::move(none));
    check_registrations(district, {}, unreadable);
    return unreadable;
  }
  Members members(submissions.begin(), submissions.end());
  check_quotas(district, members, out);
  check_tables_present(district, members, out);
  check_duplicates(members, out);
  check_registrations(district, members, out);
  check_text_reuse(members, out);
  // A `checks` entry for a batch rule in the submissions' rule set sets its severity and clause, as for
  // every other rule (design.md, "Severity").
  for (auto& finding : out) {
    const auto* rule_set = rule_set_for(members, finding);
    if (const auto* spec =
            rule_set ? override_for(*rule_set, finding.rule, std::nullopt, std::nullopt) : nullptr) {
      finding.severity = spec->severity;
      if (!spec->clause.empty()) {
        finding.clause = spec->clause;
      }
    }
  }
  out.insert(out.begin(), unreadable.begin(), unreadable.end());
  return out;
}

} // namespace nominate::check
