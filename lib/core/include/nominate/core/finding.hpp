#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nominate::core {

// Severity follows the notice's words: 不少于 / 以内 / a technical spec → error; 左右 / 原则上 / 最好 and
// every heuristic → warning. info is for notes that never fail (a legacy file converted, a choice made).
enum class Severity { info, warning, error };

[[nodiscard]] const char* to_string(Severity severity);

// A place inside a file. Exactly one family of members is set:
//   form table cell: table (1-based), row (1-based), cell (1-based)
//   spreadsheet:     sheet, cell ("L5")
//   CSV / text:      row (1-based), or line
struct Location {
  std::optional<int> table;
  std::optional<int> row;
  std::optional<int> cell_index; // JSON key "cell" when it is a number
  std::optional<std::string> sheet;
  std::optional<std::string> cell; // JSON key "cell" when it is an A1 reference
  std::optional<int> line;
};

// One way a submission falls short, as plain data. The text a person reads is rendered later from
// message_id + args in the chosen language (see check/messages.hpp), so a Finding is language-neutral.
struct Finding {
  std::string rule; // a rule id of design.md: "video.frame-rate"
  Severity severity = Severity::error;
  std::string file; // relative to the submission, '/' separators; empty when not about one file
  std::optional<std::string> field; // a field id ("deeds") when about a form field
  std::optional<Location> location;
  std::string message_id;                  // "video.frame-rate.mismatch": a key of the message catalogue
  std::map<std::string, std::string> args; // named arguments for the message ({actual}, {expected}, …)
  std::string expected;                    // language-neutral, with units: "25 fps", "≥ 1500 字"
  std::string actual;                      // language-neutral, with units: "30 fps"
  std::string clause;                      // the notice's words behind the rule, quoted from the rule set
  bool waived = false;
  std::string waiver_reason;      // set when waived
  std::string waiver_approved_by; // the waiver's approved_by and date, when it gives them
  std::string waiver_date;
};

// A finding with its rule, message and severity; `file` (relative to the submission or district, may be
// empty) is also put in args as {file}, which most messages name.
[[nodiscard]] Finding make_finding(std::string rule, std::string message_id, Severity severity,
                                   std::string file, std::map<std::string, std::string> args = {});

} // namespace nominate::core
