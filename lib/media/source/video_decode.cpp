#include "video_decode.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <memory>

namespace nominate::media::detail {

namespace {

struct CodecFree {
  void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct PacketFree {
  void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct FrameFree {
  void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};

std::string error_text(int code)
{
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

// Takes every frame the decoder has ready.
void drain(AVCodecContext* codec, AVFrame* frame, DecodeReport& report)
{
  for (;;) {
    const int status = avcodec_receive_frame(codec, frame);
    if (status == AVERROR(EAGAIN) || status == AVERROR_EOF) {
      return;
    }
    if (status < 0) {
      ++report.errors;
      return;
    }
    ++report.frames;
    if (frame->decode_error_flags != 0 || (frame->flags & AV_FRAME_FLAG_CORRUPT) != 0) {
      ++report.damaged_frames;
    }
    av_frame_unref(frame);
  }
}

} // namespace

DecodeReport decode_stream(AVFormatContext* format, int stream_index, LogCapture& capture)
{
  DecodeReport report;
  AVStream* stream = format->streams[stream_index];
  const AVCodec* decoder = avcodec_find_decoder(stream->codecpar->codec_id);
  if (decoder == nullptr) {
    report.problem = std::string("no decoder for ") + avcodec_get_name(stream->codecpar->codec_id);
    return report;
  }
  std::unique_ptr<AVCodecContext, CodecFree> codec(avcodec_alloc_context3(decoder));
  std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
  std::unique_ptr<AVFrame, FrameFree> frame(av_frame_alloc());
  if (!codec || !packet || !frame || avcodec_parameters_to_context(codec.get(), stream->codecpar) < 0) {
    report.problem = "out of memory";
    return report;
  }
  codec->thread_count = 0; // as many as the machine has
  codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  codec->opaque = &capture; // decoder threads log through copies of this context
  codec->pkt_timebase = stream->time_base;
  if (const int status = avcodec_open2(codec.get(), decoder, nullptr); status < 0) {
    report.problem = "cannot open the decoder: " + error_text(status);
    return report;
  }
  const std::size_t errors_before = capture.error_count();
  av_seek_frame(format, stream_index, 0, AVSEEK_FLAG_BACKWARD);
  for (;;) {
    const int status = av_read_frame(format, packet.get());
    if (status == AVERROR_EOF) {
      break;
    }
    if (status < 0) {
      report.read_error = "reading stopped: " + error_text(status);
      break;
    }
    if (packet->stream_index == stream_index) {
      ++report.packets;
      int sent = avcodec_send_packet(codec.get(), packet.get());
      if (sent == AVERROR(EAGAIN)) {
        drain(codec.get(), frame.get(), report);
        sent = avcodec_send_packet(codec.get(), packet.get());
      }
      if (sent < 0) {
        ++report.errors;
      }
      drain(codec.get(), frame.get(), report);
    }
    av_packet_unref(packet.get());
  }
  avcodec_send_packet(codec.get(), nullptr); // flush the frames still inside the decoder
  drain(codec.get(), frame.get(), report);
  report.errors += static_cast<std::int64_t>(capture.error_count() - errors_before);
  return report;
}

} // namespace nominate::media::detail
