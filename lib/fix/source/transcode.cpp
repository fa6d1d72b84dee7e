// Video transcode to a rule set's spec: demux → decode → filter (rotate, fit, pad, CFR, yuv420p) → libx264 /
// AAC → MP4 (faststart). One frame at a time, so memory stays flat whatever the video's length.
#include "remux.hpp"
#include "video_plan.hpp"

#include <nominate/ffmpeg/handles.hpp>
#include <nominate/fix/transcode.hpp>

#include <fmt/format.h>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/rotation.hpp>
#include <nominate/ffmpeg/streams.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

namespace nominate::fix {

namespace {

using namespace detail;

constexpr int k_audio_rate = 48000;
constexpr std::int64_t k_audio_bps = 128000;
constexpr std::int64_t k_default_cap_bps = 2'000'000; // 5 min of 720p ≈ 75 MB of video
constexpr double k_size_margin = 0.92;                // of spec.max_bytes, for the container and misjudging
// Longer than any nomination video by far (a film of two hours): beyond it the times are taken as damaged;
// likewise five minutes without a frame (a screen recording of a still slide writes frames far more often).
constexpr double k_max_transcode_seconds = 2 * 60 * 60;
constexpr double k_max_frame_gap_seconds = 5 * 60;

const char* k_audio_format =
    "aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";

// A filter graph from `source` (null: the description starts with a source filter) through `description`
// to a buffersink.
struct Graph {
  ffmpeg::GraphHandle graph;
  AVFilterContext* source = nullptr;
  AVFilterContext* sink = nullptr;
};

core::Result<Graph> make_graph(const char* source_name, const std::string& source_args,
                               const std::string& description, const char* sink_name)
{
  Graph result;
  result.graph.reset(ffmpeg::avfilter_graph_alloc());
  AVFilterInOut* outputs = nullptr;
  AVFilterInOut* inputs = ffmpeg::avfilter_inout_alloc();
  auto release = [&] {
    ffmpeg::avfilter_inout_free(&inputs);
    ffmpeg::avfilter_inout_free(&outputs);
  };
  int code = ffmpeg::avfilter_graph_create_filter(&result.sink, ffmpeg::avfilter_get_by_name(sink_name),
                                                  "out", nullptr, nullptr, result.graph.get());
  if (code >= 0 && source_name != nullptr) {
    code = ffmpeg::avfilter_graph_create_filter(&result.source, ffmpeg::avfilter_get_by_name(source_name),
                                                "in", source_args.c_str(), nullptr, result.graph.get());
    outputs = ffmpeg::avfilter_inout_alloc();
    outputs->name = ffmpeg::av_strdup("in");
    outputs->filter_ctx = result.source;
  }
  if (code >= 0) {
    inputs->name = ffmpeg::av_strdup("out");
    inputs->filter_ctx = result.sink;
    code =
        ffmpeg::avfilter_graph_parse_ptr(result.graph.get(), description.c_str(), &inputs, &outputs, nullptr);
  }
  if (code >= 0) {
    code = ffmpeg::avfilter_graph_config(result.graph.get(), nullptr);
  }
  release();
  if (code < 0) {
    return core::fail(core::ErrorCode::unsupported,
                      "filter graph '" + description + "': " + ffmpeg::error_text(code));
  }
  return result;
}

struct Stream {
  AVStream* in = nullptr;
  ffmpeg::CodecHandle decoder;
  ffmpeg::CodecHandle encoder;
  AVStream* out = nullptr;
  Graph graph;
  // Where the last decoded frame ends (its start plus its length), in the input's time base: the end of
  // stream is told the filters at that time, as the ffmpeg CLI does. Told without one, the fps filter takes
  // the last frame's start for the end and drops it (and bwdif the one it holds): a 2 s clip lost 1–2
  // frames.
  std::int64_t end_pts = AV_NOPTS_VALUE;
  // Sound enters its filters in samples (1/sample rate), each frame's time rescaled from the input's with
  // av_rescale_delta as the ffmpeg CLI does: an input counting milliseconds (Windows Media, FLV) gives
  // frames that overlap or gap by a fraction of a millisecond, which the AAC encoder and the muxer refuse.
  std::int64_t rescale_last = AV_NOPTS_VALUE;
};

// How long `frame` of `stream` lasts, in its filters' time base: its samples for sound (which enters them in
// samples), one frame at the stream's rate in the stream's time base for pictures (0 when the rate is
// unknown).
std::int64_t frame_length(const AVStream* stream, const AVFrame* frame)
{
  if (stream->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
    return frame->nb_samples;
  }
  AVRational rate = stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
  return rate.num > 0 && rate.den > 0 ? ffmpeg::av_rescale_q(1, av_inv_q(rate), stream->time_base) : 0;
}

core::Result<ffmpeg::CodecHandle> open_decoder(const AVStream* stream, int threads)
{
  const AVCodec* codec = ffmpeg::avcodec_find_decoder(stream->codecpar->codec_id);
  if (codec == nullptr) {
    return core::fail(core::ErrorCode::unreadable,
                      std::string("no decoder for ") + ffmpeg::avcodec_get_name(stream->codecpar->codec_id));
  }
  ffmpeg::CodecHandle context(ffmpeg::avcodec_alloc_context3(codec));
  ffmpeg::avcodec_parameters_to_context(context.get(), stream->codecpar);
  context->pkt_timebase = stream->time_base;
  context->thread_count = threads;
  context->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  if (int code = ffmpeg::avcodec_open2(context.get(), codec, nullptr); code < 0) {
    return core::fail(core::ErrorCode::unreadable, "cannot open the decoder: " + ffmpeg::error_text(code));
  }
  return context;
}

class Transcoder {
public:
  Transcoder(const TranscodeRequest& request, TranscodeSink* sink) : m_request(request), m_sink(sink) {}

