// The fixed copy: every file of the folder copied, the planned repairs written in place of theirs, each
// file complete before it gets its name, the original folder only read.
#include "fix_manifest.hpp"
#include "staging.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/fix/copy.hpp>
#include <nominate/fix/photo.hpp>
#include <nominate/folder/discover.hpp>
#include <nominate/office/legacy.hpp>

#include <climits>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>

namespace nominate::fix {

namespace fs = std::filesystem;

namespace {

std::string join(const std::string& folder, const std::string& file)
{
  return folder.empty() ? file : folder + "/" + file;
}

// An error's words; "write failed" where the library lost errno (libstdc++'s copy_file reports a short
// sendfile, as on a full disk, as "Success").
std::string reason(const std::error_code& error)
{
  return error.value() != 0 ? error.message() : std::string("write failed");
}

// A temporary name beside `target`: a dot file, which the check ignores and a re-run replaces. Short
// whatever the target's name (a name of 250 bytes is valid, and a prefix would take it past the file
// system's 255): a hash of the name, and its extension, which FFmpeg reads to choose the container.
fs::path temporary_for(const fs::path& target)
{
  const std::string name = target.filename().string();
  std::string extension = target.extension().string();
  if (extension.size() > 16) {
    extension.clear();
  }
  return target.parent_path() /
         fmt::format(".nominate-tmp-{:016x}{}", std::hash<std::string>{}(name), extension);
}

// An error from writing `temporary` named as the file the user knows, `target` (a full disk names the copy,
// not its hidden temporary); an error naming the input is kept as it is.
core::Error named_target(core::Error error, const fs::path& temporary, const fs::path& target)
{
  if (error.file == temporary) {
    error.file = target;
  }
  return error;
}

core::Result<void> commit(const fs::path& temporary, const fs::path& target)
{
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    fs::remove(temporary, error);
    return core::fail(core::ErrorCode::io, "cannot rename into place: " + error.message(), target);
  }
  return {};
}

// `text` as the file `target`, under a temporary name renamed into place.
core::Result<void> write_text(const std::string& text, const fs::path& target)
{
  const fs::path temporary = temporary_for(target);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return core::fail(core::ErrorCode::io, "cannot write", target);
    }
  }
  return commit(temporary, target);
}

// Gives `copy` the modification time of `original`: of two versions of a form the copy's check takes the
// newer, as the original's did, and a repaired file keeps its place among them. A time that cannot be set
// is no reason to fail the copy.
void keep_time(const fs::path& original, const fs::path& copy)
{
  std::error_code error;
  const auto time = fs::last_write_time(original, error);
  if (!error) {
    fs::last_write_time(copy, time, error);
  }
}

core::Result<void> copy_into(const fs::path& from, const fs::path& target)
{
  std::error_code error;
  fs::create_directories(target.parent_path(), error);
  fs::path temporary = temporary_for(target);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot make the folder: " + reason(error), target.parent_path());
  }
  if (auto copied = core::copy_input_file(from, temporary); !copied) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return std::unexpected(named_target(copied.error(), temporary, target));
  }
  keep_time(from, temporary);
  return commit(temporary, target);
}

using Notes = std::vector<std::string>; // FixOutcome::notes

// What a video's repair did beyond the plan: its pictures or all its streams copied, not re-encoded; a
// silent track added.
Notes video_notes(const TranscodeResult& video)
{
  Notes notes;
  if (video.remuxed) {
    notes.emplace_back("streams-copied");
  } else if (video.picture_copied) {
    notes.emplace_back("picture-copied");
  }
  if (video.silence_added) {
    notes.emplace_back("silence-added");
  }
  if (video.padded) {
    notes.emplace_back("bars-added");
  }
  if (video.upscaled) {
    notes.emplace_back("upscaled");
  }
  if (video.hdr_converted) {
    notes.emplace_back("hdr-converted");
  }
  return notes;
}

core::Result<Notes> run_action_into(const Action& action, const fs::path& target, const fs::path& temporary,
                                    const CopyOptions& options, std::size_t index, FixSink* sink)
{
  std::error_code error;
  fs::create_directories(target.parent_path(), error);
  if (action.kind == ActionKind::transcode_video) {
    TranscodeRequest request;
    request.input = action.source;
    request.output = temporary;
    request.spec = action.video;
    request.preset = options.preset;
    // The check's word that nothing is wrong with the picture: only the container or the sound.
    request.keep_picture = std::all_of(action.rules.begin(), action.rules.end(), [](const std::string& rule) {
      return rule == "video.container" || rule == "video.audio";
    });
    auto done = transcode_video(request, sink);
    if (!done) {
      return std::unexpected(done.error());
    }
    return video_notes(*done);
  }
  if (action.kind == ActionKind::convert_photo) {
    auto done = convert_photo(action.source, temporary, action.photo);
    if (!done) {
      return std::unexpected(done.error());
    }
    // An animated GIF or WebP: a still JPEG keeps only one frame.
    return done->frames > 1 ? Notes{"first-frame"} : Notes{};
  }
  if (action.kind == ActionKind::rename_file) {
    if (auto copied = core::copy_input_file(action.source, temporary); !copied) {
      return std::unexpected(named_target(copied.error(), temporary, target));
    }
    return Notes{};
  }
  if (!options.soffice) {
    return core::fail(core::ErrorCode::unsupported, "LibreOffice was not found", action.source);
  }
  fs::path work = options.work_dir / ("convert-" + std::to_string(index));
  fs::create_directories(work, error);
  auto converted = office::convert_to_docx(action.source, work, office::ConvertOptions{*options.soffice});
  if (!converted) {
    return std::unexpected(converted.error());
  }
  if (auto copied = core::copy_input_file(*converted, temporary); !copied) {
    return std::unexpected(named_target(copied.error(), temporary, target));
  }
  return Notes{};
}

