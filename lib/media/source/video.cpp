#include "demuxers.hpp"
#include "ffmpeg_log.hpp"
#include "file_io.hpp"
#include "frame_rate.hpp"
#include "iso_box.hpp"
#include "sample_times.hpp"
#include "video_damage.hpp"
#include "video_decode.hpp"

#include <nominate/ffmpeg/colour.hpp>
#include <nominate/ffmpeg/rotation.hpp>
#include <nominate/ffmpeg/streams.hpp>
#include <nominate/media/video.hpp>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/pixdesc.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/handles.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace nominate::media {

namespace {

using detail::k_probe_size;
using ffmpeg::k_format_whitelist;
constexpr std::int64_t k_analyze_duration = std::int64_t{2} * AV_TIME_BASE;
// An MP4 index (moov) bigger than this is refused: 5 minutes of phone video need about 100 KiB, and FFmpeg
// turns each byte of index into several of memory.
constexpr std::uint64_t k_max_index_bytes = 128ULL << 20;
// Without a full index (Matroska, AVI, TS), the rate is judged from the first packets, within these bounds.
constexpr int k_rate_packets = 600;
constexpr std::uint64_t k_rate_bytes = 16ULL << 20;
constexpr std::size_t k_head_bytes = 4096;
constexpr std::size_t k_max_logged_damage = 3;

// avformat_find_stream_info, which decodes the first frames only to learn the profile, pixel format and
// reordering delay and then throws their pictures away: the deblocking filter, about a third of H.264's
// decoding time and never a source of errors, is skipped for them.
int find_stream_info(AVFormatContext* format)
{
  std::vector<AVDictionary*> options(format->nb_streams, nullptr);
  for (auto& stream_options : options) {
    ffmpeg::av_dict_set(&stream_options, "skip_loop_filter", "all", 0);
  }
  const int found = ffmpeg::avformat_find_stream_info(format, options.data());
  for (auto& stream_options : options) {
    ffmpeg::av_dict_free(&stream_options);
  }
  return found;
}

bool is_iso(Container container)
{
  return container == Container::mp4 || container == Container::mov || container == Container::three_gp;
}

// A codec's name as FFmpeg gives it ("h264", "hevc", "av1"); where this FFmpeg does not know the codec, the
// name its sample entry's four-character code stands for (VVC's "vvc1"/"vvi1", Dolby Vision's "dvh1"), else
// "fourcc:xxxx" — never FFmpeg's "none".
std::string codec_name(const AVCodecParameters* codec)
{
  if (codec->codec_id != AV_CODEC_ID_NONE) {
    return ffmpeg::avcodec_get_name(codec->codec_id);
  }
  std::string tag;
  for (int shift = 0; shift < 32; shift += 8) {
    const auto c = static_cast<char>((codec->codec_tag >> shift) & 0xFF);
    tag += c >= 0x20 && c < 0x7F ? c : '?';
  }
  static const std::pair<std::string_view, std::string_view> k_tags[] = {
      {"vvc1", "vvc"},  {"vvi1", "vvc"},  {"dvh1", "hevc"}, {"dvhe", "hevc"},   {"dva1", "h264"},
      {"dvav", "h264"}, {"dav1", "av1"},  {"av01", "av1"},  {"hvc1", "hevc"},   {"hev1", "hevc"},
      {"avc1", "h264"}, {"avc3", "h264"}, {"vp09", "vp9"},  {"apch", "prores"}, {"apcn", "prores"}};
  for (const auto& [fourcc, name] : k_tags) {
    if (tag == fourcc) {
      return std::string(name);
    }
  }
  return codec->codec_tag == 0 ? std::string("unknown") : "fourcc:" + tag;
}

// "Dolby Vision" where the stream carries a Dolby Vision configuration (dvh1/dvhe HEVC, dav1 AV1): a
// variant phones record in (iPhone 12 and later) that many players show with wrong colours.
std::string variant_of(const AVStream* stream)
{
  std::size_t size = 0;
  if (ffmpeg::av_stream_get_side_data(stream, AV_PKT_DATA_DOVI_CONF, &size) != nullptr) {
    return "Dolby Vision";
  }
  const auto tag = stream->codecpar->codec_tag;
  const char first = static_cast<char>(tag & 0xFF);
  const char second = static_cast<char>((tag >> 8) & 0xFF);
  return first == 'd' && second == 'v' ? "Dolby Vision" : "";
}

std::string profile_of(const AVCodecParameters* codec)
{
  const char* name = ffmpeg::avcodec_profile_name(codec->codec_id, codec->profile);
  return name != nullptr ? name : "";
}

void set_size(const AVFormatContext* format, AVStream* stream, VideoFacts& facts)
{
  const AVCodecParameters* codec = stream->codecpar;
  facts.coded_width = codec->width;
  facts.coded_height = codec->height;
  facts.interlaced = codec->field_order == AV_FIELD_TT || codec->field_order == AV_FIELD_BB ||
                     codec->field_order == AV_FIELD_TB || codec->field_order == AV_FIELD_BT;
  facts.hdr = ffmpeg::hdr_transfer(codec);
  facts.yuv_matrix = ffmpeg::decoding_matrix(codec);
  const AVRational sar =
      ffmpeg::av_guess_sample_aspect_ratio(const_cast<AVFormatContext*>(format), stream, nullptr);
  double width = codec->width;
  if (sar.num > 0 && sar.den > 0) {
    facts.sar_num = sar.num;
    facts.sar_den = sar.den;
    width = codec->width * av_q2d(sar); // players stretch the width, as FFmpeg's `iw*sar` does
  }
  facts.rotation = ffmpeg::display_rotation(stream);
  const int displayed_width = static_cast<int>(std::lround(width));
  const bool turned = facts.rotation == 90 || facts.rotation == 270;
  facts.width = turned ? codec->height : displayed_width;
  facts.height = turned ? displayed_width : codec->height;
}

// The index's decode timestamps of `stream` (MP4/MOV: one entry per sample, straight from `stts`), for a
// rate where the presentation times give none, and where the index says the samples end.
std::vector<std::int64_t> index_timestamps(AVFormatContext* format, AVStream* stream, VideoFacts& facts,
                                           std::uint64_t& index_end)
{
  for (unsigned i = 0; i < format->nb_streams; ++i) {
    AVStream* any = format->streams[i];
    const int entries = ffmpeg::avformat_index_get_entries_count(any);
    for (int e = 0; e < entries; ++e) {
      const AVIndexEntry* entry = ffmpeg::avformat_index_get_entry(any, e);
      if (entry != nullptr && entry->pos >= 0) {
        index_end = std::max<std::uint64_t>(index_end, static_cast<std::uint64_t>(entry->pos) + entry->size);
      }
    }
  }
  const int entries = ffmpeg::avformat_index_get_entries_count(stream);
  std::vector<std::int64_t> timestamps;
  timestamps.reserve(static_cast<std::size_t>(std::max(0, entries)));
  for (int e = 0; e < entries; ++e) {
    const AVIndexEntry* entry = ffmpeg::avformat_index_get_entry(stream, e);
    if (entry != nullptr && (entry->flags & AVINDEX_DISCARD_FRAME) == 0) {
      timestamps.push_back(entry->timestamp);
    }
  }
  facts.frame_count = static_cast<std::int64_t>(timestamps.size());
  return timestamps;
}

// The rate from the presentation times of the first packets, for containers without a per-frame index. An
// MPEG program stream gives a presentation time to some packets only, and with B-frames a packet's decoding
// time is a frame behind its presentation: then the decoding times, which every packet has, one a frame.
std::optional<detail::FrameRate> rate_from_packets(AVFormatContext* format, int stream_index,
                                                   const detail::CountingFile& file)
{
  ffmpeg::PacketHandle packet(ffmpeg::av_packet_alloc());
  if (!packet) {
    return std::nullopt;
  }
  const std::uint64_t start = file.bytes_read();
  std::vector<std::int64_t> timestamps; // the presentation time, else the decoding time
  std::vector<std::int64_t> decoding;
  std::size_t packets = 0;
  std::size_t without_pts = 0;
  while (packets < k_rate_packets && file.bytes_read() - start < k_rate_bytes) {
    if (ffmpeg::av_read_frame(format, packet.get()) < 0) {
      break;
    }
    if (packet->stream_index == stream_index) {
      ++packets;
      without_pts += packet->pts == AV_NOPTS_VALUE ? 1 : 0;
      const std::int64_t time = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
      if (time != AV_NOPTS_VALUE) {
        timestamps.push_back(time);
      }
      if (packet->dts != AV_NOPTS_VALUE) {
        decoding.push_back(packet->dts);
      }
    }
    ffmpeg::av_packet_unref(packet.get());
  }
  const AVRational base = format->streams[stream_index]->time_base;
  if (without_pts > 0 && decoding.size() == packets) {
    return detail::judge_frame_rate(std::move(decoding), base.num, base.den);
  }
  return detail::judge_frame_rate(std::move(timestamps), base.num, base.den);
}

void set_rate(const std::optional<detail::FrameRate>& rate, std::string_view source, VideoFacts& facts)
{
  facts.fps = rate->fps;
  facts.variable_frame_rate = rate->variable;
  facts.min_fps = rate->min_fps;
  facts.max_fps = rate->max_fps;
  facts.fps_source = source;
}

void set_deep(AVFormatContext* format, int stream_index, detail::LogCapture& capture, VideoFacts& facts)
{
  const int audio_index =
      ffmpeg::av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, stream_index, nullptr, 0);
  auto report = detail::decode_stream(format, stream_index, audio_index, capture);
  facts.content = std::move(report.content);
  facts.content_problem = std::move(report.content_problem);
  facts.frames_decoded = report.frames;
  facts.frames_damaged = report.damaged_frames;
  facts.decode_errors = report.errors;
  if (report.problem) {
    facts.damage.push_back("cannot decode: " + *report.problem);
    return;
  }
  if (report.damaged_frames > 0 || report.errors > 0) {
    facts.damage.push_back("decoding errors: " + std::to_string(report.damaged_frames) + " damaged frames, " +
                           std::to_string(report.errors) + " errors");
  }
  if (report.read_error) {
    facts.damage.push_back(*report.read_error);
  }
  // The index counts the pre-roll pictures an edit list hides; the decoder rightly drops them.
  const std::int64_t shown = facts.frame_count - report.discarded;
  if (facts.frame_count > 0 && report.frames < shown && !report.cut_short) {
    facts.damage.push_back("only " + std::to_string(report.frames) + " of " + std::to_string(shown) +
                           " frames could be decoded");
  }
}

