#include "video_content.hpp"
#include "video_decode.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/handles.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace nominate::media::detail {

namespace {

// Decoding stops where the timestamps pass twice the stream's length, and never sooner than this past it.
constexpr double k_slack_s = 60;
// Where the container gives no length: two hours, far beyond any notice's video.
constexpr double k_unknown_limit_s = 2 * 3600;

// `m:ss` for a message.
std::string clock(double seconds)
{
  const auto whole = static_cast<long long>(seconds);
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld", whole / 60, whole % 60);
  return text;
}

// An opened decoder for the stream, or the reason there is none. Threads: as many as the machine has, by
// frame and by slice.
ffmpeg::CodecHandle open_decoder(AVStream* stream, LogCapture* capture, std::optional<std::string>& problem)
{
  const AVCodec* decoder = ffmpeg::avcodec_find_decoder(stream->codecpar->codec_id);
  if (decoder == nullptr) {
    problem = std::string("no decoder for ") + ffmpeg::avcodec_get_name(stream->codecpar->codec_id);
    return nullptr;
  }
  ffmpeg::CodecHandle codec(ffmpeg::avcodec_alloc_context3(decoder));
  if (!codec || ffmpeg::avcodec_parameters_to_context(codec.get(), stream->codecpar) < 0) {
    problem = "out of memory";
    return nullptr;
  }
  codec->thread_count = 0;
  codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  codec->opaque = capture; // decoder threads log through copies of this context
  codec->pkt_timebase = stream->time_base;
  if (const int status = ffmpeg::avcodec_open2(codec.get(), decoder, nullptr); status < 0) {
    problem = "cannot open the decoder: " + ffmpeg::error_text(status);
    return nullptr;
  }
  return codec;
}

// Takes every picture the decoder has ready, counting them and passing them on to the content analysis.
void drain_pictures(AVCodecContext* codec, AVFrame* frame, DecodeReport& report, ContentAnalysis* content)
{
  for (;;) {
    const int status = ffmpeg::avcodec_receive_frame(codec, frame);
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
    if (content != nullptr) {
      content->add_picture(frame);
    }
    ffmpeg::av_frame_unref(frame);
  }
}

void drain_sound(AVCodecContext* codec, AVFrame* frame, ContentAnalysis& content)
{
  while (ffmpeg::avcodec_receive_frame(codec, frame) >= 0) {
    content.add_sound(frame);
    ffmpeg::av_frame_unref(frame);
  }
}

// Sends one packet (nullptr: flush), retrying once after taking the frames ready. False when refused.
template <typename Drain> bool send(AVCodecContext* codec, const AVPacket* packet, Drain drain)
{
  int sent = ffmpeg::avcodec_send_packet(codec, packet);
  if (sent == AVERROR(EAGAIN)) {
    drain();
    sent = ffmpeg::avcodec_send_packet(codec, packet);
  }
  drain();
  return sent >= 0 || sent == AVERROR_EOF;
}

} // namespace

DecodeReport decode_stream(AVFormatContext* format, int stream_index, int audio_index, LogCapture& capture)
{
  DecodeReport report;
  AVStream* stream = format->streams[stream_index];
  ffmpeg::CodecHandle codec = open_decoder(stream, &capture, report.problem);
  ffmpeg::PacketHandle packet(ffmpeg::av_packet_alloc());
  ffmpeg::FrameHandle frame(ffmpeg::av_frame_alloc());
  if (!codec || !packet || !frame) {
    if (!report.problem) {
      report.problem = "out of memory";
    }
    return report;
  }
  const double start_s = stream->start_time == AV_NOPTS_VALUE
                             ? 0
                             : static_cast<double>(stream->start_time) * av_q2d(stream->time_base);
  ContentAnalysis content(stream->time_base.num, stream->time_base.den, start_s);
  // The sound is decoded for its content only: a sound track that does not decode leaves the content
  // without sound, not the video damaged (its own errors are not counted).
  // The sound decoder and the filters log into a capture of their own, so their messages never count as the
  // video's damage.
  LogCapture others;
  ffmpeg::CodecHandle sound;
  if (audio_index >= 0) {
    std::optional<std::string> ignored;
    sound = open_decoder(format->streams[audio_index], &others, ignored);
  }
  const double duration_s = stream->duration == AV_NOPTS_VALUE
                                ? 0
                                : static_cast<double>(stream->duration) * av_q2d(stream->time_base);
  const double known_s =
      std::max(duration_s, format->duration > 0 ? static_cast<double>(format->duration) / AV_TIME_BASE : 0.0);
  const double limit_s = known_s > 0 ? std::max(2 * known_s, known_s + k_slack_s) : k_unknown_limit_s;
  const std::size_t errors_before = capture.error_count();
  ffmpeg::av_seek_frame(format, stream_index, 0, AVSEEK_FLAG_BACKWARD);
  auto pictures = [&] { drain_pictures(codec.get(), frame.get(), report, &content); };
  auto sounds = [&] { drain_sound(sound.get(), frame.get(), content); };
  for (;;) {
    const int status = ffmpeg::av_read_frame(format, packet.get());
    if (status == AVERROR_EOF) {
      break;
    }
    if (status < 0) {
      report.read_error = "reading stopped: " + ffmpeg::error_text(status);
      break;
    }
    if (packet->stream_index == stream_index) {
      const std::int64_t stamp = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
      if (stamp != AV_NOPTS_VALUE &&
          static_cast<double>(stamp) * av_q2d(stream->time_base) - start_s > limit_s) {
        report.read_error = "decoding stopped at " + clock(limit_s) +
                            ": the frames' timestamps go on past the video's length (" + clock(known_s) + ")";
        report.cut_short = true;
        ffmpeg::av_packet_unref(packet.get());
        break;
      }
      ++report.packets;
      if ((packet->flags & AV_PKT_FLAG_DISCARD) != 0) {
        ++report.discarded;
      }
      if (!send(codec.get(), packet.get(), pictures)) {
        ++report.errors;
      }
    } else if (sound && packet->stream_index == audio_index) {
      (void)send(sound.get(), packet.get(), sounds);
    }
    ffmpeg::av_packet_unref(packet.get());
  }
  (void)send(codec.get(), nullptr, pictures); // flush the frames still inside the decoders
  if (sound) {
    (void)send(sound.get(), nullptr, sounds);
  }
  report.errors += static_cast<std::int64_t>(capture.error_count() - errors_before);
  report.content = content.finish(duration_s);
  report.content_problem = content.problem();
  return report;
}

} // namespace nominate::media::detail
