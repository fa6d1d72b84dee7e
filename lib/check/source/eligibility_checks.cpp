// eligibility.project-age / project-ongoing / participants: the brand project's conditions (附件 二(二)2(5)):
// 项目启动或创建时间应不少于两年; 能够长期稳定运行; 参与学习人数每年不少于1000人次（线下）或3000人次（线上）.

#include "checks.hpp"
#include "units.hpp"

#include <nominate/text/date.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/participants.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nominate::check {
namespace {

std::string date_text(const text::PartialDate& date)
{
  auto out = std::to_string(date.year);
  if (date.month) {
    out += (*date.month < 10 ? "-0" : "-") + std::to_string(*date.month);
    if (date.day) {
      out += (*date.day < 10 ? "-0" : "-") + std::to_string(*date.day);
    }
  }
  return out;
}

std::string date_text(const core::Date& date)
{
  return date_text(text::PartialDate{date.year, date.month, date.day});
}

double years_to(const text::PartialDate& from, const core::Date& to, text::Rounding rounding)
{
  return text::years_between(from, to.year, to.month, to.day, rounding);
}

// The period's field, parsed; nullopt when absent or not a period.
struct ParsedField {
  const folder::FieldValue* value = nullptr;
  std::string content;
  std::optional<text::Period> period;
};

ParsedField parse_period_field(const CheckContext& context, const std::string& field_id)
{
  ParsedField parsed;
  parsed.value = context.submission.field(field_id);
  if (parsed.value != nullptr) {
    parsed.content = field_content(context.rule_set, *parsed.value);
    if (!parsed.content.empty()) {
      parsed.period = text::parse_period(parsed.content);
    }
  }
  return parsed;
}

// A value that is not of its form, reported as field.format — unless the field's own `format` already does.
void unparsed(const CheckContext& context, const rules::CheckSpec& spec, const folder::FieldValue& value,
              std::string_view content, rules::FieldFormat format, Findings& out)
{
  const auto* field = context.rule_set.field(value.id);
  if (field != nullptr && field->format == format) {
    return; // check_field_formats has reported it
  }
  auto finding = field_finding(spec, value, "field.format." + std::string(rules::to_string(format)));
  finding.rule = "field.format";
  finding.args["label"] = field_label(context.rule_set, value.id);
  finding.args["value"] = shorten(content);
  finding.actual = shorten(content);
  out.push_back(std::move(finding));
}

// 每年约1000人次（线下800、线上200）: a figure that names no channel and is the sum of the offline and online
// ones beside it is their total, not a third channel. Judged against the offline bar it would pass what
// neither channel meets; the breakdown is judged instead. Returns the largest total dropped (0 for none):
// whether people taking part both ways may be added up is the notice's reader's call, so a total that
// meets the bar leaves the breakdown's finding a warning.
double drop_channel_totals(std::vector<text::ParticipantFigure>& figures)
{
  double offline = 0;
  double online = 0;
  for (const auto& figure : figures) {
    if (figure.channel == text::Channel::offline) {
      offline += figure.count;
    } else if (figure.channel == text::Channel::online) {
      online += figure.count;
    }
  }
  if (offline <= 0 || online <= 0) {
    return 0;
  }
  const double sum = offline + online;
  double dropped = 0;
  std::erase_if(figures, [&](const text::ParticipantFigure& figure) {
    const bool total =
        figure.channel == text::Channel::unspecified && std::abs(figure.count - sum) <= 0.01 * sum;
    dropped = total ? std::max(dropped, figure.count) : dropped;
    return total;
  });
  return dropped;
}

} // namespace

