#pragma once

#include <nominate/core/date.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>
#include <nominate/rules/media_spec.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace nominate::rules {

// A rule set is one notice turned into data (rules/**.yaml). Plain structs; loading and validation are in
// load.hpp, the meaning of each key in docs/rules.md.

// The format a field's value must have (a rule file's `format:` names it; catalog.hpp lists the names).
enum class FieldFormat {
  mobile, // 1[3-9] and 9 digits
  phone,  // a landline with area code, or a mobile
  email,
  date,             // 1958年3月, 1958.03, …
  gender,           // 男 / 女
  ethnicity,        // GB 3304
  political_status, // GB/T 4762
  education,
  period,       // 2019年3月至今
  participants, // 年均线下2600人次
};

[[nodiscard]] std::string_view to_string(FieldFormat format);
[[nodiscard]] std::optional<FieldFormat> parse_field_format(std::string_view name);

// What a waiver must state besides its rule and reason (`waiver_requires: [approved_by, date]`): where a
// notice or an office wants every exception signed off, one without these does not apply.
struct WaiverRequirements {
  bool approved_by = false;
  bool date = false;
};

// How the notice takes nominations: a package of files sent upward (the national notices), or an online
// registration form (Beijing 2018: 网上申报), for which `nominate upload` prepares the files.
enum class Registration { package, online };

// A field of the form: its id (design.md's field ids), the label printed on the template, other labels
// people use for it (registration-table columns, older templates), whether it is required, the format its
// value must have, and the template's hint texts that do not count as content.
struct FieldSpec {
  std::string id;                   // "deeds"
  std::string label;                // "主要事迹和成效"
  std::vector<std::string> aliases; // "个人先进事迹"
  // Other headings of this field's column in the registration table (附表2 / 附表4) that are not looked
  // for on the form: `职称` beside `职务`, `联系方式`.
  std::vector<std::string> columns;
  // The id of the field whose label this one's label must follow on its line to name this field: the
  // star form's 联系电话 is the filler's (`填表人：王五　联系电话：…`) only after 填表人; elsewhere the
  // label names the field that has it as an alias (the nominee's 手机). nullopt: wherever it is.
  std::optional<std::string> after;
  bool required = false;
  core::Severity required_severity = core::Severity::error;
  std::optional<FieldFormat> format;
  core::Severity format_severity = core::Severity::error;
  std::vector<std::string> hints; // "（不少于1500字）"
  std::string clause;             // the notice's words that make it required
  bool text = false;              // a long text (事迹, 简介): shown by `count --field`
};

// A kind of material a submission brings. `role` is one of: form, id_photo, photo, video, summary, scan.
// `min`/`max` bound how many (photo: a star's 2 photos *including* the ID photo, see `includes_id_photo`).
struct MaterialSpec {
  std::string role;
  std::vector<std::string> keywords; // file-name keywords that mark the role: "证件照", "免冠", "1寸"
  int min = 0;                       // 0: optional
  std::optional<int> max;
  bool includes_id_photo =
      false; // photo counts include the ID photo (national star: 2 photos, one an ID photo)
  core::Severity severity = core::Severity::error; // of material.missing / material.count
  std::string clause;
  // For a nomination marked special (事迹特别感人): the count the notice asks instead (3–5 photos or a
  // video).
  std::optional<int> special_min;
  std::optional<int> special_max;
};

// A parameter of a check: a number, a string, a flag or a list of strings.
using Param = std::variant<std::int64_t, double, bool, std::string, std::vector<std::string>>;

// One check the notice asks for: a rule id of design.md with its bounds. `field` or `material` says what it
// applies to (a field id, a material role). `params` holds the rule's own keys (min, max, about, band,
// equals, formats, max_bytes, …), validated against the catalogue (catalog.hpp).
struct CheckSpec {
  std::string rule; // "text.length"
  core::Severity severity = core::Severity::error;
  std::string clause;                  // quoted from the notice
  std::optional<std::string> field;    // "deeds"
  std::optional<std::string> material; // "video"
  std::map<std::string, Param> params;
  std::size_t line = 0; // where it was written, for messages about the rule file itself