  core::Result<TranscodeResult> run(std::optional<std::int64_t> bitrate)
  {
    if (auto opened = open_input(); !opened) {
      return std::unexpected(opened.error());
    }
    if (auto opened = open_output(bitrate); !opened) {
      return std::unexpected(opened.error());
    }
    if (auto done = pump(); !done) {
      return std::unexpected(done.error());
    }
    TranscodeResult result;
    result.width = m_plan.width;
    result.height = m_plan.height;
    result.fps = av_q2d(m_plan.fps);
    result.picture_copied = m_copy_picture;
    if (!m_copy_picture) {
      result.rotation = m_plan.rotation;
      result.padded = m_plan.content_width != m_plan.width || m_plan.content_height != m_plan.height;
      result.upscaled = m_plan.upscaled;
      result.hdr_converted = !m_plan.to_sdr.empty();
    }
    result.silence_added = m_silence;
    if (bitrate) {
      result.bitrate_bps = static_cast<int>(*bitrate);
    }
    result.duration_s = m_plan.duration_s;
    return result;
  }

  double duration() const { return m_plan.duration_s; }
  bool has_audio() const { return m_audio.in != nullptr || m_request.spec.audio_required; }
  bool copies_picture() const { return m_copy_picture; }

  core::Result<void> open_input()
  {
    AVFormatContext* raw = nullptr;
    if (int code = ffmpeg::open_file(&raw, m_request.input.c_str()); code < 0) {
      return core::fail(core::ErrorCode::unreadable, "cannot open the video: " + ffmpeg::error_text(code),
                        m_request.input);
    }
    m_input.reset(raw);
    if (int code = ffmpeg::avformat_find_stream_info(raw, nullptr); code < 0) {
      return core::fail(core::ErrorCode::unreadable, "cannot read the video: " + ffmpeg::error_text(code),
                        m_request.input);
    }
    const int video = ffmpeg::best_video_stream(raw);
    if (video < 0 || ffmpeg::is_cover_picture(raw, video)) {
      return core::fail(core::ErrorCode::unreadable, "no video stream", m_request.input);
    }
    m_video.in = raw->streams[video];
    int audio = ffmpeg::av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, video, nullptr, 0);
    if (audio >= 0) {
      m_audio.in = raw->streams[audio];
    }
    m_plan = plan_video(raw, m_video.in, m_request.spec);
    // A nomination's video lasts minutes. One whose times claim hours (a time scale of 0 read as 1, a
    // damaged edit list) would be transcoded for as long, each frame repeated thousands of times to keep the
    // frame rate: it is left to a person instead.
    if (m_plan.duration_s > k_max_transcode_seconds) {
      return core::fail(
          core::ErrorCode::unsupported,
          fmt::format("not transcoded: its times say it lasts {:.0f} minutes, which a nomination "
                      "video does not; its timing is likely damaged",
                      m_plan.duration_s / 60),
          m_request.input);
    }
    // An MPEG-TS from a camera starts at 1.4 s or later: kept, the MP4 would begin with that long an empty
    // edit (nothing to see) and last that much longer. Every stream's times move back by it alike, as the
    // ffmpeg CLI does, so sound and picture stay together and the video starts at 0.
    if (raw->start_time != AV_NOPTS_VALUE && raw->start_time > 0) {
      m_start = raw->start_time;
    }
    m_copy_picture = m_request.keep_picture && picture_fits(m_video.in, m_request.spec);
    if (!m_copy_picture) {
      auto decoder = open_decoder(m_video.in, m_request.threads);
      if (!decoder) {
        decoder.error().file = m_request.input;
        return std::unexpected(decoder.error());
      }
      m_video.decoder = std::move(*decoder);
    }
    if (m_audio.in != nullptr) {
      auto audio_decoder = open_decoder(m_audio.in, 1);
      if (!audio_decoder) {
        m_audio.in =
            nullptr; // an undecodable sound track is dropped (or replaced by silence) rather than fail
      } else {
        m_audio.decoder = std::move(*audio_decoder);
      }
    }
    return {};
  }

