#include "checks.hpp"
#include "nominee.hpp"
#include "units.hpp"

#include <nominate/text/date.hpp>
#include <nominate/text/formats.hpp>
#include <nominate/text/normalize.hpp>
#include <nominate/text/pattern.hpp>

#include <algorithm>
#include <cctype>
#include <ranges>

namespace nominate::check {

namespace {

const char* const k_clause = "登记表和推介表填写的有关内容需一致";

// How a cell and a field compare: spaces, width, the dot in a minority's name and quotation marks aside.
std::string key(std::string_view value)
{
  return text::comparable_name(value);
}

std::string digits(std::string_view value)
{
  std::string out;
  for (char c : text::to_halfwidth(value)) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      out += c;
    }
  }
  return out;
}

// Whether a table cell and a form field say the same thing, as people write it: spaces and width aside, one
// containing the other (单位 vs 所在单位及职务), the same year and month (a period's start), the same phone
// digits, the same canonical 性别/民族/政治面貌.
bool agrees(const std::string& table_value, const std::string& form_value)
{
  auto a = key(table_value);
  auto b = key(form_value);
  if (a.empty() || b.empty() || a == b || a.find(b) != std::string::npos || b.find(a) != std::string::npos) {
    return true;
  }
  // A date, or a period's start: 附表4's 起始时间 "2018年9月" against the form's "2018.09—至今".
  auto date_of = [](const std::string& value) -> std::optional<text::PartialDate> {
    if (auto date = text::parse_date(value)) {
      return date;
    }
    if (auto period = text::parse_period(value)) {
      return period->start;
    }
    return std::nullopt;
  };
  auto date_a = date_of(table_value);
  auto date_b = date_of(form_value);
  if (date_a && date_b) {
    return date_a->year == date_b->year &&
           (!date_a->month || !date_b->month || *date_a->month == *date_b->month);
  }
  auto digits_a = digits(table_value);
  if (digits_a.size() >= 7 && digits_a == digits(form_value)) {
    return true;
  }
  for (auto canonical :
       {text::canonical_gender, text::canonical_ethnicity, text::canonical_political_status}) {
    auto x = canonical(table_value);
    if (x && x == canonical(form_value)) {
      return true;
    }
  }
  return false;
}

// A table's cell, or a form's value, as a finding quotes it: a cell may hold megabytes (a CSV's unclosed
// quote runs to the end of the file), and a report quotes what identifies it, not all of it.
constexpr std::size_t k_quoted_chars = 80;

core::Finding registration_finding(const std::string& file, std::string rule, std::string message_id,
                                   core::Severity severity, std::map<std::string, std::string> args,
                                   const core::Location& location)
{
  for (auto& [key, value] : args) {
    value = shorten(value, k_quoted_chars);
  }
  auto finding = core::make_finding(std::move(rule), std::move(message_id), severity, file, std::move(args));
  finding.clause = k_clause;
  finding.location = location;
  return finding;
}

// The name a submission goes by: its form's (or nomination.yaml's), else — the form missing or unreadable —
// its folder's without the number ("03-王五" → 王五), so that its row is still found and named.
std::string name_of(const folder::LoadedSubmission& loaded)
{
  if (!text::trim(loaded.submission.title).empty()) {
    return loaded.submission.title;
  }
  auto name = loaded.submission.folder.filename().string();
  auto start = name.find_first_not_of("0123456789");
  if (start == std::string::npos || start == 0) {
    return name;
  }
  start = name.find_first_not_of("-_. ", start);
  return start == std::string::npos ? name : name.substr(start);
}

std::string title_key(const folder::LoadedSubmission& loaded)
{
  return key(name_of(loaded));
}

// Whether two submissions of one name are the same nominee sent twice, not two people of one name: their
// 出生年月 (a project's 项目单位) the same, or one of them not given — as batch.duplicate tells them apart.
bool same_nominee(const folder::LoadedSubmission& a, const folder::LoadedSubmission& b)
{
  if (title_key(a) != title_key(b)) {
    return false;
  }
  const auto first = nominee_of(a).second;
  const auto second = nominee_of(b).second;
  return first.empty() || second.empty() || first == second;
}

// "03-王五" → 3: the folder's own number, when it starts with one.
std::optional<int> folder_number(const folder::LoadedSubmission& loaded)
{
  auto name = loaded.submission.folder.filename().string();
  std::size_t length = 0;
  while (length < name.size() && length < 4 && std::isdigit(static_cast<unsigned char>(name[length]))) {
    ++length;
  }
  return length == 0 ? std::nullopt : std::optional<int>(std::stoi(name.substr(0, length)));
}

