// eligibility.profile: who the star notice is not meant for, read from 所在单位及职务 (一(一)1):
// 一般情况下不推介县处级及以上领导干部; 基本不推荐在校学生和在职教师，除非特殊情况; 最好为退休同志 — and
// 长期致力于终身教育 领域无私奉献的工作者 are the very people it asks for. A heuristic on free text: warnings
// only.

#include "checks.hpp"
#include "units.hpp"

#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>

namespace nominate::check {
namespace {

// A word that marks a profile, what may not stand right before or after it for the match to count ("社区长"
// is not a 区长; "学生处" is an office, not a student), and what must come somewhere before it (a 书记 or
// 常委 is a county-level leader only in a 县委/区委/市委…; a 村党支部书记 is welcome).
struct Marker {
  std::string_view word;
  std::array<std::string_view, 6> not_before{};
  std::array<std::string_view, 8> not_after{};
  std::array<std::string_view, 8> needs_before{};
};

constexpr std::array<std::string_view, 8> k_party_committees{"县委", "区委", "市委", "州委",
                                                             "省委", "旗委", "地委", "盟委"};

constexpr std::array k_leader{
    Marker{"县长"},
    Marker{"区长", {"社", "小", "园", "校", "片", "景"}},
    Marker{"市长", {"超", "门"}},
    Marker{"州长"},
    Marker{"省长"},
    Marker{"旗长"},
    Marker{"厅长"},
    Marker{"局长"},
    Marker{"处长", {"办事"}},
    Marker{"书记", {}, {}, k_party_committees},
    Marker{"常委", {}, {}, k_party_committees},
};

constexpr std::array k_student{
    Marker{"在读"},
    Marker{"在校生"},
    Marker{"在校学生"},
    Marker{"学生", {"退休"}, {"处", "会", "科", "工作", "资助", "事务", "管理", "家长"}},
    Marker{"研究生", {}, {"院", "处", "导师", "学历", "毕业", "部"}},
    Marker{"本科生", {}, {"院", "处"}},
    Marker{"博士生", {}, {"导师", "院"}},
    Marker{"硕士生", {}, {"导师", "院"}},
};

constexpr std::array k_teacher{
    Marker{"教师", {"退休", "志愿", "兼职", "义务"}},
    Marker{"老师", {"退休", "志愿", "兼职", "义务"}},
    Marker{"教授", {"退休", "志愿", "兼职", "义务"}, {"级"}},
    Marker{"讲师", {"退休", "志愿", "兼职", "义务", "宣讲"}, {"团"}},
};

// Lifelong-education workers: the notice's own target group, never warned as teachers.
constexpr std::array<std::string_view, 10> k_lifelong{"社区教育", "终身教育", "社区学院", "社区学校",
                                                      "社区大学", "老年大学", "老年学校", "成人教育",
                                                      "继续教育", "开放大学"};

constexpr std::array<std::string_view, 4> k_retired{"退休", "离休", "已退", "退居"};

bool contains_any(std::string_view text, std::span<const std::string_view> words)
{
  return std::ranges::any_of(
      words, [&](std::string_view word) { return text.find(word) != std::string_view::npos; });
}

// `word` somewhere in `text`, not as the tail of a longer word (社区委员会 holds no 区委).
bool has_word(std::string_view text, std::string_view word)
{
  if (word.empty()) {
    return false;
  }
  for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    if (!text.substr(0, at).ends_with("社")) {
      return true;
    }
  }
  return false;
}

// The first marker found in `text` whose neighbours do not rule it out, and not just after 原 (原局长:
// former).
std::optional<std::string_view> find_marker(std::string_view text, std::span<const Marker> markers)
{
  for (const auto& marker : markers) {
    for (auto at = text.find(marker.word); at != std::string_view::npos;
         at = text.find(marker.word, at + 1)) {
      auto before = text.substr(0, at);
      auto after = text.substr(at + marker.word.size());
      bool needs_met =
          std::ranges::all_of(marker.needs_before, [](std::string_view w) { return w.empty(); }) ||
          std::ranges::any_of(marker.needs_before, [&](std::string_view w) { return has_word(before, w); });
      bool excluded =
          !needs_met || before.ends_with("原") ||
          std::ranges::any_of(marker.not_before,
                              [&](std::string_view w) { return !w.empty() && before.ends_with(w); }) ||
          std::ranges::any_of(marker.not_after,
                              [&](std::string_view w) { return !w.empty() && after.starts_with(w); });
      if (!excluded) {
        return marker.word;
      }
    }
  }
  return std::nullopt;
}

std::string without_spaces(std::string_view value)
{
  auto text = text::to_halfwidth(value);
  std::erase_if(text, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  return text;
}

} // namespace

void check_profile(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const auto* value = target_field(context, spec);
  if (value == nullptr) {
    return;
  }
  auto raw = field_content(context.rule_set, *value);
  auto text = without_spaces(raw);
  if (text.empty()) {
    return;
  }
  bool retired = contains_any(text, k_retired) || text.starts_with("原");
  std::optional<std::string_view> match;
  std::string message_id;
  if (retired) {
    return; // 最好为退休同志: welcome, whatever they did before
  }
  if ((match = find_marker(text, k_leader))) {
    message_id = "eligibility.profile.leader";
  } else if ((match = find_marker(text, k_student))) {
    message_id = "eligibility.profile.student";
  } else if (!contains_any(text, k_lifelong) && (match = find_marker(text, k_teacher))) {
    message_id = "eligibility.profile.teacher";
  } else {
    return;
  }
  auto finding = field_finding(spec, *value, message_id);
  finding.severity = at_most_warning(spec.severity);
  finding.args["label"] = field_label(context.rule_set, value->id);
  finding.args["value"] = shorten(raw);
  finding.args["match"] = std::string(*match);
  finding.expected = "not a serving leader, student or teacher";
  finding.actual = shorten(raw);
  out.push_back(std::move(finding));
}

} // namespace nominate::check
