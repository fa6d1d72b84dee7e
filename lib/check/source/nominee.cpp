#include "context.hpp"
#include "nominee.hpp"

#include <nominate/text/date.hpp>
#include <nominate/text/normalize.hpp>

namespace nominate::check {
namespace {

// "1965年3月" and "1965.03" alike: the year and month when the text is a date, else the text normalised.
std::string birth_key(const std::string& text)
{
  if (auto date = text::parse_date(text)) {
    return std::to_string(date->year) + (date->month ? "-" + std::to_string(*date->month) : "");
  }
  return text::normalize_label(text);
}

} // namespace

Nominee nominee_of(const folder::LoadedSubmission& loaded)
{
  const auto& rule_set = loaded.rule_set;
  auto content = [&](const char* id) {
    const auto* value = loaded.submission.field(id);
    return value != nullptr ? field_content(rule_set, *value) : std::string();
  };
  const bool brand = rule_set.kind == "brand";
  Nominee nominee;
  nominee.name = text::normalize_label(content(brand ? "project_name" : "name"));
  nominee.second_field = brand ? "unit" : "birth";
  nominee.second_as_written = content(nominee.second_field.c_str());
  nominee.second =
      brand ? text::normalize_label(nominee.second_as_written) : birth_key(nominee.second_as_written);
  return nominee;
}

} // namespace nominate::check
