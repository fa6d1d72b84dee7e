#pragma once

// Small helpers for the pipeline tests: a request over the shipped rule sets, and a district made of copies
// of the shipped examples.

#include "folder_fixtures.hpp"

#include <nominate/pipeline/check_paths.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace nominate::test {

inline pipeline::CheckRequest request_for(std::vector<std::string> paths, unsigned jobs = 1)
{
  pipeline::CheckRequest request;
  request.paths = std::move(paths);
  request.load = shipped_rules();
  request.today = core::Date{2024, 5, 1};
  request.jobs = jobs;
  request.tool_version = "0.1.0-test";
  return request;
}

// Copies an example folder (recursively) to `to`.
inline void copy_example(const std::string& name, const std::filesystem::path& to)
{
  std::filesystem::create_directories(to.parent_path());
  std::filesystem::copy(example(name), to, std::filesystem::copy_options::recursive);
}

inline std::vector<std::string> submission_paths(const report::Report& report)
{
  std::vector<std::string> out;
  for (const auto& submission : report.submissions) {
    out.push_back(submission.path);
  }
  return out;
}

inline const core::Finding* find_rule(const std::vector<core::Finding>& findings, const std::string& rule)
{
  auto found = std::find_if(findings.begin(), findings.end(), [&](const auto& f) { return f.rule == rule; });
  return found == findings.end() ? nullptr : &*found;
}

} // namespace nominate::test
