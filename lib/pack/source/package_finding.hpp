#pragma once

#include <nominate/core/finding.hpp>

#include <map>
#include <string>
#include <string_view>
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

// A value read from a received file, as a finding quotes it: at most `limit` bytes (cut before a UTF-8
// sequence, never inside one) and "…" when cut. A tag file's value may be a megabyte of the sender's
// text; a report names the fault, not the file's contents.
inline std::string quoted_value(std::string_view value, std::size_t limit = 64)
{
  if (value.size() <= limit) {
    return std::string(value);
  }
  auto cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return std::string(value.substr(0, cut)) + "…";
}

} // namespace nominate::pack
