#include <nominate/text/formats.hpp>
#include <nominate/text/normalize.hpp>
#include <nominate/text/pattern.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace nominate::text {

namespace {

constexpr std::size_t k_max_value_bytes = 256;

// A value as typed in a cell: trimmed, fullwidth digits and punctuation made ASCII.
std::string halfwidth_trimmed(std::string_view text)
{
  return trim(to_halfwidth(text));
}

// Tick boxes as forms print them: a mark before each option (☑女 □男) or after it (男□ 女√).
struct BoxMark {
  std::string_view glyph;
  bool checked;
};
constexpr std::array<BoxMark, 13> k_box_marks{{{"□", false},
                                               {"☐", false},
                                               {"○", false},
                                               {"◯", false},
                                               {"☑", true},
                                               {"☒", true},
                                               {"✓", true},
                                               {"✔", true},
                                               {"√", true},
                                               {"■", true},
                                               {"▣", true},
                                               {"✅", true},
                                               {"●", true}}};

// `text` with every `from` replaced by `to`.
std::string replace_all(std::string_view text, std::string_view from, std::string_view to)
{
  if (from.empty()) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  std::size_t cursor = 0;
  for (auto at = text.find(from); at != std::string_view::npos; at = text.find(from, cursor)) {
    out.append(text.substr(cursor, at - cursor));
    out.append(to);
    cursor = at + from.size();
  }
  out.append(text.substr(cursor));
  return out;
}

// Brackets typed as boxes (`男（ ）女（√）`, `男( ) 女(√)`, `男[ ] 女[✓]`, 【】, 〔〕): each pair holding
// only spaces becomes □, one holding a tick and spaces ☑, so that ticked_option reads them as it reads boxes.
std::string brackets_as_boxes(std::string_view text)
{
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> k_pairs{
      {{"（", "）"}, {"(", ")"}, {"[", "]"}, {"【", "】"}, {"〔", "〕"}}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    bool replaced = false;
    for (const auto& [open, close] : k_pairs) {
      if (!text.substr(at).starts_with(open)) {
        continue;
      }
      const auto end = text.find(close, at + open.size());
      if (end == std::string_view::npos || end - at > 16) {
        break;
      }
      auto inside = trim(text.substr(at + open.size(), end - at - open.size()));
      const auto* mark = std::find_if(k_box_marks.begin(), k_box_marks.end(),
                                      [&](const BoxMark& box) { return box.checked && inside == box.glyph; });
      if (inside.empty() || mark != k_box_marks.end()) {
        out += inside.empty() ? "□" : "☑";
        at = end + close.size();
        replaced = true;
      }
      break;
    }
    if (!replaced) {
      out += text[at];
      ++at;
    }
  }
  return out;
}

// An option with the words after it (leading marks: `√女 男`) or before it (trailing: `男 女√`) that belong
// to no box: the word next to its mark.
std::string word_beside_mark(std::string option, bool leading)
{
  auto space = leading ? option.find_first_of(" \t") : option.find_last_of(" \t");
  if (space == std::string::npos) {
    return option;
  }
  return trim(leading ? option.substr(0, space) : option.substr(space + 1));
}

// The one option a value of tick boxes marks (`□男 ☑女` → 女); nullopt when the value has no box, or not
// exactly one ticked option.
std::optional<std::string> ticked_option(std::string_view raw)
{
  const std::string owned = replace_all(brackets_as_boxes(raw), "\u3000", " ");
  const std::string_view text = owned;
  struct Found {
    std::size_t begin;
    std::size_t end;
    bool checked;
  };
  std::vector<Found> marks;
  for (std::size_t at = 0; at < text.size();) {
    const auto* mark = std::find_if(k_box_marks.begin(), k_box_marks.end(), [&](const BoxMark& box) {
      return text.substr(at).starts_with(box.glyph);
    });
    if (mark == k_box_marks.end()) {
      ++at;
      continue;
    }
    marks.push_back({at, at + mark->glyph.size(), mark->checked});
    at += mark->glyph.size();
  }
  if (marks.empty()) {
    return std::nullopt;
  }
  // Marks lead their options when the value starts with one, else they follow them.
  const bool leading = trim(text.substr(0, marks.front().begin)).empty();
  std::optional<std::string> chosen;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const std::size_t begin = leading ? marks[i].end : (i == 0 ? 0 : marks[i - 1].end);
    const std::size_t end =
        leading ? (i + 1 < marks.size() ? marks[i + 1].begin : text.size()) : marks[i].begin;
    if (!marks[i].checked) {
      continue;
    }
    auto option = word_beside_mark(trim(text.substr(begin, end - begin)), leading);
    if (option.empty() || chosen) {
      return std::nullopt; // a tick with no option beside it, or two ticks: no one answer
    }
    chosen = std::move(option);
  }
  return chosen;
}