// Rounded to `decimals` places, dividing last so the double is the one nearest the decimal (2.55, not
// 2.5500000000000003) and the JSON writer prints it short.
double rounded(double value, int decimals)
{
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

} // namespace

core::Result<VideoFacts> probe_video_file(const std::filesystem::path& path, ProbeDepth depth)
{
  auto opened = detail::CountingFile::open(path);
  if (!opened) {
    return std::unexpected(opened.error());
  }
  detail::CountingFile& file = **opened;
  VideoFacts facts;
  facts.file_size = file.size();
  auto finish = [&]() -> core::Result<VideoFacts> {
    facts.bytes_read = file.bytes_read();
    return facts;
  };
  if (file.size() == 0) {
    facts.problem = "empty file";
    return finish();
  }
  std::vector<std::uint8_t> head(k_head_bytes);
  head.resize(file.read_at(0, head));
  facts.container = detect_container(head);
  if (auto type = detail::parse_file_type(head)) {
    facts.major_brand = type->major_brand;
    facts.compatible_brands = type->compatible_brands;
  }
  if (facts.container == Container::unknown) {
    facts.problem = "not a video";
    return finish();
  }
  const auto layout = detail::read_layout(file, facts.container);
  facts.damage = layout.damage;
  facts.faststart = layout.has_index && layout.index_first;
  if (layout.index_size > k_max_index_bytes) {
    facts.problem = "index too large: " + std::to_string(layout.index_size) + " bytes";
    return finish();
  }

  // FFmpeg is loaded here, for the first file that looks like a video: not for a folder without one.
  if (auto loaded = ffmpeg::load(); !loaded) {
    return std::unexpected(loaded.error());
  }
  detail::LogCapture capture; // outlives the contexts below, which log into it
  detail::AvioReader avio(file);
  AVFormatContext* raw = ffmpeg::avformat_alloc_context();
  if (raw == nullptr || avio.get() == nullptr) {
    ffmpeg::avformat_free_context(raw);
    return core::fail(core::ErrorCode::io, "out of memory", path);
  }
  raw->pb = avio.get();
  raw->flags |= AVFMT_FLAG_CUSTOM_IO;
  raw->opaque = &capture;
  raw->probesize = k_probe_size;
  raw->max_analyze_duration = k_analyze_duration;
  AVDictionary* options = nullptr;
  ffmpeg::av_dict_set(&options, "format_whitelist", k_format_whitelist, 0);
  ffmpeg::av_dict_set(&options, "max_streams", ffmpeg::k_max_streams, 0);
  const int status = ffmpeg::avformat_open_input(&raw, "", nullptr, &options); // frees `raw` on failure
  ffmpeg::av_dict_free(&options);
  if (status < 0) {
    const auto errors = capture.errors();
    facts.problem = "cannot open: " + (errors.empty() ? ffmpeg::error_text(status) : errors.front());
    return finish();
  }
  ffmpeg::InputHandle format(raw);
  if (const int found = find_stream_info(format.get()); found < 0) {
    facts.damage.push_back("stream information unreadable: " + ffmpeg::error_text(found));
  }
  const int video = ffmpeg::best_video_stream(format.get());
  for (unsigned i = 0; i < format->nb_streams; ++i) {
    const AVCodecParameters* codec = format->streams[i]->codecpar;
    if (codec->codec_type == AVMEDIA_TYPE_AUDIO && !facts.has_audio) {
      facts.has_audio = true;
      facts.audio_codec = codec_name(codec);
    }
  }
  if (format->duration != AV_NOPTS_VALUE && format->duration > 0) {
    facts.duration_s = static_cast<double>(format->duration) / AV_TIME_BASE;
  }
  if (video < 0) {
    facts.problem = "no video stream";
    return finish();
  }
  // Sound with a cover picture (a song, a recording from a phone's voice app with album art): its only
  // picture stream is one still image, no video.
  if (ffmpeg::is_cover_picture(format.get(), video)) {
    facts.problem = "no video stream (only sound and a still cover picture)";
    return finish();
  }
  AVStream* stream = format->streams[video];
  const AVCodecParameters* codec = stream->codecpar;
  facts.codec = codec_name(codec);
  facts.codec_variant = variant_of(stream);
  facts.profile = profile_of(codec);
  if (const char* pixels = ffmpeg::av_get_pix_fmt_name(static_cast<AVPixelFormat>(codec->format))) {
    facts.pixel_format = pixels;
  }
  set_size(format.get(), stream, facts);
  if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) {
    facts.video_duration_s = static_cast<double>(stream->duration) * av_q2d(stream->time_base);
  }
  if (facts.duration_s <= 0) {
    facts.duration_s = facts.video_duration_s;
  }
  if (stream->r_frame_rate.num > 0 && stream->r_frame_rate.den > 0) {
    facts.header_fps = detail::format_fps(av_q2d(stream->r_frame_rate));
  }

  std::uint64_t index_end = 0;
  std::optional<detail::FrameRate> rate;
  if (is_iso(facts.container)) {
    auto decode_times = index_timestamps(format.get(), stream, facts, index_end);
    // Presentation times from the sample tables (and every fragment), not FFmpeg's decode-time index.
    // The track FFmpeg read as the video (not a cover picture's track before it): an MP4 stream's id is its
    // track id.
    const auto track_id = static_cast<std::uint32_t>(std::max(stream->id, 0));
    if (auto times = detail::read_video_sample_times(file, track_id);
        times && times->presentation.size() >= 2) {
      facts.frame_count = static_cast<std::int64_t>(times->presentation.size());
      if (times->fragmented && times->total_duration > 0) {
        // A fragmented file's header may give any duration (or none): the fragments' samples are the video.
        facts.video_duration_s = static_cast<double>(times->total_duration) / times->timescale;
        facts.duration_s = facts.video_duration_s;
      }
      rate = detail::judge_frame_rate(std::move(times->presentation), 1, static_cast<int>(times->timescale));
    }
    if (!rate) {
      rate = detail::judge_frame_rate(std::move(decode_times), stream->time_base.num, stream->time_base.den);
    }
  }
  std::string_view rate_source = "index";
  if (!rate) {
    rate = rate_from_packets(format.get(), video, file);
    rate_source = "packets";
  }
  if (rate) {
    set_rate(rate, rate_source, facts);
  } else if (stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0) {
    facts.fps = av_q2d(stream->avg_frame_rate);
    facts.fps_source = "header";
  }
  if (facts.fps > 0) {
    facts.fps_text = detail::format_fps(facts.fps);
  }
  if (auto past = detail::index_past_end(index_end, file.size(), layout.reached_end)) {
    facts.damage.push_back(*past);
  }
  const auto logged = capture.errors();
  for (std::size_t i = 0; i < logged.size() && i < k_max_logged_damage; ++i) {
    facts.damage.push_back("FFmpeg: " + logged[i]);
  }
  if (depth == ProbeDepth::deep) {
    set_deep(format.get(), video, capture, facts);
  }
  return finish();
}