  core::Result<void> open_output(std::optional<std::int64_t> bitrate)
  {
    AVFormatContext* raw = nullptr;
    ffmpeg::avformat_alloc_output_context2(&raw, nullptr, "mp4", m_request.output.c_str());
    if (raw == nullptr) {
      return core::fail(core::ErrorCode::unsupported, "no MP4 muxer");
    }
    m_output.reset(raw);
    if (m_copy_picture) {
      if (auto copied = open_copied_picture(); !copied) {
        return copied;
      }
    } else if (auto encoder = open_encoder(bitrate); !encoder) {
      return encoder;
    }
    m_silence = m_audio.in == nullptr && m_request.spec.audio_required;
    if (m_audio.in != nullptr || m_silence) {
      if (auto opened = open_audio(); !opened) {
        return opened;
      }
    }
    if (int opened = ffmpeg::avio_open(&raw->pb, m_request.output.c_str(), AVIO_FLAG_WRITE); opened < 0) {
      return core::fail(core::ErrorCode::io, "cannot write: " + ffmpeg::error_text(opened), m_request.output);
    }
    AVDictionary* mux = nullptr;
    ffmpeg::av_dict_set(&mux, "movflags", "+faststart", 0);
    int code = ffmpeg::avformat_write_header(raw, &mux);
    ffmpeg::av_dict_free(&mux);
    if (code < 0) {
      return core::fail(core::ErrorCode::io, "cannot write the MP4 header: " + ffmpeg::error_text(code),
                        m_request.output);
    }
    return {};
  }

  // The output's video stream for the coded pictures as they are.
  core::Result<void> open_copied_picture()
  {
    m_video.out = ffmpeg::avformat_new_stream(m_output.get(), nullptr);
    if (m_video.out == nullptr ||
        ffmpeg::avcodec_parameters_copy(m_video.out->codecpar, m_video.in->codecpar) < 0) {
      return core::fail(core::ErrorCode::unsupported, "cannot copy the video stream");
    }
    m_video.out->codecpar->codec_tag = 0; // MOV's and Matroska's tags are not MP4's: the muxer picks its own
    m_video.out->time_base = m_video.in->time_base;
    return {};
  }

