// Waivers (design.md, "Waivers") and the report's order of findings.

#include <nominate/check/check.hpp>
#include <nominate/text/hints.hpp>

#include <algorithm>
#include <tuple>

namespace nominate::check {
namespace {

bool matches(const folder::Waiver& waiver, const core::Finding& finding)
{
  if (waiver.rule != finding.rule) {
    return false;
  }
  if (waiver.file && *waiver.file != finding.file) {
    return false;
  }
  if (waiver.field && (!finding.field || *waiver.field != *finding.field)) {
    return false;
  }
  return true;
}

core::Finding invalid_waiver(const folder::Waiver& waiver, std::string message_id)
{
  core::Finding finding;
  finding.rule = "waiver.invalid";
  finding.severity = core::Severity::error; // design.md: "A waiver without a reason is itself an error."
  finding.file = waiver.source;
  if (waiver.line > 0) {
    core::Location location;
    location.line = static_cast<int>(waiver.line);
    finding.location = location;
  }
  finding.message_id = std::move(message_id);
  finding.args["rule"] = waiver.rule;
  finding.args["source"] = waiver.source;
  finding.args["line"] = waiver.line > 0 ? std::to_string(waiver.line) : "—";
  finding.expected = "reason";
  finding.actual = "";
  return finding;
}

// What the rule set requires that the waiver leaves blank: "approved_by", "date" or both, joined by ", ".
std::string missing_approval(const folder::Waiver& waiver, const rules::WaiverRequirements& requirements)
{
  std::string missing;
  if (requirements.approved_by && text::is_blank(waiver.approved_by)) {
    missing = "approved_by";
  }
  if (requirements.date && text::is_blank(waiver.date)) {
    missing += missing.empty() ? "date" : ", date";
  }
  return missing;
}

} // namespace

void apply_waivers(std::vector<core::Finding>& findings, const std::vector<folder::Waiver>& waivers,
                   const rules::WaiverRequirements& requirements)
{
  std::vector<core::Finding> invalid;
  for (const auto& waiver : waivers) {
    if (text::is_blank(waiver.reason)) {
      invalid.push_back(invalid_waiver(waiver, "waiver.invalid.no-reason"));
      continue;
    }
    if (auto missing = missing_approval(waiver, requirements); !missing.empty()) {
      auto finding = invalid_waiver(waiver, "waiver.invalid.no-approval");
      finding.args["missing"] = missing;
      finding.expected = "reason, " + missing;
      finding.actual = "reason";
      invalid.push_back(std::move(finding));
      continue;
    }
    for (auto& finding : findings) {
      if (!finding.waived && matches(waiver, finding)) {
        finding.waived = true;
        finding.waiver_reason = waiver.reason;
        finding.waiver_approved_by = waiver.approved_by;
        finding.waiver_date = waiver.date;
      }
    }
  }
  findings.insert(findings.end(), invalid.begin(), invalid.end());
}

void sort_findings(std::vector<core::Finding>& findings)
{
  // A finding without a field sorts before those with one, as JSON null before a string.
  std::ranges::stable_sort(findings, [](const core::Finding& a, const core::Finding& b) {
    auto key = [](const core::Finding& f) {
      auto field = f.field ? std::string_view(*f.field) : std::string_view();
      return std::tuple(std::string_view(f.file), f.field.has_value(), field, std::string_view(f.rule),
                        std::string_view(f.message_id));
    };
    return key(a) < key(b);
  });
}

} // namespace nominate::check
