#pragma once

#include <set>
#include <string>
#include <vector>

namespace nominate::test::cli {

// What each shipped example must produce: the table of examples/README.md ("What each example shows"),
// which a test checks line by line against this one. `errors` and `warnings` are the distinct rule ids of
// the unwaived findings of that severity, in the submissions and the batch.
struct ExampleExpectation {
  std::string name; // the folder under examples/
  int exit_code = 0;
  std::set<std::string> errors;
  std::set<std::string> warnings;
};

// legacy-doc's warning assumes LibreOffice (soffice) is installed: the .doc is converted and checked.
inline const std::vector<ExampleExpectation>& example_expectations()
{
  static const std::vector<ExampleExpectation> k_examples = {
      {"star-compliant", 0, {}, {}},
      {"brand-compliant", 0, {}, {}},
      {"beijing-star-compliant", 0, {}, {}},
      {"star-faults",
       1,
       {"field.required", "field.format", "text.length", "video.frame-rate", "video.resolution",
        "photo.color"},
       {"photo.format"}},
      {"brand-faults",
       1,
       {"eligibility.project-age", "eligibility.participants", "eligibility.project-name", "material.count"},
       {"text.length"}},
      {"beijing-star-faults", 1, {"photo.background", "photo.file-size", "text.length"}, {}},
      {"legacy-doc", 0, {}, {"material.legacy-format"}},
      {"海淀区", 0, {}, {}},
  };
  return k_examples;
}

} // namespace nominate::test::cli
