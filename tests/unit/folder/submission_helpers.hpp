#pragma once

// Looking into a loaded submission as a user reads the report: a material by file, the files of a role, an
// intake finding by rule, a fact by name.

#include "folder_fixtures.hpp"

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

inline const core::Finding* finding(const Submission& submission, const std::string& rule)
{
  auto found = std::find_if(submission.intake_findings.begin(), submission.intake_findings.end(),
                            [&](const auto& candidate) { return candidate.rule == rule; });
  return found == submission.intake_findings.end() ? nullptr : &*found;
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
