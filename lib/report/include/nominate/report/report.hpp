#pragma once

#include <nominate/core/facts.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nominate::report {

// The verdict on a run, as plain data: what every writer renders (design.md, "The JSON report").

struct MaterialEntry {
  std::string file;
  std::string role;
  std::string decided_by;
  std::string type;
  core::Facts facts;
};

struct SubmissionReport {
  std::string path;      // as the user gave it, '/' separators, NFC
  std::string rules;     // "national/star@2023"
  std::string rules_title;  // "百姓学习之星"
  std::string as_of;     // "2024-05-01"
  std::string kind;      // "star" / "brand"
  std::string title;     // the person's or project's name
  bool passed = true;
  std::vector<MaterialEntry> materials;
  std::vector<core::Finding> findings;  // sorted by (file, field, rule)
  std::vector<core::LocalText> manual;  // the checklist of what no file can show
  std::optional<std::string> deadline;  // "2024-05-31"
  std::optional<int> days_left;         // to the deadline, from today (the CLI passes today's date)
};

// Findings about a district folder as a whole (quota, registration table, order, duplicates).
struct BatchEntry {
  std::string path;
  std::vector<core::Finding> findings;
};

struct Summary {
  int submissions = 0;
  int passed = 0;
  int failed = 0;
  int errors = 0;    // unwaived error findings
  int warnings = 0;  // unwaived warning findings
  int waived = 0;
};

struct Report {
  std::string tool_version;
  std::vector<std::string> configs;  // config files used
  std::vector<SubmissionReport> submissions;
  std::vector<BatchEntry> batch;
  bool strict = false;

  // Counts from the findings; call after filling the submissions and batch.
  [[nodiscard]] Summary summary() const;
};

// How a writer renders: language for messages, colour for the text writer.
enum class Color { never, always };

struct WriteOptions {
  core::Language language = core::Language::en;
  Color color = Color::never;
};

}  // namespace nominate::report