// Runs one repair into a temporary name beside `target`, then renames it. Returns notes on what was done
// beyond the plan, or the error; no temporary file is left either way.
core::Result<Notes> run_action(const Action& action, const fs::path& target, const CopyOptions& options,
                               std::size_t index, FixSink* sink)
{
  const fs::path temporary = temporary_for(target);
  auto done = run_action_into(action, target, temporary, options, index, sink);
  if (!done) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    if (done.error().file == temporary) {
      done.error().file = target; // a clerk knows the file by its name, not by our temporary one
    }
    return std::unexpected(done.error());
  }
  keep_time(action.source, temporary);
  if (auto committed = commit(temporary, target); !committed) {
    return std::unexpected(committed.error());
  }
  return *done;
}

} // namespace

fs::path default_output(const fs::path& folder)
{
  fs::path named = folder.lexically_normal();
  if (!named.has_filename()) {
    named = named.parent_path();
  }
  if (named.empty() || named.filename() == "." || named.filename() == "..") {
    named = fs::weakly_canonical(fs::absolute(named));
  }
  return named.parent_path() / (named.filename().string() + folder::k_fix_copy_suffix);
}

core::Result<std::vector<FixOutcome>> write_fixed_copy(const fs::path& source, const fs::path& output,
                                                       const std::vector<PlannedSubmission>& plans,
                                                       const CopyOptions& options, FixSink* sink)
{
  std::error_code error;
  fs::path from = fs::weakly_canonical(source, error);
  fs::path to = fs::weakly_canonical(fs::absolute(output), error);
  if (error) {
    // A name the system refuses (longer than 255 bytes): kept as given, for StagedFolder::create to name.
    to = fs::absolute(output).lexically_normal();
    error.clear();
  }
  if (!to.has_filename()) {
    to = to.parent_path(); // `-o out/`: weakly_canonical keeps the separator of a folder not there yet
  }
  if (auto [end, _] = std::mismatch(from.begin(), from.end(), to.begin(), to.end()); end == from.end()) {
    return core::fail_because(core::ErrorCode::invalid_argument, "output-inside-input",
                              "the output folder lies inside the folder being fixed", output);
  }
  // Everything is written into a staging folder that becomes `to` when complete (staging.hpp); made first,
  // since it also puts back an earlier copy a crash left stepped aside, which the checks below then see.
  auto staged = detail::StagedFolder::create(to);
  if (!staged) {
    return std::unexpected(staged.error());
  }
  detail::Manifest ours;
  if (fs::exists(to)) {
    if (options.overwrite == Overwrite::refuse) {
      return core::fail_because(
          core::ErrorCode::already_exists, "copy-exists",
          "the output folder exists: choose another with -o, or --force to replace what nominate wrote",
          output);
    }
    if (!fs::exists(to / k_manifest_name)) {
      return core::fail_because(
          core::ErrorCode::already_exists, "copy-not-ours",
          "the output folder exists and was not written by nominate fix: --force does not replace it",
          output);
    }
    ours = detail::read_manifest(to);
  }
  const fs::path& stage = staged->path();
  // An error names the file by the copy's name, which the clerk asked for, not the staging folder's.
  auto failed = [&](core::Error failure) -> core::Result<std::vector<FixOutcome>> {
    const fs::path inside = failure.file.lexically_relative(stage);
    if (!inside.empty() && *inside.begin() != "..") {
      failure.file = to / inside;
    }
    return std::unexpected(std::move(failure));
  };
  // An earlier copy's files that fix did not write (a clerk's own additions), or wrote and a person has
  // changed since (the form edited in WPS), are kept: copied across first, and never written over.
  std::set<std::string> theirs;
  if (fs::exists(to)) {
    for (auto entry = fs::recursive_directory_iterator(to, error);
         !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
      std::string relative = entry->path().lexically_relative(to).generic_string();
      const auto listed = ours.find(relative);
      const bool our_own = (listed != ours.end() && detail::left_as_written(entry->path(), listed->second)) ||
                           entry->path().filename().string().starts_with(".nominate-");
      std::error_code kind;
      if (entry->is_regular_file(kind) && !our_own) {
        if (auto copied = copy_into(entry->path(), stage / fs::path(relative)); !copied) {
          return failed(copied.error());
        }
        theirs.insert(relative);
      }
    }
    if (error) {
      return core::fail(core::ErrorCode::io, "cannot read the earlier copy: " + error.message(), output);
    }
  }

  // Actions by their file, relative to the copied folder.
  std::map<std::string, const Action*> actions;
  std::map<std::string, std::string> submission_of;
  for (const PlannedSubmission& planned : plans) {
    for (const Action& action : planned.plan.actions) {
      actions[join(planned.relative, action.file)] = &action;
      submission_of[join(planned.relative, action.file)] = planned.relative;
    }
  }
  std::set<std::string> written;
  std::vector<FixOutcome> outcomes;
  // A person's file where fix would write one is left as it is, and said so (action "keep").
  auto kept = [&](const std::string& relative) {
    if (!theirs.contains(relative)) {
      return false;
    }
    if (std::ranges::none_of(outcomes,
                             [&](const FixOutcome& o) { return o.action == "keep" && o.file == relative; })) {
      outcomes.push_back({"", relative, "keep", {}, {}, relative, true, "kept", {}});
    }
    return true;
  };

  // Ctrl-C and the other stop signals are honoured between files as within a transcode.
  auto interrupted = [&] { return sink != nullptr && !sink->keep_going(); };
  for (auto entry = fs::recursive_directory_iterator(from, error);
       !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
    if (interrupted()) {
      return core::fail(core::ErrorCode::io, "interrupted", output);
    }
    std::error_code kind;
    // A link is not followed: the check named it (material.unreadable) and never read what it points to, so
    // neither does the copy (a link to a file outside the folder would otherwise bring that file in).
    if (entry->is_symlink(kind) || !entry->is_regular_file(kind)) {
      // What a system made (__MACOSX/) is no part of the copy, as of the package.
      if (folder::is_junk_name(entry->path().filename().string())) {
        entry.disable_recursion_pending();
      }
      continue;
    }
    // Nor what the system or an editor made (Thumbs.db, .DS_Store, WPS's ~$推介表.docx): no material, and a
    // lock file copied would tell the copy's check that its form is open in WPS.
    if (folder::is_junk_name(entry->path().filename().string())) {
      continue;
    }
    // Nor a file this account may not read (material.unreadable.no-access), or whose path is too long to
    // open (material.unreadable.path-too-long): carry_left_out carries its finding.
    if (entry->path().native().size() >= PATH_MAX || core::read_refused(entry->path())) {
      continue;
    }
    std::string relative = entry->path().lexically_relative(from).generic_string();
    if (actions.contains(relative) || kept(relative)) {
      continue;
    }
    if (auto copied = copy_into(entry->path(), stage / fs::path(relative)); !copied) {
      return failed(copied.error());
    }
    written.insert(relative);
  }
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot read the folder: " + error.message(), source);
  }

  std::size_t index = 0;
  for (const auto& [relative, action] : actions) {
    ++index;
    if (sink != nullptr) {
      sink->action_started(index, actions.size(), relative);
    }
    const std::string& submission = submission_of[relative];
    std::string target_relative = join(submission, action->target);
    FixOutcome outcome{submission,   action->file, to_string(action->kind),
                       action->from, action->to,   action->target,
                       false,        {},           {}};
    if (kept(target_relative)) {
      continue;
    }
    auto done = run_action(*action, stage / fs::path(target_relative), options, index, sink);
    if (done) {
      outcome.ok = true;
      outcome.result = "fixed";
      outcome.notes = std::move(*done);
      written.insert(target_relative);
    } else {
      // Interrupted, or the repaired file could not be written (a full disk, a quota): the job stops and
      // the staging folder goes; a disk that refused this file would refuse the next.
      const bool write_failed =
          done.error().code == core::ErrorCode::io && done.error().file == stage / fs::path(target_relative);
      if (interrupted() || write_failed) {
        return failed(done.error());
      }
      outcome.result = done.error().message;
      // The copy stays complete: the file as it was, for a person to deal with.
      if (!kept(relative)) {
        if (auto copied = copy_into(action->source, stage / fs::path(relative)); !copied) {
          return failed(copied.error());
        }
        written.insert(relative);
      }
    }
    outcomes.push_back(std::move(outcome));
  }
  // What a person added to the earlier copy (a file the original folder does not have) is kept as well, and
  // said: --force replaced the copy around it.
  for (const auto& relative : theirs) {
    if (std::ranges::none_of(outcomes,
                             [&](const FixOutcome& o) { return o.action == "keep" && o.file == relative; })) {
      outcomes.push_back({"", relative, "keep", {}, {}, relative, true, "added", {}});
    }
  }
  // Files an earlier run wrote and this one did not (a video once transcoded, now fixed at the source) go
  // with the earlier copy: they were not copied across.
  if (auto saved = write_text(detail::manifest_text(stage, written), stage / k_manifest_name); !saved) {
    return failed(saved.error());
  }
  if (interrupted()) { // a photo or a form converted, or the last file copied, as the signal came
    return core::fail(core::ErrorCode::io, "interrupted", output);
  }
  if (auto committed = staged->commit(options.overwrite == Overwrite::replace_ours); !committed) {
    return std::unexpected(committed.error());
  }
  return outcomes;
}

} // namespace nominate::fix