  // The filters and libx264 for the picture, and the output's video stream.
  core::Result<void> open_encoder(std::optional<std::int64_t> bitrate)
  {
    AVFormatContext* raw = m_output.get();
    const AVCodecContext* dec = m_video.decoder.get();
    std::string args = "video_size=" + std::to_string(dec->width) + "x" + std::to_string(dec->height) +
                       ":pix_fmt=" + std::to_string(dec->pix_fmt) +
                       ":time_base=" + std::to_string(m_video.in->time_base.num) + "/" +
                       std::to_string(m_video.in->time_base.den) +
                       ":pixel_aspect=" + std::to_string(std::max(1, dec->sample_aspect_ratio.num)) + "/" +
                       std::to_string(std::max(1, dec->sample_aspect_ratio.den));
    auto graph = make_graph("buffer", args, video_filters(m_plan), "buffersink");
    if (!graph) {
      return std::unexpected(graph.error());
    }
    m_video.graph = std::move(*graph);

    const AVCodec* x264 = ffmpeg::avcodec_find_encoder_by_name("libx264");
    if (x264 == nullptr) {
      return core::fail(core::ErrorCode::unsupported, "this FFmpeg has no libx264 encoder");
    }
    m_video.encoder.reset(ffmpeg::avcodec_alloc_context3(x264));
    AVCodecContext* enc = m_video.encoder.get();
    enc->width = m_plan.width;
    enc->height = m_plan.height;
    enc->pix_fmt = AV_PIX_FMT_YUV420P;
    enc->sample_aspect_ratio = AVRational{1, 1};
    enc->time_base = ffmpeg::av_buffersink_get_time_base(m_video.graph.sink);
    enc->framerate = m_plan.fps;
    enc->thread_count = m_request.threads;
    enc->color_range = AVCOL_RANGE_MPEG;
    // What the filters made of every picture (an HDR one tone-mapped, an SD one's BT.601 converted), said in
    // the file: untagged, a player guesses, and guesses BT.601 for some sizes.
    enc->color_primaries = AVCOL_PRI_BT709;
    enc->color_trc = AVCOL_TRC_BT709;
    enc->colorspace = AVCOL_SPC_BT709;
    std::int64_t cap = bitrate.value_or(k_default_cap_bps);
    enc->rc_max_rate = cap;
    enc->rc_buffer_size = static_cast<int>(std::min<std::int64_t>(cap * 2, INT32_MAX));
    if ((m_output->oformat->flags & AVFMT_GLOBALHEADER) != 0) {
      enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    }
    AVDictionary* options = nullptr;
    ffmpeg::av_dict_set(&options, "preset", m_request.preset.c_str(), 0);
    ffmpeg::av_dict_set(&options, "profile", "high", 0);
    ffmpeg::av_dict_set(&options, "crf", "23", 0);
    int code = ffmpeg::avcodec_open2(enc, x264, &options);
    ffmpeg::av_dict_free(&options);
    if (code < 0) {
      return core::fail(core::ErrorCode::unsupported, "cannot open libx264: " + ffmpeg::error_text(code));
    }
    m_video.out = ffmpeg::avformat_new_stream(raw, nullptr);
    ffmpeg::avcodec_parameters_from_context(m_video.out->codecpar, enc);
    m_video.out->time_base = enc->time_base;
    return {};
  }

  core::Result<void> open_audio()
  {
    core::Result<Graph> graph;
    if (m_silence) {
      auto samples = static_cast<std::int64_t>(std::llround(m_plan.duration_s * k_audio_rate));
      graph = make_graph(nullptr, {},
                         "anullsrc=r=48000:cl=stereo,atrim=end_sample=" + std::to_string(samples) + "," +
                             k_audio_format,
                         "abuffersink");
    } else {
      const AVCodecContext* dec = m_audio.decoder.get();
      AVChannelLayout layout{};
      if (dec->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) {
        ffmpeg::av_channel_layout_default(&layout, dec->ch_layout.nb_channels);
      } else {
        ffmpeg::av_channel_layout_copy(&layout, &dec->ch_layout);
      }
      char described[128] = {};
      ffmpeg::av_channel_layout_describe(&layout, described, sizeof described);
      ffmpeg::av_channel_layout_uninit(&layout);
      std::string args = "time_base=1/" + std::to_string(dec->sample_rate) +
                         ":sample_rate=" + std::to_string(dec->sample_rate) +
                         ":sample_fmt=" + ffmpeg::av_get_sample_fmt_name(dec->sample_fmt) +
                         ":channel_layout=" + described;
      graph = make_graph("abuffer", args, k_audio_format, "abuffersink");
    }
    if (!graph) {
      return std::unexpected(graph.error());
    }
    m_audio.graph = std::move(*graph);
    const AVCodec* aac = ffmpeg::avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (aac == nullptr) {
      return core::fail(core::ErrorCode::unsupported, "this FFmpeg has no AAC encoder");
    }
    m_audio.encoder.reset(ffmpeg::avcodec_alloc_context3(aac));
    AVCodecContext* enc = m_audio.encoder.get();
    enc->sample_rate = k_audio_rate;
    enc->sample_fmt = AV_SAMPLE_FMT_FLTP;
    ffmpeg::av_channel_layout_default(&enc->ch_layout, 2);
    enc->bit_rate = k_audio_bps;
    enc->time_base = AVRational{1, k_audio_rate};
    if ((m_output->oformat->flags & AVFMT_GLOBALHEADER) != 0) {
      enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    }
    if (int code = ffmpeg::avcodec_open2(enc, aac, nullptr); code < 0) {
      return core::fail(core::ErrorCode::unsupported,
                        "cannot open the AAC encoder: " + ffmpeg::error_text(code));
    }
    ffmpeg::av_buffersink_set_frame_size(m_audio.graph.sink, static_cast<unsigned>(enc->frame_size));
    m_audio.out = ffmpeg::avformat_new_stream(m_output.get(), nullptr);
    ffmpeg::avcodec_parameters_from_context(m_audio.out->codecpar, enc);
    m_audio.out->time_base = enc->time_base;
    return {};
  }

