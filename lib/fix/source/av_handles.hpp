#pragma once

// Owning handles for FFmpeg's C objects, so every early return frees what was allocated.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>

#include <memory>
#include <string>

namespace nominate::fix::detail {

struct InputDeleter {
  void operator()(AVFormatContext* context) const { ffmpeg::avformat_close_input(&context); }
};
struct OutputDeleter {
  void operator()(AVFormatContext* context) const
  {
    if (context->pb != nullptr && (context->oformat->flags & AVFMT_NOFILE) == 0) {
      ffmpeg::avio_closep(&context->pb);
    }
    ffmpeg::avformat_free_context(context);
  }
};
struct CodecDeleter {
  void operator()(AVCodecContext* context) const { ffmpeg::avcodec_free_context(&context); }
};
struct FrameDeleter {
  void operator()(AVFrame* frame) const { ffmpeg::av_frame_free(&frame); }
};
struct PacketDeleter {
  void operator()(AVPacket* packet) const { ffmpeg::av_packet_free(&packet); }
};
struct GraphDeleter {
  void operator()(AVFilterGraph* graph) const { ffmpeg::avfilter_graph_free(&graph); }
};

using InputHandle = std::unique_ptr<AVFormatContext, InputDeleter>;
using OutputHandle = std::unique_ptr<AVFormatContext, OutputDeleter>;
using CodecHandle = std::unique_ptr<AVCodecContext, CodecDeleter>;
using FrameHandle = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketHandle = std::unique_ptr<AVPacket, PacketDeleter>;
using GraphHandle = std::unique_ptr<AVFilterGraph, GraphDeleter>;

// FFmpeg's words for an error code ("Invalid data found when processing input").
inline std::string av_error_text(int code)
{
  char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
  ffmpeg::av_strerror(code, buffer, sizeof buffer);
  return buffer;
}

} // namespace nominate::fix::detail
