#include "units.hpp"
#include "video_fix.hpp"

#include <nominate/media/video.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace nominate::check {
namespace {

constexpr int k_audio_kbps = 128;
constexpr int k_min_video_kbps = 300;

// `id`'s name in a table of (FFmpeg's id, the name people use), or nullopt.
template <std::size_t N>
std::optional<std::string> display_name(const std::pair<std::string_view, std::string_view> (&names)[N],
                                        std::string_view id)
{
  for (const auto& [known, name] : names) {
    if (known == id) {
      return std::string(name);
    }
  }
  return std::nullopt;
}

} // namespace

rules::VideoSpec video_target(const rules::RuleSet& rule_set, std::string_view role)
{
  return rule_set.video_spec(role);
}

std::string transcode_command(const rules::VideoSpec& target, const folder::Material& material)
{
  std::vector<std::string> filters;
  const media::VideoFacts* video = material.video ? &*material.video : nullptr;
  if (video != nullptr && video->interlaced) {
    filters.emplace_back("bwdif=mode=send_frame"); // fields woven first, or moving edges show combs
  }
  // An iPhone's HLG (or an HDR10) picture tone-mapped as fix does: converted as it is, it shows grey and
  // pale.
  const std::string to_sdr = video != nullptr ? media::tone_map_filters(video->hdr, false, false, false) : "";
  if (!to_sdr.empty()) {
    filters.push_back(to_sdr);
  }
  // The source's matrix (an SD video's BT.601) converted to BT.709, which the copy is tagged with below.
  const std::string matrix =
      !to_sdr.empty() || video == nullptr || video->yuv_matrix.empty() ? "bt709" : video->yuv_matrix;
  const std::string colour = ":in_color_matrix=" + matrix + ":out_color_matrix=bt709:out_range=tv";
  if (!target.width || !target.height) {
    // No size asked (Beijing's rules): the picture keeps its size, its colours are still made BT.709.
    filters.push_back("scale=iw:ih" + colour);
  } else {
    // A stretched source's pixels made square first (its shown width), then its shape kept.
    if (video != nullptr && video->sar_num != video->sar_den) {
      filters.emplace_back("scale=iw*sar:ih,setsar=1");
    }
    const double aspect = video != nullptr && video->height > 0 ? double(video->width) / video->height : 0;
    const double wanted = double(*target.width) / *target.height;
    if (aspect > 0 && std::abs(aspect - wanted) / wanted > 0.01) {
      // Another shape (a phone held upright, 4:3, a 20:9 screen): fitted inside and padded with black,
      // never stretched, as fix does.
      filters.push_back(
          fmt::format("scale={0}:{1}:force_original_aspect_ratio=decrease:force_divisible_by=2{2},"
                      "pad={0}:{1}:(ow-iw)/2:(oh-ih)/2",
                      *target.width, *target.height, colour));
    } else {
      filters.push_back(fmt::format("scale={}:{}{}", *target.width, *target.height, colour));
    }
    filters.emplace_back("setsar=1");
  }
  if (target.fps && *target.fps > 0) {
    filters.push_back("fps=" + format_number(*target.fps, 3));
  }
  std::string command =
      "ffmpeg -i " + shell_quoted(material.file) +
      " -c:v libx264 -profile:v high -pix_fmt yuv420p -colorspace bt709 -color_primaries bt709 "
      "-color_trc bt709";
  if (!filters.empty()) {
    command += " -vf \"" + join(filters, ",") + "\"";
  }
  double duration = material.video ? material.video->duration_s : 0.0;
  if (target.max_s && *target.max_s > 0 && duration > *target.max_s) {
    command += " -t " + format_number(*target.max_s, 0);
    duration = *target.max_s;
  }
  if (target.max_bytes && *target.max_bytes > 0 && duration > 0) {
    // 90% of the budget, less the sound track, spread over the length.
    auto total_kbps = static_cast<double>(*target.max_bytes) * 8.0 * 0.9 / 1000.0 / duration;
    auto video_kbps = std::max(k_min_video_kbps, static_cast<int>(total_kbps) - k_audio_kbps);
    command += fmt::format(" -b:v {0}k -maxrate {0}k -bufsize {1}k", video_kbps, video_kbps * 2);
  }
  command += fmt::format(" -c:a aac -b:a {}k -movflags +faststart ", k_audio_kbps);
  command += shell_quoted(stem_of(material.file) + "-转码.mp4");
  return command;
}

