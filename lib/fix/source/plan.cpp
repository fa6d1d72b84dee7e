#include <nominate/check/check.hpp>
#include <nominate/core/input_file.hpp>
#include <nominate/fix/plan.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <set>
#include <string_view>

namespace nominate::fix {

namespace {

// A rate as the check's finding writes it (two decimals at most, trailing zeros dropped: "23.97", "26.16"),
// so the plan and the finding it answers show the same range.
std::string fps_number(double fps)
{
  auto text = fmt::format("{:.2f}", fps);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') {
    text.pop_back();
  }
  return text;
}

// A form or summary LibreOffice turns into .docx, as the check did to read it: Word 97–2003, WPS,
// OpenDocument, RTF and Word 2003 XML by their content, and an HTML page saved as .doc by its name.
bool convertible_document(const folder::Material& material)
{
  for (std::string_view type : {"doc", "wps", "odt", "rtf", "xml"}) {
    if (material.type == type) {
      return true;
    }
  }
  std::string lower = material.file;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view extension : {".doc", ".wps", ".odt", ".rtf"}) {
    if (lower.ends_with(extension)) { // 推介表.DOC as old Windows names it
      return true;
    }
  }
  return false;
}

constexpr std::array<std::string_view, 6> k_video_rules = {"video.container",  "video.codec",
                                                           "video.resolution", "video.frame-rate",
                                                           "video.file-size",  "video.audio"};

constexpr std::array<std::string_view, 3> k_photo_rules = {"photo.format", "photo.extension",
                                                           "photo.file-size"};
// What media::decode_image reads (TIFF stays with a person).
constexpr std::array<std::string_view, 8> k_decodable = {"jpeg", "png",  "heic", "heif",
                                                         "avif", "webp", "bmp",  "gif"};

bool is_photo_rule(const std::string& rule)
{
  return std::find(k_photo_rules.begin(), k_photo_rules.end(), rule) != k_photo_rules.end();
}

// A photo finding a conversion to JPEG mends: the format, name and size rules, and a transparent background
// where white is asked (the conversion lays transparent pixels over white).
bool converting_mends(const core::Finding& finding)
{
  if (is_photo_rule(finding.rule)) {
    return true;
  }
  const auto colour = finding.args.find("color");
  return finding.message_id == "photo.background.transparent" && colour != finding.args.end() &&
         colour->second == "white";
}

bool is_video_rule(const std::string& rule)
{
  return std::find(k_video_rules.begin(), k_video_rules.end(), rule) != k_video_rules.end();
}

// The video as the plan shows it, with whatever of it fix changes that codec, size and rate do not say: a
// profile past 8-bit 4:2:0 (High 10), pixels that are not square, a variable rate, sound that is not AAC,
// and the file's size where the rule set bounds it. Without these, "h264 1280×720 25 fps, mp4 → h264
// 1280×720 25 fps, mp4" told a clerk nothing of what was repaired.
std::string describe_video(const folder::Material& material, const rules::VideoSpec& spec)
{
  if (!material.video) {
    return material.type;
  }
  const media::VideoFacts& facts = *material.video;
  std::string out = facts.codec;
  const bool plain_pixels =
      facts.pixel_format.empty() || facts.pixel_format == "yuv420p" || facts.pixel_format == "yuvj420p";
  if (!plain_pixels && !facts.profile.empty()) {
    out += " " + facts.profile;
  }
  out += fmt::format(" {}×{}", facts.width, facts.height);
  if (facts.sar_num > 0 && facts.sar_den > 0 && facts.sar_num != facts.sar_den) {
    out += fmt::format(" (SAR {}:{})", facts.sar_num, facts.sar_den);
  }
  if (facts.variable_frame_rate) {
    out += " " + fps_number(facts.min_fps) + "–" + fps_number(facts.max_fps) + " fps"; // a range: variable
  } else {
    out += " " + (facts.fps_text.empty() ? fmt::format("{:.3g}", facts.fps) : facts.fps_text) + " fps";
  }
  out += ", " + material.type;
  if (facts.has_audio && facts.audio_codec != "aac") {
    out += ", " + facts.audio_codec; // the sound's codec: a name in every language
  }
  if (spec.max_bytes) {
    out += fmt::format(", {:.1f} MB", static_cast<double>(material.size) / (1024.0 * 1024.0));
  }
  return out;
}