  core::Result<void> pump()
  {
    ffmpeg::PacketHandle packet(ffmpeg::av_packet_alloc());
    ffmpeg::FrameHandle frame(ffmpeg::av_frame_alloc());
    while (true) {
      int read = ffmpeg::av_read_frame(m_input.get(), packet.get());
      if (read == AVERROR_EOF) {
        break;
      }
      if (read < 0) {
        return core::fail(core::ErrorCode::unreadable, "cannot read the video: " + ffmpeg::error_text(read),
                          m_request.input);
      }
      if (m_copy_picture && packet->stream_index == m_video.in->index) {
        if (auto copied = copy_picture(packet.get()); !copied) {
          return copied;
        }
      }
      Stream* stream = m_copy_picture && packet->stream_index == m_video.in->index ? nullptr
                       : packet->stream_index == m_video.in->index                 ? &m_video
                       : m_audio.in != nullptr && m_audio.decoder && packet->stream_index == m_audio.in->index
                           ? &m_audio
                           : nullptr;
      if (stream != nullptr) {
        if (auto done = decode(*stream, packet.get(), frame.get()); !done) {
          return done;
        }
      }
      ffmpeg::av_packet_unref(packet.get());
      if (m_sink != nullptr && !m_sink->keep_going()) {
        return core::fail(core::ErrorCode::io, "interrupted", m_request.output);
      }
    }
    for (Stream* stream : {&m_video, &m_audio}) {
      if (stream->decoder) {
        if (auto done = decode(*stream, nullptr, frame.get()); !done) {
          return done;
        }
      }
    }
    if (auto done = drain_silence(std::nullopt); !done) {
      return done;
    }
    for (Stream* stream : {&m_video, &m_audio}) {
      if (stream->encoder) {
        if (auto done = encode(*stream, nullptr); !done) {
          return done;
        }
      }
    }
    if (int code = ffmpeg::av_write_trailer(m_output.get()); code < 0) {
      return core::fail(core::ErrorCode::io, "cannot finish the MP4: " + ffmpeg::error_text(code),
                        m_request.output);
    }
    return {};
  }

private:
  // Writes a coded picture as it is; the silent track, if any, is generated up to its time.
  core::Result<void> copy_picture(AVPacket* packet)
  {
    const std::int64_t shift = ffmpeg::av_rescale_q(m_start, AV_TIME_BASE_Q, m_video.in->time_base);
    for (std::int64_t* time : {&packet->pts, &packet->dts}) {
      if (*time != AV_NOPTS_VALUE) {
        *time -= shift;
      }
    }
    const std::int64_t time = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
    const double at =
        time != AV_NOPTS_VALUE ? static_cast<double>(time) * av_q2d(m_video.in->time_base) : 0.0;
    ffmpeg::av_packet_rescale_ts(packet, m_video.in->time_base, m_video.out->time_base);
    packet->stream_index = m_video.out->index;
    packet->pos = -1;
    if (int written = ffmpeg::av_interleaved_write_frame(m_output.get(), packet); written < 0) {
      return core::fail(core::ErrorCode::io, "cannot write: " + ffmpeg::error_text(written),
                        m_request.output);
    }
    if (m_sink != nullptr) {
      m_sink->position(at, m_plan.duration_s);
    }
    return drain_silence(at);
  }

  // A video frame more than k_max_frame_gap_seconds after the one before: no camera or editor leaves such a
  // gap, damaged times do (a time scale of 0 read as 1). Filled at the frame rate it would mean encoding the
  // same picture for hours, so the transcode stops and leaves the file to a person.
  core::Result<void> timing_gap(Stream& stream, std::int64_t pts)
  {
    const double at = static_cast<double>(pts) * av_q2d(stream.in->time_base);
    if (m_last_picture_s && at - *m_last_picture_s > k_max_frame_gap_seconds) {
      return core::fail(core::ErrorCode::unsupported,
                        fmt::format("not transcoded: two frames are {:.0f} seconds apart, which no video "
                                    "is; its timing is likely damaged",
                                    at - *m_last_picture_s),
                        m_request.input);
    }
    m_last_picture_s = m_last_picture_s ? std::max(*m_last_picture_s, at) : at;
    return {};
  }

