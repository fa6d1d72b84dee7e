#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/facts.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::report {

// The verdict on a run, as plain data: what every writer renders (design.md, "The JSON report").

// A small JPEG of a material for the HTML report: a photo's thumbnail or a video's poster frame, as
// displayed. Made only when that report is asked for (folder::LoadOptions::previews).
struct Picture {
  std::vector<std::uint8_t> jpeg;
  int width = 0;
  int height = 0;
};

struct MaterialEntry {
  std::string file;
  std::string role;
  std::string decided_by;
  std::string type;
  core::Facts facts;
  std::optional<Picture> picture = std::nullopt; // not in the JSON report
};

// A field as read (`check --show-fields`, the JSON report's `fields`), so a clerk sees why a field was
// judged empty: its value as read, hints still in, and where it came from.
struct FieldEntry {
  std::string id;     // the rule set's field id ("birth")
  std::string label;  // the form's label ("出生年月")
  std::string value;  // as read
  std::string source; // "form", "nomination.yaml", "registration"
  std::string file;   // relative to the submission
  std::optional<core::Location> location;
};

// What `nominate fix` did to one file (the JSON report's `fixes`, the text report's fix section).
struct FixEntry {
  std::string file;   // relative to the submission, before the fix
  std::string action; // "transcode-video", "convert-document"
  std::string from;   // "hevc 1920×1080 30 fps, mp4"
  std::string to;     // "h264 1280×720 25 fps, mp4 → 视频.mp4"
  std::string result; // "fixed", or why not; "planned" in the report of `fix --dry-run`
  // What was done beyond the plan, as ids a writer words in the report's language (messages::label
  // "fix.note.<id>"): "streams-copied", "picture-copied", "silence-added", "bars-added", "upscaled",
  // "hdr-converted", "first-frame".
  std::vector<std::string> notes;
};

// A long text field's length as its text.length check counts it (Word's 字数 unless the rule says
// otherwise), beside the notice's words that bound it: the HTML report's key fields.
struct TextLength {
  std::string field; // "deeds"
  std::string label; // "主要事迹和成效"
  std::int64_t count = 0;
  std::string clause; // "主要事迹和成效（不少于1500字）"
};

struct SubmissionReport {
  std::string path; // as the user gave it, '/' separators, NFC
  // The received zip it was read from (verify), as shown; empty for a folder on disk. Code scanning and
  // annotations place its findings at the zip: the files they name lie inside it.
  std::string container;
  std::string rules;       // "national/star@2023"
  std::string rules_title; // "百姓学习之星"
  std::string as_of;       // "2024-05-01"
  // Where as_of came from: "option" (--as-of), "config" (as_of_config names the file), "rules" (the date
  // the rule set's notice names), "deadline" (the notice names no date), "today" (neither); empty: unknown.
  std::string as_of_source;
  std::string as_of_config;
  std::string kind;  // "star" / "brand"
  std::string title; // the person's or project's name
  // The verdict is not stored: it follows from the findings and --strict, see passed() below.
  std::vector<MaterialEntry> materials;
  std::vector<core::Finding> findings; // sorted by (file, field, rule)
  std::vector<core::LocalText> manual; // the checklist of what no file can show
  std::optional<std::string> deadline; // "2024-05-31"
  std::optional<int> days_left;        // to the deadline, from today (the CLI passes today's date)
  // Field id → the form's label ("deeds" → "主要事迹和成效"), so the text report names a field as the form
  // does; an id without a label is shown as the id.
  std::map<std::string, std::string> field_labels;
  std::vector<FieldEntry> fields;       // every field read, in the rule set's order
  std::vector<FixEntry> fixes;          // `nominate fix` only: what it did to this submission's files
  std::vector<TextLength> text_lengths; // for each field a text.length check bounds (not in the JSON report)
};

// Findings about a district folder as a whole (quota, registration table, order, duplicates).
// A district's registration table (附表2/附表4) as read, shown in the JSON report for scripts.
struct RegistrationRow {
  std::optional<int> order;                                // 推介序号
  std::vector<std::pair<std::string, std::string>> values; // (column label, value), in column order
};

struct RegistrationEntry {
  std::string file;  // relative to the district folder
  std::string kind;  // "star" / "brand"
  std::string sheet; // for .xlsx
  std::vector<RegistrationRow> rows;
};

// What a batch entry is about, so a reader tells a received zip's integrity from its district's checks.
enum class BatchKind {
  district, // a district's checks: quota, registration table, text reuse among its submissions
  package,  // a received package (verify): complete, safe to unzip, its files as its manifests say
  across,   // between several received packages (verify): text reuse
};

struct BatchEntry {
  std::string path;
  std::vector<core::Finding> findings;
  std::vector<RegistrationEntry> registrations;
  // Field id → the form's label, as SubmissionReport's: a batch finding names a field as the form does.
  std::map<std::string, std::string> field_labels;
  BatchKind kind = BatchKind::district;
  // The path names a file, not a folder (a received zip): code scanning and annotations place every
  // finding at it, since the files they name lie inside it, where nothing on disk can be pointed at.
  bool path_is_file = false;
};

// Over the submissions and the batch findings alike; passed/failed count submissions only.
struct Summary {
  int submissions = 0;
  int passed = 0;
  int failed = 0;
  // Batch entries (a district's checks, a received zip's safety and integrity) that do not pass: the
  // submissions above may all pass while the whole does not.
  int batches_failed = 0;
  int errors = 0;   // unwaived error findings
  int warnings = 0; // unwaived warning findings
  int waived = 0;
  // Errors that stopped part of the run (Report::errors): when not 0 the run is exit 2 and no count above
  // means a pass.
  int run_errors = 0;
};

struct Report {
  std::string tool_version;
  std::vector<std::string> configs; // config files used
  std::vector<SubmissionReport> submissions;
  std::vector<BatchEntry> batch;
  bool strict = false;
  // What stopped part of the job (exit 2): a bad rule file, an unreadable district. Every writer records
  // them, so that no report of such a run reads as a pass (design.md, "When a run stops").
  std::vector<core::Error> errors;
  // When the run started, local time "YYYY-MM-DDTHH:MM:SS" (the CLI's clock; JUnit's timestamp); empty when
  // unknown.
  std::string started_at;

  // Counts from the findings; call after filling the submissions and batch.
  [[nodiscard]] Summary summary() const;
  // True when every submission passed, no batch finding fails and nothing stopped the run: the CLI's exit
  // code 0 (design.md).
  [[nodiscard]] bool passed() const;
};

// The one rule for a verdict (design.md, "status"): findings fail when one is an unwaived error, or with
// `strict` an unwaived warning. Every writer and Report::summary use it.
[[nodiscard]] bool passed(std::span<const core::Finding> findings, bool strict);
[[nodiscard]] bool passed(const SubmissionReport& submission, bool strict);

// How a writer renders: language for messages, colour for the text writer.
enum class Color { never, always };

struct WriteOptions {
  core::Language language = core::Language::en;
  Color color = Color::never;
  // The text report lists every field as read under its submission (`check --show-fields`).
  enum class Fields { hide, show } fields = Fields::hide;
  // Where the full report of this run is written ("report.json"), named by the GitHub writer's last notice;
  // empty when the run writes none.
  std::string full_report = {};
};

} // namespace nominate::report