std::string tone_map_filters(std::string_view hdr, bool bt709_primaries, bool bt709_matrix, bool full_range)
{
  if (hdr != "HLG" && hdr != "PQ") {
    return {};
  }
  return std::string("zscale=tin=") + (hdr == "HLG" ? "arib-std-b67" : "smpte2084") +
         (bt709_primaries ? ":pin=bt709" : ":pin=bt2020") + (bt709_matrix ? ":min=bt709" : ":min=bt2020nc") +
         (full_range ? ":rin=full" : ":rin=limited") +
         ":t=linear:npl=203,format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=mobius:desat=0,"
         "zscale=t=bt709:m=bt709:r=limited,format=yuv420p";
}

core::Facts VideoFacts::to_facts() const
{
  core::Facts out;
  out.emplace_back("container", std::string(to_string(container)));
  if (!major_brand.empty()) {
    out.emplace_back("major_brand", major_brand);
  }
  if (!codec.empty()) {
    out.emplace_back("codec", codec);
  }
  if (!codec_variant.empty()) {
    out.emplace_back("codec_variant", codec_variant);
  }
  if (!profile.empty()) {
    out.emplace_back("profile", profile);
  }
  if (!hdr.empty()) {
    out.emplace_back("hdr", hdr);
  }
  if (width > 0 && height > 0) {
    out.emplace_back("width", std::int64_t{width});
    out.emplace_back("height", std::int64_t{height});
  }
  if (coded_width != width || coded_height != height) {
    out.emplace_back("coded_width", std::int64_t{coded_width});
    out.emplace_back("coded_height", std::int64_t{coded_height});
  }
  if (rotation != 0) {
    out.emplace_back("rotation", std::int64_t{rotation});
  }
  if (!fps_text.empty()) {
    out.emplace_back("fps", fps_text);
    out.emplace_back("variable_frame_rate", variable_frame_rate);
  }
  if (!header_fps.empty() && header_fps != fps_text) {
    out.emplace_back("header_fps", header_fps);
  }
  if (duration_s > 0) {
    out.emplace_back("duration_s", rounded(duration_s, 2));
  }
  out.emplace_back("has_audio", has_audio);
  if (has_audio) {
    out.emplace_back("audio_codec", audio_codec);
  }
  out.emplace_back("file_size", static_cast<std::int64_t>(file_size));
  out.emplace_back("bytes_read", static_cast<std::int64_t>(bytes_read));
  if (frames_decoded > 0 || decode_errors > 0) {
    out.emplace_back("frames_decoded", frames_decoded);
    out.emplace_back("frames_damaged", frames_damaged);
  }
  if (content) {
    // What the deep probe's filters saw (VideoContent), in seconds and LUFS.
    if (content->loudness_lufs) {
      out.emplace_back("loudness_lufs", rounded(*content->loudness_lufs, 1));
    }
    out.emplace_back("black_s", rounded(total_seconds(content->black), 1));
    out.emplace_back("frozen_s", rounded(total_seconds(content->frozen), 1));
    if (content->has_audio) {
      out.emplace_back("silent_s", rounded(total_seconds(content->silent), 1));
    }
  }
  if (!damage.empty()) {
    std::string joined;
    for (const auto& entry : damage) {
      joined += (joined.empty() ? "" : "; ") + entry;
    }
    out.emplace_back("damage", joined);
  }
  if (problem) {
    out.emplace_back("problem", *problem);
  }
  return out;
}

} // namespace nominate::media