// What fix writes, with the sound and the size bound where describe_video names them.
std::string describe_spec(const rules::VideoSpec& spec, const folder::Material& material)
{
  std::string size = spec.width && spec.height ? fmt::format(" {}×{}", *spec.width, *spec.height) : "";
  std::string rate = spec.fps ? fmt::format(" {:.3g} fps", *spec.fps) : "";
  std::string out = "h264" + size + rate + ", mp4";
  if (material.video && material.video->has_audio && material.video->audio_codec != "aac") {
    out += ", aac";
  }
  if (spec.max_bytes) {
    out += fmt::format(", ≤ {:.1f} MB", static_cast<double>(*spec.max_bytes) / (1024.0 * 1024.0));
  }
  return out;
}

// Action::bars: where black bars go when the picture as shown is not the spec's shape.
std::string bars_for(const folder::Material& material, const rules::VideoSpec& spec)
{
  if (!material.video || material.video->width <= 0 || material.video->height <= 0 || !spec.width ||
      !spec.height || *spec.width <= 0 || *spec.height <= 0) {
    return {};
  }
  const double shown = static_cast<double>(material.video->width) / material.video->height;
  const double wanted = static_cast<double>(*spec.width) / *spec.height;
  if (std::abs(shown / wanted - 1.0) <= 0.01) {
    return {};
  }
  if (shown >= wanted) {
    return "top-bottom";
  }
  return material.video->height > material.video->width ? "portrait" : "sides";
}

std::string with_extension(const std::string& file, std::string_view extension)
{
  auto slash = file.rfind('/');
  auto dot = file.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return file + std::string(extension);
  }
  return file.substr(0, dot) + std::string(extension);
}

// `file` as Windows and macOS compare names: ASCII letters in one case.
std::string folded(std::string file)
{
  std::ranges::transform(file, file.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return file;
}

// A target another file of the submission already has (生活照.heic beside a different 生活照.jpg: an iPhone's
// original beside its converted copy; 事迹视频.mov beside the edited 事迹视频.mp4) is not written over: the
// repaired file takes a name of its own that says what it came from, 生活照(heic).jpg, and the copy keeps
// both files, as the folder does (the copy's check then counts them as the original's did).
void give_own_names(const folder::Submission& submission, std::vector<Action>& actions)
{
  std::set<std::string> taken;
  for (const folder::Material& material : submission.materials) {
    taken.insert(folded(material.file));
  }
  for (Action& action : actions) {
    if (folded(action.target) == folded(action.file)) {
      continue;
    }
    if (taken.contains(folded(action.target))) {
      const auto dot = action.file.rfind('.');
      const auto slash = action.file.rfind('/');
      const std::string from = dot == std::string::npos || (slash != std::string::npos && dot < slash)
                                   ? std::string()
                                   : action.file.substr(dot + 1);
      // Targets end in the extension fix writes (.jpg, .mp4, .docx, .png); a name without one keeps it whole.
      const auto target_dot = std::min(action.target.rfind('.'), action.target.size());
      const std::string stem = action.target.substr(0, target_dot);
      const std::string extension = action.target.substr(target_dot);
      const std::string mark = from.empty() ? std::string("converted") : folded(from);
      std::string named = fmt::format("{}({}){}", stem, mark, extension);
      for (int n = 2; taken.contains(folded(named)); ++n) {
        named = fmt::format("{}({}-{}){}", stem, mark, n, extension);
      }
      action.target = std::move(named);
    }
    taken.insert(folded(action.target));
  }
}

Action* find_action(std::vector<Action>& actions, const std::string& file)
{
  auto found =
      std::find_if(actions.begin(), actions.end(), [&](const Action& action) { return action.file == file; });
  return found == actions.end() ? nullptr : &*found;
}

} // namespace

