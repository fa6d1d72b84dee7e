// SARIF 2.1.0 (OASIS) as GitHub code scanning takes it (Microsoft's SARIF Multitool with the "Sarif;Gh" rule
// kinds finds nothing to report): one run; tool.driver with the catalogue's metadata of every rule used;
// one result per finding with ruleId and ruleIndex, a file relative to the checkout (%SRCROOT%) and a
// region; partialFingerprints that survive unrelated edits; what stopped the run as a tool execution
// notification with executionSuccessful false. A waived finding is a result with an external suppression,
// shown as dismissed rather than lost.
#include "json_dump.hpp"
#include "sarif_rules.hpp"
#include "wording.hpp"

#include <nominate/messages/errors.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdint>
#include <map>
#include <set>

namespace nominate::report {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view k_schema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view k_root = "%SRCROOT%";
constexpr std::string_view k_fingerprint = "nominateFinding/v1";

[[nodiscard]] bool is_unreserved(unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

// RFC 3986: every byte but the unreserved ones and '/' percent-encoded, so 推介表 becomes %E6%8E%A8…, a space
// %20, and a ':' in a first segment cannot be mistaken for a scheme.
[[nodiscard]] std::string percent_encode(std::string_view path)
{
  static constexpr std::string_view k_hex = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_unreserved(c) || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += k_hex[c >> 4];
      out += k_hex[c & 0x0f];
    }
  }
  return out;
}

[[nodiscard]] bool is_absolute(std::string_view path)
{
  const bool drive = path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) != 0 &&
                     path[1] == ':' && path[2] == '/';
  return drive || path.starts_with('/');
}

// "./01-张三//推介表.docx" → "01-张三/推介表.docx": the path as the repository names it.
[[nodiscard]] std::string tidy_path(std::string_view path)
{
  std::string out;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view segment = path.substr(start, end - start);
    if (!segment.empty() && segment != ".") {
      if (!out.empty() || path.starts_with('/')) {
        out += '/';
      }
      out += segment;
    }
    start = end + 1;
  }
  return out;
}

// A relative path is relative to the checkout: uriBaseId %SRCROOT%, which code scanning resolves. An absolute
// one (/home/…, C:/…) becomes a file: URI, which it cannot place in the repository.
[[nodiscard]] Json artifact_location(std::string_view path)
{
  Json out = Json::object();
  const std::string tidy = tidy_path(path);
  if (is_absolute(path)) {
    const bool drive = !path.starts_with('/');
    out["uri"] = (drive ? "file:///" + tidy.substr(0, 2) + percent_encode(tidy.substr(2))
                        : "file://" + percent_encode(tidy));
    return out;
  }
  out["uri"] = percent_encode(tidy);
  out["uriBaseId"] = k_root;
  return out;
}

// FNV-1a, 64 bits, as 16 hex digits: the same input gives the same fingerprint on every machine.
[[nodiscard]] std::string fnv1a(std::string_view text)
{
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  static constexpr std::string_view k_hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = k_hex[hash & 0x0f];
    hash >>= 4;
  }
  return out;
}

[[nodiscard]] Json location_properties(const core::Location& location)
{
  Json out = Json::object();
  if (location.table) {
    out["table"] = *location.table;
  }
  if (location.sheet) {
    out["sheet"] = *location.sheet;
  }
  if (location.row) {
    out["row"] = *location.row;
  }
  if (location.cell_index) {
    out["cell"] = *location.cell_index;
  } else if (location.cell) {
    out["cell"] = *location.cell;
  }
  if (location.line) {
    out["line"] = *location.line;
  }
  return out;
}

// What one folder of the report is: its path, the file that stands for it when a finding names no file, the
// roles of its materials and its field labels.
struct Folder {
  std::string_view path;
  std::string representative;
  std::map<std::string, std::string> roles; // file → role
  const std::map<std::string, std::string>* field_labels = nullptr;
  bool district = false;
  // Findings are placed as placed_path says for the submission or batch entry (a received zip's at the zip).
  const SubmissionReport* submission = nullptr;
  const Report* report = nullptr;
  const BatchEntry* entry = nullptr;
};

