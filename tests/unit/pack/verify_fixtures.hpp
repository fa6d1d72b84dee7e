#pragma once

#include "fixtures.hpp"
#include "temp_dir.hpp"

#include <nominate/pack/verify.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace nominate::test {

// Every package.* finding inspect_zip gives for the zip `name` of hostile_zips.py.
inline std::vector<core::Finding> inspect(const std::string& name, pack::VerifyLimits limits = {})
{
  auto text = read_file(hostile_zips() / name);
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  return pack::inspect_zip(bytes, limits);
}

// The message ids of the findings of `severity`.
inline std::set<std::string> ids(const std::vector<core::Finding>& findings,
                                 core::Severity severity = core::Severity::error)
{
  std::set<std::string> found;
  for (const auto& finding : findings) {
    if (finding.severity == severity) {
      found.insert(finding.message_id);
    }
  }
  return found;
}

inline std::set<std::string> errors(const std::vector<core::Finding>& findings)
{
  return ids(findings, core::Severity::error);
}

inline bool has(const std::vector<core::Finding>& findings, const std::string& message_id,
                core::Severity severity)
{
  return std::ranges::any_of(findings, [&](const core::Finding& finding) {
    return finding.message_id == message_id && finding.severity == severity;
  });
}

// The first finding of `message_id`; fails the test when there is none.
inline const core::Finding& first_of(const std::vector<core::Finding>& findings,
                                     const std::string& message_id)
{
  auto found = std::ranges::find(findings, message_id, &core::Finding::message_id);
  REQUIRE(found != findings.end());
  return *found;
}

} // namespace nominate::test
