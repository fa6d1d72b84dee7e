#pragma once

#include <nominate/folder/submission.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <string>
#include <string_view>

// The ready ffmpeg command a video finding offers IT staff: one re-encode that meets every video spec the
// rule set gives for the role (codec, size, rate, length, file size), so one command fixes all at once.
namespace nominate::check {

// The rule set's typed spec for a video role (rules::RuleSet::video_spec).
[[nodiscard]] rules::VideoSpec video_target(const rules::RuleSet& rule_set, std::string_view role);

// ffmpeg -i "事迹.mov" -c:v libx264 -profile:v high -pix_fmt yuv420p -vf "scale=1280:720,fps=25" -c:a aac …
[[nodiscard]] std::string transcode_command(const rules::VideoSpec& target, const folder::Material& material);

// ffmpeg -i "事迹.mov" -c copy -sn -dn -movflags +faststart "事迹-转码.mp4": for a video right but for its
// container, its picture and sound copied into MP4 without re-encoding (subtitles and data tracks, which MP4
// players do not take, left out), as `nominate fix` does with such a file.
[[nodiscard]] std::string copy_command(const folder::Material& material);

// "H.264/AVC", "HEVC (H.265)", "MPEG-4 Part 2", … (the name people search for); the codec id otherwise.
[[nodiscard]] std::string codec_display_name(std::string_view codec);
// A sound codec as people name it (opus → Opus, amr_nb → AMR-NB, pcm_s16le → PCM); others as FFmpeg names
// them.
[[nodiscard]] std::string audio_codec_display_name(std::string_view codec);

// "MP4", "MOV (QuickTime)", "MKV (Matroska)", … for a container id.
[[nodiscard]] std::string container_display_name(std::string_view container);

// Whether `extension` (lower case, no dot) is a usual name for a container id: mp4 ← .mp4 .m4v;
// mov ← .mov .qt; matroska ← .mkv; mpegts ← .ts .mts .m2ts; 3gp ← .3gp .3g2; others ← their id.
[[nodiscard]] bool is_usual_extension(std::string_view container, std::string_view extension);

} // namespace nominate::check
