#pragma once

#include <nominate/folder/load.hpp>

#include <string>

namespace nominate::check {

// Who a submission nominates, as two normalised parts (white space and fullwidth forms folded): the name
// (star: 姓名; brand: 项目名称) and what tells two of that name apart (star: 出生年月, the month compared as
// a date when it reads as one, so 1960年3月 and 1960.03 agree; brand: 项目单位). Either part is empty when
// the form does not give it.
struct Nominee {
  std::string name;
  std::string second;
  std::string second_as_written; // the form's text of the second part, for messages
  std::string second_field;      // its field id: "birth" or "unit"
  // "name|second", or empty when either part is: a pair that lacks a part is not linked.
  [[nodiscard]] std::string key() const { return name.empty() || second.empty() ? "" : name + "|" + second; }
};

[[nodiscard]] Nominee nominee_of(const folder::LoadedSubmission& loaded);

} // namespace nominate::check
