// The JSON report, schema 1 (design.md, "The JSON report"): every key of the contract in its order. Keys may
// be added (deadline, days_left, waiver_reason, fields); none removed or changed in meaning without schema 2.
#include "json_dump.hpp"
#include "wording.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/errors.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <nlohmann/json.hpp>

#include <variant>

namespace nominate::report {

namespace {

using Json = nlohmann::ordered_json;

// A file name or path under `key`: valid UTF-8 as it is; else escaped (`\xFF`) with its exact bytes in base64
// beside it as `<key>_bytes` (design.md, "Names that are not plain text"), so `file` still finds the file.
void put_name(Json& out, const std::string& key, const std::string& name)
{
  out[key] = core::escape_name_for_json(name);
  if (auto bytes = core::name_bytes_base64(name)) {
    out[key + "_bytes"] = *bytes;
  }
}

[[nodiscard]] Json location_json(const std::optional<core::Location>& location)
{
  if (!location) {
    return nullptr;
  }
  Json out = Json::object();
  // One family per location (finding.hpp): a form's table cell, a sheet's cell, a CSV row, a text line.
  if (location->table) {
    out["table"] = *location->table;
    if (location->row) {
      out["row"] = *location->row;
    }
    if (location->cell_index) {
      out["cell"] = *location->cell_index;
    }
  } else if (location->sheet) {
    out["sheet"] = *location->sheet;
    if (location->cell) {
      out["cell"] = *location->cell;
    } else if (location->row) {
      out["row"] = *location->row;
    }
  } else if (location->row) {
    out["row"] = *location->row;
  } else if (location->line) {
    out["line"] = *location->line;
  } else if (location->cell) {
    out["cell"] = *location->cell;
  }
  if (out.empty()) {
    return nullptr;
  }
  return out;
}

[[nodiscard]] Json finding_json(const core::Finding& finding, core::Language language)
{
  const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), language);
  Json out = Json::object();
  out["rule"] = finding.rule;
  out["severity"] = core::to_string(finding.severity);
  out["waived"] = finding.waived;
  if (finding.file.empty()) {
    out["file"] = nullptr;
  } else {
    put_name(out, "file", finding.file);
  }
  out["field"] = finding.field ? Json(*finding.field) : Json(nullptr);
  out["location"] = location_json(finding.location);
  out["message"] = rendered.message;
  out["message_id"] = finding.message_id;
  out["expected"] = finding.expected;
  out["actual"] = finding.actual;
  out["fix"] = rendered.fix;
  out["clause"] = finding.clause;
  if (finding.waived) {
    out["waiver_reason"] = finding.waiver_reason;
    // Added to schema 1 (issue 15): who approved the waiver, and when.
    if (!finding.waiver_approved_by.empty()) {
      out["waiver_approved_by"] = finding.waiver_approved_by;
    }
    if (!finding.waiver_date.empty()) {
      out["waiver_date"] = finding.waiver_date;
    }
  }
  return out;
}

[[nodiscard]] Json findings_json(const std::vector<core::Finding>& findings, core::Language language)
{
  Json out = Json::array();
  for (const core::Finding& finding : findings) {
    out.push_back(finding_json(finding, language));
  }
  return out;
}

[[nodiscard]] Json facts_json(const core::Facts& facts)
{
  Json out = Json::object();
  for (const auto& [key, value] : facts) {
    std::visit([&out, &key](const auto& v) { out[key] = v; }, value);
  }
  return out;
}

[[nodiscard]] Json material_json(const MaterialEntry& material)
{
  Json out = Json::object();
  put_name(out, "file", material.file);
  out["role"] = material.role;
  out["decided_by"] = material.decided_by;
  out["type"] = material.type;
  out["facts"] = facts_json(material.facts);
  return out;
}