// The value with every kind of white space removed (for the lists: 汉 族 is 汉族); of tick boxes, the
// ticked option.
std::string compact(std::string_view text)
{
  if (auto ticked = ticked_option(text)) {
    return normalize_label(*ticked);
  }
  return normalize_label(text);
}

} // namespace

// A phone number with what forms add around it taken away: a note in brackets after it (13910236587（本人）,
// （手机）, (办)), a label before it (手机：, 电话:), the country code in brackets ((86)139…, (+86)).
std::string phone_core(std::string_view text)
{
  std::string value = halfwidth_trimmed(text);
  for (const std::string_view label :
       {"联系电话", "手机号码", "手机号", "手机", "电话", "Tel", "TEL", "tel"}) {
    if (!value.starts_with(label)) {
      continue;
    }
    const auto start = value.find_first_not_of(": .", label.size());
    std::string rest = start == std::string::npos ? std::string() : value.substr(start);
    if (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest.front())) != 0 ||
                          rest.front() == '+' || rest.front() == '(')) {
      value = rest;
    }
    break;
  }
  if (!value.empty() && value.back() == ')') {
    const auto open = value.rfind('(');
    const bool note = open != std::string::npos && open > 0 &&
                      std::ranges::none_of(value.substr(open), [](char c) { return c >= '0' && c <= '9'; });
    if (note) {
      value = trim(value.substr(0, open));
    }
  }
  for (const std::string_view code : {"(+86)", "(86)"}) {
    if (value.starts_with(code)) {
      value = "86" + value.substr(code.size());
      break;
    }
  }
  return value;
}

bool is_mobile(std::string_view text)
{
  if (text.size() > k_max_value_bytes) {
    return false;
  }
  // +86 / 0086 / 86, then 1[3-9] and nine more digits; single spaces or dashes between groups.
  static const Pattern k_mobile(R"(^(?:(?:\+|00)?86[ -]?)?1[3-9](?:[ -]?\d){9}$)");
  return k_mobile.matches(phone_core(text));
}

bool is_landline(std::string_view text)
{
  if (text.size() > k_max_value_bytes) {
    return false;
  }
  std::string value = phone_core(text);
  for (const std::string_view extension : {"转", "分机", "ext.", "ext", "EXT", "Ext", "x", "X"}) {
    value = replace_all(value, extension, "#");
  }
  // Area code 0xx/0xxx (or +86 and the code without its 0), in parentheses or followed by - or a space;
  // a local number of 7–8 digits not starting with 0 or 1 (one space may split it); an extension.
  static const Pattern k_landline(R"(^(?:(?:\+86[ -]?\(?[1-9]\d{1,2}\)?|\(0\d{2,3}\)|0\d{2,3})[ -]?)?)"
                                  R"((?:[2-9]\d{6,7}|[2-9]\d{2,3} \d{4}))"
                                  R"((?: ?[-#] ?\d{1,6})?$)");
  // Service numbers 400/800 are written 400-123-4567.
  static const Pattern k_service(R"(^[48]00[ -]?\d{3}[ -]?\d{4}$)");
  return k_landline.matches(value) || k_service.matches(value);
}

bool is_phone(std::string_view text)
{
  return is_mobile(text) || is_landline(text);
}

bool is_email(std::string_view text)
{
  if (text.size() > k_max_value_bytes) {
    return false;
  }
  // ASCII only: a fullwidth ＠ or ． from WPS's autocorrect makes an address that does not work.
  static const Pattern k_email(R"(^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)"
                               R"(@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$)");
  return k_email.matches(trim(text));
}

std::optional<std::string> canonical_gender(std::string_view text)
{
  const std::string value = compact(text);
  if (value == "男" || value == "男性") {
    return "男";
  }
  if (value == "女" || value == "女性") {
    return "女";
  }
  return std::nullopt;
}

