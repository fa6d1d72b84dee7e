#include "video_content.hpp"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/frame.h>
#include <libavutil/pixdesc.h>
#include <libavutil/samplefmt.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace nominate::media {

double total_seconds(const std::vector<TimeRange>& ranges)
{
  double total = 0;
  for (const auto& range : ranges) {
    total += range.end_s - range.start_s;
  }
  return total;
}

} // namespace nominate::media

namespace nominate::media::detail {

namespace {

// The detectors and their sensitivities (see VideoContent). blackdetect's own `d` only affects its log: the
// shortest black stretch kept is k_min_black_s, applied here. The picture is brought to 8-bit 4:2:0 first so
// that signalstats' mean luma is on one scale whatever the camera wrote. Light and focus are judged at most
// 640 pixels wide: the blurriness of a picture as a reviewer sees it on a screen, the same whatever the
// resolution, and a third of the filters' cost at 720p (signalstats and blurdetect are most of it).
constexpr const char* k_picture_filters = "format=pix_fmts=yuv420p|yuvj420p,"
                                          "blackdetect=d=1:pix_th=0.10:pic_th=0.98,"
                                          "freezedetect=n=-60dB:d=2,"
                                          "scale=w='min(640,iw)':h=-2:flags=fast_bilinear,"
                                          "signalstats,"
                                          "blurdetect";
constexpr const char* k_sound_filters = "ebur128=metadata=1:framelog=verbose,silencedetect=n=-50dB:d=2";
constexpr double k_min_black_s = 1.0;

std::optional<double> number(const AVFrame* frame, const char* key)
{
  const AVDictionaryEntry* entry = ffmpeg::av_dict_get(frame->metadata, key, nullptr, 0);
  if (entry == nullptr) {
    return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(entry->value, &end);
  if (end == entry->value) {
    return std::nullopt;
  }
  return value;
}

// Closes a stretch; one that starts where the last ended (within a sample; the filters restart a stretch
// at a key frame or a frame of noise) extends it, so the report shows one range per stretch a person sees.
void close_range(std::optional<double>& open, double end_s, double min_s, std::vector<TimeRange>& out)
{
  if (open && !out.empty() && *open - out.back().end_s <= k_content_sample_s + 1e-6) {
    out.back().end_s = std::max(out.back().end_s, end_s);
  } else if (open && end_s - *open >= min_s) {
    out.push_back(TimeRange{*open, end_s});
  }
  open.reset();
}

} // namespace

struct ContentAnalysis::Graph {
  AVFilterGraph* graph = nullptr;
  AVFilterContext* source = nullptr;
  AVFilterContext* sink = nullptr;
  AVFrame* out = nullptr;

  ~Graph()
  {
    if (graph != nullptr) { // else libavfilter may not be loaded
      ffmpeg::avfilter_graph_free(&graph);
    }
    ffmpeg::av_frame_free(&out);
  }