[[nodiscard]] Json submission_json(const SubmissionReport& submission, bool strict, core::Language language)
{
  Json out = Json::object();
  put_name(out, "path", submission.path);
  out["rules"] = submission.rules;
  out["as_of"] = submission.as_of;
  out["kind"] = submission.kind;
  out["title"] = submission.title;
  out["status"] = passed(submission, strict) ? "pass" : "fail";
  out["materials"] = Json::array();
  for (const MaterialEntry& material : submission.materials) {
    out["materials"].push_back(material_json(material));
  }
  out["findings"] = findings_json(submission.findings, language);
  out["manual"] = Json::array();
  for (const core::LocalText& item : submission.manual) {
    out["manual"].push_back(item.get(language));
  }
  if (submission.deadline) {
    out["deadline"] = *submission.deadline;
  }
  if (submission.days_left) {
    out["days_left"] = *submission.days_left;
  }
  // Added to schema 1 (issue 15): where as_of came from.
  if (!submission.as_of_source.empty()) {
    out["as_of_source"] = submission.as_of_source;
    if (!submission.as_of_config.empty()) {
      out["as_of_config"] = submission.as_of_config;
    }
  }
  // Added to schema 1 (issue 15): every field as read, after the keys the contract listed first.
  out["fields"] = Json::array();
  for (const FieldEntry& field : submission.fields) {
    Json entry = Json::object();
    entry["id"] = field.id;
    entry["label"] = field.label;
    entry["value"] = field.value;
    entry["source"] = field.source;
    put_name(entry, "file", field.file);
    entry["location"] = location_json(field.location);
    out["fields"].push_back(std::move(entry));
  }
  // Added to schema 1 (issue 9): what `nominate fix` did, only in its reports.
  if (!submission.fixes.empty()) {
    out["fixes"] = Json::array();
    for (const FixEntry& fix : submission.fixes) {
      out["fixes"].push_back({{"file", fix.file},
                              {"action", fix.action},
                              {"from", fix.from},
                              {"to", fix.to},
                              {"result", fix.result},
                              {"notes", fix.notes}});
    }
  }
  return out;
}

[[nodiscard]] Json error_json(const core::Error& error, core::Language language)
{
  Json out = Json::object();
  out["code"] = messages::error_code_name(error.code);
  out["message"] = messages::render_error(error, language);
  out["file"] = error.file.empty() ? Json(nullptr) : Json(error.file.generic_string());
  out["line"] = error.position.line > 0 ? Json(error.position.line) : Json(nullptr);
  out["column"] = error.position.column > 0 ? Json(error.position.column) : Json(nullptr);
  return out;
}

} // namespace

void write_json(std::ostream& out, const Report& report, const WriteOptions& options)
{
  Json root = Json::object();
  root["schema"] = 1;
  root["tool"] = Json::object();
  root["tool"]["name"] = "nominate";
  root["tool"]["version"] = tool_version(report);
  root["configs"] = report.configs;
  root["submissions"] = Json::array();
  for (const SubmissionReport& submission : report.submissions) {
    root["submissions"].push_back(submission_json(submission, report.strict, options.language));
  }
  root["batch"] = Json::array();
  for (const BatchEntry& entry : report.batch) {
    Json batch = Json::object();
    put_name(batch, "path", entry.path);
    batch["findings"] = findings_json(entry.findings, options.language);
    if (!entry.registrations.empty()) {
      Json tables = Json::array();
      for (const RegistrationEntry& table : entry.registrations) {
        Json rows = Json::array();
        for (const RegistrationRow& row : table.rows) {
          Json values = Json::object();
          for (const auto& [label, value] : row.values) {
            values[label] = value;
          }
          rows.push_back(
              Json{{"order", row.order ? Json(*row.order) : Json(nullptr)}, {"values", std::move(values)}});
        }
        tables.push_back(Json{
            {"file", table.file}, {"kind", table.kind}, {"sheet", table.sheet}, {"rows", std::move(rows)}});
      }
      batch["registration"] = std::move(tables);
    }
    root["batch"].push_back(std::move(batch));
  }
  const Summary summary = report.summary();
  root["summary"] = Json::object();
  root["summary"]["submissions"] = summary.submissions;
  root["summary"]["passed"] = report.errors.empty() ? Json(summary.passed) : Json(nullptr);
  root["summary"]["failed"] = summary.failed;
  root["summary"]["errors"] = summary.errors;
  root["summary"]["warnings"] = summary.warnings;
  root["summary"]["waived"] = summary.waived;
  // Added to schema 1 (issue 10), after the contract's keys: the run's verdict and what stopped it. A stopped
  // run (exit 2) has "status": "error", its errors listed, and "summary.passed" null (above), so no script
  // reads it as a pass.
  root["status"] = !report.errors.empty() ? "error" : report.passed() ? "pass" : "fail";
  root["errors"] = Json::array();
  for (const core::Error& error : report.errors) {
    root["errors"].push_back(error_json(error, options.language));
  }
  dump_json(out, root);
}

} // namespace nominate::report
