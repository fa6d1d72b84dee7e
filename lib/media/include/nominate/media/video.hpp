#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/facts.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::media {

// The container by content: an MP4's ftyp major brand vs QuickTime's "qt  ", Matroska's EBML, AVI's RIFF.
// A 3GPP-branded file that lists an ISO/MP4 compatible brand (phones' 3gp5 + isom) is MP4; only a 3GP that
// names none (old phones' H.263/AMR clips) is 3GP.
// asf: Windows Media (.wmv, .asf); mpeg_ps: an MPEG program stream (.mpg, .mpeg, .vob) from DV cameras and
// DVDs.
enum class Container { mp4, mov, matroska, webm, avi, flv, mpeg_ts, unknown, three_gp, asf, mpeg_ps };

[[nodiscard]] const char* to_string(Container container); // "mp4", "mov", "matroska", "3gp", …

// The container of a file by its first bytes (give at least 64; an `ftyp` box with many brands wants more).
// A HEIF/AVIF image's `ftyp` is not a video: unknown.
[[nodiscard]] Container detect_container(std::span<const std::uint8_t> head);

// How much of the file a probe may read.
enum class ProbeDepth {
  index, // headers and the sample index only: a bounded read, whatever the file's size (the default)
  deep,  // also decode every frame and report decoding errors (`--deep`)
};

// A stretch of a video, in seconds from its start.
struct TimeRange {
  double start_s = 0;
  double end_s = 0;
};

// One picture sampled for content (every k_content_sample_s seconds of the video).
struct PictureSample {
  double time_s = 0;
  double luma = 0; // mean luma (signalstats YAVG), 0–255 on an 8-bit scale (16 is video black)
  double blur = 0; // blurdetect's blurriness: higher is softer (a sharp picture ≈ 2–5, a defocused one more)
};

// What a video's picture and sound show, measured during the deep probe's one decoding pass by FFmpeg's own
// filters (libavfilter, FFmpeg 5.1): blackdetect, freezedetect, signalstats and blurdetect on pictures
// sampled every k_content_sample_s seconds; ebur128 and silencedetect on every audio frame. The detectors'
// sensitivities are fixed here; how much of each is too much is the rule set's (video.black, video.frozen,
// video.dark, video.blurry, video.audio-silent).
struct VideoContent {
  double duration_s = 0;               // the span analysed: the last decoded picture's time
  std::vector<TimeRange> black;        // ≥ 98 % of pixels below 10 % luma, for ≥ 1 s (blackdetect)
  std::vector<TimeRange> frozen;       // no change beyond -60 dB noise for ≥ 2 s (freezedetect)
  std::vector<TimeRange> silent;       // below -50 dB for ≥ 2 s (silencedetect); empty without sound
  std::optional<double> loudness_lufs; // integrated loudness (EBU R128); nullopt without a sound track
  bool has_audio = false;              // a sound track was decoded
  std::vector<PictureSample> pictures; // in time order
};

inline constexpr double k_content_sample_s = 0.5;

// The total length of the ranges, in seconds.
[[nodiscard]] double total_seconds(const std::vector<TimeRange>& ranges);

