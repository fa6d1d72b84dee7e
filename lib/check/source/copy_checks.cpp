// Copied text: text.promo-copied (宣传展示材料 that only repeats the deeds, within one submission) and
// batch.text-reuse (long texts shared between submissions of a district). Both compare runs of k_shingle
// letters and digits (text_reuse.hpp), so spacing, punctuation and fullwidth forms do not hide a copy.

#include "checks.hpp"
#include "text_reuse.hpp"
#include "units.hpp"

#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace nominate::check {
namespace {

std::string percent(double share)
{
  return format_number(share * 100, 0) + "%";
}

// The long texts compared across submissions: the deeds, a project's description, the promotional text,
// the learning record, and work summaries (a material's text).
constexpr std::array<std::string_view, 5> k_long_fields{"deeds", "description", "promo", "learning",
                                                        "resume"};
constexpr std::size_t k_min_chars = 200; // shorter texts (a title, an award) are not compared
constexpr std::size_t k_common_limit =
    10; // a phrase in more submissions than this is boilerplate, not a copy

struct Segment {
  std::string label; // the field's label, or the file name
  std::string text;
  NormalText normal;
  std::vector<std::uint64_t> hashes;
};

struct Document {
  const folder::LoadedSubmission* loaded;
  std::string title; // normalised, to tell a submission's duplicate from another's copy
  std::vector<Segment> segments;
  std::vector<std::uint64_t> unique; // every segment's shingles, sorted and unique
};

Document document_of(const folder::LoadedSubmission& loaded)
{
  Document doc{&loaded, text::normalize_label(loaded.submission.title), {}, {}};
  auto add = [&](std::string label, std::string text) {
    auto normal = normalise(text);
    if (normal.chars.size() < k_min_chars) {
      return;
    }
    auto hashes = shingles(normal);
    doc.unique.insert(doc.unique.end(), hashes.begin(), hashes.end());
    doc.segments.push_back({std::move(label), std::move(text), std::move(normal), std::move(hashes)});
  };
  for (auto field : k_long_fields) {
    if (const auto* value = loaded.submission.field(std::string(field))) {
      add(field_label(loaded.rule_set, value->id), field_content(loaded.rule_set, *value));
    }
  }
  for (const auto* material : loaded.submission.with_role(folder::Role::summary)) {
    if (material->text) {
      add(material->file, *material->text);
    }
  }
  std::ranges::sort(doc.unique);
  const auto [first, last] = std::ranges::unique(doc.unique);
  doc.unique.erase(first, last);
  return doc;
}

// The longest run of `doc`'s characters whose shingles are all in `other`: the segment's label and a quote.
std::pair<std::string, std::string> longest_shared(const Document& doc,
                                                   const std::unordered_set<std::uint64_t>& other)
{
  std::pair<std::string, std::string> best;
  std::size_t best_length = 0;
  for (const auto& segment : doc.segments) {
    std::size_t run_start = 0;
    std::size_t run = 0;
    for (std::size_t i = 0; i <= segment.hashes.size(); ++i) {
      if (i < segment.hashes.size() && other.contains(segment.hashes[i])) {
        run_start = run == 0 ? i : run_start;
        ++run;
        continue;
      }
      if (run > best_length) {
        best_length = run;
        best = {segment.label,
                quote(segment.text, segment.normal, run_start, run_start + run - 1 + k_shingle - 1)};
      }
      run = 0;
    }
  }
  return best;
}

} // namespace

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
  finding.args["share"] = percent(share);
  finding.args["passage"] = quote(promo_text, promo_normal, 0, promo_normal.chars.size() - 1, 30);
  finding.expected = "< " + percent(min_share) + " taken from " + source->id;
  finding.actual = percent(share);
  out.push_back(std::move(finding));
}

void check_text_reuse(const std::vector<const folder::LoadedSubmission*>& submissions, Findings& out)
{
  std::vector<Document> docs;
  docs.reserve(submissions.size());
  for (const auto* loaded : submissions) {
    docs.push_back(document_of(*loaded));
  }
  // An exact-shingle index: every run of k_shingle characters with the submission holding it, sorted, so
  // that the submissions sharing a run sit together. Pairs are counted from those groups only: the work
  // grows with the text, not with the square of the submissions.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> postings;
  std::size_t total = 0;
  for (const auto& doc : docs) {
    total += doc.unique.size();
  }
  postings.reserve(total);
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    for (auto hash : docs[i].unique) {
      postings.emplace_back(hash, i);
    }
  }
  std::ranges::sort(postings);
  std::vector<std::uint64_t> pair_keys; // (a << 32 | b), once per run both hold
  for (std::size_t first = 0; first < postings.size();) {
    std::size_t last = first + 1;
    while (last < postings.size() && postings[last].first == postings[first].first) {
      ++last;
    }
    if (last - first >= 2 && last - first <= k_common_limit) {
      for (std::size_t x = first; x < last; ++x) {
        for (std::size_t y = x + 1; y < last; ++y) {
          pair_keys.push_back((std::uint64_t{postings[x].second} << 32) | postings[y].second);
        }
      }
    }
    first = last;
  }
  std::ranges::sort(pair_keys); // also the report's order
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
  for (auto key : pair_keys) {
    if (pairs.empty() || pairs.back().first != key) {
      pairs.emplace_back(key, 0);
    }
    ++pairs.back().second;
  }
  for (const auto& [key, count] : pairs) {
    const auto& a = docs[key >> 32];
    const auto& b = docs[key & 0xFFFFFFFFU];
    const auto smaller = std::min(a.unique.size(), b.unique.size());
    const auto* spec = override_for(a.loaded->rule_set, "batch.text-reuse", std::nullopt, std::nullopt);
    rules::CheckSpec defaults;
    defaults.rule = "batch.text-reuse";
    const double min_share = number_param(spec != nullptr ? *spec : defaults, "min_share");
    const double share = static_cast<double>(count) / static_cast<double>(smaller);
    // The same person or project twice is batch.duplicate's finding, not a copy.
    if (share < min_share || (!a.title.empty() && a.title == b.title)) {
      continue;
    }
    const std::unordered_set<std::uint64_t> in_b(b.unique.begin(), b.unique.end());
    auto [label, passage] = longest_shared(a, in_b);
    auto finding =
        core::make_finding("batch.text-reuse", "batch.text-reuse.shared", core::Severity::warning, "",
                           {{"kind", a.loaded->rule_set.kind},
                            {"path_a", a.loaded->submission.path},
                            {"path_b", b.loaded->submission.path},
                            {"paths", a.loaded->submission.path + "、" + b.loaded->submission.path},
                            {"share", percent(share)},
                            {"label", label},
                            {"passage", passage}});
    finding.expected = "< " + percent(min_share) + " shared";
    finding.actual = percent(share);
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check
