#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/folder/load.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

// batch.text-reuse (design.md, "Rule identifiers"): long texts shared between submissions, in a district run
// (check_district) or across every package `verify` is given.
namespace nominate::check {

// A submission's long texts and what tells its nominee, read out of the loaded submission so that they can
// be compared after its folder is gone (verify removes each package's payload before reading the next).
struct LongTexts {
  std::string path;  // as the report shows it
  std::string kind;  // "star" / "brand"
  std::string title; // normalised: a submission's duplicate (batch.duplicate) rather than another's copy
  // The nominee: 姓名 + 出生年月 (star) or 项目名称 + 申报单位 (brand), normalised; empty when either is
  // missing.
  std::string nominee;
  // The year the submission is for: nomination.yaml's as_of, else nominate.yaml's, else the rule set's
  // as_of, else its edition.
  std::optional<int> year;
  std::vector<std::pair<std::string, std::string>> texts; // (the field's label or the file's name, text)
  double min_share = 0.3;                                 // the rule set's batch.text-reuse parameter
  core::Severity severity = core::Severity::warning;      // …and its severity and clause
  std::string clause;
  std::size_t group = 0; // verify: which package it came from
};

[[nodiscard]] LongTexts long_texts_of(const folder::LoadedSubmission& loaded);

// Which pairs are compared: all (a district run), or only those from different groups (verify: pairs inside
// one package were its own district run's).
enum class ReuseScope { all_pairs, across_groups };

// The batch.text-reuse findings over `submissions`, in order of the pairs. Not reported: a pair of the same
// nominee in different years (a text reused from the nominee's previous year), and in a district run a pair
// with the same title (batch.duplicate's finding). Across groups, the same title in the same year is reported
// here, since no district run saw both.
[[nodiscard]] std::vector<core::Finding> find_text_reuse(std::span<const LongTexts> submissions,
                                                         ReuseScope scope);

} // namespace nominate::check
