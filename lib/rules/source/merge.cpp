// `extends`: a child's draft over its parent's, then the finished, cross-checked rule set.
#include "draft.hpp"
#include "schema.hpp"

#include <nominate/rules/catalog.hpp>

#include <algorithm>

namespace nominate::rules::detail {

namespace {

std::string identity_of(const FieldSpec& spec)
{
  return "field '" + spec.id + "'";
}
std::string identity_of(const MaterialSpec& spec)
{
  return "material '" + spec.role + "'";
}
std::string identity_of(const CheckSpec& spec)
{
  return "check '" + identity(spec) + "'";
}
std::string identity_of(const Quota& spec)
{
  return "quota '" + spec.kind + "'";
}

template <typename Spec>
core::Result<void> merge_entries(std::vector<Entry<Spec>>& into, std::vector<Entry<Spec>> child,
                                 const std::string& parent_id)
{
  for (auto& entry : child) {
    const std::string id = identity_of(entry.spec);
    const auto found = std::ranges::find_if(into, [&](const auto& e) { return identity_of(e.spec) == id; });
    if (entry.disabled) {
      if (found == into.end()) {
        return core::fail(core::ErrorCode::invalid_rules,
                          "'disabled: true' on " + id + ", which the parent rule set " + parent_id +
                              " does not have",
                          entry.file, entry.position);
      }
      into.erase(found);
    } else if (found != into.end()) {
      *found = std::move(entry);
    } else {
      into.push_back(std::move(entry));
    }
  }
  return {};
}

template <typename Spec> core::Result<void> refuse_disabled(const std::vector<Entry<Spec>>& entries)
{
  for (const auto& entry : entries) {
    if (entry.disabled) {
      return core::fail(core::ErrorCode::invalid_rules,
                        "'disabled: true' on " + identity_of(entry.spec) +
                            ", but there is no parent rule set to remove it from (no 'extends')",
                        entry.file, entry.position);
    }
  }
  return {};
}

core::TextPosition position_of(const Entry<CheckSpec>& entry, const std::string& key)
{
  const auto it = entry.at.find(key);
  return it == entry.at.end() ? entry.position : it->second;
}

core::Result<void> check_references(const Draft& draft)
{
  std::vector<std::string> field_ids;
  for (const auto& field : draft.fields) {
    field_ids.push_back(field.spec.id);
  }
  std::vector<std::string_view> field_views{field_ids.begin(), field_ids.end()};
  const auto unknown_field = [&](const Entry<CheckSpec>& entry, const std::string& key,
                                 const std::string& id) {
    const std::string best = nearest(id, field_views);
    return core::fail(core::ErrorCode::invalid_rules,
                      "check " + identity(entry.spec) + " names field '" + id +
                          "', which the rule set does not define under 'fields'" +
                          (best.empty() ? std::string{} : " (did you mean '" + best + "'?)"),
                      entry.file, position_of(entry, key));
  };
  for (const auto& entry : draft.fields) {
    const auto& after = entry.spec.after;
    if (after && (*after == entry.spec.id || std::ranges::find(field_ids, *after) == field_ids.end())) {
      const std::string best = nearest(*after, field_views);
      const auto at = entry.at.find("after");
      return core::fail(core::ErrorCode::invalid_rules,
                        "field '" + entry.spec.id + "' has 'after: " + *after +
                            "', which is no other field of the rule set" +
                            (best.empty() ? std::string{} : " (did you mean '" + best + "'?)"),
                        entry.file, at == entry.at.end() ? entry.position : at->second);
    }
  }
  for (const auto& entry : draft.checks) {
    const CheckSpec& check = entry.spec;
    if (check.field && std::ranges::find(field_ids, *check.field) == field_ids.end()) {
      return unknown_field(entry, "field", *check.field);
    }
    if (check.material && std::ranges::none_of(draft.materials, [&](const auto& m) {
          return m.spec.role == *check.material;
        })) {
      return core::fail(core::ErrorCode::invalid_rules,
                        "check " + identity(check) + " names material '" + *check.material +
                            "', which the rule set does not declare under 'materials'",
                        entry.file, position_of(entry, "material"));
    }
    const RuleInfo* info = find_rule(check.rule);
    for (const auto& param : info->params) {
      const std::string name{param.name};
      if (!param.names_field) {
        continue;
      }
      const auto value = check.string(name);
      if (value && std::ranges::find(field_ids, *value) == field_ids.end()) {
        return unknown_field(entry, name, *value);
      }
    }
  }
  return {};
}

template <typename Spec> std::vector<Spec> specs(std::vector<Entry<Spec>>& entries)
{
  std::vector<Spec> out;
  out.reserve(entries.size());
  for (auto& entry : entries) {
    out.push_back(std::move(entry.spec));
  }
  return out;
}

} // namespace

core::Result<Draft> merge(Draft parent, Draft child)
{
  Draft merged = std::move(parent);
  const std::string parent_id = merged.id;
  merged.file = child.file;
  merged.id = std::move(child.id);
  merged.id_at = child.id_at;
  merged.is_abstract = child.is_abstract;
  merged.extends = std::move(child.extends);
  merged.extends_at = child.extends_at;
  const auto override_with = [](auto& into, auto& from) {
    if (from) {
      into = std::move(from);
    }
  };
  override_with(merged.edition, child.edition);
  override_with(merged.title, child.title);
  override_with(merged.kind, child.kind);
  override_with(merged.source, child.source);
  override_with(merged.deadline, child.deadline);
  override_with(merged.as_of, child.as_of);
  override_with(merged.form_titles, child.form_titles);
  override_with(merged.waiver_requires, child.waiver_requires);
  override_with(merged.registration, child.registration);
  override_with(merged.package_name, child.package_name);
  override_with(merged.submission_package_name, child.submission_package_name);
  NOMINATE_TRY(merge_entries(merged.fields, std::move(child.fields), parent_id));
  NOMINATE_TRY(merge_entries(merged.materials, std::move(child.materials), parent_id));
  NOMINATE_TRY(merge_entries(merged.checks, std::move(child.checks), parent_id));
  NOMINATE_TRY(merge_entries(merged.quotas, std::move(child.quotas), parent_id));
  for (auto& item : child.manual) {
    const bool known = std::ranges::any_of(
        merged.manual, [&](const core::LocalText& m) { return m.zh == item.zh && m.en == item.en; });
    if (!known) {
      merged.manual.push_back(std::move(item));
    }
  }
  return merged;
}

core::Result<RuleSet> finish(Draft draft)
{
  NOMINATE_TRY(refuse_disabled(draft.fields));
  NOMINATE_TRY(refuse_disabled(draft.materials));
  NOMINATE_TRY(refuse_disabled(draft.checks));
  NOMINATE_TRY(refuse_disabled(draft.quotas));
  if (!draft.is_abstract) {
    for (const auto& [key, value] : {std::pair{"edition", &draft.edition}, std::pair{"kind", &draft.kind}}) {
      if (!*value) {
        return core::fail(core::ErrorCode::invalid_rules,
                          "rule set " + draft.id + " needs '" + key +
                              "' (or 'abstract: true' if it is only a parent for others)",
                          draft.file, draft.id_at);
      }
    }
  }
  NOMINATE_TRY(check_references(draft));
  for (auto& entry : draft.checks) {
    for (const auto& param : find_rule(entry.spec.rule)->params) {
      if (param.default_value) {
        entry.spec.params.try_emplace(std::string{param.name}, *param.default_value);
      }
    }
  }
  RuleSet set;
  set.id = std::move(draft.id);
  set.edition = draft.edition.value_or("");
  set.title = draft.title.value_or("");
  set.source = draft.source.value_or(Source{});
  set.deadline = draft.deadline.value_or(std::nullopt);
  set.as_of = draft.as_of.value_or(std::nullopt);
  set.extends = std::move(draft.extends);
  set.abstract = draft.is_abstract;
  set.kind = draft.kind.value_or("");
  set.form_titles = draft.form_titles.value_or(std::vector<std::string>{});
  set.waiver_requires = draft.waiver_requires.value_or(WaiverRequirements{});
  set.registration = draft.registration.value_or(Registration::package);
  set.package_name = draft.package_name;
  set.submission_package_name = draft.submission_package_name;
  set.fields = specs(draft.fields);
  set.materials = specs(draft.materials);
  set.checks = specs(draft.checks);
  set.quotas = specs(draft.quotas);
  set.manual = std::move(draft.manual);
  set.file = std::move(draft.file);
  return set;
}

} // namespace nominate::rules::detail
