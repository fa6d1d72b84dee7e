#include "fields.hpp"

#include <nominate/office/form.hpp>
#include <nominate/text/normalize.hpp>

namespace nominate::folder::detail {

void fields_from_form(const office::Document& document, const std::string& form_file,
                      const rules::RuleSet& rule_set, Submission& submission)
{
  std::vector<std::string> labels;
  for (const auto& spec : rule_set.fields) {
    labels.push_back(spec.label);
    labels.insert(labels.end(), spec.aliases.begin(), spec.aliases.end());
  }
  auto reading = office::read_form(document, labels);
  for (const auto& entry : reading.entries) {
    const auto* spec = rule_set.field_by_label(entry.label);
    if (spec == nullptr) {
      continue;
    }
    auto existing = submission.fields.find(spec->id);
    if (existing != submission.fields.end() && !text::trim(existing->second.text).empty()) {
      continue;
    }
    submission.fields[spec->id] = FieldValue{spec->id, entry.value, "form", form_file, entry.location};
  }
}

core::Result<void> fields_from_config(const SubmissionConfig& config, const rules::RuleSet& rule_set,
                                      Submission& submission)
{
  auto config_name = config.file.filename().string();
  for (const auto& field : config.fields) {
    const auto* spec = rule_set.field(field.key);
    if (spec == nullptr) {
      spec = rule_set.field_by_label(field.key);
    }
    if (spec == nullptr) {
      std::string known;
      for (const auto& candidate : rule_set.fields) {
        known += (known.empty() ? "" : ", ") + candidate.id + " (" + candidate.label + ")";
      }
      return core::fail(core::ErrorCode::invalid_config,
                        "'" + field.key + "' is not a field of " + rule_set.reference() +
                            "; its fields are: " + known,
                        config.file, {field.line, 0});
    }
    core::Location location;
    location.line = static_cast<int>(field.line);
    submission.fields[spec->id] = FieldValue{spec->id, field.value, "nomination.yaml", config_name, location};
  }
  return {};
}

} // namespace nominate::folder::detail