  // Sends a packet (null: end of stream) to the decoder, its frames through the filters to the encoder.
  core::Result<void> decode(Stream& stream, const AVPacket* packet, AVFrame* frame)
  {
    int code = ffmpeg::avcodec_send_packet(stream.decoder.get(), packet);
    if (code < 0 && code != AVERROR_EOF) {
      if (code == AVERROR_INVALIDDATA) {
        return {}; // a damaged packet: skip it as players do
      }
      return core::fail(core::ErrorCode::unreadable, "cannot decode: " + ffmpeg::error_text(code),
                        m_request.input);
    }
    while (true) {
      code = ffmpeg::avcodec_receive_frame(stream.decoder.get(), frame);
      if (code == AVERROR(EAGAIN)) {
        return {};
      }
      if (code == AVERROR_EOF) {
        int closed =
            stream.end_pts != AV_NOPTS_VALUE
                ? ffmpeg::av_buffersrc_close(stream.graph.source, stream.end_pts, AV_BUFFERSRC_FLAG_PUSH)
                : ffmpeg::av_buffersrc_add_frame(stream.graph.source, nullptr);
        if (closed < 0) {
          return core::fail(core::ErrorCode::unreadable, "cannot filter: " + ffmpeg::error_text(closed),
                            m_request.input);
        }
        return filter(stream);
      }
      if (code < 0) {
        return core::fail(core::ErrorCode::unreadable, "cannot decode: " + ffmpeg::error_text(code),
                          m_request.input);
      }
      if (stream.in->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
        retime_sound(stream, frame);
      } else {
        frame->pts = frame->best_effort_timestamp;
        if (frame->pts != AV_NOPTS_VALUE) {
          frame->pts -= ffmpeg::av_rescale_q(m_start, AV_TIME_BASE_Q, stream.in->time_base);
          if (auto damaged = timing_gap(stream, frame->pts); !damaged) {
            return damaged;
          }
        }
      }
      if (frame->pts != AV_NOPTS_VALUE) {
        const auto end = frame->pts + frame_length(stream.in, frame);
        stream.end_pts = stream.end_pts == AV_NOPTS_VALUE ? end : std::max(stream.end_pts, end);
      }
      code = ffmpeg::av_buffersrc_add_frame_flags(stream.graph.source, frame, 0);
      ffmpeg::av_frame_unref(frame);
      if (code < 0) {
        return core::fail(core::ErrorCode::unreadable, "cannot filter: " + ffmpeg::error_text(code),
                          m_request.input);
      }
      if (auto done = filter(stream); !done) {
        return done;
      }
    }
  }

  // A sound frame's time in samples, as the ffmpeg CLI sets it: its own time (presentation, else decoding)
  // rescaled with av_rescale_delta
  // (which keeps frames that follow one another contiguous), or, without one (the later frames of a packet
  // that holds several), where the frame before it ended. Never before that end: a frame that would overlap
  // it starts there, as the AAC encoder's queue refuses time going backwards.
  void retime_sound(Stream& stream, AVFrame* frame) const
  {
    if (frame->sample_rate <= 0) {
      frame->pts = AV_NOPTS_VALUE;
      return;
    }
    const AVRational samples{1, frame->sample_rate};
    const std::int64_t expected = stream.rescale_last;
    const std::int64_t stamp = frame->best_effort_timestamp; // its presentation time, else its decoding time
    if (stamp != AV_NOPTS_VALUE) {
      const std::int64_t own = stamp - ffmpeg::av_rescale_q(m_start, AV_TIME_BASE_Q, stream.in->time_base);
      frame->pts = ffmpeg::av_rescale_delta(stream.in->time_base, own, samples, frame->nb_samples,
                                            &stream.rescale_last, samples);
    } else {
      frame->pts = expected == AV_NOPTS_VALUE ? 0 : expected; // the first frame without a time starts at 0
    }
    if (expected != AV_NOPTS_VALUE && (frame->pts == AV_NOPTS_VALUE || frame->pts < expected)) {
      frame->pts = expected;
    }
    if (frame->pts != AV_NOPTS_VALUE) {
      stream.rescale_last = frame->pts + frame->nb_samples;
    }
  }