bool is_phone(const rules::FieldSpec& spec)
{
  return spec.format == rules::FieldFormat::mobile || spec.format == rules::FieldFormat::phone;
}

// The form's fields a table column speaks of (rules::RuleSet::fields_for_column), filled on the form. A
// phone column (联系电话, 联系方式, 手机) holds one of the nominee's numbers, whichever the form gives as
// 电话 or 手机: it is compared with all of them, never with the filler's (填表人 … 联系电话).
std::vector<const folder::FieldValue*> comparable_fields(const folder::LoadedSubmission& loaded,
                                                         const std::string& column)
{
  std::vector<const folder::FieldValue*> out;
  auto add = [&](const rules::FieldSpec& spec) {
    const auto* field = loaded.submission.field(spec.id);
    if (field != nullptr && !text::trim(field->text).empty() && std::ranges::find(out, field) == out.end()) {
      out.push_back(field);
    }
  };
  auto specs = loaded.rule_set.fields_for_column(column);
  for (const auto* spec : specs) {
    if (spec->text) {
      continue;
    }
    add(*spec);
    if (is_phone(*spec)) {
      for (const auto& other : loaded.rule_set.fields) {
        if (!other.after && is_phone(other)) {
          add(other);
        }
      }
    }
  }
  return out;
}

// Where a value is: its own cell (the real column), else the row's first.
const core::Location& cell_of(const office::RegistrationRow& row, const std::string& column)
{
  auto cell = row.cells.find(column);
  return cell == row.cells.end() ? row.location : cell->second;
}

// "1.39123E+10": a number Excel showed in scientific notation and someone typed or pasted as text. Its
// digits are lost, so it cannot be compared; say so rather than "they disagree".
bool scientific(std::string_view value)
{
  static const text::Pattern k_pattern(R"(^\s*[0-9](\.[0-9]+)?\s*[eE]\s*\+?\s*[0-9]{1,2}\s*$)");
  return k_pattern.matches(text::to_halfwidth(value));
}

// 有无视频材料: what the table says ("有"/"无", 是/否), or nullopt when it says neither.
std::optional<bool> says_video(std::string_view value)
{
  auto text = key(value);
  if (text.empty()) {
    return std::nullopt;
  }
  for (std::string_view no : {"无", "没有", "否", "未", "no", "n"}) {
    if (text.starts_with(no)) {
      return false;
    }
  }
  for (std::string_view yes : {"有", "是", "已", "yes", "y", "√"}) {
    if (text.starts_with(yes)) {
      return true;
    }
  }
  return std::nullopt;
}

void compare_video(const folder::RegistrationFile& loaded_table, const office::RegistrationRow& row,
                   const folder::LoadedSubmission& loaded, const std::string& name,
                   std::vector<core::Finding>& out)
{
  for (const auto& [column, value] : row.values) {
    if (column.find("视频") == std::string::npos) {
      continue;
    }
    auto said = says_video(value);
    if (!said) {
      continue;
    }
    bool has = !loaded.submission.with_role(folder::Role::video).empty();
    if (*said == has) {
      continue;
    }
    auto finding = registration_finding(
        loaded_table.file, "batch.registration",
        has ? "batch.registration.video-unlisted" : "batch.registration.video-absent", core::Severity::error,
        {{"name", name}, {"column", column}, {"table_value", value}}, cell_of(row, column));
    finding.expected = has ? "有" : "无";
    finding.actual = shorten(value, k_quoted_chars);
    out.push_back(std::move(finding));
  }
}

// `rank`: the submission's place among the table's kind in folder order (1, 2, …).
void compare_row(const folder::RegistrationFile& loaded_table, const office::RegistrationRow& row,
                 const folder::LoadedSubmission& loaded, const std::string& name, int rank,
                 std::vector<core::Finding>& out)
{
  compare_video(loaded_table, row, loaded, name, out);
  for (const auto& [column, value] : row.values) {
    auto candidates = comparable_fields(loaded, column);
    if (candidates.empty() ||
        std::any_of(candidates.begin(), candidates.end(),
                    [&](const folder::FieldValue* field) { return agrees(value, field->text); })) {
      continue;
    }
    const auto* field = candidates.front();
    auto message_id = scientific(value) ? "batch.registration.scientific" : "batch.registration.mismatch";
    auto finding = registration_finding(
        loaded_table.file, "batch.registration", message_id, core::Severity::error,
        {{"name", name}, {"column", column}, {"form_value", text::trim(field->text)}, {"table_value", value}},
        cell_of(row, column));
    finding.field = field->id;
    finding.expected = shorten(text::trim(field->text), k_quoted_chars);
    finding.actual = shorten(value, k_quoted_chars);
    out.push_back(std::move(finding));
  }
  // 附表2 numbers the stars and 附表4 the projects, each from 1 and without gaps (as `nominate table`
  // writes them): in a district of both kinds 02-王秀兰 may be star number 1, and after 02-… was withdrawn
  // 03-李四 is the second. Either numbering agrees: the folder's own number, or its place.
  auto number = folder_number(loaded);
  if (number && row.order && *number != *row.order) {
    number = rank;
  }
  if (row.order && number && *number != *row.order) {
    auto finding = registration_finding(loaded_table.file, "batch.order", "batch.order.mismatch",
                                        core::Severity::warning,
                                        {{"name", name},
                                         {"table_order", std::to_string(*row.order)},
                                         {"folder_order", std::to_string(*number)}},
                                        row.location);
    finding.expected = std::to_string(*row.order);
    finding.actual = std::to_string(*number);
    out.push_back(std::move(finding));
  }
}

} // namespace

