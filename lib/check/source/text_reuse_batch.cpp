// batch.text-reuse: long texts shared between submissions, in a district run or across the packages `verify`
// is given. An exact-shingle index over runs of k_shingle letters and digits (text_reuse.hpp), so spacing,
// punctuation and fullwidth forms do not hide a copy, and a city's thousand submissions take well under a
// second (docs/performance.md).

#include "checks.hpp"
#include "context.hpp"
#include "nominee.hpp"
#include "text_reuse.hpp"
#include "units.hpp"

#include <nominate/check/text_reuse.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_set>

namespace nominate::check {
namespace {

// The long texts compared across submissions: the deeds, a project's description, the promotional text,
// the learning record, and work summaries (a material's text).
constexpr std::array<std::string_view, 5> k_long_fields{"deeds", "description", "promo", "learning",
                                                        "resume"};
constexpr std::size_t k_min_chars = 200; // shorter texts (a title, an award) are not compared
constexpr std::size_t k_common_limit =
    10; // a phrase in more submissions than this is boilerplate, not a copy

struct Segment {
  const std::string* label;
  const std::string* text;
  NormalText normal;
  std::vector<std::uint64_t> hashes;
};

struct Document {
  const LongTexts* source;
  std::vector<Segment> segments;
  std::vector<std::uint64_t> unique; // every segment's shingles, sorted and unique
};

Document document_of(const LongTexts& source)
{
  Document doc{&source, {}, {}};
  for (const auto& [label, text] : source.texts) {
    auto normal = normalise(text);
    if (normal.chars.size() < k_min_chars) {
      continue;
    }
    auto hashes = shingles(normal);
    doc.unique.insert(doc.unique.end(), hashes.begin(), hashes.end());
    doc.segments.push_back({&label, &text, std::move(normal), std::move(hashes)});
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
        best = {*segment.label,
                quote(*segment.text, segment.normal, run_start, run_start + run - 1 + k_shingle - 1)};
      }
      run = 0;
    }
  }
  return best;
}

// How many runs each pair of documents shares, by (a << 32 | b) with a < b: pairs come only from the
// submissions holding the same run, so the work grows with the text, not with the square of the submissions.
std::vector<std::pair<std::uint64_t, std::uint32_t>> shared_runs(const std::vector<Document>& docs)
{
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
  std::vector<std::uint64_t> pair_keys; // once per run both hold
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
  return pairs;
}

// Whether the pair is left to another finding or is no copy at all.
bool not_reuse(const LongTexts& a, const LongTexts& b, ReuseScope scope)
{
  if (a.kind != b.kind) {
    return false;
  }
  // The same nominee a year later may tell the same deeds again: eligibility.past-nominee is the finding for
  // a nominee put forward before, not this one.
  const bool same_nominee = !a.nominee.empty() && a.nominee == b.nominee;
  if (same_nominee && a.year && b.year && *a.year != *b.year) {
    return true;
  }
  // The same person or project twice in a district run is batch.duplicate's finding.
  return scope == ReuseScope::all_pairs && !a.title.empty() && a.title == b.title;
}

std::optional<int> year_of(const folder::LoadedSubmission& loaded)
{
  if (loaded.submission.as_of) {
    return loaded.submission.as_of->year;
  }
  for (const auto& config : loaded.district_configs) {
    if (config.as_of) {
      return config.as_of->year;
    }
  }
  if (loaded.rule_set.as_of) {
    return loaded.rule_set.as_of->year;
  }
  const auto& edition = loaded.rule_set.edition;
  int year = 0;
  if (auto [end, error] = std::from_chars(edition.data(), edition.data() + edition.size(), year);
      error == std::errc{} && year > 0) {
    return year;
  }
  return std::nullopt;
}

} // namespace

LongTexts long_texts_of(const folder::LoadedSubmission& loaded)
{
  const auto& submission = loaded.submission;
  const auto& rule_set = loaded.rule_set;
  LongTexts out;
  out.path = submission.path;
  out.kind = rule_set.kind;
  out.title = text::comparable_name(submission.title); // as batch.duplicate compares them
  out.year = year_of(loaded);
  out.nominee = nominee_of(loaded).key();
  for (auto field : k_long_fields) {
    if (const auto* value = submission.field(std::string(field))) {
      out.texts.emplace_back(field_label(rule_set, value->id), field_content(rule_set, *value));
    }
  }
  for (const auto* material : submission.with_role(folder::Role::summary)) {
    if (material->text) {
      out.texts.emplace_back(material->file, *material->text);
    }
  }
  rules::CheckSpec defaults;
  defaults.rule = "batch.text-reuse";
  const auto* spec = override_for(rule_set, "batch.text-reuse", std::nullopt, std::nullopt);
  out.min_share = number_param(spec != nullptr ? *spec : defaults, "min_share");
  if (spec != nullptr) {
    out.severity = spec->severity;
    out.clause = spec->clause;
  }
  return out;
}

std::vector<core::Finding> find_text_reuse(std::span<const LongTexts> submissions, ReuseScope scope)
{
  std::vector<Document> docs;
  docs.reserve(submissions.size());
  for (const auto& one : submissions) {
    docs.push_back(document_of(one));
  }
  std::vector<core::Finding> out;
  for (const auto& [key, count] : shared_runs(docs)) {
    const auto& a = docs[key >> 32];
    const auto& b = docs[key & 0xFFFFFFFFU];
    const auto& first = *a.source;
    const auto& second = *b.source;
    if (scope == ReuseScope::across_groups && first.group == second.group) {
      continue;
    }
    const auto smaller = std::min(a.unique.size(), b.unique.size());
    const double share = static_cast<double>(count) / static_cast<double>(smaller);
    if (share < first.min_share || not_reuse(first, second, scope)) {
      continue;
    }
    const std::unordered_set<std::uint64_t> in_b(b.unique.begin(), b.unique.end());
    auto [label, passage] = longest_shared(a, in_b);
    // Across packages, the same person or project on both sides is one nomination sent twice (a package
    // re-sent as a revision) or put forward by two districts, not a copy of someone else's deeds: said so.
    const bool same_one =
        scope == ReuseScope::across_groups && ((!first.nominee.empty() && first.nominee == second.nominee) ||
                                               (!first.title.empty() && first.title == second.title));
    auto finding = core::make_finding("batch.text-reuse",
                                      same_one ? "batch.text-reuse.same-nominee" : "batch.text-reuse.shared",
                                      first.severity, "",
                                      {{"kind", first.kind},
                                       {"path_a", first.path},
                                       {"path_b", second.path},
                                       {"paths", first.path + "、" + second.path},
                                       {"share", format_percent(share)},
                                       {"label", label},
                                       {"passage", passage}});
    finding.clause = first.clause;
    finding.expected = "< " + format_percent(first.min_share) + " shared";
    finding.actual = format_percent(share);
    out.push_back(std::move(finding));
  }
  return out;
}

void check_text_reuse(const std::vector<const folder::LoadedSubmission*>& submissions, Findings& out)
{
  std::vector<LongTexts> texts;
  texts.reserve(submissions.size());
  for (const auto* loaded : submissions) {
    texts.push_back(long_texts_of(*loaded));
  }
  std::ranges::move(find_text_reuse(texts, ReuseScope::all_pairs), std::back_inserter(out));
}

} // namespace nominate::check