std::string copy_command(const folder::Material& material)
{
  return "ffmpeg -i " + shell_quoted(material.file) + " -c copy -sn -dn -movflags +faststart " +
         shell_quoted(stem_of(material.file) + "-转码.mp4");
}

std::string codec_display_name(std::string_view codec)
{
  static const std::pair<std::string_view, std::string_view> k_names[] = {{"h264", "H.264/AVC"},
                                                                          {"hevc", "HEVC (H.265)"},
                                                                          {"mpeg4", "MPEG-4 Part 2"},
                                                                          {"vp9", "VP9"},
                                                                          {"vp8", "VP8"},
                                                                          {"av1", "AV1"},
                                                                          {"vvc", "H.266/VVC"},
                                                                          {"prores", "Apple ProRes"},
                                                                          {"mjpeg", "Motion JPEG"},
                                                                          {"wmv3", "WMV 9"},
                                                                          {"mpeg2video", "MPEG-2"},
                                                                          {"flv1", "Sorenson H.263 (FLV)"}};
  if (auto name = display_name(k_names, codec)) {
    return *name;
  }
  return std::string(codec);
}

std::string audio_codec_display_name(std::string_view codec)
{
  static const std::pair<std::string_view, std::string_view> k_names[] = {{"aac", "AAC"},
                                                                          {"mp3", "MP3"},
                                                                          {"opus", "Opus"},
                                                                          {"vorbis", "Vorbis"},
                                                                          {"flac", "FLAC"},
                                                                          {"alac", "ALAC"},
                                                                          {"ac3", "AC-3 (Dolby)"},
                                                                          {"eac3", "E-AC-3 (Dolby)"},
                                                                          {"mp2", "MP2"},
                                                                          {"amr_nb", "AMR-NB"},
                                                                          {"amr_wb", "AMR-WB"},
                                                                          {"wmav2", "WMA"},
                                                                          {"truehd", "Dolby TrueHD"},
                                                                          {"dts", "DTS"}};
  if (auto name = display_name(k_names, codec)) {
    return *name;
  }
  if (codec.starts_with("pcm_")) {
    return "PCM"; // pcm_s16le, pcm_s24be …: uncompressed sound as cameras record it
  }
  return std::string(codec);
}

std::string container_display_name(std::string_view container)
{
  static const std::pair<std::string_view, std::string_view> k_names[] = {{"mp4", "MP4"},
                                                                          {"mov", "MOV (QuickTime)"},
                                                                          {"matroska", "MKV (Matroska)"},
                                                                          {"webm", "WebM"},
                                                                          {"avi", "AVI"},
                                                                          {"flv", "FLV"},
                                                                          {"mpegts", "MPEG-TS"},
                                                                          {"3gp", "3GP"},
                                                                          {"asf", "WMV (Windows Media)"},
                                                                          {"mpeg", "MPG (MPEG-PS)"},
                                                                          {"unknown", "unknown"}};
  if (auto name = display_name(k_names, container)) {
    return *name;
  }
  return std::string(container);
}

bool is_usual_extension(std::string_view container, std::string_view extension)
{
  static const std::pair<std::string_view, std::string_view> k_extensions[] = {
      {"mp4", "mp4"},   {"mp4", "m4v"},    {"mov", "mov"},     {"mov", "qt"},    {"matroska", "mkv"},
      {"mpegts", "ts"}, {"mpegts", "mts"}, {"mpegts", "m2ts"}, {"3gp", "3gp"},   {"3gp", "3g2"},
      {"asf", "wmv"},   {"asf", "asf"},    {"mpeg", "mpg"},    {"mpeg", "mpeg"}, {"mpeg", "vob"}};
  for (const auto& [id, usual] : k_extensions) {
    if (id == container && usual == extension) {
      return true;
    }
  }
  return container == extension;
}

} // namespace nominate::check
