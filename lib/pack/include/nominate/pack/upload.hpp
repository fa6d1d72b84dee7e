#pragma once

#include <nominate/core/error.hpp>
#include <nominate/pipeline/check_paths.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nominate::pack {

// One file laid out for a web form: renamed plainly, with the form's size limit when the rule set has one.
struct UploadFile {
  std::string name;             // 一寸照片.jpg, 个人视频.mp4, 生活照1.jpg, 推介表.docx, …
  std::filesystem::path source; // on disk
  std::uint64_t size = 0;
  std::optional<std::uint64_t> limit; // photo.file-size / video.file-size max_bytes
};

// A submission's upload folder as planned: its files and `填报内容.txt`.
struct UploadPlan {
  std::string folder; // the submission folder's name (made safe), under the output folder
  std::vector<UploadFile> files;
  std::string texts; // 填报内容.txt: each field "label（N字）：\n value", N as the form counts it
};

// The upload folders of every submission in `outcome` (the notices that register online, such as Beijing's
// 2018 one, ask for files and pasted texts instead of a package). Counts: Word's 字数 and every character
// (most web forms count every character, spaces included).
[[nodiscard]] std::vector<UploadPlan> plan_uploads(const pipeline::CheckOutcome& outcome);

// How many of the checked submissions' rule sets register online (`registration: online`), of how many:
// `pack` and `upload` say so when the command does not fit the notice.
struct RegistrationCount {
  std::size_t online = 0;
  std::size_t total = 0;
};
[[nodiscard]] RegistrationCount count_online(const pipeline::CheckOutcome& outcome);

// A file written over its form's size limit.
struct OverLimit {
  std::filesystem::path written; // output_dir/<folder>/<name>
  std::filesystem::path source;  // the clerk's own file it was copied from
  std::uint64_t bytes = 0;
  std::uint64_t limit = 0;
};

// Whether an upload folder that exists already may be replaced: never (a clerk may have edited
// 填报内容.txt or added a file), or, with --force, when upload wrote it (it holds k_upload_marker).
enum class UploadOverwrite { refuse, replace_ours };
inline constexpr const char* k_upload_marker = ".nominate-upload";

// Writes each plan as `output_dir/<folder>/`, copying (never moving) the files: each folder is written whole
// beside its place under a hidden name (`.<folder>.<host id>-<pid>.partial`, which a later run removes once
// its process is gone) and then renamed into place, so a stopped upload leaves the earlier folder or none,
// and a replaced folder keeps no file of the run before. Every target is judged before anything is written.
// Returns the files over their limit; those are copied too, so the clerk sees them, and the CLI exits 1.
// Errors: the output folder inside an input; a folder that exists (already_exists, reason "upload-exists",
// or "upload-not-ours" when upload did not write it: not replaced even with --force); a write that fails.
[[nodiscard]] core::Result<std::vector<OverLimit>>
write_uploads(const std::vector<UploadPlan>& plans, const pipeline::CheckOutcome& outcome,
              const std::filesystem::path& output_dir, UploadOverwrite overwrite = UploadOverwrite::refuse);

} // namespace nominate::pack