  // Builds `source_name(args) → filters → sink_name`; an error text when FFmpeg refuses, or when
  // libavfilter, loaded here on first use, cannot be.
  std::optional<std::string> build(const char* source_name, const std::string& args, const char* filters,
                                   const char* sink_name)
  {
    if (auto loaded = ffmpeg::load(ffmpeg::Need::filtering); !loaded) {
      return loaded.error().message;
    }
    graph = ffmpeg::avfilter_graph_alloc();
    out = ffmpeg::av_frame_alloc();
    if (graph == nullptr || out == nullptr) {
      return "out of memory";
    }
    graph->nb_threads = 1; // the decoder's threads already use every core
    if (ffmpeg::avfilter_graph_create_filter(&source, ffmpeg::avfilter_get_by_name(source_name), "in",
                                             args.c_str(), nullptr, graph) < 0 ||
        ffmpeg::avfilter_graph_create_filter(&sink, ffmpeg::avfilter_get_by_name(sink_name), "out", nullptr,
                                             nullptr, graph) < 0) {
      return std::string("cannot create ") + source_name;
    }
    AVFilterInOut* outputs = ffmpeg::avfilter_inout_alloc();
    AVFilterInOut* inputs = ffmpeg::avfilter_inout_alloc();
    if (outputs == nullptr || inputs == nullptr) {
      ffmpeg::avfilter_inout_free(&outputs);
      ffmpeg::avfilter_inout_free(&inputs);
      return "out of memory";
    }
    outputs->name = ffmpeg::av_strdup("in");
    outputs->filter_ctx = source;
    inputs->name = ffmpeg::av_strdup("out");
    inputs->filter_ctx = sink;
    int status = ffmpeg::avfilter_graph_parse_ptr(graph, filters, &inputs, &outputs, nullptr);
    ffmpeg::avfilter_inout_free(&outputs);
    ffmpeg::avfilter_inout_free(&inputs);
    if (status >= 0) {
      status = ffmpeg::avfilter_graph_config(graph, nullptr);
    }
    if (status < 0) {
      return std::string("cannot set up the filters ") + filters;
    }
    return std::nullopt;
  }
};

ContentAnalysis::ContentAnalysis(int tb_num, int tb_den, double start_s)
    : m_tb_num(tb_num), m_tb_den(tb_den), m_start_s(start_s)
{
}

ContentAnalysis::~ContentAnalysis() = default;

void ContentAnalysis::add_picture(AVFrame* frame)
{
  if (m_problem) {
    return;
  }
  const std::int64_t pts = frame->best_effort_timestamp;
  if (pts == AV_NOPTS_VALUE) {
    return;
  }
  const double time_s = static_cast<double>(pts) * m_tb_num / m_tb_den - m_start_s;
  m_last_picture_s = std::max(m_last_picture_s, time_s);
  if (time_s < m_next_sample_s) {
    return;
  }
  m_next_sample_s = time_s + k_content_sample_s;
  if (!m_picture) {
    m_picture = std::make_unique<Graph>();
    const char* format = ffmpeg::av_get_pix_fmt_name(static_cast<AVPixelFormat>(frame->format));
    const std::string args = "video_size=" + std::to_string(frame->width) + "x" +
                             std::to_string(frame->height) + ":pix_fmt=" + (format ? format : "yuv420p") +
                             ":time_base=" + std::to_string(m_tb_num) + "/" + std::to_string(m_tb_den) +
                             ":pixel_aspect=1/1";
    if (auto problem = m_picture->build("buffer", args, k_picture_filters, "buffersink")) {
      m_problem = "pictures: " + *problem;
      return;
    }
  }
  frame->pts = pts;
  if (ffmpeg::av_buffersrc_add_frame_flags(m_picture->source, frame, AV_BUFFERSRC_FLAG_KEEP_REF) < 0) {
    m_problem = "pictures: the filters refused a frame";
    return;
  }
  drain(*m_picture, true);
}

void ContentAnalysis::add_sound(AVFrame* frame)
{
  if (m_problem) {
    return;
  }
  if (!m_sound) {
    m_sound = std::make_unique<Graph>();
    char layout[128] = {};
    std::string channels;
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC ||
        ffmpeg::av_channel_layout_describe(&frame->ch_layout, layout, sizeof layout) < 0) {
      channels = "channels=" + std::to_string(frame->ch_layout.nb_channels);
    } else {
      channels = std::string("channel_layout=") + layout;
    }
    const char* format = ffmpeg::av_get_sample_fmt_name(static_cast<AVSampleFormat>(frame->format));
    const std::string args = "time_base=1/" + std::to_string(frame->sample_rate) +
                             ":sample_rate=" + std::to_string(frame->sample_rate) +
                             ":sample_fmt=" + (format ? format : "fltp") + ":" + channels;
    if (auto problem = m_sound->build("abuffer", args, k_sound_filters, "abuffersink")) {
      m_problem = "sound: " + *problem;
      return;
    }
    m_content.has_audio = true;
  }
  if (ffmpeg::av_buffersrc_add_frame_flags(m_sound->source, frame, AV_BUFFERSRC_FLAG_KEEP_REF) < 0) {
    m_problem = "sound: the filters refused a frame";
    return;
  }
  drain(*m_sound, false);
}

void ContentAnalysis::drain(Graph& graph, bool picture)
{
  while (ffmpeg::av_buffersink_get_frame(graph.sink, graph.out) >= 0) {
    if (picture) {
      read_picture(graph.out);
    } else {
      read_sound(graph.out);
    }
    ffmpeg::av_frame_unref(graph.out);
  }
}

void ContentAnalysis::read_picture(AVFrame* frame)
{
  const double time_s = static_cast<double>(frame->pts) * m_tb_num / m_tb_den - m_start_s;
  if (auto start = number(frame, "lavfi.black_start")) {
    m_black_open = *start - m_start_s;
  }
  if (auto end = number(frame, "lavfi.black_end")) {
    close_range(m_black_open, *end - m_start_s, k_min_black_s, m_content.black);
  }
  if (auto start = number(frame, "lavfi.freezedetect.freeze_start")) {
    m_frozen_open = *start - m_start_s;
  }
  if (auto end = number(frame, "lavfi.freezedetect.freeze_end")) {
    close_range(m_frozen_open, *end - m_start_s, 0, m_content.frozen);
  }
  PictureSample sample{.time_s = time_s};
  sample.luma = number(frame, "lavfi.signalstats.YAVG").value_or(0);
  sample.blur = number(frame, "lavfi.blur").value_or(0);
  m_content.pictures.push_back(sample);
}

void ContentAnalysis::read_sound(AVFrame* frame)
{
  if (auto start = number(frame, "lavfi.silence_start")) {
    m_silent_open = *start - m_start_s;
  }
  if (auto end = number(frame, "lavfi.silence_end")) {
    close_range(m_silent_open, *end - m_start_s, 0, m_content.silent);
  }
  if (auto loudness = number(frame, "lavfi.r128.I")) {
    m_content.loudness_lufs = *loudness;
  }
}

std::optional<VideoContent> ContentAnalysis::finish(double duration_s)
{
  if (m_problem) {
    return std::nullopt;
  }
  for (auto* graph : {m_picture.get(), m_sound.get()}) {
    if (graph != nullptr && ffmpeg::av_buffersrc_add_frame_flags(graph->source, nullptr, 0) >= 0) {
      drain(*graph, graph == m_picture.get());
    }
  }
  // A stretch still open at the end lasts to the end of the video (the filters report it only in their log).
  const double end_s = std::max(duration_s, m_last_picture_s);
  m_content.duration_s = end_s;
  close_range(m_black_open, end_s, k_min_black_s, m_content.black);
  close_range(m_frozen_open, end_s, 0, m_content.frozen);
  close_range(m_silent_open, end_s, 0, m_content.silent);
  if (!m_content.has_audio) {
    m_content.loudness_lufs.reset();
  }
  return std::move(m_content);
}

} // namespace nominate::media::detail