const char* to_string(ActionKind kind)
{
  switch (kind) {
  case ActionKind::transcode_video:
    return "transcode-video";
  case ActionKind::convert_document:
    return "convert-document";
  case ActionKind::convert_photo:
    return "convert-photo";
  case ActionKind::rename_file:
    return "rename";
  }
  return "";
}

Plan plan_fixes(const folder::LoadedSubmission& loaded, const std::vector<core::Finding>& findings,
                bool can_convert)
{
  Plan plan;
  // Videos whose only fault is their name (an MP4 named .mov: video.container.extension) are renamed, not
  // transcoded; any other video finding on the same file means a transcode.
  std::set<std::string> misnamed_videos;
  std::set<std::string> faulty_videos;
  const folder::Submission& submission = loaded.submission;
  auto material_of = [&](const std::string& file) -> const folder::Material* {
    for (const folder::Material& material : submission.materials) {
      if (material.file == file) {
        return &material;
      }
    }
    return nullptr;
  };
  for (const core::Finding& finding : findings) {
    if (finding.waived || finding.severity == core::Severity::info) {
      continue;
    }
    const folder::Material* material = finding.file.empty() ? nullptr : material_of(finding.file);
    // A missing sound track the notice does not require (a warning) is left to a person: a silent track
    // added would only hide the question whether the video should have sound.
    const bool optional_sound = finding.message_id == "video.audio.missing-optional";
    if (material != nullptr && material->role == folder::Role::video && is_video_rule(finding.rule) &&
        !optional_sound) {
      Action* action = find_action(plan.actions, finding.file);
      if (action == nullptr) {
        Action added;
        added.file = material->file;
        added.source = material->path;
        added.kind = ActionKind::transcode_video;
        added.video = loaded.rule_set.video_spec(folder::to_string(material->role));
        added.from = describe_video(*material, added.video);
        added.to = describe_spec(added.video, *material);
        added.bars = bars_for(*material, added.video);
        added.target = with_extension(material->file, ".mp4");
        plan.actions.push_back(std::move(added));
        action = &plan.actions.back();
      }
      action->rules.push_back(finding.rule);
      (finding.message_id == "video.container.extension" ? misnamed_videos : faulty_videos)
          .insert(finding.file);
      continue;
    }
    bool photo = material != nullptr &&
                 (material->role == folder::Role::photo || material->role == folder::Role::id_photo);
    // A photo whose data is broken (a download cut short) cannot be converted: it is to be sent again.
    const bool broken = photo && material->photo && !material->photo->decoded &&
                        (material->photo->problem_kind == media::PhotoProblem::damaged ||
                         material->photo->problem_kind == media::PhotoProblem::truncated);
    if (photo && !broken && converting_mends(finding) &&
        std::find(k_decodable.begin(), k_decodable.end(), material->type) != k_decodable.end()) {
      Action* action = find_action(plan.actions, finding.file);
      if (action == nullptr) {
        Action added;
        added.file = material->file;
        added.source = material->path;
        added.kind = ActionKind::convert_photo;
        added.photo = loaded.rule_set.photo_spec(folder::to_string(material->role));
        // Said when the coding is the fault, or "jpeg → jpeg" would read as nothing done.
        const bool arithmetic = material->photo && material->photo->arithmetic;
        const bool cmyk = material->photo && material->photo->cmyk;
        added.from = fmt::format("{}{}{}, {} KB", material->type, arithmetic ? " (arithmetic)" : "",
                                 cmyk ? " (CMYK)" : "", material->size / 1024);
        added.to =
            added.photo.max_bytes ? fmt::format("jpeg ≤ {} KB", *added.photo.max_bytes / 1024) : "jpeg";
        added.target = with_extension(material->file, ".jpg");
        plan.actions.push_back(std::move(added));
        action = &plan.actions.back();
      }
      action->rules.push_back(finding.rule);
      continue;
    }
    // A conversion the check already saw fail (or time out) is left to a person: it would fail again.
    if (material != nullptr && finding.rule == "material.legacy-format" && can_convert &&
        finding.message_id != "material.legacy-format.conversion-failed" && convertible_document(*material)) {
      Action added;
      added.file = material->file;
      added.source = material->path;
      added.kind = ActionKind::convert_document;
      added.rules = {finding.rule};
      added.from = material->type.empty() ? "doc" : material->type;
      added.to = "docx";
      added.target = with_extension(material->file, ".docx");
      plan.actions.push_back(std::move(added));
      continue;
    }
    plan.manual.push_back(finding);
  }
  for (Action& action : plan.actions) {
    std::sort(action.rules.begin(), action.rules.end());
    action.rules.erase(std::unique(action.rules.begin(), action.rules.end()), action.rules.end());
    // A PNG named .jpg, or a JPEG named .png or .heic, in a format the notice accepts and not too big: only
    // its name is wrong, and a new name keeps every byte (re-encoding a JPEG would lose a generation). A
    // JPEG in arithmetic coding or CMYK says so in `from` ("jpeg (CMYK)"), and is converted.
    const auto& formats = action.photo.formats;
    auto type = action.from.substr(0, action.from.find(','));
    if (action.kind == ActionKind::convert_photo &&
        action.rules == std::vector<std::string>{"photo.extension"} &&
        std::find(formats.begin(), formats.end(), type) != formats.end() &&
        (type == "png" || type == "jpeg")) {
      action.kind = ActionKind::rename_file;
      action.to = type;
      action.target = with_extension(action.file, type == "png" ? ".png" : ".jpg");
    }
    if (action.kind == ActionKind::transcode_video && misnamed_videos.contains(action.file) &&
        !faulty_videos.contains(action.file)) {
      action.kind = ActionKind::rename_file;
      action.to = "mp4";
    }
  }
  give_own_names(submission, plan.actions);
  return plan;
}