void check_registrations(const folder::District& district,
                         const std::vector<const folder::LoadedSubmission*>& submissions, Findings& out)
{
  for (const auto& loaded_table : district.tables) {
    const auto& table = loaded_table.table;
    auto first = out.size();
    const std::string& name_column = table.name_column;
    std::vector<const folder::LoadedSubmission*> of_kind;
    // A submission whose kind is unknown (its form damaged, unreadable, or missing) may be in either table:
    // found by its folder's name, never said to be missing from one (its own finding says what is wrong).
    auto unknown_kind = [](const folder::LoadedSubmission* loaded) { return loaded->rule_set.kind.empty(); };
    std::copy_if(
        submissions.begin(), submissions.end(), std::back_inserter(of_kind),
        [&](const auto* loaded) { return loaded->rule_set.kind == table.kind || unknown_kind(loaded); });
    std::vector<bool> listed(of_kind.size(), false);
    // Each one's place among the table's own kind in folder order (1, 2, …): a submission of unknown kind
    // takes none, so that a damaged form does not renumber the nominees after it.
    std::vector<int> place(of_kind.size(), 0);
    for (std::size_t i = 0, known = 0; i < of_kind.size(); ++i) {
      place[i] = unknown_kind(of_kind[i]) ? 0 : static_cast<int>(++known);
    }
    for (const auto& row : table.rows) {
      auto name_cell = row.values.find(name_column);
      if (name_cell == row.values.end() || key(name_cell->second).empty()) {
        continue;
      }
      const auto& name = name_cell->second;
      // Two nominees of one name (两个张三, told apart by 出生年月): the row is the one its 推介序号 numbers,
      // else the first of that name not yet listed.
      std::vector<std::size_t> same;
      for (std::size_t i = 0; i < of_kind.size(); ++i) {
        if (title_key(*of_kind[i]) == key(name)) {
          same.push_back(i);
        }
      }
      if (same.empty()) {
        out.push_back(registration_finding(loaded_table.file, "batch.registration",
                                           "batch.registration.unknown", core::Severity::error,
                                           {{"name", name}}, row.location));
        continue;
      }
      auto numbered = [&](std::size_t i) {
        const auto number = folder_number(*of_kind[i]);
        return row.order && ((number && *number == *row.order) || place[i] == *row.order);
      };
      auto chosen = std::ranges::find_if(same, [&](std::size_t i) { return !listed[i] && numbered(i); });
      if (chosen == same.end()) {
        chosen = std::ranges::find_if(same, [&](std::size_t i) { return !listed[i]; });
      }
      const std::size_t index = chosen == same.end() ? same.front() : *chosen;
      const auto* match = &of_kind[index];
      listed[index] = true;
      if (unknown_kind(*match)) {
        continue; // nothing read to compare the row with: the submission's own finding says why
      }
      compare_row(loaded_table, row, **match, name, place[index], out);
    }
    for (std::size_t i = 0; i < of_kind.size(); ++i) {
      // The same nominee twice (张三 and 张三 修改版) is batch.duplicate's: the table lists the name once,
      // and rightly; "add a row for 张三" would make it list the duplicate too.
      const bool name_listed =
          std::ranges::any_of(std::views::iota(std::size_t{0}, of_kind.size()),
                              [&](auto j) { return listed[j] && same_nominee(*of_kind[j], *of_kind[i]); });
      if (!listed[i] && !unknown_kind(of_kind[i]) && !name_listed) {
        out.push_back(registration_finding(loaded_table.file, "batch.registration",
                                           "batch.registration.missing", core::Severity::error,
                                           {{"name", name_of(*of_kind[i])}}, {}));
      }
    }
    for (auto i = first; i < out.size(); ++i) {
      out[i].args.emplace("kind", table.kind); // the kind whose rule set governs the finding
    }
  }
}

} // namespace nominate::check