  // Typed access with a default; a wrong type yields the default (the validator has already refused it).
  [[nodiscard]] std::optional<std::int64_t> integer(const std::string& key) const;
  [[nodiscard]] std::optional<double> number(const std::string& key) const; // integer or double
  [[nodiscard]] std::optional<std::string> string(const std::string& key) const;
  [[nodiscard]] std::vector<std::string> strings(const std::string& key) const;
  [[nodiscard]] bool flag(const std::string& key, bool fallback = false) const;
};

// The most nominations of a kind a district may send, by zone ("demonstration", "experimental", "other").
struct Quota {
  std::string kind; // "star" / "brand"
  std::map<std::string, int> max_by_zone;
  core::Severity severity = core::Severity::error;
  std::string clause;
};

struct Source {
  std::string notice; // the notice's title or number
  std::string date;   // as written
  std::string url;    // optional
};

// The titles of the stand-in rule sets (id "unknown") that judge a folder no notice could be chosen for, in
// Chinese as the shipped titles are; a report in English tells them with stand_in_title_en.
inline constexpr std::string_view k_title_form_unreadable = "（推介表无法读取，未能确定通知）";
inline constexpr std::string_view k_title_no_form = "（文件夹中没有推介表，未能确定通知）";
// `title` in English when it is one of the stand-ins' above; else `title` as it is.
[[nodiscard]] inline std::string_view stand_in_title_en(std::string_view title)
{
  if (title == k_title_form_unreadable) {
    return "(form unreadable: notice unknown)";
  }
  if (title == k_title_no_form) {
    return "(no form in the folder: notice unknown)";
  }
  return title;
}

struct RuleSet {
  std::string id;      // "national/star"
  std::string edition; // "2023"
  std::string title;   // "百姓学习之星"
  Source source;
  std::optional<core::Date> deadline;
  std::optional<core::Date> as_of;
  std::optional<std::string> extends; // id of the parent, already merged in
  bool abstract = false; // only a parent for others (`abstract: true`): never chosen for a submission
  std::string kind;      // "star" / "brand"
  std::vector<std::string> form_titles; // titles that name this rule set on a form: "百姓学习之星推介表"
  std::vector<FieldSpec> fields;
  std::vector<MaterialSpec> materials;
  std::vector<CheckSpec> checks;
  std::vector<Quota> quotas;
  std::vector<core::LocalText> manual; // what no file can show: printed as a checklist under every verdict
  WaiverRequirements waiver_requires;
  Registration registration = Registration::package;
  std::optional<std::string> package_name;            // the package's name pattern (pack::expand_name)
  std::optional<std::string> submission_package_name; // … for a package of one submission
  std::filesystem::path file;                         // where it was loaded from

  // "national/star@2023"
  [[nodiscard]] std::string reference() const { return id + "@" + edition; }
  [[nodiscard]] const FieldSpec* field(const std::string& field_id) const;
  [[nodiscard]] const MaterialSpec* material(const std::string& role) const;
  // The typed spec of a video or photo role, read from the video.* / photo.* checks that name the role
  // (media_spec.hpp): the one place that reads those checks' parameters as a whole. Empty values where no
  // check asks. Derived on each call rather than stored, so a rule set built in code agrees with a loaded
  // one.
  [[nodiscard]] VideoSpec video_spec(std::string_view role) const;
  [[nodiscard]] PhotoSpec photo_spec(std::string_view role) const;
  // The field whose label or alias matches `label` after normalisation (spaces and trailing ：removed); a
  // label before an alias. `previous` is the label written just before it on its line (FormEntry::after),
  // empty when none: a field with `after` is named only where `previous` is a label of that field.
  [[nodiscard]] const FieldSpec* field_by_label(const std::string& label,
                                                const std::string& previous = {}) const;
  // The fields a registration table's column speaks of: those whose label, alias or `columns` entry
  // matches `column`, fields with `after` (the filler's) left out; empty when none.
  [[nodiscard]] std::vector<const FieldSpec*> fields_for_column(const std::string& column) const;
};

} // namespace nominate::rules