void check_project_age(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  if (!spec.field) {
    return;
  }
  auto parsed = parse_period_field(context, *spec.field);
  if (parsed.content.empty()) {
    return;
  }
  if (!parsed.period) {
    unparsed(context, spec, *parsed.value, parsed.content, rules::FieldFormat::period, out);
    return;
  }
  auto min_years = static_cast<double>(spec.number("min_years").value_or(2.0));
  const auto& start = parsed.period->start;
  // A start given as a year only (2022年) may be January or December: "surely" uses the latest reading.
  auto longest = years_to(start, context.options.as_of, text::Rounding::earliest);
  auto shortest = years_to(start, context.options.as_of, text::Rounding::latest);
  if (shortest >= min_years) {
    return;
  }
  bool surely = longest < min_years;
  // A start after the reference date is a slip of the pen (2025 for 2015) or the wrong as_of, not a young
  // project: said so.
  const bool after = longest < 0;
  auto finding = field_finding(spec, *parsed.value,
                               after    ? "eligibility.project-age.after-reference"
                               : surely ? "eligibility.project-age.too-young"
                                        : "eligibility.project-age.maybe-too-young");
  if (!surely) {
    finding.severity = at_most_warning(spec.severity);
  }
  finding.args["label"] = field_label(context.rule_set, parsed.value->id);
  finding.args["start"] = date_text(start);
  // What the start lacks for a sure answer: its month (2022年), or its day (2022年5月).
  const bool month = start.month.has_value();
  finding.args["missing_zh"] = month ? "具体日期" : "月份";
  finding.args["missing_en"] = month ? "day" : "month";
  finding.args["wanted_zh"] = month ? "年、月、日" : "年和月";
  finding.args["wanted_en"] = month ? "year, month and day" : "year and month";
  finding.args["example"] = month ? "2022年5月10日至今" : "2022年3月至今";
  finding.args["as_of"] = date_text(context.options.as_of);
  finding.args["min_years"] = format_number(min_years);
  // Rounded down: a project one day short of 2 years is "1.9", never "about 2 years, at least 2 asked".
  const auto tenths = [](double years) {
    return format_number(std::floor(std::max(0.0, years) * 10) / 10, 1);
  };
  finding.args["years"] = tenths(surely ? longest : shortest);
  finding.args["years_max"] = tenths(longest);
  finding.expected = "≥ " + format_number(min_years) + " years before " + date_text(context.options.as_of);
  auto low = tenths(shortest);
  auto high = tenths(longest);
  finding.actual = date_text(start) + " (" + (low == high ? low : low + "–" + high) + " years)";
  out.push_back(std::move(finding));
}

void check_project_ongoing(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  if (!spec.field) {
    return;
  }
  auto parsed = parse_period_field(context, *spec.field);
  if (!parsed.period || parsed.period->ongoing || !parsed.period->end) {
    return; // an unparsed period is reported once, by project-age or the field's format
  }
  const auto& end = *parsed.period->end;
  // Ended only if even the latest reading of the end date (2023年 → 2023-12-31) lies before as_of.
  if (years_to(end, context.options.as_of, text::Rounding::latest) <= 0) {
    return;
  }
  auto finding = field_finding(spec, *parsed.value, "eligibility.project-ongoing.ended");
  finding.args["label"] = field_label(context.rule_set, parsed.value->id);
  finding.args["end"] = date_text(end);
  finding.args["as_of"] = date_text(context.options.as_of);
  finding.expected = "ongoing (至今)";
  finding.actual = "ended " + date_text(end);
  out.push_back(std::move(finding));
}

