#include "checks.hpp"
#include "context.hpp"

#include <nominate/check/check.hpp>
#include <nominate/text/normalize.hpp>

#include <map>

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

// The quota of the notice: 示范区、实验区推介1—2名，其他区及有关单位推介1名 (per kind).
void check_quotas(const folder::District& district, const Members& submissions, Findings& out)
{
  std::map<std::string, std::vector<const folder::LoadedSubmission*>> by_kind;
  for (const auto* loaded : submissions) {
    by_kind[loaded->rule_set.kind].push_back(loaded);
  }
  for (const auto& [kind, members] : by_kind) {
    const auto& first = *members.front();
    auto zone = district.zone();
    if (!zone) {
      continue; // no zone named in nominate.yaml: the quota cannot be known
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

void check_duplicates(const Members& submissions, Findings& out)
{
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> by_title;
  for (const auto* loaded : submissions) {
    auto title = text::normalize_label(loaded->submission.title);
    if (!title.empty()) {
      by_title[{loaded->rule_set.kind, title}].push_back(loaded->submission.path);
    }
  }
  for (const auto& [key, paths] : by_title) {
    if (paths.size() < 2) {
      continue;
    }
    std::string joined;
    for (const auto& path : paths) {
      joined += (joined.empty() ? "" : "、") + path;
    }
    auto finding = batch_finding("batch.duplicate", "batch.duplicate.same", core::Severity::error, "",
                                 {{"name", key.second}, {"paths", joined}, {"kind", key.first}});
    finding.actual = std::to_string(paths.size());
    finding.expected = "1";
    out.push_back(std::move(finding));
  }
}

} // namespace

std::vector<core::Finding> check_district(const folder::District& district,
                                          std::span<const folder::LoadedSubmission* const> submissions)
{
  Findings out;
  if (submissions.empty()) {
    return out;
  }
  Members members(submissions.begin(), submissions.end());
  check_quotas(district, members, out);
  check_duplicates(members, out);
  check_registrations(district, members, out);
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
  return out;
}

} // namespace nominate::check
