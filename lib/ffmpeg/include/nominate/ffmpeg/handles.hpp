#pragma once

// Owning handles for FFmpeg's C objects, so every early return frees what was allocated; and FFmpeg's words
// for an error code. Shared by media (probing, posters) and fix (transcoding); each free goes through the
// loaded library (ffmpeg.hpp).

#include <nominate/ffmpeg/ffmpeg.hpp>

#include <memory>
#include <string>

namespace nominate::ffmpeg {

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
struct ScaleDeleter {
  void operator()(SwsContext* context) const { ffmpeg::sws_freeContext(context); }
};

using InputHandle = std::unique_ptr<AVFormatContext, InputDeleter>; // from avformat_open_input
using OutputHandle = std::unique_ptr<AVFormatContext, OutputDeleter>;
using CodecHandle = std::unique_ptr<AVCodecContext, CodecDeleter>;
using FrameHandle = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketHandle = std::unique_ptr<AVPacket, PacketDeleter>;
using GraphHandle = std::unique_ptr<AVFilterGraph, GraphDeleter>;
using ScaleHandle = std::unique_ptr<SwsContext, ScaleDeleter>;

// FFmpeg's words for an error code ("Invalid data found when processing input").
inline std::string error_text(int code)
{
  char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
  ffmpeg::av_strerror(code, buffer, sizeof buffer);
  return buffer;
}

} // namespace nominate::ffmpeg