void carry_left_out(const std::vector<core::Finding>& before, const std::filesystem::path& original,
                    const std::filesystem::path& copy, std::vector<core::Finding>& after)
{
  namespace fs = std::filesystem;
  bool added = false;
  for (const core::Finding& finding : before) {
    if (finding.file.empty()) {
      continue;
    }
    std::error_code error;
    const auto there = fs::symlink_status(original / fs::path(finding.file), error);
    // A path too long to open cannot be copied either (its status is an error too): carried all the same.
    const bool special =
        finding.message_id == "material.unreadable.path-too-long" ||
        (!error && fs::exists(there) &&
         (!fs::is_regular_file(there) || core::read_refused(original / fs::path(finding.file))));
    const bool said = std::ranges::any_of(after, [&](const core::Finding& f) {
      return f.rule == finding.rule && f.file == finding.file && f.message_id == finding.message_id;
    });
    if (!special || said || fs::is_regular_file(fs::symlink_status(copy / fs::path(finding.file), error))) {
      continue;
    }
    after.push_back(finding);
    added = true;
  }
  if (added) {
    check::sort_findings(after);
  }
}

void carry_silence(const std::vector<core::Finding>& before, const std::string& file,
                   const std::string& target, std::vector<core::Finding>& after)
{
  for (const core::Finding& finding : before) {
    if (finding.file != file || finding.message_id != "video.audio.missing" || finding.waived) {
      continue;
    }
    core::Finding carried = finding;
    carried.file = target;
    carried.message_id = "video.audio.missing.silence-added";
    carried.args["file"] = target;
    after.push_back(std::move(carried));
    check::sort_findings(after);
    return;
  }
}

} // namespace nominate::fix