// What a video is. Values are as displayed: `width`×`height` after the display-matrix rotation and sample
// aspect ratio (a 1280×720 stream rotated 90° is 720×1280).
struct VideoFacts {
  Container container = Container::unknown;
  std::string major_brand; // ftyp major brand as read from the file ("isom", "qt  "), empty if none
  std::uintmax_t file_size = 0;
  std::string codec; // "h264", "hevc", "av1", "vvc", … (FFmpeg's name, else the sample entry's; never "none")
  std::string codec_variant; // "Dolby Vision" where the stream carries its configuration, else empty
  std::string profile;       // "High", "Main", …
  int coded_width = 0;
  int coded_height = 0;
  int width = 0; // as displayed
  int height = 0;
  int rotation = 0;     // degrees clockwise, 0/90/180/270
  double fps = 0;       // from the presentation timestamps' steps, not the header's guess
  std::string fps_text; // "25", "29.97", "30"
  bool variable_frame_rate = false;
  double min_fps = 0; // over the index's steps, when variable
  double max_fps = 0;
  double duration_s = 0;
  bool has_audio = false;
  std::string audio_codec;
  std::uintmax_t bytes_read = 0; // how much of the file the probe read (for the bounded-read promise)
  std::vector<std::string> compatible_brands; // ftyp's compatible brands ("isom", "avc1", "mp41")
  int sar_num = 1;                            // sample aspect ratio (1:1 when square pixels or unknown)
  int sar_den = 1;
  bool interlaced = false; // coded as fields (a camera's 1080i, AVCHD), by the stream's field order
  std::string hdr;         // "HLG" (iPhones since the 12) or "PQ" (HDR10) by the transfer tag, else empty
  std::string yuv_matrix;  // the matrix a player decodes it with (ffmpeg::decoding_matrix): "bt709", …
  std::string header_fps;  // the header's claim (FFmpeg's r_frame_rate), e.g. "25" for a VFR file
  std::string fps_source;  // what `fps` was judged from: "index", "packets" (the first packets read),
                           // "header" (nothing better), empty when unknown
  std::int64_t frame_count = 0; // video samples in the index (0 when the container has no full index)
  double video_duration_s = 0;  // the video stream's own duration (the container's is `duration_s`)
  std::string pixel_format;     // "yuv420p", …
  bool faststart = false;       // MP4/MOV index (moov) before the media data: plays while downloading
  // With ProbeDepth::deep: frames decoded, frames the decoder flagged as damaged, decoding error messages.
  std::int64_t frames_decoded = 0;
  std::int64_t frames_damaged = 0;
  std::int64_t decode_errors = 0;
  // Damage found: "moov missing", "samples past end of file (file ends at 1234567, index needs 2345678)",
  // "decode errors in 12 frames" (deep). Empty when sound.
  std::vector<std::string> damage;
  // With ProbeDepth::deep: what the picture and sound show; nullopt when not analysed (an index probe, or
  // the filters could not be set up — then `content_problem` says why).
  std::optional<VideoContent> content;
  std::optional<std::string> content_problem;
  std::optional<std::string> problem; // why the file could not be probed at all ("not a video")

  // The report's facts: container, codec, profile, width, height, fps (text), duration_s, …; damage as one
  // text, its entries joined by "; ".
  [[nodiscard]] core::Facts to_facts() const;
};

// The libavfilter chain (zimg's zscale and tonemap) that brings an HDR picture (`hdr` "HLG" or "PQ", as
// VideoFacts::hdr) to the BT.709 a 1280×720 H.264 is played as, ending in yuv420p; empty for another `hdr`.
// Both curves are made linear with BT.2408's reference white (203 nits, HLG's 75 % signal) as SDR's white,
// brought to BT.709's primaries, and what lies above that white tone-mapped by mobius, which leaves the tones
// under white as they are. The source's primaries and matrix as tagged (BT.2020 where a phone left them
// out); zscale writes the YUV itself (BT.709's matrix). `fix` runs it, `check` prints it in its command.
[[nodiscard]] std::string tone_map_filters(std::string_view hdr, bool bt709_primaries, bool bt709_matrix,
                                           bool full_range);

// Probes a video. Never throws and never crashes on hostile input; a file that is not a video gives
// container unknown and a problem. An error only when the file cannot be opened at all.
//
// What a default (index) probe reads: the first 4 KiB, 16 bytes per top-level box (MP4/MOV), the index
// (`moov`, refused over 128 MiB; read once by FFmpeg and once for its sample tables' presentation times),
// every fragment header (`moof`) of a fragmented MP4, and at most 2 MiB of the first frames for the profile
// and pixel format — a few hundred KB of a 310 MB phone-style MP4. Containers without a per-frame index
// (Matroska, AVI, TS) also read their first 600 packets or 16 MiB to judge the frame rate. A deep probe reads
// everything.
//
// FFmpeg's log is process-wide: the first probe installs a log callback (once) that keeps each probe's
// messages as facts instead of printing them, and passes other messages to FFmpeg's default callback.
[[nodiscard]] core::Result<VideoFacts> probe_video_file(const std::filesystem::path& path,
                                                        ProbeDepth depth = ProbeDepth::index);

} // namespace nominate::media
