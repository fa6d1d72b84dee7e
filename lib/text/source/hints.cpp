#include "utf8.hpp"

#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>

namespace nominate::text {

namespace {

// The text as matching sees it: white space dropped, fullwidth ASCII made halfwidth (so （） and () are
// alike), each code point remembering the bytes it came from.
struct Folded {
  std::u32string code_points;
  std::vector<std::size_t> begin; // byte offset of each code point in the original
  std::vector<std::size_t> end;   // byte offset just past it
};

Folded fold(std::string_view text)
{
  Folded folded;
  folded.code_points.reserve(text.size());
  folded.begin.reserve(text.size());
  folded.end.reserve(text.size());
  detail::for_each_code_point(text, [&](const detail::Decoded& decoded, std::size_t position) {
    if (decoded.valid && is_space(decoded.code_point)) {
      return;
    }
    folded.code_points.push_back(decoded.valid ? detail::halfwidth(decoded.code_point) : 0xFFFD);
    folded.begin.push_back(position);
    folded.end.push_back(position + decoded.length);
  });
  return folded;
}

struct Span {
  std::size_t begin; // byte offsets in the original text
  std::size_t end;
};

// Stamps, signatures and photo frames that a form prints in parentheses and a filled form keeps.
constexpr std::array<std::u32string_view, 14> k_bracketed_debris = {
    U"盖章",       U"公章",     U"单位盖章", U"签字", U"签名",     U"签章",     U"签字盖章",
    U"签字并盖章", U"盖章签字", U"彩色照片", U"照片", U"免冠照片", U"贴照片处", U"近期彩色照片",
};

constexpr std::size_t k_max_bracketed_length = 40;

// The placeholder text Word and WPS show in an empty content control, which stays as plain text once the
// form is saved as .doc or its control is removed: a hint on any field, never a value.
constexpr std::array<std::string_view, 14> k_control_placeholders = {"单击或点击此处输入文字。",
                                                                     "单击或点击此处输入文字",
                                                                     "单击此处输入文字。",
                                                                     "单击此处输入文字",
                                                                     "点击此处输入文字。",
                                                                     "点击此处输入文字",
                                                                     "单击或点击以输入日期。",
                                                                     "单击此处输入日期。",
                                                                     "选择一项。",
                                                                     "Click or tap here to enter text.",
                                                                     "Click here to enter text.",
                                                                     "Click or tap to enter a date.",
                                                                     "Click here to enter a date.",
                                                                     "Choose an item."};

bool is_numeral(char32_t c)
{
  return detail::is_ascii_digit(c) ||
         std::u32string_view(U"〇○零一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// A parenthesised instruction: a length (（不少于1500字）, (200字左右)) or a stamp/photo marker.
bool is_bracketed_debris(std::u32string_view content)
{
  if (std::find(k_bracketed_debris.begin(), k_bracketed_debris.end(), content) != k_bracketed_debris.end()) {
    return true;
  }
  const bool has_digit = std::any_of(content.begin(), content.end(), detail::is_ascii_digit);
  if (!has_digit || content.find(U'字') == std::u32string_view::npos) {
    return false;
  }
  // An instruction says how long: （约30万字） after a book's title is the person's own text.
  for (const std::u32string_view word :
       {U"不少于", U"不低于", U"不超过", U"不多于", U"以内", U"以上", U"以下", U"左右", U"上下", U"至少",
        U"最多", U"限", U"字数", U"字内"}) {
    if (content.find(word) != std::u32string_view::npos) {
      return true;
    }
  }
  return content.back() == U'字' && std::all_of(content.begin(), content.end() - 1, detail::is_ascii_digit);
}

// A template's instruction that a filled form keeps at the start or end of its text: that more pages may
// follow (（可另附页）, （此栏不够可另附页）, （附后）, （可加页）) or what the text should cover
// (（包括学习经历、学习成效、带动作用等）). Only at an edge of the text: the same brackets inside the
// person's own prose are theirs.
bool is_edge_instruction(std::u32string_view content)
{
  constexpr std::size_t k_max_page_note = 16;
  if (content.size() <= k_max_page_note) {
    for (const std::u32string_view word : {U"附页", U"另附", U"附后", U"加页", U"续页"}) {
      if (content.find(word) != std::u32string_view::npos) {
        return true;
      }
    }
  }
  bool covers = false;
  for (const std::u32string_view start :
       {U"包括", U"包含", U"主要包括", U"可包括", U"应包括", U"内容包括", U"含"}) {
    covers = covers || content.starts_with(start);
  }
  return covers && (content.ends_with(U"等") || content.ends_with(U"等内容") ||
                    content.ends_with(U"等方面") || content.ends_with(U"等情况"));
}

void find_bracketed(const Folded& folded, std::vector<Span>& spans)
{
  const std::u32string_view cps = folded.code_points;
  struct Bracket {
    std::size_t open; // code point indices
    std::size_t close;
    bool debris;      // an instruction anywhere: a length, a stamp
    bool instruction; // an instruction only at an edge: more pages, what to cover
  };
  std::vector<Bracket> brackets;
  for (std::size_t open = 0; open < cps.size(); ++open) {
    if (cps[open] != U'(') {
      continue;
    }
    const std::size_t limit = std::min(cps.size(), open + k_max_bracketed_length + 2);
    for (std::size_t close = open + 1; close < limit; ++close) {
      if (cps[close] == U'(') {
        break;
      }
      if (cps[close] == U')') {
        const auto content = cps.substr(open + 1, close - open - 1);
        brackets.push_back({open, close, is_bracketed_debris(content), is_edge_instruction(content)});
        open = close;
        break;
      }
    }
  }
  // At the edges: the brackets that follow one another from the text's start, and those that lead to its
  // end, each an instruction of either kind (（不少于1500字）（可另附页） before the text).
  std::vector<bool> removed(brackets.size(), false);
  std::size_t start = 0;
  for (std::size_t i = 0; i < brackets.size() && brackets[i].open == start; ++i) {
    if (!brackets[i].debris && !brackets[i].instruction) {
      break;
    }
    removed[i] = true;
    start = brackets[i].close + 1;
  }
  std::size_t end = cps.size();
  for (std::size_t i = brackets.size(); i > 0 && brackets[i - 1].close + 1 == end; --i) {
    if (!brackets[i - 1].debris && !brackets[i - 1].instruction) {
      break;
    }
    removed[i - 1] = true;
    end = brackets[i - 1].open;
  }
  for (std::size_t i = 0; i < brackets.size(); ++i) {
    if (removed[i] || brackets[i].debris) {
      spans.push_back({folded.begin[brackets[i].open], folded.end[brackets[i].close]});
    }
  }
}

// 年  月  日 with only blanks (spaces, underscores) in it: the date line of a stamp or signature.
void find_blank_dates(const Folded& folded, std::vector<Span>& spans)
{
  const std::u32string_view cps = folded.code_points;
  const auto skip_underscores = [&](std::size_t i) {
    while (i < cps.size() && cps[i] == U'_') {
      ++i;
    }
    return i;
  };
  for (std::size_t year = 0; year < cps.size(); ++year) {
    if (cps[year] != U'年') {
      continue;
    }
    std::size_t first = year;
    while (first > 0 && cps[first - 1] == U'_') {
      --first;
    }
    if (first > 0 && is_numeral(cps[first - 1])) {
      continue;
    }
    const std::size_t month = skip_underscores(year + 1);
    if (month >= cps.size() || cps[month] != U'月') {
      continue;
    }
    const std::size_t day = skip_underscores(month + 1);
    if (day >= cps.size() || cps[day] != U'日') {
      continue;
    }
    // 年月日 written together is a label (出生年月日), not a blank to fill.
    const auto blank_between = [&](std::size_t a, std::size_t b) {
      return b > a + 1 || folded.begin[b] > folded.end[a];
    };
    if (!blank_between(year, month) || !blank_between(month, day)) {
      continue;
    }
    spans.push_back({folded.begin[first], folded.end[day]});
    year = day;
  }
}

void find_hint(const Folded& folded, std::string_view hint, std::vector<Span>& spans)
{
  const std::u32string needle = fold(hint).code_points;
  if (needle.empty()) {
    return;
  }
  const std::u32string_view cps = folded.code_points;
  for (std::size_t at = cps.find(needle); at != std::u32string_view::npos; at = cps.find(needle, at + 1)) {
    std::size_t first = at;
    std::size_t last = at + needle.size() - 1;
    // A hint given without its parentheses takes them along: nothing else is left in them.
    if (first > 0 && last + 1 < cps.size() && cps[first - 1] == U'(' && cps[last + 1] == U')') {
      --first;
      ++last;
    }
    spans.push_back({folded.begin[first], folded.end[last]});
  }
}

} // namespace

StrippedText strip_hints(std::string_view text, std::span<const std::string> hints)
{
  const Folded folded = fold(text);
  std::vector<Span> spans;
  for (const std::string& hint : hints) {
    find_hint(folded, hint, spans);
  }
  find_bracketed(folded, spans);
  find_blank_dates(folded, spans);
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });

