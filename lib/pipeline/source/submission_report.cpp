#include "submission_report.hpp"

#include <nominate/check/check.hpp>
#include <nominate/core/display_name.hpp>
#include <nominate/text/count.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>

namespace nominate::pipeline::detail {

ReferenceDate reference_date(const CheckRequest& request, const folder::LoadedSubmission& loaded)
{
  if (request.as_of) {
    return {*request.as_of, "option", {}};
  }
  if (loaded.submission.as_of) {
    const auto& where = loaded.submission.path;
    return {*loaded.submission.as_of, "config",
            (where == "/" ? "" : where + "/") + folder::k_submission_config_name};
  }
  for (const auto& district : loaded.district_configs) {
    if (district.as_of) {
      return {*district.as_of, "config", district.file.generic_string()};
    }
  }
  if (loaded.rule_set.as_of) {
    return {*loaded.rule_set.as_of, "rules", {}};
  }
  if (loaded.rule_set.deadline) {
    return {*loaded.rule_set.deadline, "deadline", {}};
  }
  return {request.today, "today", {}};
}

namespace {

// Each field a text.length check bounds, counted as that check counts it (check/text_checks.cpp): hints
// stripped, trimmed, Word's 字数 unless the check's `count` says "all" or "han".
std::vector<report::TextLength> text_lengths(const folder::Submission& submission,
                                             const rules::RuleSet& rule_set)
{
  std::vector<report::TextLength> out;
  for (const auto& spec : rule_set.checks) {
    if (spec.rule != "text.length" || !spec.field) {
      continue;
    }
    const auto* value = submission.field(*spec.field);
    const auto* field = rule_set.field(*spec.field);
    if (value == nullptr) {
      continue;
    }
    static const std::vector<std::string> k_no_hints;
    auto stripped = text::strip_hints(value->text, field == nullptr ? k_no_hints : field->hints);
    auto counts = text::count_characters(stripped.only_hint ? std::string() : text::trim(stripped.text));
    auto mode = spec.string("count").value_or("words");
    auto count = mode == "all" ? counts.non_space : mode == "han" ? counts.han : counts.words;
    out.push_back({*spec.field, field == nullptr ? *spec.field : field->label,
                   static_cast<std::int64_t>(count), spec.clause});
  }
  return out;
}

} // namespace

report::SubmissionReport describe(const CheckRequest& request, const folder::LoadedSubmission& loaded)
{
  const auto& submission = loaded.submission;
  const auto& rule_set = loaded.rule_set;
  auto reference = reference_date(request, loaded);
  report::SubmissionReport out;
  out.path = submission.path;
  out.rules = rule_set.reference();
  out.rules_title = rule_set.title;
  out.as_of = core::to_iso(reference.date);
  out.as_of_source = reference.source;
  out.as_of_config = reference.config;
  out.kind = rule_set.kind;
  out.title = submission.title;
  for (const auto& material : submission.materials) {
    out.materials.push_back({material.file, folder::to_string(material.role), material.decided_by,
                             material.type, material.facts});
    if (material.preview) {
      out.materials.back().picture =
          report::Picture{material.preview->jpeg, material.preview->width, material.preview->height};
    }
  }
  for (const auto& field : rule_set.fields) {
    out.field_labels[field.id] = field.label;
    if (const auto* value = submission.field(field.id)) {
      out.fields.push_back({field.id, field.label, value->text, value->source, value->file, value->location});
    }
  }
  out.text_lengths = text_lengths(submission, rule_set);
  out.manual = rule_set.manual;
  // The notice's 往年已获得…不再推介 is checked against a list the district gives (past_winners:); without
  // one nothing was compared, and a pass claims no more than was checked: a person looks it up.
  const bool past_rule = std::ranges::any_of(
      rule_set.checks, [](const rules::CheckSpec& check) { return check.rule == "eligibility.past-winner"; });
  const bool past_list =
      std::ranges::any_of(loaded.district_configs, [](const folder::DistrictConfig& config) {
        return config.past_winners.has_value();
      });
  if (past_rule && !past_list) {
    out.manual.push_back(
        {"没有往年获奖名单，未核对是否往年已获评（通知：往年已获得的不再推介）：请人工核对；或把名单（CSV 或 "
         ".xlsx，列出姓名或项目名称、单位）放进区文件夹，在 nominate.yaml 写 past_winners: 名单文件名，由程序核对",
         "No past-winner list was given, so whether the nominee won in an earlier year (the notice: past winners "
         "are not nominated again) was not checked: check it by hand, or put the list (CSV or .xlsx naming "
         "姓名 or 项目名称 and 单位) in the district folder and write past_winners: FILE in nominate.yaml"});
  }
  // Without --deep a video's index is read, not its pictures: damage inside them, black or frozen stretches
  // and silence went unchecked, so a person plays it (a pass never claims more than was checked).
  if (request.load.depth != media::ProbeDepth::deep) {
    for (const auto& material : submission.materials) {
      if (material.role == folder::Role::video && material.video && !material.video->problem) {
        // The name as every report shows one: a name that is not UTF-8 escaped (\xB2), never raw bytes.
        const std::string file = core::escape_name_for_text(material.file);
        out.manual.push_back(
            {"完整播放视频“" + file +
                 "”一遍：画面没有花屏、卡住，声音清楚（这次检查只读了视频的索引，没有逐帧解码；加 --deep "
                 "由程序逐帧检查）",
             "Play the video \"" + file +
                 "\" through once: no broken or stuck picture, clear sound (this check read its index and "
                 "decoded no frame; --deep decodes every frame)"});
      }
    }
  }
  if (rule_set.deadline) {
    out.deadline = core::to_iso(*rule_set.deadline);
    out.days_left = core::days_between(request.today, *rule_set.deadline);
  }
  return out;
}

void add_findings(const CheckRequest& request, const folder::LoadedSubmission& loaded,
                  std::vector<folder::PastEntry> past_winners, std::vector<folder::PastEntry> past_nominees,
                  report::SubmissionReport& out)
{
  check::CheckOptions options;
  options.as_of = reference_date(request, loaded).date;
  options.past_winners = std::move(past_winners);
  options.past_nominees = std::move(past_nominees);
  auto findings = check::check_submission(loaded.submission, loaded.rule_set, options);
  if (request.waivers == Waivers::apply) {
    check::apply_waivers(findings, loaded.submission.waivers, loaded.rule_set.waiver_requires);
  }
  check::sort_findings(findings);
  out.findings = std::move(findings);
}

report::RegistrationEntry to_report(const folder::RegistrationFile& loaded)
{
  const auto& table = loaded.table;
  report::RegistrationEntry entry{loaded.file, table.kind, table.sheet, {}};
  for (const auto& row : table.rows) {
    report::RegistrationRow out_row{row.order, {}};
    for (const auto& header : table.headers) {
      auto value = row.values.find(header);
      out_row.values.emplace_back(header, value == row.values.end() ? "" : value->second);
    }
    entry.rows.push_back(std::move(out_row));
  }
  return entry;
}

} // namespace nominate::pipeline::detail
