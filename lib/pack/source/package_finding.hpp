#pragma once

#include <nominate/core/finding.hpp>

#include <map>
#include <string>
#include <utility>

namespace nominate::pack {

// A package.* finding of verify (an error unless said otherwise): one shape for the zip's safety, its
// contents, its bag and a received folder.
inline core::Finding finding(std::string rule, std::string id, const std::string& file,
                             std::map<std::string, std::string> args = {},
                             core::Severity severity = core::Severity::error)
{
  return core::make_finding(std::move(rule), std::move(id), severity, file, std::move(args));
}

} // namespace nominate::pack