void check_participants(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const auto* value = target_field(context, spec);
  if (value == nullptr) {
    return;
  }
  auto content = field_content(context.rule_set, *value);
  if (content.empty()) {
    return;
  }
  // 无, 暂无, ／: no participants stated, so the bar is not shown to be met — at the rule's severity, not
  // as the format's doubtful reading.
  if (text::says_none(content)) {
    auto finding = field_finding(spec, *value, "eligibility.participants.none");
    finding.args["label"] = field_label(context.rule_set, value->id);
    finding.args["value"] = shorten(content);
    finding.args["min"] = format_number(spec.number("offline_min").value_or(1000.0), 0);
    finding.args["online_min"] = format_number(spec.number("online_min").value_or(3000.0), 0);
    finding.expected = "a yearly number of participants";
    finding.actual = shorten(content);
    out.push_back(std::move(finding));
    return;
  }
  auto figures = text::parse_participants(content);
  if (figures.empty()) {
    unparsed(context, spec, *value, content, rules::FieldFormat::participants, out);
    return;
  }
  const double channel_total = drop_channel_totals(figures);
  auto offline_min = spec.number("offline_min").value_or(1000.0);
  auto online_min = spec.number("online_min").value_or(3000.0);
  auto bar = [&](text::Channel channel) {
    return channel == text::Channel::online ? online_min : offline_min;
  };

  // A total is spread over the project's years (at least one): its yearly average is what the notice bounds.
  double years = 1.0;
  std::string period_text;
  if (auto period_field = spec.string("period_field")) {
    auto parsed = parse_period_field(context, *period_field);
    if (parsed.period) {
      period_text = parsed.content;
      core::Date end = context.options.as_of;
      if (parsed.period->end && !parsed.period->ongoing) {
        end = {parsed.period->end->year, parsed.period->end->month.value_or(12),
               parsed.period->end->day.value_or(28)};
      }
      years = std::max(1.0, years_to(parsed.period->start, end, text::Rounding::earliest));
    }
  }
  // A label that says its figure is yearly (年均参与人数, 年参与人次, 每年参与人数) makes a figure of no
  // stated basis a yearly one, as the clerk wrote it.
  const bool yearly_label =
      value->label.starts_with("年") || value->label.find("年均") != std::string::npos ||
      value->label.find("每年") != std::string::npos || value->label.find("/年") != std::string::npos;
  if (yearly_label) {
    for (auto& figure : figures) {
      if (figure.basis == text::Basis::unclear) {
        figure.basis = text::Basis::per_year;
      }
    }
  }
  auto average = [&](const text::ParticipantFigure& figure) {
    // A rate per month or week is already counted a year (ParticipantFigure::count).
    const bool yearly = figure.basis == text::Basis::per_year || figure.basis == text::Basis::per_period;
    return yearly ? figure.count : figure.count / years;
  };
  if (std::ranges::any_of(figures,
                          [&](const auto& figure) { return average(figure) >= bar(figure.channel); })) {
    return; // 线下…或…线上: one figure meeting its bar is enough
  }
  auto explicit_figure =
      std::ranges::find_if(figures, [](const auto& f) { return f.basis == text::Basis::per_year; });
  bool is_explicit = explicit_figure != figures.end();
  const auto& figure = is_explicit ? *explicit_figure
                                   : *std::ranges::max_element(figures, {}, &text::ParticipantFigure::count);
  const bool rate = !is_explicit && figure.basis == text::Basis::per_period;
  auto finding = field_finding(spec, *value,
                               is_explicit ? "eligibility.participants.below"
                               : rate      ? "eligibility.participants.rate-below"
                                           : "eligibility.participants.average-below");
  if (!is_explicit || channel_total >= bar(text::Channel::offline)) {
    finding.severity = at_most_warning(spec.severity); // a total or an unclear basis: only a yearly estimate
  }
  const char* channel = figure.channel == text::Channel::online    ? "online"
                        : figure.channel == text::Channel::offline ? "offline"
                                                                   : "unspecified";
  finding.args["label"] = field_label(context.rule_set, value->id);
  finding.args["figure"] = figure.text.empty() ? shorten(content) : figure.text;
  finding.args["count"] = format_number(figure.count, 0);
  finding.args["channel"] = channel;
  finding.args["min"] = format_number(bar(figure.channel), 0);
  finding.args["years"] = format_number(years, 1);
  finding.args["average"] = format_number(average(figure), 0);
  finding.args["period"] = period_text.empty() ? "—" : period_text;
  // Language-neutral, as every expected/actual: participants per year, the channel as a token.
  finding.expected = "≥ " + format_number(bar(figure.channel), 0) + "/year (" + channel + ")";
  finding.args["periods"] = std::to_string(figure.periods_per_year);
  finding.actual = is_explicit ? format_number(figure.count, 0) + "/year"
                   : rate      ? "≈ " + format_number(figure.count, 0) + "/year (" +
                                format_number(figure.count / figure.periods_per_year, 0) + " × " +
                                std::to_string(figure.periods_per_year) + ")"
                          : "≈ " + format_number(average(figure), 0) + "/year (" +
                                format_number(figure.count, 0) + " / " + format_number(years, 1) + " years)";
  out.push_back(std::move(finding));
}

} // namespace nominate::check
