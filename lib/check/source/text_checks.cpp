// text.length: a text's count against the notice's bounds (不少于1500字 → min; 2000字以内 → max;
// 200字左右 → about with a band). Counted as reviewers count it: Word's / WPS's 字数 (design.md,
// "Counting characters"), after the template's hints are removed.

#include "checks.hpp"
#include "units.hpp"

#include <nominate/text/appendix.hpp>
#include <nominate/text/count.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <cmath>

namespace nominate::check {
namespace {

std::size_t chosen_count(const text::CharacterCount& counts, std::string_view mode)
{
  if (mode == "all") {
    return counts.non_space;
  }
  if (mode == "han") {
    return counts.han;
  }
  return counts.words;
}

std::string chars(std::int64_t value)
{
  return std::to_string(value) + " 字";
}

// Appends the findings for one text. `base` carries the file/field and the args naming what was counted.
void measure(const rules::CheckSpec& spec, std::string_view content, const core::Finding& base, Findings& out)
{
  auto counts = text::count_characters(content);
  auto mode = spec.string("count").value_or("words");
  auto count = static_cast<std::int64_t>(chosen_count(counts, mode));
  auto han = static_cast<std::int64_t>(counts.han);

  auto emit = [&](std::string message_id, std::string expected) {
    auto finding = base;
    finding.message_id = std::move(message_id);
    finding.args["count"] = std::to_string(count);
    finding.args["han"] = std::to_string(han);
    finding.args["words"] = std::to_string(counts.words);
    finding.args["counted"] = mode;
    finding.expected = std::move(expected);
    finding.actual = chars(count);
    return finding;
  };

  if (auto min = spec.integer("min")) {
    if (count < *min) {
      auto finding = emit("text.length.too-short", "≥ " + chars(*min));
      finding.args["min"] = std::to_string(*min);
      out.push_back(std::move(finding));
    } else if (mode == "words" && han < *min) {
      // Word's 字数 passes, but a reviewer who counts only the Chinese characters would not: worth a look.
      auto finding = emit("text.length.han-short", "≥ " + chars(*min));
      finding.severity = at_most_warning(spec.severity);
      finding.args["min"] = std::to_string(*min);
      finding.actual = chars(han) + " (汉字)";
      out.push_back(std::move(finding));
    }
  }
  if (auto max = spec.integer("max")) {
    if (count > *max) {
      auto finding = emit("text.length.too-long", "≤ " + chars(*max));
      finding.args["max"] = std::to_string(*max);
      out.push_back(std::move(finding));
    }
  }
  if (auto about = spec.integer("about")) {
    auto band = spec.number("band").value_or(0.2);
    auto low = static_cast<std::int64_t>(std::llround(static_cast<double>(*about) * (1.0 - band)));
    auto high = static_cast<std::int64_t>(std::llround(static_cast<double>(*about) * (1.0 + band)));
    auto expected = "≈ " + chars(*about) + " (" + std::to_string(low) + "–" + std::to_string(high) + ")";
    if (count < low || count > high) {
      auto finding = emit(count < low ? "text.length.about-short" : "text.length.about-long", expected);
      finding.args["about"] = std::to_string(*about);
      finding.args["low"] = std::to_string(low);
      finding.args["high"] = std::to_string(high);
      out.push_back(std::move(finding));
    }
  }
}

} // namespace

void check_text_length(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  if (const auto* value = target_field(context, spec)) {
    auto content = field_content(context.rule_set, *value);
    if (content.empty()) {
      return; // field.required speaks for an empty field
    }
    auto base = field_finding(spec, *value, "");
    base.args["label"] = field_label(context.rule_set, value->id);
    if (text::refers_to_appendix(content)) {
      // `（详见附件）` with no appendix after the table (the form's reader takes one that is there): the
      // text is not in the form, which is what to say, not that 5 characters are short of 1500.
      // The same when the attachment the cell refers to is in the folder but holds no text to read (a scan,
      // encrypted, damaged): named, so that the clerk knows which file to replace.
      auto finding = base;
      finding.message_id =
          value->attachment.empty() ? "text.length.elsewhere" : "text.length.elsewhere-unreadable";
      if (!value->attachment.empty()) {
        finding.args["attachment"] = value->attachment;
      }
      finding.args["value"] = content;
      finding.actual = content;
      out.push_back(std::move(finding));
      return;
    }
    measure(spec, content, base, out);
    return;
  }
  for (const auto* material : target_materials(context, spec)) {
    if (!material->text) {
      continue; // not read as text (the reader said why, if it could not)
    }
    auto content = text::trim(text::strip_hints(*material->text, {}).text);
    if (content.empty()) {
      continue;
    }
    auto base = material_finding(spec, *material, "");
    base.args["label"] = material->file;
    measure(spec, content, base, out);
  }
}

} // namespace nominate::check
