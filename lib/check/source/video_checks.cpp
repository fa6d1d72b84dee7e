// video.*: the notices' technical specs of a video (national:
// MP4格式，编码：H.264，分辨率：1280＊720P，帧率：25， 视频时间4-5分钟; Beijing: 5分钟以内…大小不超过
// 50M，格式：mp4，编码：AVC(H264), 声音、画面等要清晰). Every finding carries a ready ffmpeg command
// ({command}) that meets all of the role's specs at once.

#include "checks.hpp"
#include "units.hpp"
#include "video_fix.hpp"

#include <nominate/media/video.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace nominate::check {
namespace {

// Videos the check applies to. One the probe could not read at all is left to video.corrupt.
std::vector<const folder::Material*> videos(const CheckContext& context, const rules::CheckSpec& spec)
{
  auto materials = target_materials(context, spec);
  std::erase_if(materials, [](const folder::Material* material) {
    return !material->video || material->video->problem;
  });
  return materials;
}

core::Finding video_finding(const CheckContext& context, const rules::CheckSpec& spec,
                            const folder::Material& material, std::string message_id)
{
  auto finding = material_finding(spec, material, std::move(message_id));
  auto target = video_target(context.rule_set, *spec.material);
  finding.args["command"] = transcode_command(target, material);
  if (target.width && target.height) {
    finding.args["target_p"] = std::to_string(std::min(*target.width, *target.height));
  }
  if (target.fps) {
    finding.args["target_fps"] = format_number(*target.fps, 3);
  }
  return finding;
}

std::string lower(std::string text)
{
  std::ranges::transform(text, text.begin(),
                         [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return text;
}

std::string fps_text(const media::VideoFacts& video)
{
  return video.fps_text.empty() ? format_number(video.fps) : video.fps_text;
}

std::string seconds_text(double seconds)
{
  return format_mmss(seconds) + " (" + format_number(seconds, 1) + " s)";
}

// What an H.264 stream's pixels are, by FFmpeg's pixel format name ("yuv420p10le"): bits per sample and
// chroma layout. Empty strings when the name says nothing (unknown, or a layout not listed).
struct PixelLayout {
  std::string depth;  // "8", "10", "12"
  std::string chroma; // "4:2:0", "4:2:2", "4:4:4", "4:0:0"
};

PixelLayout pixel_layout(std::string_view format)
{
  PixelLayout layout;
  for (std::string_view depth : {"p9", "p10", "p12", "p14", "p16"}) {
    if (format.find(depth) != std::string_view::npos) {
      layout.depth = std::string(depth.substr(1));
    }
  }
  if (!format.empty() && layout.depth.empty()) {
    layout.depth = "8";
  }
  if (format.starts_with("yuv420") || format.starts_with("yuvj420") || format.starts_with("nv12") ||
      format.starts_with("nv21")) {
    layout.chroma = "4:2:0";
  } else if (format.starts_with("yuv422") || format.starts_with("yuvj422") || format.starts_with("nv16") ||
             format.starts_with("nv20")) {
    layout.chroma = "4:2:2";
  } else if (format.starts_with("yuv444") || format.starts_with("yuvj444") || format.starts_with("gbr")) {
    layout.chroma = "4:4:4";
  } else if (format.starts_with("gray")) {
    layout.chroma = "4:0:0";
  }
  return layout;
}

// H.264 as every player plays it: 8-bit 4:2:0 in Baseline, Main or High (FFmpeg's profile names). The
// profiles past High (High 10, High 4:2:2, High 4:4:4 Predictive, their Intra forms, CAVLC 4:4:4) carry
// 10-bit or fuller-chroma pictures that hardware decoders in PCs, TVs and phones do not take. Unknown
// (empty) facts are not held against a file.
bool plays_everywhere(const media::VideoFacts& video)
{
  static constexpr std::string_view k_profiles[] = {
      "Baseline", "Constrained Baseline", "Main", "Extended", "High", "Progressive High", "Constrained High"};
  const bool profile_ok =
      video.profile.empty() || std::ranges::find(k_profiles, video.profile) != std::end(k_profiles);
  const auto layout = pixel_layout(video.pixel_format);
  const bool pixels_ok = video.pixel_format.empty() || (layout.depth == "8" && layout.chroma == "4:2:0");
  return profile_ok && pixels_ok;
}

// Whether a video's streams already meet the role's spec as they are, so that only their container is
// wrong: a copy into MP4 (copy_command) then fixes it without re-encoding.
bool streams_fit(const rules::VideoSpec& target, const folder::Material& material)
{
  const media::VideoFacts& video = *material.video;
  const bool audio_fits = video.has_audio ? video.audio_codec == "aac" : !target.audio_required;
  // What fix's stream copy asks too (lib/fix remux): a known 4:2:0 format and square pixels.
  const bool pixels_known =
      video.pixel_format.starts_with("yuv420p") || video.pixel_format.starts_with("yuvj420p");
  return video.codec == "h264" && plays_everywhere(video) && pixels_known && video.sar_num == video.sar_den &&
         video.rotation == 0 && !video.variable_frame_rate &&
         (!target.width || video.width == *target.width) &&
         (!target.height || video.height == *target.height) &&
         (!target.fps || std::abs(video.fps - *target.fps) < 0.01) && audio_fits &&
         (!target.max_bytes || material.size <= static_cast<std::uintmax_t>(*target.max_bytes));
}

} // namespace

void check_video_container(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto formats = spec.strings("formats");
  if (formats.empty()) {
    formats = {"mp4"};
  }
  for (auto& format : formats) {
    format = lower(format);
    format = format == "mpeg_ts" ? "mpegts" : format; // the catalogue's name before media's
  }
  for (const auto* material : videos(context, spec)) {
    std::string container = media::to_string(material->video->container);
    auto extension = extension_of(material->file);
    if (std::ranges::find(formats, container) != formats.end()) {
      // The content is what the notice asks, the name says otherwise (an MP4 renamed .mov): whoever receives
      // it goes by the name. A warning: renaming is all it takes, and the content is right.
      const bool accepted_name = std::ranges::any_of(
          formats, [&](const std::string& format) { return is_usual_extension(format, extension); });
      if (!extension.empty() && !accepted_name) {
        auto finding = video_finding(context, spec, *material, "video.container.extension");
        finding.severity = at_most_warning(finding.severity);
        finding.args["container"] = container_display_name(container);
        finding.args["extension"] = "." + extension;
        const auto name = std::filesystem::path(material->file).filename().string();
        finding.args["renamed"] = name_with_extension(material->file, container);
        finding.args["command"] = "mv " + shell_quoted(name) + " " + shell_quoted(finding.args["renamed"]);
        finding.expected = "." + container;
        finding.actual = "." + extension;
        out.push_back(std::move(finding));
      }
      continue;
    }
    bool misnamed = std::ranges::find(formats, extension) != formats.end();
    auto finding = video_finding(context, spec, *material,
                                 misnamed ? "video.container.misnamed" : "video.container.wrong");
    std::vector<std::string> names;
    names.reserve(formats.size());
    for (const auto& format : formats) {
      names.push_back(container_display_name(format));
    }
    finding.args["container"] = container_display_name(container);
    finding.args["extension"] = extension.empty() ? "—" : "." + extension;
    finding.args["formats"] = join(names, " / ");
    finding.args["brand"] = material->video->major_brand;
    if (streams_fit(video_target(context.rule_set, *spec.material), *material)) {
      finding.args["command"] = copy_command(*material);
    }
    finding.expected = join(formats, ", ");
    finding.actual = container;
    out.push_back(std::move(finding));
  }
}

void check_video_codec(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto codecs = spec.strings("codecs");
  if (codecs.empty()) {
    codecs = {"h264"};
  }
  for (auto& codec : codecs) {
    codec = lower(codec);
  }
  for (const auto* material : videos(context, spec)) {
    const auto& codec = material->video->codec;
    if (codec == "h264" && std::ranges::find(codecs, codec) != codecs.end() &&
        !plays_everywhere(*material->video)) {
      // The letter of "编码：H.264" is met, so not an error; that the office's player cannot play it is a
      // judgement of the players out there: a warning, with the same re-export as any codec finding.
      auto finding = video_finding(context, spec, *material, "video.codec.h264-profile");
      finding.severity = at_most_warning(finding.severity);
      const auto layout = pixel_layout(material->video->pixel_format);
      finding.args["profile"] = material->video->profile.empty() ? "?" : material->video->profile;
      finding.args["depth"] = layout.depth.empty() ? "?" : layout.depth;
      finding.args["chroma"] = layout.chroma.empty() ? material->video->pixel_format : layout.chroma;
      finding.expected = "h264 8-bit 4:2:0 (High or lower)";
      finding.actual = "h264 " + finding.args["profile"] + " " + material->video->pixel_format;
      out.push_back(std::move(finding));
      continue;
    }
    if (codec.empty() || std::ranges::find(codecs, codec) != codecs.end()) {
      continue;
    }
    auto finding =
        video_finding(context, spec, *material, codec == "hevc" ? "video.codec.hevc" : "video.codec.other");
    std::vector<std::string> names;
    names.reserve(codecs.size());
    for (const auto& wanted : codecs) {
      names.push_back(codec_display_name(wanted));
    }
    finding.args["codec"] = codec_display_name(codec);
    finding.args["codecs"] = join(names, " / ");
    finding.expected = join(codecs, ", ");
    finding.actual = codec;
    out.push_back(std::move(finding));
  }
}

void check_video_resolution(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto width = spec.integer("width");
  auto height = spec.integer("height");
  if (!width || !height) {
    return;
  }
  auto required = std::to_string(*width) + "×" + std::to_string(*height);
  for (const auto* material : videos(context, spec)) {
    const auto& video = *material->video;
    // The notice's pixels are square ones: 960×720 stretched to play as 1280×720 (an HDV or a phone's
    // anamorphic mode) stores three quarters of the picture asked for.
    const bool square = video.sar_num <= 0 || video.sar_den <= 0 || video.sar_num == video.sar_den;
    if (video.width <= 0 || video.height <= 0) {
      continue;
    }
    if (video.width == *width && video.height == *height && square) {
      // The size asked, coded as fields: "1280＊720P" is progressive, and an interlaced picture shows combed
      // edges wherever it moves. fix deinterlaces it (bwdif) as it does a camera's 1080i.
      if (video.interlaced) {
        auto finding = video_finding(context, spec, *material, "video.resolution.interlaced");
        finding.args["width"] = std::to_string(video.width);
        finding.args["height"] = std::to_string(video.height);
        finding.args["required"] = required;
        finding.expected = required + " progressive";
        finding.actual = required + " interlaced";
        out.push_back(std::move(finding));
      }
      continue;
    }
    // As displayed: a 1280×720 stream with a 90° rotation plays as 720×1280 and is a portrait video.
    bool portrait = video.height > video.width && *width > *height;
    // Non-square pixels: the file stores coded_width×coded_height and players stretch it; say both.
    const bool stretched =
        !portrait && video.sar_num > 0 && video.sar_den > 0 && video.sar_num != video.sar_den;
    // Another landscape shape (4:3, a 20:9 screen recording): exported at "720P" as it is, it stays that
    // shape (960×720) and fails again; the canvas is set to the notice's shape first.
    const double aspect = static_cast<double>(video.width) / video.height;
    const double wanted = static_cast<double>(*width) / *height;
    const bool shape = !portrait && !stretched && std::abs(aspect - wanted) / wanted > 0.01;
    auto finding = video_finding(context, spec, *material,
                                 portrait    ? "video.resolution.portrait"
                                 : stretched ? "video.resolution.non-square"
                                 : shape     ? "video.resolution.shape"
                                             : "video.resolution.mismatch");
    if (stretched) {
      finding.args["coded_width"] = std::to_string(video.coded_width);
      finding.args["coded_height"] = std::to_string(video.coded_height);
      finding.args["sar"] = std::to_string(video.sar_num) + ":" + std::to_string(video.sar_den);
    }
    finding.args["width"] = std::to_string(video.width);
    finding.args["height"] = std::to_string(video.height);
    finding.args["required"] = required;
    finding.expected = required;
    finding.actual = std::to_string(video.width) + "×" + std::to_string(video.height);
    out.push_back(std::move(finding));
  }
}

void check_video_frame_rate(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto equals = spec.number("equals");
  auto tolerance = spec.number("tolerance").value_or(0.05); // in frames per second
  bool constant = spec.flag("constant", true);
  for (const auto* material : videos(context, spec)) {
    const auto& video = *material->video;
    if (video.fps <= 0) {
      continue;
    }
    auto required = equals ? format_number(*equals, 3) + " fps" : std::string("constant");
    if (constant && video.variable_frame_rate) {
      auto finding = video_finding(context, spec, *material, "video.frame-rate.variable");
      finding.args["min_fps"] = format_number(video.min_fps);
      finding.args["max_fps"] = format_number(video.max_fps);
      finding.args["fps"] = fps_text(video);
      finding.args["required"] = required;
      finding.expected = required;
      finding.actual =
          "variable " + format_number(video.min_fps) + "–" + format_number(video.max_fps) + " fps";
      out.push_back(std::move(finding));
      continue; // its average rate is no second fault: one export at a constant rate mends both
    }
    if (equals && std::abs(video.fps - *equals) > tolerance) {
      auto finding = video_finding(context, spec, *material, "video.frame-rate.mismatch");
      finding.args["fps"] = fps_text(video);
      finding.args["required"] = format_number(*equals, 3);
      finding.expected = required;
      finding.actual = fps_text(video) + " fps";
      out.push_back(std::move(finding));
    }
  }
}

void check_video_duration(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto min_s = spec.number("min_s");
  auto max_s = spec.number("max_s");
  std::string expected;
  if (min_s && max_s) {
    expected = format_number(*min_s) + "–" + format_number(*max_s) + " s";
  } else if (min_s) {
    expected = "≥ " + format_number(*min_s) + " s";
  } else if (max_s) {
    expected = "≤ " + format_number(*max_s) + " s";
  } else {
    return;
  }
  for (const auto* material : videos(context, spec)) {
    auto duration = material->video->duration_s;
    if (duration <= 0) {
      // No length in the file's header (zeroed, or a recording never finished): the length could not be
      // judged, and is said so rather than passed.
      auto finding = video_finding(context, spec, *material, "video.duration.unknown");
      finding.expected = expected;
      finding.actual = "unknown";
      out.push_back(std::move(finding));
      continue;
    }
    // Judged in whole seconds, as players show it (VLC, Explorer and 剪映 cut the fraction off): 5:00.6 —
    // an export of 5:00 whose AAC track ends after its picture (encoder padding) — plays as 5:00 and is not
    // "longer than 5:00". At the lower end, half a second short of 4:00 (a 4:00 export of whole frames,
    // 239.96 s) still counts as 4:00: a clerk cannot cut or add a fraction of a second.
    const double shown = std::floor(duration);
    // The picture ending seconds before the sound (background music longer than the footage): the player
    // shows the file's length, the reviewer sees the last frame standing still. Where only the picture falls
    // short of the minimum, a warning: the file's length meets the letter, the picture does not.
    constexpr double k_sound_only_s = 2.0;
    const double picture = material->video->video_duration_s;
    const bool picture_short = min_s && picture > 0 && duration - picture > k_sound_only_s &&
                               std::round(picture) < *min_s && std::round(duration) >= *min_s;
    std::string message_id;
    if (min_s && std::round(duration) < *min_s) {
      message_id = "video.duration.too-short";
    } else if (max_s && shown > *max_s) {
      message_id = "video.duration.too-long";
    } else if (picture_short) {
      message_id = "video.duration.picture-short";
    } else {
      continue;
    }
    auto finding = video_finding(context, spec, *material, message_id);
    finding.args["duration"] = format_mmss(shown); // what the player shows
    finding.args["duration_s"] = format_number(duration, 3);
    if (message_id == "video.duration.picture-short") {
      finding.severity = at_most_warning(spec.severity);
      finding.args["picture"] = format_mmss(std::floor(picture));
      finding.args["picture_s"] = format_number(picture, 3);
      finding.args["gap_s"] = format_number(std::round(duration - picture), 0);
    }
    finding.args["min"] = min_s ? format_mmss(*min_s) : "—";
    if (min_s) {
      finding.args["min_s"] = format_number(*min_s, 3);
    }
    finding.args["max"] = max_s ? format_mmss(*max_s) : "—";
    if (max_s) {
      finding.args["max_s"] = format_number(*max_s, 3);
    }
    finding.expected = expected;
    finding.actual = seconds_text(duration);
    out.push_back(std::move(finding));
  }
}

void check_video_file_size(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  auto max_bytes = spec.integer("max_bytes");
  if (!max_bytes || *max_bytes <= 0) {
    return;
  }
  auto limit = static_cast<std::uintmax_t>(*max_bytes);
  for (const auto* material : videos(context, spec)) {
    auto size = material->size > 0 ? material->size : material->video->file_size;
    if (size <= limit) {
      continue;
    }
    auto finding = video_finding(context, spec, *material, "video.file-size.too-large");
    finding.args["size"] = format_bytes_over(size, limit);
    finding.args["max"] = format_bytes(limit);
    finding.args["bytes"] = std::to_string(size);
    finding.expected = "≤ " + format_bytes(limit);
    finding.actual = finding.args["size"] + " (" + std::to_string(size) + " B)";
    out.push_back(std::move(finding));
  }
}

void check_video_audio(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  // What an MP4's sound is in when every player sounds it: AAC (what phones and 剪映 write), or MP3.
  static constexpr std::string_view k_playable[] = {"aac", "mp3"};
  for (const auto* material : videos(context, spec)) {
    const auto& video = *material->video;
    if (video.has_audio && video.container == media::Container::mp4 && !video.audio_codec.empty() &&
        std::ranges::find(k_playable, video.audio_codec) == std::end(k_playable)) {
      // Opus, FLAC, AC-3, PCM or AMR in an MP4 (a screen recorder's, a camera's, an old phone's): many
      // players and upload platforms show the picture and play nothing. A judgement of players: a warning. (A
      // wrong container's own finding converts the sound already.)
      auto finding = video_finding(context, spec, *material, "video.audio.codec");
      finding.severity = at_most_warning(finding.severity);
      finding.args["codec"] = audio_codec_display_name(video.audio_codec);
      finding.args["command"] = "ffmpeg -i " + shell_quoted(material->file) +
                                " -c:v copy -c:a aac -b:a 128k -movflags +faststart " +
                                shell_quoted(stem_of(material->file) + "-转码.mp4");
      finding.expected = "aac";
      finding.actual = video.audio_codec;
      out.push_back(std::move(finding));
      continue;
    }
    if (video.has_audio) {
      continue;
    }
    // Where the notice asks for sound the message says so; where it does not (a warning), it asks whether
    // the video should have sound.
    auto finding = material_finding(spec, *material,
                                    spec.severity == core::Severity::error ? "video.audio.missing"
                                                                           : "video.audio.missing-optional");
    finding.expected = "audio track";
    finding.actual = "none";
    out.push_back(std::move(finding));
  }
}

void check_video_corrupt(const CheckContext& context, const rules::CheckSpec& spec, Findings& out)
{
  for (const auto* material : target_materials(context, spec)) {
    if (!material->video) {
      continue;
    }
    const auto& video = *material->video;
    if (!video.problem && video.damage.empty()) {
      continue;
    }
    // What the file's own layout shows says more than FFmpeg's "cannot open" about the same file: the damage
    // is named where it was found. A file cut short or without its index (a copy or upload interrupted) is
    // told from data damaged inside a whole file (a changed byte, a failing card): the advice differs.
    const bool unreadable = video.problem && video.damage.empty();
    const bool cut_short = std::ranges::any_of(video.damage, [](const std::string& entry) {
      return entry.starts_with("file ends early") || entry.starts_with("index (moov) missing") ||
             entry.starts_with("samples past end of file");
    });
    // Sound and no picture (a voice recording, music, an export of the audio alone) is no damage: said so,
    // and the advice is to find the video, not to copy the same file again.
    const bool sound_only = unreadable && video.has_audio && video.problem->starts_with("no video stream");
    auto detail = unreadable ? *video.problem : join(video.damage, "; ");
    auto finding = material_finding(spec, *material,
                                    sound_only   ? "video.corrupt.sound-only"
                                    : unreadable ? "video.corrupt.unreadable"
                                    : cut_short  ? "video.corrupt.truncated"
                                                 : "video.corrupt.damaged");
    finding.args["detail"] = detail;
    finding.args["damage"] = unreadable ? *video.problem : join(video.damage, "｜");
    finding.args["command"] =
        sound_only
            ? "ffprobe -v error -show_entries stream=codec_type,codec_name " + shell_quoted(material->file)
            : "ffmpeg -v error -i " + shell_quoted(material->file) + " -f null -";
    finding.expected = "a complete, playable video";
    finding.actual = detail;
    out.push_back(std::move(finding));
  }
}

} // namespace nominate::check
