#pragma once

#include <nominate/core/error.hpp>
#include <nominate/fix/plan.hpp>
#include <nominate/fix/transcode.hpp>
#include <nominate/folder/discover.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::fix {

// Live progress of writing a fixed copy: which repair runs, and inside a transcode its position.
class FixSink : public TranscodeSink {
public:
  virtual void action_started(std::size_t index, std::size_t total, const std::string& file) = 0;
};

// A submission's plan and where the submission lies below the folder being copied ("" when it is that
// folder, "01-张三" inside a district).
struct PlannedSubmission {
  std::string relative;
  Plan plan;
};

enum class Overwrite { refuse, replace_ours };

struct CopyOptions {
  Overwrite overwrite = Overwrite::refuse;
  std::optional<std::filesystem::path> soffice; // for convert_document
  std::filesystem::path work_dir;               // private temporary folder (the caller removes it)
  std::string preset = "medium";
};

// What became of one action, for the report (JSON `fixes: [{file, action, from, to, result}]`).
struct FixOutcome {
  std::string submission; // relative to the copied folder, as PlannedSubmission::relative
  std::string file;       // relative to the submission, before
  // to_string(ActionKind); or "keep": a file of the earlier copy that a person added or changed (the form
  // edited in WPS), where this run would have written one, left as it is (`file` and `target` then relative
  // to the copied folder, `submission` empty).
  std::string action;
  std::string from;
  std::string to;     // the description of the result, with its file name
  std::string target; // the file written, relative to the submission
  bool ok = false;
  // "fixed", or why not ("cannot decode: …"); for "keep", "kept" (a person changed the file) or "added" (the
  // original folder has no such file).
  std::string result;
  // What was done beyond the plan (report::FixEntry::notes): "streams-copied", "picture-copied",
  // "silence-added", "bars-added", "upscaled", "hdr-converted", "first-frame".
  std::vector<std::string> notes;
};

// The manifest of the files a fix wrote, inside the copy (a dot file, which the check ignores): what
// --force may replace.
inline constexpr const char* k_manifest_name = folder::k_fix_manifest_name;

// Writes `output`, a copy of `source` (a submission or district folder) with the planned repairs: every
// other file copied (not hard-linked, so that editing the copy in WPS can never change the original), each
// repaired file written under a temporary name and renamed when complete, the original never opened for
// writing. An existing `output` is refused, or with Overwrite::replace_ours accepted when it holds a
// manifest, and then only files the manifest lists, unchanged since fix wrote them, are replaced (or new ones
// written): a file a person added or edited in the copy is kept and reported ("keep"). A failed repair leaves
// the original file copied as it was and is reported; errors stop the job only for the folder as a whole
// (cannot create the output, refused, disk full).
[[nodiscard]] core::Result<std::vector<FixOutcome>>
write_fixed_copy(const std::filesystem::path& source, const std::filesystem::path& output,
                 const std::vector<PlannedSubmission>& plans, const CopyOptions& options, FixSink* sink);

// `<folder>-已修正` next to `folder`.
[[nodiscard]] std::filesystem::path default_output(const std::filesystem::path& folder);

} // namespace nominate::fix