std::optional<std::string> canonical_ethnicity(std::string_view text)
{
  // GB 3304, in the standard's order.
  static constexpr std::array<std::string_view, 56> k_groups = {
      "汉族",     "蒙古族",   "回族",       "藏族",     "维吾尔族",   "苗族",   "彝族",     "壮族",
      "布依族",   "朝鲜族",   "满族",       "侗族",     "瑶族",       "白族",   "土家族",   "哈尼族",
      "哈萨克族", "傣族",     "黎族",       "傈僳族",   "佤族",       "畲族",   "高山族",   "拉祜族",
      "水族",     "东乡族",   "纳西族",     "景颇族",   "柯尔克孜族", "土族",   "达斡尔族", "仫佬族",
      "羌族",     "布朗族",   "撒拉族",     "毛南族",   "仡佬族",     "锡伯族", "阿昌族",   "普米族",
      "塔吉克族", "怒族",     "乌孜别克族", "俄罗斯族", "鄂温克族",   "德昂族", "保安族",   "裕固族",
      "京族",     "塔塔尔族", "独龙族",     "鄂伦春族", "赫哲族",     "门巴族", "珞巴族",   "基诺族",
  };
  const std::string value = compact(text);
  for (const std::string_view group : k_groups) {
    const std::string_view short_form = group.substr(0, group.size() - std::string_view("族").size());
    if (value == group || value == short_form) {
      return std::string(group);
    }
  }
  return std::nullopt;
}

std::optional<std::string> canonical_political_status(std::string_view text)
{
  // GB/T 4762: each full name with the forms people write.
  using Names = std::pair<std::string_view, std::vector<std::string_view>>;
  static const std::array<Names, 13> k_statuses = {{
      {"中国共产党党员", {"中共党员", "党员", "共产党员", "中国共产党员"}},
      {"中国共产党预备党员", {"中共预备党员", "预备党员"}},
      {"中国共产主义青年团团员", {"共青团员", "团员", "中国共青团团员"}},
      {"中国国民党革命委员会会员", {"民革会员", "民革党员", "民革"}},
      {"中国民主同盟盟员", {"民盟盟员", "民盟"}},
      {"中国民主建国会会员", {"民建会员", "民建"}},
      {"中国民主促进会会员", {"民进会员", "民进"}},
      {"中国农工民主党党员", {"农工党党员", "农工党"}},
      {"中国致公党党员", {"致公党党员", "致公党"}},
      {"九三学社社员", {"九三学社"}},
      {"台湾民主自治同盟盟员", {"台盟盟员", "台盟"}},
      {"无党派民主人士", {"无党派人士", "无党派"}},
      {"群众", {}},
  }};
  std::string value = compact(text);
  value = replace_all(replace_all(value, "(", ""), ")", "");
  for (const auto& [full, forms] : k_statuses) {
    if (value == full || std::find(forms.begin(), forms.end(), value) != forms.end()) {
      return std::string(full);
    }
  }
  return std::nullopt;
}

std::optional<std::string> canonical_education(std::string_view text)
{
  using Names = std::pair<std::string_view, std::vector<std::string_view>>;
  static const std::array<Names, 8> k_levels = {{
      {"博士研究生", {"博士", "博士后"}},
      {"硕士研究生", {"硕士", "研究生"}},
      {"大学本科", {"本科", "大学"}},
      {"大学专科", {"大专", "专科", "高职", "高等专科"}},
      {"中等专科", {"中专", "中职", "职高", "技校", "中技", "中师", "中等职业", "中等师范", "职业高中"}},
      {"高中", {"高级中学", "普高"}},
      {"初中", {"初级中学"}},
      {"小学", {}},
  }};
  std::string value = compact(text);
  value = replace_all(replace_all(value, "(", ""), ")", "");
  // How or whether it was completed does not change the level: 本科在读, 函授大专, 研究生学历.
  for (const std::string_view prefix :
       {"全日制", "非全日制", "在职", "函授", "自考", "成人", "电大", "网络", "夜大"}) {
    if (value.starts_with(prefix)) {
      value.erase(0, prefix.size());
    }
  }
  const auto strip_suffixes = [&value] {
    bool stripped = true;
    while (stripped) {
      stripped = false;
      for (const std::string_view suffix :
           {"在读", "毕业", "学历", "肄业", "结业", "文化", "学位", "程度", "及以上", "以上", "/"}) {
        if (value.size() > suffix.size() && value.ends_with(suffix)) {
          value.erase(value.size() - suffix.size());
          stripped = true;
        }
      }
    }
  };
  strip_suffixes();
  // A degree after the level, as a 学历（学位） cell asks: 本科（学士）, 本科/学士, 大学本科 学士学位. After
  // 研究生 it says which: 研究生（博士） is a doctoral student.
  for (const std::string_view degree : {"学士", "硕士", "博士"}) {
    if (value.size() > degree.size() && value.ends_with(degree)) {
      value.erase(value.size() - degree.size());
      strip_suffixes();
      if (value == "研究生") {
        value = degree == "博士" ? "博士研究生" : "硕士研究生";
      }
      break;
    }
  }
  for (const auto& [full, forms] : k_levels) {
    if (value == full || std::find(forms.begin(), forms.end(), value) != forms.end()) {
      return std::string(full);
    }
  }
  return std::nullopt;
}

} // namespace nominate::text
