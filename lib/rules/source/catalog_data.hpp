#pragma once

#include <nominate/rules/catalog.hpp>

#include <vector>

namespace nominate::rules::detail {

// The catalogue in parts, each in design.md's order; catalog.cpp joins them.
[[nodiscard]] std::vector<RuleInfo> material_and_text_rules(); // material.*, form.*, field.*, text.*
[[nodiscard]] std::vector<RuleInfo> media_rules();             // photo.*, video.*
[[nodiscard]] std::vector<RuleInfo> eligibility_rules();       // eligibility.*, batch.*, waiver.invalid
[[nodiscard]] std::vector<RuleInfo> package_rules();           // package.* (nominate verify)
// video.audio-silent, video.black, video.frozen, video.dark, video.blurry, text.promo-copied,
// batch.text-reuse (issue 14: what reviewers reject beyond the letter)
[[nodiscard]] std::vector<RuleInfo> content_rules();

} // namespace nominate::rules::detail
