#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nominate::text {

// Where the people took part, as the text says it.
enum class Channel { offline, online, unspecified };
// Over which period a figure counts: a year, the whole project, or the text does not say.
// per_period: a rate per month, week, day, term or quarter (每月约150人次), counted a year by multiplying
// (ParticipantFigure::count is then the yearly estimate).
enum class Basis { per_year, total, unclear, per_period };

// One figure of participants read from a text (参与人数（次）).
struct ParticipantFigure {
  double count = 0; // people or person-times (万 and 千 applied)
  Channel channel = Channel::unspecified;
  Basis basis = Basis::unclear;
  int periods_per_year = 1; // per_period: 12 a month, 52 a week, 365 a day, 4 a quarter, 2 a term
  std::string text;         // the phrase the figure was read from
};

// Every figure of people in `text`, in order: 年均线下2600人次 → {2600, offline, per_year}; 1.2万人次 →
// {12000, unspecified, unclear}; 累计参与3万余人次 → total. A figure is a number (Arabic with 万/千, or
// Chinese like 三千) followed by 人/人次/名/位; only when there is none does a number ending a clause count
// (a cell holding just 2600). Channel and basis come from the figure's clause (split at ，、；。 and
// parentheses); a basis word holds for the following clauses of the same sentence. Reads the first 64 KiB
// and returns at most 100 figures.
[[nodiscard]] std::vector<ParticipantFigure> parse_participants(std::string_view text);

// Whether `text` begins with a word naming where people took part (线下, 现场, 线上, 网络 …), as a form's
// cell does that splits a figure by channel (`线下 | 1500人次 | 线上 | 5000人次`).
[[nodiscard]] bool names_channel(std::string_view text);

} // namespace nominate::text