[[nodiscard]] Folder submission_folder(const SubmissionReport& submission)
{
  Folder folder{submission.path, representative_file(submission), {}, &submission.field_labels, false,
                &submission};
  for (const MaterialEntry& material : submission.materials) {
    folder.roles[material.file] = material.role;
  }
  return folder;
}

[[nodiscard]] Folder district_folder(const Report& report, const BatchEntry& entry)
{
  return Folder{
      entry.path, representative_file(report, entry), {}, &entry.field_labels, true, nullptr, &report,
      &entry};
}

class SarifWriter {
public:
  SarifWriter(core::Language language, const std::set<std::string>& rules) : m_language(language)
  {
    for (const std::string& rule : rules) {
      m_rule_indices.emplace(rule, m_rule_order.size());
      m_rule_order.push_back(rule);
    }
  }

  void add(const Folder& folder, const core::Finding& finding)
  {
    const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), m_language);
    const bool zh = m_language == core::Language::zh;
    if (!finding.clause.empty()) {
      m_clauses[finding.rule].insert(finding.clause);
    }
    Json result = Json::object();
    result["ruleId"] = finding.rule;
    result["ruleIndex"] = m_rule_indices.at(finding.rule);
    result["level"] = sarif_level(finding.severity);

    // The place inside the file (a form's table and cell, the field by its label) leads the message; the
    // clause and the fix follow, as the text report shows them.
    core::Finding without_file = finding;
    without_file.file.clear();
    const std::string place =
        describe_place(escaped_for_text(without_file), *folder.field_labels, m_language);
    std::string message = place.empty() ? rendered.message : place + (zh ? "：" : ": ") + rendered.message;
    if (!finding.clause.empty()) {
      message += "\n" + std::string(label_clause(m_language)) + finding.clause;
    }
    if (!rendered.fix.empty() && !finding.waived) {
      message += "\n" + std::string(label_fix(m_language)) + rendered.fix;
    }
    result["message"] = Json::object();
    result["message"]["text"] = masked_identifiers(message);

    const std::string file = finding.file.empty() ? folder.representative : finding.file;
    const std::string placed = folder.entry != nullptr
                                   ? placed_path(*folder.report, *folder.entry, finding)
                                   : placed_path(*folder.submission, folder.representative, finding);
    if (!placed.empty()) { // the comparison across packages names no one file: a result without a location
      Json physical = Json::object();
      physical["artifactLocation"] = artifact_location(placed);
      physical["region"] = Json::object();
      const int line = finding.location && finding.location->line ? *finding.location->line : 1;
      physical["region"]["startLine"] = line >= 1 ? line : 1;
      Json location = Json::object();
      location["physicalLocation"] = std::move(physical);
      result["locations"] = Json::array({std::move(location)});
    }

    // Stable across runs and unrelated edits: the rule, the folder, and the field or the material (its
    // role and file) — never a line number or a message's wording.
    const std::string subject =
        finding.field ? "field:" + *finding.field : "material:" + role_of(folder, finding.file) + ":" + file;
    const std::string key = finding.rule + '\n' + tidy_path(folder.path) + '\n' + subject;
    const int occurrence = ++m_occurrences[key];
    result["partialFingerprints"] = Json::object();
    result["partialFingerprints"][k_fingerprint] = fnv1a(key) + ":" + std::to_string(occurrence);

    if (finding.waived) {
      Json suppression = Json::object();
      suppression["kind"] = "external";
      suppression["justification"] = finding.waiver_reason;
      result["suppressions"] = Json::array({std::move(suppression)});
    }
    // What a script keys on, and what the message alone does not carry (design.md: message_id, expected and
    // actual do not follow the language).
    Json properties = Json::object();
    properties["message_id"] = finding.message_id;
    properties[folder.district ? "district" : "submission"] = folder.path;
    if (finding.field) {
      properties["field"] = *finding.field;
      if (const auto label = folder.field_labels->find(*finding.field); label != folder.field_labels->end()) {
        properties["field_label"] = label->second;
      }
    }
    if (!finding.file.empty()) {
      properties["role"] = role_of(folder, finding.file);
    }
    if (finding.location) {
      const Json where = location_properties(*finding.location);
      if (!where.empty()) {
        properties["location"] = where;
      }
    }
    properties["expected"] = masked_identifiers(finding.expected);
    properties["actual"] = masked_identifiers(finding.actual);
    properties["clause"] = finding.clause;
    properties["fix"] = masked_identifiers(rendered.fix);
    result["properties"] = std::move(properties);
    m_results.push_back(std::move(result));
  }

  [[nodiscard]] Json document(const Report& report) const
  {
    Json driver = Json::object();
    driver["name"] = "nominate";
    driver["fullName"] = m_language == core::Language::zh ? "nominate 推介材料检查" : "nominate";
    driver["version"] = tool_version(report);
    driver["semanticVersion"] = tool_version(report);
    driver["informationUri"] = information_uri();
    driver["rules"] = Json::array();
    for (const std::string& rule : m_rule_order) {
      const auto clauses = m_clauses.find(rule);
      driver["rules"].push_back(sarif_rule(
          rule, clauses == m_clauses.end() ? std::set<std::string>{} : clauses->second, m_language));
    }
    Json run = Json::object();
    run["tool"] = Json::object();
    run["tool"]["driver"] = std::move(driver);
    run["invocations"] = Json::array({invocation(report)});
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = m_results;

    Json root = Json::object();
    root["$schema"] = k_schema;
    root["version"] = "2.1.0";
    root["runs"] = Json::array({std::move(run)});
    return root;
  }