  // Pulls what the filter graph has ready and encodes it.
  core::Result<void> filter(Stream& stream)
  {
    ffmpeg::FrameHandle filtered(ffmpeg::av_frame_alloc());
    while (true) {
      int code = ffmpeg::av_buffersink_get_frame(stream.graph.sink, filtered.get());
      if (code == AVERROR(EAGAIN) || code == AVERROR_EOF) {
        return {};
      }
      if (code < 0) {
        return core::fail(core::ErrorCode::unreadable, "cannot filter: " + ffmpeg::error_text(code),
                          m_request.input);
      }
      // Asked per frame that leaves the filters too, not only per packet read: one packet may give many
      // frames (a long gap filled to keep the frame rate), and Ctrl-C should stop within a frame.
      if (m_sink != nullptr && !m_sink->keep_going()) {
        return core::fail(core::ErrorCode::io, "interrupted", m_request.output);
      }
      filtered->pict_type = AV_PICTURE_TYPE_NONE;
      double at =
          static_cast<double>(filtered->pts) * av_q2d(ffmpeg::av_buffersink_get_time_base(stream.graph.sink));
      auto done = encode(stream, filtered.get());
      ffmpeg::av_frame_unref(filtered.get());
      if (!done) {
        return done;
      }
      if (&stream == &m_video) {
        if (m_sink != nullptr) {
          m_sink->position(at, m_plan.duration_s);
        }
        if (auto silent = drain_silence(at); !silent) {
          return silent;
        }
      }
    }
  }

  // The silent track, generated alongside the video (up to `until` seconds; nullopt: to its end), so the
  // muxer interleaves as it goes instead of holding every video packet.
  core::Result<void> drain_silence(std::optional<double> until)
  {
    if (!m_silence || m_silence_done) {
      return {};
    }
    ffmpeg::FrameHandle frame(ffmpeg::av_frame_alloc());
    while (!until || m_silence_at <= *until) {
      int code = ffmpeg::av_buffersink_get_frame(m_audio.graph.sink, frame.get());
      if (code == AVERROR_EOF || code == AVERROR(EAGAIN)) {
        m_silence_done = true;
        return {};
      }
      if (code < 0) {
        return core::fail(core::ErrorCode::unsupported, "cannot make silence: " + ffmpeg::error_text(code));
      }
      m_silence_at = static_cast<double>(frame->pts + frame->nb_samples) / k_audio_rate;
      auto done = encode(m_audio, frame.get());
      ffmpeg::av_frame_unref(frame.get());
      if (!done) {
        return done;
      }
    }
    return {};
  }

  core::Result<void> encode(Stream& stream, AVFrame* frame)
  {
    AVCodecContext* enc = stream.encoder.get();
    if (frame != nullptr) {
      AVRational from = ffmpeg::av_buffersink_get_time_base(stream.graph.sink);
      frame->pts = ffmpeg::av_rescale_q(frame->pts, from, enc->time_base);
    }
    int code = ffmpeg::avcodec_send_frame(enc, frame);
    if (code < 0 && code != AVERROR_EOF) {
      return core::fail(core::ErrorCode::unsupported, "cannot encode: " + ffmpeg::error_text(code),
                        m_request.input);
    }
    ffmpeg::PacketHandle packet(ffmpeg::av_packet_alloc());
    while ((code = ffmpeg::avcodec_receive_packet(enc, packet.get())) >= 0) {
      ffmpeg::av_packet_rescale_ts(packet.get(), enc->time_base, stream.out->time_base);
      packet->stream_index = stream.out->index;
      if (int written = ffmpeg::av_interleaved_write_frame(m_output.get(), packet.get()); written < 0) {
        return core::fail(core::ErrorCode::io, "cannot write: " + ffmpeg::error_text(written),
                          m_request.output);
      }
    }
    if (code != AVERROR(EAGAIN) && code != AVERROR_EOF) {
      return core::fail(core::ErrorCode::unsupported, "cannot encode: " + ffmpeg::error_text(code),
                        m_request.input);
    }
    return {};
  }

