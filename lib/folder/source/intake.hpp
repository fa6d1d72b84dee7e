#pragma once

#include <nominate/core/finding.hpp>

#include <map>
#include <string>

namespace nominate::folder::detail {

// A finding raised while reading the files, before any check runs (unreadable, legacy, encrypted,
// ambiguous, revisions). Its text comes from the message catalogue (check/messages.hpp).
[[nodiscard]] core::Finding intake_finding(std::string rule, std::string message_id, core::Severity severity,
                                           std::string file, std::map<std::string, std::string> args = {});

} // namespace nominate::folder::detail
