#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/folder/load.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nominate::fix {

// What a machine can do to one file.
enum class ActionKind { transcode_video, convert_document, convert_photo, rename_file };

[[nodiscard]] const char*
to_string(ActionKind kind); // "transcode-video", "convert-document", "convert-photo", "rename"

// One repair: the file (relative to the submission), what is done, the findings it answers, and the file
// it becomes (the same name, or the corrected extension: 视频.mov → 视频.mp4, 推介表.doc → 推介表.docx).
struct Action {
  std::string file;
  std::filesystem::path source; // on disk
  ActionKind kind = ActionKind::transcode_video;
  std::vector<std::string> rules; // the rule ids it answers, sorted
  std::string from;               // what it is, for the report: "hevc 1920×1080 30 fps, mov"
  std::string to;                 // what it will be: "h264 1280×720 25 fps, mp4"
  std::string target;             // the new file, relative to the submission
  rules::VideoSpec video;         // for transcode_video
  rules::PhotoSpec photo;         // for convert_photo
  // transcode_video: the picture as shown (after rotation and pixel shape) is not the spec's shape, so it is
  // scaled whole and padded with black bars: "portrait" (a phone held upright: bars left and right), "sides"
  // (a narrower landscape picture, 4:3), or "top-bottom";
  // empty when the shapes agree (within 1%) or either is unknown.
  std::string bars;
};

// What fix will do to one submission, and what it leaves to a person: every unwaived finding no action
// answers (a grayscale ID photo, a short text, an empty field, a video too long — fix never cuts), with
// the advice the check already gives.
struct Plan {
  std::vector<Action> actions;
  std::vector<core::Finding> manual;
};

// Maps a checked submission's findings to actions. Video findings (container, codec, resolution, frame
// rate, file size, missing sound track) → one transcode to the role's VideoSpec; a legacy form (.doc, .wps,
// .odt, RTF, Word 2003 XML, an HTML page saved as .doc) → a .docx through LibreOffice (when `can_convert`,
// else left to a person); photo format, extension and file-size findings → a JPEG under the limit (JPEG, PNG,
// BMP, GIF, WebP, HEIC/HEIF/AVIF: what media::decode_image reads; TIFF stays with a person), or only the
// right extension for a PNG named .jpg that is otherwise fine; likewise an MP4 named .mov with no other fault
// is copied as .mp4, not transcoded.
[[nodiscard]] Plan plan_fixes(const folder::LoadedSubmission& submission,
                              const std::vector<core::Finding>& findings, bool can_convert);

// The check of the copy must not pass what the copy only hides. A named pipe, a link (to a file or to
// nothing), a device or a folder named like a material is not copied (only regular files are), so the
// copy's check no longer sees it; nor is a file whose path is too long to open. Each finding of the check
// before on such a file (relative to `original`, the submission folder) that the copy (`copy`) does not hold
// as a regular file is added to `after` (the copy's findings), which stays sorted by (file, field, rule).
void carry_left_out(const std::vector<core::Finding>& before, const std::filesystem::path& original,
                    const std::filesystem::path& copy, std::vector<core::Finding>& after);

// Nor what a repair only covers: a video without sound that the repair gave a silent track (the note
// "silence-added") still has no sound to hear. The check before's error on `file` (video.audio.missing) goes
// into `after` on `target`, the file written, as video.audio.missing.silence-added; `after` stays sorted.
void carry_silence(const std::vector<core::Finding>& before, const std::string& file,
                   const std::string& target, std::vector<core::Finding>& after);

} // namespace nominate::fix
