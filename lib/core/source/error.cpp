#include <nominate/core/display_name.hpp>
#include <nominate/core/error.hpp>
#include <nominate/core/finding.hpp>

namespace nominate::core {

std::string describe(const Error& error)
{
  std::string out;
  if (!error.file.empty()) {
    // A name that is not valid UTF-8 (a GBK name an old archiver unpacked) shown escaped, never as raw bytes.
    out += escape_name_for_text(error.file.generic_string());
    if (error.position.line > 0) {
      out += ':' + std::to_string(error.position.line);
      if (error.position.column > 0) {
        out += ':' + std::to_string(error.position.column);
      }
    }
    out += ": ";
  }
  out += error.message;
  return out;
}

const char* to_string(Severity severity)
{
  switch (severity) {
  case Severity::info:
    return "info";
  case Severity::warning:
    return "warning";
  case Severity::error:
    return "error";
  }
  return "error";
}

Finding make_finding(std::string rule, std::string message_id, Severity severity, std::string file,
                     std::map<std::string, std::string> args)
{
  Finding finding;
  finding.rule = std::move(rule);
  finding.message_id = std::move(message_id);
  finding.severity = severity;
  finding.args = std::move(args);
  finding.args.emplace("file", file);
  finding.file = std::move(file);
  return finding;
}

} // namespace nominate::core
