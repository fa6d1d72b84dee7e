// material.encrypted, material.legacy-format (unconverted) and material.unreadable for what a reader could
// not read. Readers leave a typed fact (folder::ReadError on the material, or on a file that is none); this
// is the one mapping from it to the finding a user sees. The rules are catalogued in
// lib/rules/source/catalog_files.cpp (trigger: intake); their texts are in
// lib/messages/source/texts_intake.cpp.

#include "checks.hpp"

#include <array>
#include <map>
#include <string>

namespace nominate::check {
namespace {

using folder::ReadErrorKind;

struct ReadErrorRule {
  ReadErrorKind kind;
  std::string_view rule;
  std::string_view message_id;
};

constexpr std::array k_read_error_rules{
    ReadErrorRule{ReadErrorKind::encrypted, "material.encrypted", "material.encrypted.document"},
    ReadErrorRule{ReadErrorKind::legacy_format, "material.legacy-format",
                  "material.legacy-format.unconverted"},
    ReadErrorRule{ReadErrorKind::damaged, "material.unreadable", "material.unreadable.damaged"},
    ReadErrorRule{ReadErrorKind::empty, "material.unreadable", "material.unreadable.empty"},
    ReadErrorRule{ReadErrorKind::not_what_named, "material.unreadable", "material.unreadable.not-what-named"},
    ReadErrorRule{ReadErrorKind::not_a_file, "material.unreadable", "material.unreadable.special"},
    ReadErrorRule{ReadErrorKind::path_too_long, "material.unreadable", "material.unreadable.path-too-long"},
    ReadErrorRule{ReadErrorKind::not_a_table, "batch.registration", "batch.registration.not-a-table"},
    ReadErrorRule{ReadErrorKind::no_reader, "material.unreadable", "material.unreadable.no-reader"},
    ReadErrorRule{ReadErrorKind::no_access, "material.unreadable", "material.unreadable.no-access"},
    ReadErrorRule{ReadErrorKind::too_large, "material.unreadable", "material.unreadable.over-limit"},
};

const ReadErrorRule& rule_of(ReadErrorKind kind)
{
  for (const auto& entry : k_read_error_rules) {
    if (entry.kind == kind) {
      return entry;
    }
  }
  return k_read_error_rules[2]; // damaged: never reached, every kind has its entry
}

// The message's arguments: what the reader found, in the words each message uses.
std::map<std::string, std::string> args_of(const folder::ReadError& error)
{
  std::map<std::string, std::string> args;
  switch (error.kind) {
  case ReadErrorKind::legacy_format:
    args["format"] = error.format;
    args["command"] = error.command;
    if (error.detail) {
      args["detail"] = *error.detail;
    }
    break;
  case ReadErrorKind::damaged:
  case ReadErrorKind::no_reader:
  case ReadErrorKind::too_large:
    args["detail"] = error.detail.value_or(std::string());
    if (!error.reason.empty()) {
      args["reason"] = error.reason;
    }
    break;
  case ReadErrorKind::not_what_named:
    args["extension"] = error.format;
    args["content"] = error.content;
    break;
  case ReadErrorKind::not_a_file:
    args["kind"] = error.content;
    break;
  case ReadErrorKind::path_too_long:
    args["length"] = std::to_string(error.path_length);
    break;
  case ReadErrorKind::encrypted:
  case ReadErrorKind::empty:
  case ReadErrorKind::no_access:
  case ReadErrorKind::not_a_table:
    break;
  }
  return args;
}

// The finding for a file a reader could not read: an error, whatever the catalogue's usual severity
// (material.legacy-format's warning is for a file that was converted), unless a `checks` entry says
// otherwise.
core::Finding read_error_finding(const folder::ReadError& error, const std::string& file)
{
  const auto& entry = rule_of(error.kind);
  // A legacy file LibreOffice was given and failed on (or took too long over): converting it again, as
  // `nominate fix` would, fails the same way.
  std::string message_id(entry.message_id);
  if (error.kind == ReadErrorKind::legacy_format && error.detail) {
    message_id = "material.legacy-format.conversion-failed";
  }
  return core::make_finding(std::string(entry.rule), message_id, core::Severity::error, file, args_of(error));
}

// A `checks` entry for the rule (on the material's role, or on none) sets the severity and clause.
void apply_override(const rules::RuleSet& rule_set, const std::optional<std::string>& role,
                    core::Finding& finding)
{
  if (const auto* spec = override_for(rule_set, finding.rule, std::nullopt, role)) {
    finding.severity = spec->severity;
    if (!spec->clause.empty()) {
      finding.clause = spec->clause;
    }
  }
}

} // namespace

bool reports_unreadable(ReadErrorKind kind)
{
  return rule_of(kind).rule == "material.unreadable";
}

void check_read_errors(const CheckContext& context, Findings& out)
{
  for (const auto& unreadable : context.submission.unreadable) {
    auto finding = read_error_finding(unreadable.error, unreadable.file);
    apply_override(context.rule_set, std::nullopt, finding);
    out.push_back(std::move(finding));
  }
  for (const auto& material : context.submission.materials) {
    if (!material.read_error) {
      continue;
    }
    auto finding = read_error_finding(*material.read_error, material.file);
    apply_override(context.rule_set, std::string(folder::to_string(material.role)), finding);
    out.push_back(std::move(finding));
  }
}

void check_district_read_errors(const folder::District& district, Findings& out)
{
  for (const auto& unreadable : district.unreadable) {
    out.push_back(read_error_finding(unreadable.error, unreadable.file));
  }
}

} // namespace nominate::check
