#include "utf8.hpp"

#include <nominate/text/normalize.hpp>
#include <nominate/text/participants.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace nominate::text {

namespace {

// Bounds for hostile input: a cell is read up to 64 KiB, gives at most 100 figures, each quoting at most
// 200 bytes of its clause.
constexpr std::size_t k_max_text_bytes = 1 << 16;
constexpr std::size_t k_max_figures = 100;
constexpr std::size_t k_max_quote_bytes = 200;

bool contains(std::u32string_view text, std::u32string_view word)
{
  return text.find(word) != std::u32string_view::npos;
}

bool contains_any(std::u32string_view text, std::initializer_list<std::u32string_view> words)
{
  for (const std::u32string_view word : words) {
    if (contains(text, word)) {
      return true;
    }
  }
  return false;
}

// A comma between digits that starts a group of exactly three: 2,600 and 2，600 are one number.
bool is_thousands_separator(std::u32string_view text, std::size_t at)
{
  if (text[at] != U',' || at == 0 || !detail::is_ascii_digit(text[at - 1]) || at + 3 >= text.size()) {
    return false;
  }
  for (std::size_t i = at + 1; i <= at + 3; ++i) {
    if (!detail::is_ascii_digit(text[i])) {
      return false;
    }
  }
  return at + 4 >= text.size() || !detail::is_ascii_digit(text[at + 4]);
}

constexpr std::initializer_list<std::u32string_view> k_offline_words{U"线下", U"现场", U"面授", U"实地"};
constexpr std::initializer_list<std::u32string_view> k_online_words{U"线上", U"网上", U"在线",
                                                                    U"网络", U"直播", U"云上"};

bool is_chinese_numeral(char32_t c);

// Whether `clause` ends with a figure and its unit (800人, 3500人次, 三千名, 1000余人): a space or a
// channel's word after it starts the next figure (线下800人 线上3500人, 线下800人线上3500人), as a comma
// would. A word that ends in a unit's character (每次, 参与人次, 单位) is no figure: the number after it is
// its own.
bool ends_with_figure(std::u32string_view clause)
{
  bool unit = false;
  for (const std::u32string_view word : {U"人次", U"人", U"名", U"位"}) {
    if (clause.ends_with(word)) {
      clause.remove_suffix(word.size());
      unit = true;
      break;
    }
  }
  while (unit && (clause.ends_with(U'余') || clause.ends_with(U'多'))) {
    clause.remove_suffix(1);
  }
  return unit && !clause.empty() &&
         (detail::is_ascii_digit(clause.back()) || is_chinese_numeral(clause.back()));
}

bool channel_word_at(std::u32string_view text, std::size_t at)
{
  const auto begins = [&](std::u32string_view word) { return text.substr(at).starts_with(word); };
  return std::ranges::any_of(k_offline_words, begins) || std::ranges::any_of(k_online_words, begins);
}

// One clause of the text: figures take their channel and basis from the clause they are in.
struct Clause {
  std::size_t begin = 0; // bytes in the original
  std::size_t end = 0;
  bool ends_sentence = false;
  std::u32string simplified; // halfwidth, without white space and thousands separators
};

std::vector<Clause> split_clauses(std::string_view text)
{
  std::vector<std::size_t> offsets;
  std::u32string halfwidth;
  detail::for_each_code_point(text, [&](const detail::Decoded& decoded, std::size_t position) {
    halfwidth.push_back(decoded.valid ? detail::halfwidth(decoded.code_point) : U'\uFFFD');
    offsets.push_back(position);
  });
  offsets.push_back(text.size());

  std::vector<Clause> clauses;
  Clause clause;
  for (std::size_t i = 0; i < halfwidth.size(); ++i) {
    const char32_t c = halfwidth[i];
    const bool line_break = c == U'\n' || c == U'\r';
    if (!line_break && ends_with_figure(clause.simplified) &&
        (is_space(c) || channel_word_at(halfwidth, i))) {
      clause.end = offsets[i];
      clauses.push_back(std::move(clause));
      const std::size_t next = is_space(c) ? offsets[i + 1] : offsets[i];
      clause = Clause{next, next, false, {}};
      if (is_space(c)) {
        continue;
      }
    }
    if (is_thousands_separator(halfwidth, i) || is_space(c)) {
      if (c == U'\n' || c == U'\r') {
        clause.ends_sentence = true;
        clause.end = offsets[i];
        clauses.push_back(std::move(clause));
        clause = Clause{offsets[i + 1], offsets[i + 1], false, {}};
      }
      continue;
    }
    // Parentheses too: 年均1200人次（线下800人次、线上400人次） gives the breakdown its own clauses; and a
    // plus: 线下800人+线上2500人.
    const bool comma = std::u32string_view(U",、()【】+").find(c) != std::u32string_view::npos;
    const bool stop = std::u32string_view(U"。;!?").find(c) != std::u32string_view::npos;
    if (comma || stop) {
      clause.ends_sentence = stop;
      clause.end = offsets[i];
      clauses.push_back(std::move(clause));
      clause = Clause{offsets[i + 1], offsets[i + 1], false, {}};
      continue;
    }
    clause.simplified.push_back(c);
  }
  clause.end = text.size();
  clause.ends_sentence = true;
  clauses.push_back(std::move(clause));
  return clauses;
}

Channel channel_of(std::u32string_view clause)
{
  const bool offline = contains_any(clause, k_offline_words);
  const bool online = contains_any(clause, k_online_words);
  if (offline == online) {
    return Channel::unspecified;
  }
  return offline ? Channel::offline : Channel::online;
}

// 共 marks a total (共8000人次, 共吸引), but not in 共享, 共同, 共建 and the like.
bool has_gong_total(std::u32string_view clause)
{
  constexpr std::u32string_view k_not_total = U"享同建创赢治性识产青融商育";
  for (std::size_t at = clause.find(U'共'); at != std::u32string_view::npos;
       at = clause.find(U'共', at + 1)) {
    if (at + 1 >= clause.size() || k_not_total.find(clause[at + 1]) == std::u32string_view::npos) {
      return true;
    }
  }
  return false;
}

// A clause about one named year (2023年参与1500人次, 2023年度): four digits and 年, not the start of a span
// (2019年以来, 2019年起, 2019年至今) or of the project (2019年启动), nor a span's end (2019-2023年).
bool names_one_year(std::u32string_view clause)
{
  for (std::size_t at = clause.find(U'年'); at != std::u32string_view::npos;
       at = clause.find(U'年', at + 1)) {
    if (at < 4) {
      continue;
    }
    bool digits = true;
    for (std::size_t i = at - 4; i < at; ++i) {
      digits = digits && detail::is_ascii_digit(clause[i]);
    }
    const bool longer = at > 4 && detail::is_ascii_digit(clause[at - 5]);
    const bool span_end =
        at > 4 && std::u32string_view(U"-~至到").find(clause[at - 5]) != std::u32string_view::npos;
    const std::u32string_view after = clause.substr(at + 1);
    // 2019年启动 names when the project began, not the year the figure counts.
    bool span_start = false;
    for (const std::u32string_view word :
         {U"以来", U"起", U"至", U"到", U"开始", U"-", U"~", U"启动", U"创办", U"开办", U"成立", U"创立",
          U"建立", U"设立", U"推出", U"开创"}) {
      span_start = span_start || after.starts_with(word);
    }
    if (digits && !longer && !span_end && !span_start) {
      return true;
    }
  }
  return false;
}

struct BasisSaid {
  Basis basis = Basis::unclear;
  int periods_per_year = 1;
};

std::optional<BasisSaid> basis_of(std::u32string_view clause)
{
  // 年均每月150人次 is a monthly figure: a year word straight before a period word is left to the period.
  const bool year_then_period = contains_any(clause, {U"年均每", U"年平均每", U"全年每", U"每年每"});
  if (!year_then_period &&
      contains_any(clause, {U"年均", U"每年", U"/年", U"全年", U"年平均", U"一年", U"年度", U"每一年"})) {
    return BasisSaid{Basis::per_year};
  }
  // A rate per shorter period, as projects report weekly classes and monthly activities.
  struct Period {
    std::initializer_list<std::u32string_view> words;
    int per_year;
  };
  static const std::array<Period, 5> k_periods{{
      {{U"每月", U"月均", U"每个月", U"/月", U"月平均"}, 12},
      {{U"每周", U"周均", U"每星期", U"每个星期", U"/周", U"每礼拜"}, 52},
      {{U"每天", U"每日", U"日均", U"/天", U"/日"}, 365},
      {{U"每季度", U"季均", U"每个季度", U"/季度"}, 4},
      {{U"每学期", U"/学期"}, 2}, // not 每期: a session or a cohort (每期培训班30人)
  }};
  for (const auto& period : k_periods) {
    if (contains_any(clause, period.words)) {
      return BasisSaid{Basis::per_period, period.per_year};
    }
  }
  if (contains_any(clause, {U"累计", U"共计", U"总计", U"合计", U"总共", U"总数", U"总人数", U"以来", U"至今",
                            U"历年", U"先后"}) ||
      has_gong_total(clause)) {
    return BasisSaid{Basis::total};
  }
  if (names_one_year(clause)) {
    return BasisSaid{Basis::per_year}; // 2023年参与1500人次: that year's figure
  }
  // 年1500人次, 年约1500人次, 年参与1500人次: 年 opening the clause is "a year".
  if (clause.size() > 1 && clause.front() == U'年' &&
      ((clause[1] >= U'0' && clause[1] <= U'9') || clause[1] == U'约' ||
       clause.substr(1).starts_with(U"参与"))) {
    return BasisSaid{Basis::per_year};
  }
  return std::nullopt;
}

// The number of sessions a clause says are held (每年举办4期, 每周开课2次, 全年开展20场): a number followed
// by a word for a session, not by 人 (20人次 counts people). Nullopt when the clause says none.
std::optional<double> sessions_in(std::u32string_view clause)
{
  constexpr std::u32string_view k_session = U"期次场班堂节批课轮";
  for (std::size_t i = 0; i < clause.size(); ++i) {
    if (!detail::is_ascii_digit(clause[i]) || (i > 0 && detail::is_ascii_digit(clause[i - 1]))) {
      continue;
    }
    std::size_t end = i;
    while (end < clause.size() && detail::is_ascii_digit(clause[end])) {
      ++end;
    }
    if (end - i <= 4 && end < clause.size() && k_session.find(clause[end]) != std::u32string_view::npos) {
      return std::stod(detail::to_utf8(clause.substr(i, end - i)));
    }
  }
  return std::nullopt;
}

// A figure per session (每期40人, 每次30人, 每场约200人): counted a year only with how many sessions a year.
bool per_session(std::u32string_view clause)
{
  return contains_any(clause, {U"每期", U"每次", U"每场", U"每班", U"每堂", U"每节", U"每批", U"每课",
                               U"每轮", U"期均", U"场均", U"次均"});
}

// A digit of a number said in words (三千五百, 两万): 两 is 2; no Latin O, which English text is full of.
int numeral_digit(char32_t c)
{
  constexpr std::u32string_view k_digits = U"零一二三四五六七八九";
  if (c == U'两') {
    return 2;
  }
  const auto at = k_digits.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

bool is_chinese_numeral(char32_t c)
{
  return numeral_digit(c) >= 0 || c == U'十' || c == U'百' || c == U'千' || c == U'万';
}

// 三千五百 → 3500, 两万 → 20000, 十二 → 12.
std::optional<double> chinese_number(std::u32string_view text)
{
  double total = 0;
  double section = 0;
  int digit = -1;
  for (const char32_t c : text) {
    if (const int d = numeral_digit(c); d >= 0) {
      digit = d;
      continue;
    }
    const double unit = c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0;
    if (unit > 0) {
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else if (c == U'万') {
      // 万 alone (上万人) is ten thousand.
      total += (section + (digit < 0 ? (section == 0 ? 1 : 0) : digit)) * 10000;
      section = 0;
      digit = -1;
    }
  }
  const double value = total + section + (digit < 0 ? 0 : digit);
  return value > 0 ? std::optional<double>(value) : std::nullopt;
}

struct Number {
  double value = 0;
  std::size_t end = 0; // index after the number, its multipliers and 余/多
};

// A number at `at`: Arabic (1.2, 2600) with 万/千/百 and 余/多 after it, or Chinese (三千余).
std::optional<Number> read_number(std::u32string_view text, std::size_t at)
{
  std::size_t i = at;
  double value = 0;
  if (detail::is_ascii_digit(text[i])) {
    std::string digits;
    while (i < text.size() && (detail::is_ascii_digit(text[i]) || (text[i] == U'.' && i + 1 < text.size() &&
                                                                   detail::is_ascii_digit(text[i + 1])))) {
      digits.push_back(static_cast<char>(text[i]));
      ++i;
    }
    if (digits.size() > 15) {
      return std::nullopt;
    }
    value = std::stod(digits);
  } else {
    while (i < text.size() && is_chinese_numeral(text[i])) {
      ++i;
    }
    // Only a numeral with a multiplier: 一 and 两 alone are words more often than figures (一位, 两名).
    const std::u32string_view numeral = text.substr(at, i - at);
    const auto parsed = chinese_number(numeral);
    if (!parsed || numeral.find_first_of(U"十百千万") == std::u32string_view::npos) {
      return std::nullopt;
    }
    value = *parsed;
  }
  for (; i < text.size(); ++i) {
    if (text[i] == U'万') {
      value *= 10000;
    } else if (text[i] == U'千') {
      value *= 1000;
    } else if (text[i] == U'百') {
      value *= 100;
    } else if (text[i] != U'余' && text[i] != U'多') {
      break;
    }
  }
  return Number{value, i};
}

bool unit_follows(std::u32string_view text, std::size_t at)
{
  const std::u32string_view rest = text.substr(at);
  return rest.starts_with(U"人") || rest.starts_with(U"名") || rest.starts_with(U"位");
}

struct Found {
  double count;
  std::size_t clause;
};

// The figures of a clause: numbers followed by a unit (人次, 人, 名, 位); with `bare`, a number that ends
// the clause (a cell holding just 2600) counts too.
void find_numbers(const Clause& clause, std::size_t index, bool bare, std::vector<Found>& found)
{
  const std::u32string_view text = clause.simplified;
  std::size_t i = 0;
  while (i < text.size()) {
    // 逾千人, 上万人次, 超千名: a multiplier alone after a word of "over" or "about" is one of it (not after
    // 近, "nearly": 近千人 is under a thousand).
    const bool lone_multiplier =
        (text[i] == U'千' || text[i] == U'万') && i > 0 &&
        std::u32string_view(U"逾超过上约").find(text[i - 1]) != std::u32string_view::npos;
    const bool starts =
        detail::is_ascii_digit(text[i]) || numeral_digit(text[i]) >= 0 || text[i] == U'十' || lone_multiplier;
    const bool preceded =
        i > 0 && (detail::is_ascii_digit(text[i - 1]) || text[i - 1] == U'.' || text[i - 1] == U'第');
    if (!starts || preceded) {
      ++i;
      continue;
    }
    const auto number = read_number(text, i);
    if (!number || number->end == i) {
      ++i;
      continue;
    }
    const bool at_end = number->end == text.size();
    if (found.size() == k_max_figures) {
      return;
    }
    if (unit_follows(text, number->end) || (bare && at_end && detail::is_ascii_digit(text[i]))) {
      found.push_back({number->value, index});
    }
    i = number->end;
  }
}

// The clause as written, trimmed, cut at a character boundary when it is long.
std::string quote(std::string_view text, const Clause& clause)
{
  std::string quoted = trim(text.substr(clause.begin, clause.end - clause.begin));
  if (quoted.size() <= k_max_quote_bytes) {
    return quoted;
  }
  std::size_t cut = k_max_quote_bytes;
  while (cut > 0 && (static_cast<unsigned char>(quoted[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  quoted.resize(cut);
  return quoted + "…";
}

} // namespace

bool names_channel(std::string_view text)
{
  std::u32string start; // the first code points, past white space: enough for any channel's word
  detail::for_each_code_point(text, [&](const detail::Decoded& decoded, std::size_t) {
    if (start.size() < 4 && (!start.empty() || !is_space(decoded.code_point))) {
      start.push_back(decoded.valid ? decoded.code_point : U'\uFFFD');
    }
  });
  const auto begins = [&](std::u32string_view word) { return start.starts_with(word); };
  return std::ranges::any_of(k_offline_words, begins) || std::ranges::any_of(k_online_words, begins);
}

std::vector<ParticipantFigure> parse_participants(std::string_view text)
{
  if (text.size() > k_max_text_bytes) {
    text = text.substr(0, k_max_text_bytes);
  }
  const std::vector<Clause> clauses = split_clauses(text);
  std::vector<Found> found;
  // A bare number ending a clause that names its channel is a figure too: 每年约1000人次（线下800、线上200）.
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    find_numbers(clauses[i], i, channel_of(clauses[i].simplified) != Channel::unspecified, found);
  }
  if (found.empty()) {
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      find_numbers(clauses[i], i, true, found);
    }
  }

  // A basis said once holds for the clauses after it in the same sentence (年均参与：线下2600人次，线上…). A
  // rate per month or week carries only from a clause that counts people itself (每月参与：线下150人次，线上
  // 300人次): in 每周开展一次活动，服务居民800人次 the week is how often, not what 800 counts.
  std::vector<bool> counts_people(clauses.size(), false);
  for (const Found& figure : found) {
    counts_people[figure.clause] = true;
  }
  std::vector<BasisSaid> basis(clauses.size());
  BasisSaid carried;
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    if (const auto own = basis_of(clauses[i].simplified)) {
      if (own->basis != Basis::per_period || counts_people[i]) {
        carried = *own;
      } else {
        carried = BasisSaid{};
      }
    }
    basis[i] = carried;
    if (clauses[i].ends_sentence) {
      carried = BasisSaid{};
    }
  }

  // Each clause's sentence, for a figure per session and the number of sessions said beside it.
  std::vector<std::size_t> sentence(clauses.size());
  for (std::size_t i = 1; i < clauses.size(); ++i) {
    sentence[i] = sentence[i - 1] + (clauses[i - 1].ends_sentence ? 1 : 0);
  }

  std::vector<ParticipantFigure> figures;
  for (const Found& figure : found) {
    if (figures.size() == k_max_figures) {
      break;
    }
    const Clause& clause = clauses[figure.clause];
    BasisSaid said = basis[figure.clause];
    Channel channel = channel_of(clause.simplified);
    if (per_session(clause.simplified)) {
      // 每期40人，每年4期 / 每周开课2次，每次30人: the sessions a year times the figure; without a number of
      // sessions and its period the figure says nothing of a year.
      said = BasisSaid{};
      for (std::size_t i = 0; i < clauses.size(); ++i) {
        const auto own =
            sentence[i] == sentence[figure.clause] ? basis_of(clauses[i].simplified) : std::nullopt;
        const auto sessions = own ? sessions_in(clauses[i].simplified) : std::nullopt;
        if (sessions && *sessions > 0 && (own->basis == Basis::per_year || own->basis == Basis::per_period)) {
          said = BasisSaid{Basis::per_period, static_cast<int>(*sessions) * own->periods_per_year};
          // 线上每月直播2场，每场约200人次: the sessions' channel is the figure's.
          channel = channel == Channel::unspecified ? channel_of(clauses[i].simplified) : channel;
          break;
        }
        if (sessions && *sessions > 0 && own->basis == Basis::total) {
          // 每期50人，共20期: the sessions held in all, so the figure times them is the project's total.
          said = BasisSaid{Basis::total, static_cast<int>(*sessions)};
          break;
        }
      }
    }
    figures.push_back({std::round(figure.count) * said.periods_per_year, channel, said.basis,
                       said.periods_per_year, quote(text, clause)});
  }
  return figures;
}

} // namespace nominate::text
