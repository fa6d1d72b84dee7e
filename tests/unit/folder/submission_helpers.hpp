#pragma once

// Looking into a loaded submission as a user reads the report: a material by file, the files of a role, a
// finding of what reading found by rule, a fact by name.

#include "folder_fixtures.hpp"

#include <nominate/check/check.hpp>
#include <nominate/folder/load.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace nominate::test {

using folder::LoadedSubmission;
using folder::Material;
using folder::Role;
using folder::Submission;

inline const Material* material(const Submission& submission, const std::string& file)
{
  auto found = std::find_if(submission.materials.begin(), submission.materials.end(),
                            [&](const Material& candidate) { return candidate.file == file; });
  return found == submission.materials.end() ? nullptr : &*found;
}

inline std::vector<std::string> files_with(const Submission& submission, Role role)
{
  std::vector<std::string> out;
  for (const auto* found : submission.with_role(role)) {
    out.push_back(found->file);
  }
  return out;
}

// What reading the files found, as a user sees it: the intake findings, then what the checks make of the
// readers' typed facts (a read error, a probe's problem), under a rule set without `checks` overrides.
inline std::vector<core::Finding> reading_findings(const Submission& submission)
{
  return check::check_submission(submission, rules::RuleSet{}, check::CheckOptions{});
}

inline std::optional<core::Finding> finding(const Submission& submission, const std::string& rule)
{
  auto found = reading_findings(submission);
  auto match =
      std::find_if(found.begin(), found.end(), [&](const auto& candidate) { return candidate.rule == rule; });
  return match == found.end() ? std::nullopt : std::optional<core::Finding>(*match);
}

inline std::optional<core::FactValue> fact(const Material& material, const std::string& key)
{
  for (const auto& [name, value] : material.facts) {
    if (name == key) {
      return value;
    }
  }
  return std::nullopt;
}

inline LoadedSubmission load(const std::filesystem::path& folder,
                             std::optional<std::string> rules = std::nullopt)
{
  auto options = shipped_rules();
  options.rules = std::move(rules);
  auto loaded = folder::load_submission(folder, folder.generic_string(), options);
  INFO((loaded ? std::string() : core::describe(loaded.error())));
  REQUIRE(loaded.has_value());
  return std::move(*loaded);
}

} // namespace nominate::test
