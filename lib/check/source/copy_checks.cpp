// Copied text: text.promo-copied (宣传展示材料 that only repeats the deeds, within one submission). It
// compares runs of k_shingle letters and digits (text_reuse.hpp), as batch.text-reuse does
// (text_reuse_batch.cpp), so spacing, punctuation and fullwidth forms do not hide a copy.

#include "checks.hpp"
#include "text_reuse.hpp"
#include "units.hpp"

#include <algorithm>
#include <unordered_set>

namespace nominate::check {

void check_promo_copied(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  const auto* promo = target_field(context, spec);
  const auto* source = context.submission.field(spec.string("source").value_or("deeds"));
  if (promo == nullptr || source == nullptr) {
    return;
  }
  const auto promo_text = field_content(context.rule_set, *promo);
  const auto promo_normal = normalise(promo_text);
  const auto promo_hashes = shingles(promo_normal);
  const auto source_normal = normalise(field_content(context.rule_set, *source));
  const auto source_hashes = shingles(source_normal);
  // A promotional text of a sentence or two, or one character repeated, is too short to call a copy.
  const std::unordered_set<std::uint64_t> promo_runs(promo_hashes.begin(), promo_hashes.end());
  if (promo_runs.size() < 4 * k_shingle || source_hashes.empty()) {
    return;
  }
  const std::unordered_set<std::uint64_t> in_source(source_hashes.begin(), source_hashes.end());
  const auto found = std::ranges::count_if(promo_runs, [&](auto hash) { return in_source.contains(hash); });
  const double share = static_cast<double>(found) / static_cast<double>(promo_runs.size());
  const double min_share = number_param(spec, "min_share");
  if (share < min_share) {
    return;
  }
  const bool head = promo_hashes.front() == source_hashes.front();
  auto finding = field_finding(spec, *promo, head ? "text.promo-copied.head" : "text.promo-copied.excerpt");
  finding.args["label"] = field_label(context.rule_set, promo->id);
  finding.args["source"] = field_label(context.rule_set, source->id);
  finding.args["share"] = format_percent(share);
  finding.args["passage"] = quote(promo_text, promo_normal, 0, promo_normal.chars.size() - 1, 30);
  finding.expected = "< " + format_percent(min_share) + " taken from " + source->id;
  finding.actual = format_percent(share);
  out.push_back(std::move(finding));
}

} // namespace nominate::check