private:
  [[nodiscard]] static std::string role_of(const Folder& folder, const std::string& file)
  {
    const auto found = folder.roles.find(file);
    return found == folder.roles.end() ? std::string() : found->second;
  }

  // Whether the tool did its whole job; what stopped it, each with the file it concerns.
  [[nodiscard]] Json invocation(const Report& report) const
  {
    Json out = Json::object();
    out["executionSuccessful"] = report.errors.empty();
    if (report.errors.empty()) {
      return out;
    }
    out["toolExecutionNotifications"] = Json::array();
    for (const core::Error& error : report.errors) {
      Json notification = Json::object();
      notification["level"] = "error";
      notification["message"] = Json::object();
      notification["message"]["text"] = messages::render_error(error, m_language);
      notification["descriptor"] = Json::object();
      notification["descriptor"]["id"] = messages::error_code_name(error.code);
      if (!error.file.empty()) {
        Json physical = Json::object();
        physical["artifactLocation"] = artifact_location(error.file.generic_string());
        physical["region"] = Json::object();
        physical["region"]["startLine"] = error.position.line > 0 ? error.position.line : 1;
        if (error.position.column > 0) {
          physical["region"]["startColumn"] = error.position.column;
        }
        Json location = Json::object();
        location["physicalLocation"] = std::move(physical);
        notification["locations"] = Json::array({std::move(location)});
      }
      out["toolExecutionNotifications"].push_back(std::move(notification));
    }
    return out;
  }

  core::Language m_language;
  std::map<std::string, std::size_t> m_rule_indices;
  std::vector<std::string> m_rule_order;
  std::map<std::string, std::set<std::string>> m_clauses;
  std::map<std::string, int> m_occurrences;
  Json m_results = Json::array();
};

} // namespace

void write_sarif(std::ostream& out, const Report& report, const WriteOptions& options)
{
  std::set<std::string> rules;
  for (const SubmissionReport& submission : report.submissions) {
    for (const core::Finding& finding : submission.findings) {
      rules.insert(finding.rule);
    }
  }
  for (const BatchEntry& entry : report.batch) {
    for (const core::Finding& finding : entry.findings) {
      rules.insert(finding.rule);
    }
  }
  SarifWriter writer(options.language, rules);
  for (const SubmissionReport& submission : report.submissions) {
    const Folder folder = submission_folder(submission);
    for (const core::Finding& finding : submission.findings) {
      writer.add(folder, finding);
    }
  }
  for (const BatchEntry& entry : report.batch) {
    const Folder folder = district_folder(report, entry);
    for (const core::Finding& finding : entry.findings) {
      writer.add(folder, finding);
    }
  }
  dump_json(out, writer.document(report));
}

} // namespace nominate::report
