// SARIF 2.1.0 (OASIS): one run, the rules seen, one result per finding. Code-scanning services read it; a
// waived finding is a result with an external suppression, so it is shown as dismissed rather than lost.
#include "json_dump.hpp"
#include "wording.hpp"

#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

namespace nominate::report {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view k_schema = "https://json.schemastore.org/sarif-2.1.0.json";

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

// A relative path stays a relative reference (code scanning resolves it against the checkout); an absolute
// one (/home/…, C:/…) becomes a file: URI.
[[nodiscard]] std::string artifact_uri(std::string_view path)
{
  if (path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) != 0 && path[1] == ':' &&
      path[2] == '/') {
    return "file:///" + std::string(path.substr(0, 2)) + percent_encode(path.substr(2));
  }
  if (path.starts_with('/')) {
    return "file://" + percent_encode(path);
  }
  return percent_encode(path);
}

[[nodiscard]] std::string_view level(core::Severity severity)
{
  switch (severity) {
  case core::Severity::error:
    return "error";
  case core::Severity::warning:
    return "warning";
  case core::Severity::info:
    return "note";
  }
  return "error";
}

class SarifWriter {
public:
  explicit SarifWriter(core::Language language) : m_language(language) {}

  void add(std::string_view folder, const core::Finding& finding)
  {
    const messages::RenderedFinding rendered = messages::render(finding, m_language);
    Json result = Json::object();
    result["ruleId"] = finding.rule;
    result["ruleIndex"] = rule_index(finding.rule);
    result["level"] = level(finding.severity);
    result["message"] = Json::object();
    result["message"]["text"] = rendered.message;

    Json physical = Json::object();
    physical["artifactLocation"] = Json::object();
    physical["artifactLocation"]["uri"] = artifact_uri(join_path(folder, finding.file));
    if (finding.location && finding.location->line && *finding.location->line >= 1) {
      physical["region"] = Json::object();
      physical["region"]["startLine"] = *finding.location->line;
    }
    Json location = Json::object();
    location["physicalLocation"] = std::move(physical);
    result["locations"] = Json::array();
    result["locations"].push_back(std::move(location));

    if (finding.waived) {
      Json suppression = Json::object();
      suppression["kind"] = "external";
      suppression["justification"] = finding.waiver_reason;
      result["suppressions"] = Json::array();
      result["suppressions"].push_back(std::move(suppression));
    }
    // What a script keys on, and what the message alone does not carry (design.md: message_id, expected and
    // actual do not follow the language).
    Json properties = Json::object();
    properties["message_id"] = finding.message_id;
    if (finding.field) {
      properties["field"] = *finding.field;
    }
    properties["expected"] = finding.expected;
    properties["actual"] = finding.actual;
    properties["clause"] = finding.clause;
    properties["fix"] = rendered.fix;
    result["properties"] = std::move(properties);
    m_results.push_back(std::move(result));
  }

  [[nodiscard]] Json document(const Report& report) const
  {
    Json driver = Json::object();
    driver["name"] = "nominate";
    driver["version"] = tool_version(report);
    driver["rules"] = Json::array();
    for (const std::string& rule : m_rule_order) {
      Json descriptor = Json::object();
      descriptor["id"] = rule;
      driver["rules"].push_back(std::move(descriptor));
    }
    Json run = Json::object();
    run["tool"] = Json::object();
    run["tool"]["driver"] = std::move(driver);
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = m_results;

    Json root = Json::object();
    root["$schema"] = k_schema;
    root["version"] = "2.1.0";
    root["runs"] = Json::array();
    root["runs"].push_back(std::move(run));
    return root;
  }

private:
  [[nodiscard]] std::size_t rule_index(const std::string& rule)
  {
    const auto [it, inserted] = m_rule_indices.try_emplace(rule, m_rule_order.size());
    if (inserted) {
      m_rule_order.push_back(rule);
    }
    return it->second;
  }

  core::Language m_language;
  std::map<std::string, std::size_t> m_rule_indices;
  std::vector<std::string> m_rule_order;
  Json m_results = Json::array();
};

} // namespace

void write_sarif(std::ostream& out, const Report& report, const WriteOptions& options)
{
  SarifWriter writer(options.language);
  for (const SubmissionReport& submission : report.submissions) {
    for (const core::Finding& finding : submission.findings) {
      writer.add(submission.path, finding);
    }
  }
  for (const BatchEntry& entry : report.batch) {
    for (const core::Finding& finding : entry.findings) {
      writer.add(entry.path, finding);
    }
  }
  dump_json(out, writer.document(report));
}

} // namespace nominate::report
