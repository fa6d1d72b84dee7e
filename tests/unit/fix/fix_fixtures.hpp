#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace nominate::test::fix {

// Short videos (2–3 s) made by the ffmpeg CLI on first use and cached in fixture_cache()/fix.
[[nodiscard]] std::filesystem::path hevc_1080p30(); // HEVC 1920×1080, 30 fps, AAC, MP4
[[nodiscard]] std::filesystem::path
portrait_rotated(); // coded 1280×720 with a 90° display matrix: a portrait;
                    // a blue band on the coded picture's left (shown on top)
[[nodiscard]] std::filesystem::path variable_rate(); // H.264 640×360, 30 fps then 10 fps (VFR), no sound
[[nodiscard]] std::filesystem::path matroska_named_mp4(); // H.264 1280×720 25 fps in Matroska, named .mp4
// As cameras write them: H.264 1280×720 25 fps with PCM sound in QuickTime; H.264 at `width`×`height` 25 fps
// with AC-3 sound in an MPEG-TS whose clock starts at 1.4 s (AVCHD's .MTS).
[[nodiscard]] std::filesystem::path camera_mov_pcm();
// A screen recorder's MP4: H.264 1280×720 25 fps with Opus sound, which many players do not sound.
[[nodiscard]] std::filesystem::path mp4_opus();
[[nodiscard]] std::filesystem::path windows_media(); // WMV 2 640×360 25 fps, WMA 2 at 44.1 kHz, 3 s (ASF)
[[nodiscard]] std::filesystem::path camera_ts(int width, int height);
// A camera's 1080i: 1920×1080 H.264 coded as fields (top first), 25 frames a second woven from 50 moving
// pictures, AC-3, MPEG-TS; and the same pattern shot progressive at 25 fps, losslessly: what a
// deinterlaced copy should look like.
[[nodiscard]] std::filesystem::path camera_1080i();
[[nodiscard]] std::filesystem::path progressive_1080p25();
// SMPTE colour bars (1280×720, 25 fps, 1 s): as H.264 in BT.709, and as a phone's 10-bit HEVC HDR — the
// same bars turned into BT.2020 with the HLG ("arib-std-b67") or PQ ("smpte2084") curve by zscale, white
// at BT.2408's reference white (203 nits: HLG's 75 % signal) as phones grade it, and tagged so.
[[nodiscard]] std::filesystem::path bars_sdr();
[[nodiscard]] std::filesystem::path bars_hdr(const std::string& transfer);
// SMPTE bars at 960×540 in BT.601, tagged so (smpte170m), as WeChat forwards a video.
[[nodiscard]] std::filesystem::path bars_bt601();

// `ffprobe -of json -show_streams -show_format FILE`, parsed; and the video packets' timestamps in seconds.
[[nodiscard]] nlohmann::json ffprobe(const std::filesystem::path& path);
[[nodiscard]] std::vector<double> video_packet_times(const std::filesystem::path& path);

// An MD5 of each coded video packet, in order (`ffmpeg -c copy -f framemd5`): equal lists, the same pictures.
[[nodiscard]] std::vector<std::string> video_packet_hashes(const std::filesystem::path& path);

// The first frame as RGB24 bytes, as the ffmpeg CLI shows it (rotation applied).
[[nodiscard]] std::string first_frame_rgb(const std::filesystem::path& path);

// ffmpeg's PSNR (average, dB) of `fixed` against `source` brought to the same size and rate.
[[nodiscard]] double psnr(const std::filesystem::path& fixed, const std::filesystem::path& source, int width,
                          int height, int fps);

} // namespace nominate::test::fix
