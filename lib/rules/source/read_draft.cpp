// A rule file's YAML → Draft: the schema of docs/rules.md, key by key.
#include "draft.hpp"
#include "schema.hpp"

#include <nominate/rules/catalog.hpp>

#include <algorithm>
#include <array>

namespace nominate::rules::detail {

namespace {

using yaml::Node;

constexpr std::array<std::string_view, 19> k_top_keys{"id",
                                                      "edition",
                                                      "title",
                                                      "abstract",
                                                      "source",
                                                      "as_of",
                                                      "deadline",
                                                      "extends",
                                                      "kind",
                                                      "form_titles",
                                                      "fields",
                                                      "materials",
                                                      "checks",
                                                      "quotas",
                                                      "manual",
                                                      "waiver_requires",
                                                      "registration",
                                                      "package_name",
                                                      "submission_package_name"};
constexpr std::array<std::string_view, 2> k_waiver_keys{"approved_by", "date"};
constexpr std::array<std::string_view, 3> k_source_keys{"notice", "date", "url"};
constexpr std::array<std::string_view, 13> k_field_keys{
    "id",     "label",           "aliases", "columns", "after", "required", "required_severity",
    "format", "format_severity", "hints",   "clause",  "text",  "disabled"};
constexpr std::array<std::string_view, 10> k_material_keys{
    "role",     "keywords", "min",         "max",         "includes_id_photo",
    "severity", "clause",   "special_min", "special_max", "disabled"};
constexpr std::array<std::string_view, 5> k_quota_keys{"kind", "max", "severity", "clause", "disabled"};
constexpr std::array<std::string_view, 2> k_manual_keys{"zh", "en"};

bool is_identifier(std::string_view text)
{
  return !text.empty() && text.front() >= 'a' && text.front() <= 'z' && std::ranges::all_of(text, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// A rule set id: lower-case path segments, "national/star", "beijing/capital-star-2018".
bool is_rule_set_id(std::string_view text)
{
  if (text.empty() || text.front() == '/' || text.back() == '/' ||
      text.find("//") != std::string_view::npos) {
    return false;
  }
  return std::ranges::all_of(text,
                             [](char c) {
                               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                      c == '_' || c == '.' || c == '/';
                             }) &&
         text.find("..") == std::string_view::npos;
}

template <typename Spec> Entry<Spec> start_entry(const Node& node, const std::filesystem::path& file)
{
  Entry<Spec> entry;
  entry.file = file;
  entry.position = node.position;
  for (const auto& [key, value] : node.entries) {
    entry.at[key] = where(value);
  }
  return entry;
}

core::Result<Entry<FieldSpec>> read_field(const Schema& schema, const Node& node)
{
  NOMINATE_TRY(schema.expect_map(node, k_field_keys, "a field"));
  auto entry = start_entry<FieldSpec>(node, schema.file());
  FieldSpec& spec = entry.spec;
  const Node* id = node.find("id");
  if (id == nullptr) {
    return schema.fail(node, "a field needs an 'id' (such as name, deeds)");
  }
  NOMINATE_TRY_ASSIGN(spec.id, schema.text(*id, "id"));
  if (!is_identifier(spec.id)) {
    return schema.fail(*id, "a field id is lower-case letters, digits and '_', not '" + spec.id + "'");
  }
  if (const Node* v = node.find("disabled")) {
    NOMINATE_TRY_ASSIGN(entry.disabled, schema.flag(*v, "disabled"));
  }
  if (const Node* v = node.find("label")) {
    NOMINATE_TRY_ASSIGN(spec.label, schema.text(*v, "label"));
  } else if (!entry.disabled) {
    return schema.fail(node, "field '" + spec.id + "' needs a 'label': the words printed on the form");
  }
  if (const Node* v = node.find("aliases")) {
    NOMINATE_TRY_ASSIGN(spec.aliases, schema.texts(*v, "aliases"));
  }
  if (const Node* v = node.find("columns")) {
    NOMINATE_TRY_ASSIGN(spec.columns, schema.texts(*v, "columns"));
  }
  if (const Node* v = node.find("after")) {
    std::string after;
    NOMINATE_TRY_ASSIGN(after, schema.text(*v, "after"));
    spec.after = std::move(after);
  }
  if (const Node* v = node.find("required")) {
    NOMINATE_TRY_ASSIGN(spec.required, schema.flag(*v, "required"));
  }
  if (const Node* v = node.find("required_severity")) {
    NOMINATE_TRY_ASSIGN(spec.required_severity, schema.severity(*v, "required_severity"));
  }
  if (const Node* v = node.find("format")) {
    std::string format;
    NOMINATE_TRY_ASSIGN(format, schema.text(*v, "format"));
    spec.format = parse_field_format(format);
    if (!spec.format) {
      return schema.fail(*v, "unknown format '" + format + "'" + suggestion(format, field_formats()));
    }
  }
  if (const Node* v = node.find("format_severity")) {
    NOMINATE_TRY_ASSIGN(spec.format_severity, schema.severity(*v, "format_severity"));
  }
  if (const Node* v = node.find("hints")) {
    NOMINATE_TRY_ASSIGN(spec.hints, schema.texts(*v, "hints"));
  }
  if (const Node* v = node.find("clause")) {
    NOMINATE_TRY_ASSIGN(spec.clause, schema.text(*v, "clause"));
  }
  if (const Node* v = node.find("text")) {
    NOMINATE_TRY_ASSIGN(spec.text, schema.flag(*v, "text"));
  }
  return entry;
}

core::Result<Entry<MaterialSpec>> read_material(const Schema& schema, const Node& node)
{
  NOMINATE_TRY(schema.expect_map(node, k_material_keys, "a material"));
  auto entry = start_entry<MaterialSpec>(node, schema.file());
  MaterialSpec& spec = entry.spec;
  const Node* role = node.find("role");
  if (role == nullptr) {
    return schema.fail(node,
                       "a material needs a 'role' (one of form, id_photo, photo, video, summary, scan)");
  }
  NOMINATE_TRY_ASSIGN(spec.role, schema.text(*role, "role"));
  if (std::ranges::find(material_roles(), spec.role) == material_roles().end()) {
    return schema.fail(*role,
                       "unknown material role '" + spec.role + "'" + suggestion(spec.role, material_roles()));
  }
  if (const Node* v = node.find("disabled")) {
    NOMINATE_TRY_ASSIGN(entry.disabled, schema.flag(*v, "disabled"));
  }
  if (const Node* v = node.find("keywords")) {
    NOMINATE_TRY_ASSIGN(spec.keywords, schema.texts(*v, "keywords"));
  }
  if (const Node* v = node.find("min")) {
    NOMINATE_TRY_ASSIGN(spec.min, schema.count(*v, "min"));
  }
  if (const Node* v = node.find("max")) {
    int max = 0;
    NOMINATE_TRY_ASSIGN(max, schema.count(*v, "max"));
    if (max < spec.min || max == 0) {
      return schema.fail(*v, "'max' (" + std::to_string(max) + ") must be at least 1 and at least 'min' (" +
                                 std::to_string(spec.min) + ")");
    }
    spec.max = max;
  }
  if (const Node* v = node.find("includes_id_photo")) {
    NOMINATE_TRY_ASSIGN(spec.includes_id_photo, schema.flag(*v, "includes_id_photo"));
    if (spec.includes_id_photo && spec.role != "photo") {
      return schema.fail(*v, "'includes_id_photo' applies to the photo material only");
    }
  }
  if (const Node* v = node.find("severity")) {
    NOMINATE_TRY_ASSIGN(spec.severity, schema.severity(*v, "severity"));
  }
  if (const Node* v = node.find("clause")) {
    NOMINATE_TRY_ASSIGN(spec.clause, schema.text(*v, "clause"));
  }
  if (const Node* v = node.find("special_min")) {
    NOMINATE_TRY_ASSIGN(spec.special_min, schema.count(*v, "special_min"));
  }
  if (const Node* v = node.find("special_max")) {
    int max = 0;
    NOMINATE_TRY_ASSIGN(max, schema.count(*v, "special_max"));
    if (max < spec.special_min.value_or(0) || max == 0) {
      return schema.fail(*v, "'special_max' (" + std::to_string(max) +
                                 ") must be at least 1 and at least 'special_min'");
    }
    spec.special_max = max;
  }
  return entry;
}

core::Result<Entry<Quota>> read_quota(const Schema& schema, const Node& node)
{
  NOMINATE_TRY(schema.expect_map(node, k_quota_keys, "a quota"));
  auto entry = start_entry<Quota>(node, schema.file());
  const Node* kind = node.find("kind");
  if (kind == nullptr) {
    return schema.fail(node, "a quota needs a 'kind' (star, brand)");
  }
  NOMINATE_TRY_ASSIGN(entry.spec.kind, schema.text(*kind, "kind"));
  if (const Node* v = node.find("disabled")) {
    NOMINATE_TRY_ASSIGN(entry.disabled, schema.flag(*v, "disabled"));
  }
  const Node* max = node.find("max");
  if (max == nullptr && !entry.disabled) {
    return schema.fail(node,
                       "a quota needs 'max': the most nominations by zone, {demonstration: 2, other: 1}");
  }
  if (max != nullptr) {
    if (!max->is_map() || max->entries.empty()) {
      return schema.fail(*max, "'max' must map zones to numbers ({demonstration: 2, other: 1}), not " +
                                   describe_value(*max));
    }
    for (const auto& [zone, value] : max->entries) {
      if (!is_identifier(zone)) {
        return schema.fail(value.key_position,
                           "a zone is lower-case letters, digits and '_', not '" + zone + "'");
      }
      NOMINATE_TRY_ASSIGN(entry.spec.max_by_zone[zone], schema.count(value, zone));
    }
  }
  if (const Node* v = node.find("severity")) {
    NOMINATE_TRY_ASSIGN(entry.spec.severity, schema.severity(*v, "severity"));
  }
  if (const Node* v = node.find("clause")) {
    NOMINATE_TRY_ASSIGN(entry.spec.clause, schema.text(*v, "clause"));
  }
  return entry;
}

core::Result<core::LocalText> read_manual_item(const Schema& schema, const Node& node)
{
  if (node.is_scalar()) {
    return core::LocalText{node.scalar, {}};
  }
  NOMINATE_TRY(schema.expect_map(node, k_manual_keys, "a manual item"));
  core::LocalText text;
  if (const Node* v = node.find("zh")) {
    NOMINATE_TRY_ASSIGN(text.zh, schema.text(*v, "zh"));
  }
  if (const Node* v = node.find("en")) {
    NOMINATE_TRY_ASSIGN(text.en, schema.text(*v, "en"));
  }
  if (text.zh.empty() && text.en.empty()) {
    return schema.fail(node, "a manual item needs 'zh' or 'en' text");
  }
  return text;
}

// Reads a list key into entries, refusing two entries with the same identity in one file.
template <typename Spec, typename Reader, typename Identity>
core::Result<void> read_list(const Schema& schema, const Node& root, std::string_view key,
                             std::vector<Entry<Spec>>& out, Reader reader, Identity identity_of)
{
  const Node* list = root.find(key);
  if (list == nullptr) {
    return {};
  }
  NOMINATE_TRY(schema.expect_sequence(*list, key));
  for (const Node& item : list->items) {
    Entry<Spec> entry;
    NOMINATE_TRY_ASSIGN(entry, reader(item));
    const std::string id = identity_of(entry.spec);
    const auto earlier = std::ranges::find_if(out, [&](const auto& e) { return identity_of(e.spec) == id; });
    if (earlier != out.end()) {
      return schema.fail(item.position, "'" + std::string{key} + "' lists " + id + " twice (first at line " +
                                            std::to_string(earlier->position.line) + ")");
    }
    out.push_back(std::move(entry));
  }
  return {};
}

core::Result<std::optional<core::Date>> read_optional_date(const Schema& schema, const Node& node,
                                                           std::string_view key)
{
  if (node.is_null()) {
    return std::optional<core::Date>{};
  }
  core::Date date;
  NOMINATE_TRY_ASSIGN(date, schema.date(node, key));
  return std::optional<core::Date>{date};
}

core::Result<void> read_header(const Schema& schema, const Node& root, Draft& draft)
{
  const Node* id = root.find("id");
  if (id == nullptr) {
    return schema.fail(core::TextPosition{1, 1}, "a rule set needs an 'id' (such as national/star)");
  }
  NOMINATE_TRY_ASSIGN(draft.id, schema.text(*id, "id"));
  draft.id_at = id->position;
  if (!is_rule_set_id(draft.id)) {
    return schema.fail(*id, "a rule set id is lower-case words joined by '/', such as national/star, not '" +
                                draft.id + "'");
  }
  if (const Node* v = root.find("edition")) {
    NOMINATE_TRY_ASSIGN(draft.edition, schema.text(*v, "edition"));
  }
  if (const Node* v = root.find("title")) {
    NOMINATE_TRY_ASSIGN(draft.title, schema.text(*v, "title"));
  }
  if (const Node* v = root.find("abstract")) {
    NOMINATE_TRY_ASSIGN(draft.is_abstract, schema.flag(*v, "abstract"));
  }
  if (const Node* v = root.find("source")) {
    NOMINATE_TRY(schema.expect_map(*v, k_source_keys, "'source'"));
    Source source;
    if (const Node* s = v->find("notice")) {
      NOMINATE_TRY_ASSIGN(source.notice, schema.text(*s, "notice"));
    }
    if (const Node* s = v->find("date")) {
      NOMINATE_TRY_ASSIGN(source.date, schema.text(*s, "date"));
    }
    if (const Node* s = v->find("url")) {
      NOMINATE_TRY_ASSIGN(source.url, schema.text(*s, "url"));
    }
    draft.source = std::move(source);
  }
  if (const Node* v = root.find("as_of")) {
    NOMINATE_TRY_ASSIGN(draft.as_of, read_optional_date(schema, *v, "as_of"));
  }
  if (const Node* v = root.find("deadline")) {
    NOMINATE_TRY_ASSIGN(draft.deadline, read_optional_date(schema, *v, "deadline"));
  }
  if (const Node* v = root.find("extends")) {
    NOMINATE_TRY_ASSIGN(draft.extends, schema.text(*v, "extends"));
    draft.extends_at = v->position;
  }
  if (const Node* v = root.find("kind")) {
    std::string kind;
    NOMINATE_TRY_ASSIGN(kind, schema.text(*v, "kind"));
    if (!is_identifier(kind)) {
      return schema.fail(*v,
                         "a kind is lower-case letters, digits and '_' (star, brand), not '" + kind + "'");
    }
    draft.kind = std::move(kind);
  }
  if (const Node* v = root.find("form_titles")) {
    NOMINATE_TRY_ASSIGN(draft.form_titles, schema.texts(*v, "form_titles"));
  }
  if (const Node* v = root.find("registration")) {
    std::string registration;
    NOMINATE_TRY_ASSIGN(registration, schema.text(*v, "registration"));
    if (registration != "package" && registration != "online") {
      return schema.fail(*v, "'registration' must be package or online, not '" + registration + "'");
    }
    draft.registration = registration == "online" ? Registration::online : Registration::package;
  }
  if (const Node* v = root.find("package_name")) {
    NOMINATE_TRY_ASSIGN(draft.package_name, schema.text(*v, "package_name"));
  }
  if (const Node* v = root.find("submission_package_name")) {
    NOMINATE_TRY_ASSIGN(draft.submission_package_name, schema.text(*v, "submission_package_name"));
  }
  if (const Node* v = root.find("waiver_requires")) {
    std::vector<std::string> keys;
    NOMINATE_TRY_ASSIGN(keys, schema.texts(*v, "waiver_requires"));
    WaiverRequirements requires_;
    for (const auto& key : keys) {
      if (key == "approved_by") {
        requires_.approved_by = true;
      } else if (key == "date") {
        requires_.date = true;
      } else {
        return schema.fail(*v, "waiver_requires lists approved_by and date, not '" + key + "'" +
                                   suggestion(key, k_waiver_keys));
      }
    }
    draft.waiver_requires = requires_;
  }
  return {};
}

} // namespace

core::Result<Draft> read_draft(const yaml::Node& root, const std::filesystem::path& file)
{
  const Schema schema{file};
  if (root.is_null()) {
    return schema.fail(core::TextPosition{1, 1}, "the rule file is empty");
  }
  NOMINATE_TRY(schema.expect_map(root, k_top_keys, "a rule set"));
  Draft draft;
  draft.file = file;
  NOMINATE_TRY(read_header(schema, root, draft));
  NOMINATE_TRY(read_list<FieldSpec>(
      schema, root, "fields", draft.fields, [&](const Node& n) { return read_field(schema, n); },
      [](const FieldSpec& s) { return "field " + s.id; }));
  NOMINATE_TRY(read_list<MaterialSpec>(
      schema, root, "materials", draft.materials, [&](const Node& n) { return read_material(schema, n); },
      [](const MaterialSpec& s) { return "material " + s.role; }));
  NOMINATE_TRY(read_list<CheckSpec>(
      schema, root, "checks", draft.checks, [&](const Node& n) { return read_check(n, file); },
      [](const CheckSpec& s) { return "check " + identity(s); }));
  NOMINATE_TRY(read_list<Quota>(
      schema, root, "quotas", draft.quotas, [&](const Node& n) { return read_quota(schema, n); },
      [](const Quota& s) { return "quota " + s.kind; }));
  if (const Node* manual = root.find("manual")) {
    NOMINATE_TRY(schema.expect_sequence(*manual, "manual"));
    for (const Node& item : manual->items) {
      core::LocalText text;
      NOMINATE_TRY_ASSIGN(text, read_manual_item(schema, item));
      draft.manual.push_back(std::move(text));
    }
  }
  return draft;
}

} // namespace nominate::rules::detail
