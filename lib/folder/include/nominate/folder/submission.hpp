#pragma once

#include <nominate/core/facts.hpp>
#include <nominate/core/finding.hpp>
#include <nominate/folder/read_error.hpp>
#include <nominate/media/photo.hpp>
#include <nominate/media/preview.hpp>
#include <nominate/media/video.hpp>
#include <nominate/rules/rule_set.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nominate::folder {

// The role a file plays in a submission (design.md, "Folder conventions").
enum class Role { form, id_photo, photo, video, summary, scan, config, other };

[[nodiscard]] const char* to_string(Role role); // "form", "id_photo", "photo", "video", "summary", "scan", …

// One file of a submission, with what was learned of it.
struct Material {
  std::filesystem::path path; // on disk
  std::string file;           // relative to the submission folder, '/' separators, NFC
  Role role = Role::other;
  std::string decided_by; // how the role was chosen: "name", "extension", "content", "only-image", "newest",
                          // "copy" (the same bytes as another file: counted once)
  std::string type;       // by content: "docx", "doc", "jpeg", "png", "heic", "mp4", "mov", "txt", …
  std::uintmax_t size = 0;
  std::optional<media::PhotoFacts> photo;
  std::optional<media::VideoFacts> video;
  std::optional<std::string> text; // a summary's or text document's plain text
  core::Facts facts;               // shown in the report's materials[].facts
  // A photo's thumbnail or a video's poster frame, when LoadOptions::previews asked and it could be made.
  std::optional<media::Preview> preview;
  // Why it could not be read (encrypted, an unconverted legacy format, damaged, empty, not what its name
  // says); the checks turn it into the finding.
  std::optional<ReadError> read_error;
};

// A field value as read, and where from.
struct FieldValue {
  std::string id;   // the rule set's field id
  std::string text; // as read, hints still in (checks strip them)
  std::string source; // "form" (推介表.docx), "attachment" (事迹材料.docx), "nomination.yaml", "registration"
  std::string file; // the file it came from, relative to the submission
  std::optional<core::Location> location;
  // Read from the form's appendix: the field's cell only referred to it (见附页), and the text is the one
  // after the table (office::FormEntry::from_appendix).
  bool from_appendix = false;
  // The separate document the field's cell referred to (见附件 → 事迹材料.docx), when one was found in the
  // folder: with source "attachment" the text is that document's; with source "form" it could not be read
  // as text, and the text is still the cell's reference.
  std::string attachment{};
  // The label it was read under, as the rule set knows it (`年均参与人数`, an alias): what a label says of
  // its value (a yearly figure) counts in the checks. Empty when not read from a form.
  std::string label{};
};

// A waiver (design.md, "Waivers"): turns matching findings into waived ones.
struct Waiver {
  std::string rule;
  std::optional<std::string> file;
  std::optional<std::string> field;
  std::string reason;
  std::string approved_by;
  std::string date;
  std::string source; // the file it was written in
  std::size_t line = 0;
};

// One person's or one project's materials, read and probed: the input of the checks.
struct Submission {
  std::filesystem::path folder; // on disk
  std::string path;             // as the user gave it, '/' separators, NFC (the report's "path")
  std::string kind;             // "star" / "brand", from the rule set
  std::string title;            // the person's or project's name, for the report
  bool special = false; // 事迹特别感人 / 特别受百姓喜爱: brings 3–5 photos or a video besides
  std::optional<core::Date> as_of; // nomination.yaml's as_of: the reference date for this submission
  std::vector<Material> materials;
  std::map<std::string, FieldValue> fields; // by field id
  // Labels printed on the form that match none of the rule set's labels or aliases (`出生日期` where it
  // knows 出生年月): named when a required field's label is not found on the form.
  std::vector<std::string> unknown_form_labels;
  std::vector<Waiver> waivers;
  std::vector<std::string> configs; // config files used (nomination.yaml, nominate.yaml)
  // Things in the folder that are no material and cannot be read (links, FIFOs, folders named like a file,
  // paths too long): named by the checks, like a material's read_error.
  std::vector<UnreadableFile> unreadable;
  // Files the system or an editor made on its own (Thumbs.db, .DS_Store, __MACOSX/, Office lock files ~$x):
  // no material, not checked, not packed; relative, '/' separators, in path order. Named by pack, so that
  // nothing is left behind unsaid.
  std::vector<std::string> left_out;
  // What reading the files already found besides read errors: ambiguous choices, a converted legacy format,
  // revisions, a PDF without a text layer, a form not recognised.
  std::vector<core::Finding> intake_findings;

  [[nodiscard]] const FieldValue* field(const std::string& id) const;
  [[nodiscard]] std::vector<const Material*> with_role(Role role) const;
};

} // namespace nominate::folder
