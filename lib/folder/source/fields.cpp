#include "fields.hpp"

#include <nominate/office/form.hpp>
#include <nominate/text/formats.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>
#include <nominate/text/pattern.hpp>

#include <map>

namespace nominate::folder::detail {

namespace {

// The printed heading of the contact row (`联系方式 | 电话：… 手机：… 邮箱：…`): known to the reader so
// that a bare number written beside it is kept, though no field has that label.
constexpr std::string_view k_contact_label = "联系方式";

// The first mobile-shaped number (1[3-9] and 9 more digits, no digit either side) in `text`, else empty.
std::string find_mobile(std::string_view text)
{
  static const text::Pattern k_mobile("(^|[^0-9])(1[3-9][0-9]{9})($|[^0-9])");
  std::string plain = text::to_halfwidth(text);
  if (auto groups = k_mobile.search(plain); groups && groups->size() > 2 && (*groups)[2]) {
    return std::string(*(*groups)[2]);
  }
  return {};
}

// Where the mobile field is empty or absent, an unlabelled mobile-shaped number is taken as the mobile: a
// bare number beside 联系方式, or on a line of its own in the phone's value (`电话：010-…\n13912345678`).
void take_unlabelled_mobile(const office::FormReading& reading, const std::string& form_file,
                            const rules::RuleSet& rule_set, Submission& submission)
{
  const rules::FieldSpec* mobile = nullptr;
  for (const auto& spec : rule_set.fields) {
    if (spec.format == rules::FieldFormat::mobile) {
      mobile = &spec;
      break;
    }
  }
  if (mobile == nullptr) {
    return;
  }
  auto existing = submission.fields.find(mobile->id);
  if (existing != submission.fields.end() && !text::trim(existing->second.text).empty()) {
    return;
  }
  for (const auto& entry : reading.entries) {
    const auto* spec = rule_set.field_by_label(entry.label, entry.after);
    bool contact = entry.label == k_contact_label;
    bool phone_line = spec != nullptr && spec->format == rules::FieldFormat::phone &&
                      entry.value.find('\n') != std::string::npos;
    if (!contact && !phone_line) {
      continue;
    }
    std::string number;
    if (contact) {
      number = find_mobile(entry.value);
    } else {
      // Only a line that is nothing but the number: `电话：13912345678` is a phone given as a mobile.
      std::size_t start = entry.value.find('\n') + 1;
      while (number.empty() && start <= entry.value.size()) {
        std::size_t end = entry.value.find('\n', start);
        std::string line = text::trim(std::string_view(entry.value).substr(start, end - start));
        if (text::is_mobile(line)) {
          number = find_mobile(line);
        }
        start = end == std::string::npos ? entry.value.size() + 1 : end + 1;
      }
    }
    if (!number.empty()) {
      submission.fields[mobile->id] = FieldValue{mobile->id, number, "form", form_file, entry.location};
      return;
    }
  }
}

// Whether `entry`, under the field's own label (手机), takes the field from a value read under one of its
// aliases in the same table (联系电话, which some forms print for the landline beside a 手机 cell: `联系电话
// | 010-… | 手机 | 139…`).
bool own_label_displaces(const rules::FieldSpec& spec, const FieldValue& existing,
                         const office::FormEntry& entry)
{
  // Only the mobile: 联系电话 is one of its aliases that names another number too. Elsewhere two labels of
  // one field in a table are two mentions, and the first filled one stands (a 事迹简介 row above 主要事迹).
  if (spec.format != rules::FieldFormat::mobile) {
    return false;
  }
  const auto own = text::normalize_label(spec.label);
  return !existing.label.empty() && text::normalize_label(existing.label) != own &&
         text::normalize_label(entry.label) == own && !text::trim(entry.value).empty() && existing.location &&
         existing.location->table && existing.location->table == entry.location.table;
}

// A value displaced from the mobile by the field's own label, kept as the phone (电话) where that is empty
// and the value is no mobile: the landline a 联系电话 cell held.
void keep_as_phone(const rules::RuleSet& rule_set, FieldValue value, Submission& submission)
{
  for (const auto& spec : rule_set.fields) {
    if (spec.format != rules::FieldFormat::phone || spec.after || text::is_mobile(text::trim(value.text))) {
      continue;
    }
    auto existing = submission.fields.find(spec.id);
    if (existing == submission.fields.end() || text::trim(existing->second.text).empty()) {
      value.id = spec.id;
      submission.fields[spec.id] = std::move(value);
    }
    return;
  }
}

} // namespace

void fields_from_form(const office::Document& document, const std::string& form_file,
                      const rules::RuleSet& rule_set, Submission& submission)
{
  std::vector<std::string> labels;
  for (const auto& spec : rule_set.fields) {
    labels.push_back(spec.label);
    labels.insert(labels.end(), spec.aliases.begin(), spec.aliases.end());
  }
  if (rule_set.field_by_label(std::string(k_contact_label)) == nullptr) {
    labels.emplace_back(k_contact_label);
  }
  // The long texts' labels: a line of one alone (`主要事迹和成效：`) heads its text below it.
  std::vector<std::string> text_labels;
  for (const auto& spec : rule_set.fields) {
    if (spec.text) {
      text_labels.push_back(spec.label);
      text_labels.insert(text_labels.end(), spec.aliases.begin(), spec.aliases.end());
    }
  }
  auto reading = office::read_form(document, labels, text_labels);
  // A label found in two tables (a cover table of the recommending unit's 联系人/手机 above the form): the
  // table holding more of the form's fields is the form, and its value wins over an earlier table's.
  std::map<int, std::size_t> fields_per_table;
  for (const auto& entry : reading.entries) {
    if (entry.location.table && rule_set.field_by_label(entry.label, entry.after) != nullptr) {
      ++fields_per_table[*entry.location.table];
    }
  }
  auto weight = [&](const core::Location& location) -> std::size_t {
    return location.table ? fields_per_table[*location.table] : 0;
  };
  for (const auto& entry : reading.entries) {
    const auto* spec = rule_set.field_by_label(entry.label, entry.after);
    if (spec == nullptr) {
      continue;
    }
    // Empty, or the template's hint alone (（不少于1500字） left in the cell whose text is on a later page).
    const auto unfilled = [&](const std::string& text) {
      return text::strip_hints(text, spec->hints).only_hint;
    };
    auto existing = submission.fields.find(spec->id);
    if (existing != submission.fields.end() && own_label_displaces(*spec, existing->second, entry)) {
      auto displaced = std::move(existing->second);
      submission.fields.erase(existing);
      keep_as_phone(rule_set, std::move(displaced), submission);
      existing = submission.fields.find(spec->id);
    }
    if (existing != submission.fields.end() && !unfilled(existing->second.text) &&
        !(existing->second.location && weight(entry.location) > weight(*existing->second.location) &&
          !unfilled(entry.value))) {
      continue;
    }
    if (existing != submission.fields.end() && unfilled(entry.value)) {
      continue; // an empty second mention (`主要事迹和成效：` over nothing) takes nothing from the first
    }
    submission.fields[spec->id] = FieldValue{spec->id,       entry.value,         "form", form_file,
                                             entry.location, entry.from_appendix, {},     entry.label};
  }
  take_unlabelled_mobile(reading, form_file, rule_set, submission);
  submission.unknown_form_labels = std::move(reading.other_labels);
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
    // An empty key (`awards:`, as a template leaves it) says nothing: the form's value stands.
    if (text::trim(field.value).empty() && submission.field(spec->id) != nullptr) {
      continue;
    }
    core::Location location;
    location.line = static_cast<int>(field.line);
    submission.fields[spec->id] = FieldValue{spec->id, field.value, "nomination.yaml", config_name, location};
  }
  return {};
}

} // namespace nominate::folder::detail
