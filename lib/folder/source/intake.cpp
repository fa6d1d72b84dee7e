#include "intake.hpp"

namespace nominate::folder::detail {

core::Finding intake_finding(std::string rule, std::string message_id, core::Severity severity,
                             std::string file, std::map<std::string, std::string> args)
{
  core::Finding finding;
  finding.rule = std::move(rule);
  finding.message_id = std::move(message_id);
  finding.severity = severity;
  finding.args = std::move(args);
  finding.args.emplace("file", file);
  finding.file = std::move(file);
  return finding;
}

} // namespace nominate::folder::detail