  const TranscodeRequest& m_request;
  TranscodeSink* m_sink;
  ffmpeg::InputHandle m_input;
  ffmpeg::OutputHandle m_output;
  Stream m_video;
  Stream m_audio;
  detail::VideoPlan m_plan;
  std::int64_t m_start = 0;               // the input's start time (AV_TIME_BASE), taken from every timestamp
  std::optional<double> m_last_picture_s; // the latest video frame decoded, in seconds (timing_gap)
  bool m_copy_picture = false;            // TranscodeRequest::keep_picture, and picture_fits
  bool m_silence = false;
  bool m_silence_done = false;
  double m_silence_at = 0;
};

// FFmpeg's log is process-global; the transcode's own chatter (x264's statistics) is silenced while it
// runs, so the library prints nothing.
class QuietLog {
public:
  QuietLog() : m_level(ffmpeg::av_log_get_level()) { ffmpeg::av_log_set_level(AV_LOG_QUIET); }
  ~QuietLog() { ffmpeg::av_log_set_level(m_level); }
  QuietLog(const QuietLog&) = delete;
  QuietLog& operator=(const QuietLog&) = delete;

private:
  int m_level;
};

// The video bitrate cap that fits `max_bytes` with a margin, after the sound track and the VBV buffer.
std::int64_t bitrate_for(std::int64_t max_bytes, double duration_s, bool audio, double factor)
{
  double budget_bits = static_cast<double>(max_bytes) * 8 * k_size_margin * factor;
  if (audio) {
    budget_bits -= static_cast<double>(k_audio_bps) * duration_s;
  }
  // size ≤ maxrate × duration + bufsize (2 s of maxrate)
  auto bps = static_cast<std::int64_t>(budget_bits / (std::max(duration_s, 1.0) + 2));
  return std::clamp<std::int64_t>(bps, 100'000, k_default_cap_bps);
}

} // namespace

core::Result<TranscodeResult> transcode_video(const TranscodeRequest& request, TranscodeSink* sink)
{
  if (auto loaded = ffmpeg::load(ffmpeg::Need::filtering); !loaded) {
    return std::unexpected(loaded.error());
  }
  QuietLog quiet;
  if (request.keep_picture) {
    if (auto copied = detail::remux_video(request)) {
      std::error_code error;
      copied->bytes = std::filesystem::file_size(request.output, error);
      if (!error && (!request.spec.max_bytes ||
                     copied->bytes <= static_cast<std::uintmax_t>(*request.spec.max_bytes))) {
        return *copied;
      }
    }
    // Sound that needs converting, a copy that failed or one over the size limit: the run below starts
    // afresh, still copying the pictures where they allow it.
    std::error_code ignored;
    std::filesystem::remove(request.output, ignored);
  }
  TranscodeRequest attempt = request; // keep_picture dropped once copying the pictures did not serve
  constexpr std::array<double, 3> k_factors{1.0, 0.75, 0.5};
  for (std::size_t step = 0; step < k_factors.size();) {
    std::optional<std::int64_t> bitrate;
    Transcoder probe(attempt, nullptr);
    if (attempt.spec.max_bytes) {
      if (auto opened = probe.open_input(); !opened) {
        return std::unexpected(opened.error());
      }
      bitrate = bitrate_for(*attempt.spec.max_bytes, probe.duration(), probe.has_audio(), k_factors[step]);
    }
    std::optional<TranscodeResult> result;
    {
      Transcoder transcoder(attempt, sink);
      auto done = transcoder.run(bitrate);
      if (!done) {
        std::error_code ignored;
        std::filesystem::remove(request.output, ignored);
        const bool stopped = sink != nullptr && !sink->keep_going();
        if (transcoder.copies_picture() && !stopped) {
          attempt.keep_picture = false; // pictures MP4 will not take as they are (timestamps): re-encoded
          continue;
        }
        return std::unexpected(done.error());
      }
      result = *done;
    }
    std::error_code error;
    result->bytes = std::filesystem::file_size(request.output, error);
    if (error) {
      return core::fail(core::ErrorCode::io, "cannot read back: " + error.message(), request.output);
    }
    if (!request.spec.max_bytes || result->bytes <= static_cast<std::uintmax_t>(*request.spec.max_bytes)) {
      if (!bitrate && !result->picture_copied) {
        result->bitrate_bps = static_cast<int>(k_default_cap_bps);
      }
      return *result;
    }
    if (result->picture_copied) {
      attempt.keep_picture = false; // copied pictures cannot shrink: re-encoded under the cap
      continue;
    }
    ++step;
  }
  std::error_code ignored;
  std::filesystem::remove(request.output, ignored);
  return core::fail(core::ErrorCode::conversion_failed,
                    "the video does not fit the size limit even at a low bitrate", request.input);
}

} // namespace nominate::fix