  StrippedText result;
  std::string kept;
  std::size_t cursor = 0;
  for (const Span& span : spans) {
    if (span.end <= cursor) {
      continue; // inside a span already removed
    }
    const std::size_t begin = std::max(span.begin, cursor);
    kept.append(text.substr(cursor, begin - cursor));
    result.removed.emplace_back(text.substr(begin, span.end - begin));
    cursor = span.end;
  }
  kept.append(text.substr(cursor));
  result.text = trim(kept);
  // A placeholder is a hint only as the whole value: the same words inside a sentence are the sentence's.
  if (std::ranges::find(k_control_placeholders, std::string_view(result.text)) !=
      k_control_placeholders.end()) {
    result.removed.push_back(result.text);
    result.text.clear();
  }
  result.only_hint = is_blank(result.text);
  return result;
}

bool is_blank(std::string_view text)
{
  bool blank = true;
  detail::for_each_code_point(text, [&](const detail::Decoded& decoded, std::size_t) {
    // A template's fill-in line (＿＿＿＿, ____) is a blank, not a value.
    if (!decoded.valid ||
        !(is_space(decoded.code_point) || decoded.code_point == U'_' || decoded.code_point == U'\uFF3F')) {
      blank = false;
    }
  });
  return blank;
}

bool says_none(std::string_view text)
{
  static const std::array<std::string_view, 16> k_none{"无", "暂无", "没有", "无此项", "不详", "/",
                                                       "-",  "—",    "——",   "–",      "--",   "n/a",
                                                       "na", "none", "null", "无。"};
  auto value = normalize_label(text);
  std::transform(value.begin(), value.end(), value.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return std::find(k_none.begin(), k_none.end(), value) != k_none.end();
}

} // namespace nominate::text
