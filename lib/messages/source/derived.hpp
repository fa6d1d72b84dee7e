#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>

#include <optional>
#include <string>
#include <string_view>

// Placeholders whose text is composed in the language from a finding's neutral args, so a check never
// writes a language's words into a finding (a finding is plain data; its words come from here):
//   {X_zh} / {X_en}            a duration, when the finding has `X_s` (seconds)
//   {export_zh} / {export_en}  the export settings, from `target_p` and `target_fps`
//   {damage_zh}                what the probe's English damage entries (`damage`, joined by “｜”) mean
//   {problem_zh} / {problem_en} why a file could not be read, from `problem` (and `bit_depth`)
//   {unchecked_zh} / {unchecked_en} the photo checks a format kept from running, from `unchecked`
//   {autofix_zh} / {autofix_en} `nominate fix` as the way out for a photo format it converts, from `format`
//   {reason_zh} / {reason_en} why a zip entry's name is unsafe, from `reason`
//   {part_zh} / {part_en}      where a form field's text was read when not its cell (the appendix), from
//                              `part`; empty when the finding has none
namespace nominate::messages {

[[nodiscard]] std::optional<std::string> derived_value(std::string_view name, const core::Finding& finding);

} // namespace nominate::messages
