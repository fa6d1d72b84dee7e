// The poster frame of the HTML report: one frame from about a tenth into a video, as a player shows it,
// decoded with FFmpeg, converted and scaled by libswscale, encoded by thumbnail.cpp's JPEG encoder.
#include "demuxers.hpp"
#include "ffmpeg_log.hpp"
#include "file_io.hpp"

#include <nominate/ffmpeg/rotation.hpp>
#include <nominate/ffmpeg/streams.hpp>
#include <nominate/media/poster.hpp>
#include <nominate/media/thumbnail.hpp>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libswscale/swscale.h>
}

#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/handles.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::media {

namespace {

using detail::k_probe_size;
using ffmpeg::k_format_whitelist;
// From the key frame before the target, at most this many frames are decoded (a phone's GOP is 30–60).
constexpr int k_max_frames = 300;
constexpr int k_max_packets = 3000;

// The picture turned clockwise by 90, 180 or 270 degrees.
Image rotated(const Image& in, int clockwise)
{
  if (clockwise != 90 && clockwise != 180 && clockwise != 270) {
    return in;
  }
  Image out;
  const bool turned = clockwise != 180;
  out.width = turned ? in.height : in.width;
  out.height = turned ? in.width : in.height;
  out.pixels.resize(in.pixels.size());
  std::size_t at = 0;
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      int sx = x;
      int sy = y;
      if (clockwise == 90) {
        sx = y;
        sy = in.height - 1 - x;
      } else if (clockwise == 180) {
        sx = in.width - 1 - x;
        sy = in.height - 1 - y;
      } else {
        sx = in.width - 1 - y;
        sy = x;
      }
      const auto p = in.rgb(sx, sy);
      out.pixels[at++] = p[0];
      out.pixels[at++] = p[1];
      out.pixels[at++] = p[2];
    }
  }
  return out;
}

// The frame as RGB, its stored width stretched by the sample aspect ratio, scaled so that the long side is
// at most `long_side`.
core::Result<Image> to_rgb(const AVFrame* frame, AVRational aspect, int long_side)
{
  double shown_width = frame->width;
  if (aspect.num > 0 && aspect.den > 0) {
    shown_width = frame->width * av_q2d(aspect);
  }
  const double scale = std::min(1.0, long_side / std::max(shown_width, static_cast<double>(frame->height)));
  Image image;
  image.width = std::max(1, static_cast<int>(std::lround(shown_width * scale)));
  image.height = std::max(1, static_cast<int>(std::lround(frame->height * scale)));
  ffmpeg::ScaleHandle scaler(ffmpeg::sws_getContext(
      frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), image.width, image.height,
      AV_PIX_FMT_RGB24, SWS_AREA, nullptr, nullptr, nullptr));
  if (!scaler) {
    return core::fail(core::ErrorCode::unsupported, "cannot convert the frame's pixel format");
  }
  // Rows padded to 64 bytes, as swscale's vector code wants; copied out without the padding.
  const int stride = (image.width * 3 + 63) / 64 * 64;
  std::vector<std::uint8_t> padded(static_cast<std::size_t>(stride) * static_cast<std::size_t>(image.height) +
                                   64);
  std::uint8_t* planes[4] = {padded.data(), nullptr, nullptr, nullptr};
  int strides[4] = {stride, 0, 0, 0};
  if (ffmpeg::sws_scale(scaler.get(), frame->data, frame->linesize, 0, frame->height, planes, strides) <= 0) {
    return core::fail(core::ErrorCode::unreadable, "cannot convert the frame");
  }
  const auto row_bytes = static_cast<std::size_t>(image.width) * 3;
  image.pixels.resize(row_bytes * static_cast<std::size_t>(image.height));
  for (int y = 0; y < image.height; ++y) {
    std::copy_n(padded.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride), row_bytes,
                image.pixels.data() + static_cast<std::size_t>(y) * row_bytes);
  }
  return image;
}

// Where to take the frame, in the stream's time base; nullopt when the duration is unknown.
std::optional<std::int64_t> target_of(const AVFormatContext* format, const AVStream* stream, double at)
{
  const std::int64_t start = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
  if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) {
    return start + static_cast<std::int64_t>(static_cast<double>(stream->duration) * at);
  }
  if (format->duration != AV_NOPTS_VALUE && format->duration > 0) {
    const auto offset = static_cast<std::int64_t>(static_cast<double>(format->duration) * at);
    return start + ffmpeg::av_rescale_q(offset, AVRational{1, AV_TIME_BASE}, stream->time_base);
  }
  return std::nullopt;
}

} // namespace

core::Result<Preview> video_poster(const std::filesystem::path& path, const PosterOptions& options)
{
  if (auto loaded = ffmpeg::load(); !loaded) {
    return std::unexpected(loaded.error());
  }
  auto opened = detail::CountingFile::open(path);
  if (!opened) {
    return std::unexpected(opened.error());
  }
  detail::LogCapture capture; // outlives the contexts below, which log into it
  detail::AvioReader avio(**opened);
  AVFormatContext* raw = ffmpeg::avformat_alloc_context();
  if (raw == nullptr || avio.get() == nullptr) {
    ffmpeg::avformat_free_context(raw);
    return core::fail(core::ErrorCode::io, "out of memory", path);
  }
  raw->pb = avio.get();
  raw->flags |= AVFMT_FLAG_CUSTOM_IO;
  raw->opaque = &capture;
  raw->probesize = k_probe_size;
  AVDictionary* dictionary = nullptr;
  ffmpeg::av_dict_set(&dictionary, "format_whitelist", k_format_whitelist, 0);
  ffmpeg::av_dict_set(&dictionary, "max_streams", ffmpeg::k_max_streams, 0);
  const int status = ffmpeg::avformat_open_input(&raw, "", nullptr, &dictionary); // frees `raw` on failure
  ffmpeg::av_dict_free(&dictionary);
  if (status < 0) {
    return core::fail(core::ErrorCode::unreadable, "cannot open the video: " + ffmpeg::error_text(status),
                      path);
  }
  ffmpeg::InputHandle format(raw);
  // An MP4/MOV index says all a decoder needs; other containers may need a look at their first packets.
  if (std::string_view(format->iformat->name).find("mp4") == std::string_view::npos) {
    (void)ffmpeg::avformat_find_stream_info(format.get(), nullptr); // a frame may decode all the same
  }
  const int index = ffmpeg::best_video_stream(format.get());
  const AVCodec* decoder =
      index < 0 ? nullptr : ffmpeg::avcodec_find_decoder(format->streams[index]->codecpar->codec_id);
  if (index < 0 || decoder == nullptr) {
    return core::fail(index >= 0 ? core::ErrorCode::unsupported : core::ErrorCode::unreadable,
                      index >= 0 ? "no decoder for the video's codec" : "no video stream", path);
  }
  AVStream* stream = format->streams[index];
  ffmpeg::CodecHandle codec(ffmpeg::avcodec_alloc_context3(decoder));
  ffmpeg::PacketHandle packet(ffmpeg::av_packet_alloc());
  ffmpeg::FrameHandle frame(ffmpeg::av_frame_alloc());
  ffmpeg::FrameHandle chosen(ffmpeg::av_frame_alloc());
  if (!codec || !packet || !frame || !chosen ||
      ffmpeg::avcodec_parameters_to_context(codec.get(), stream->codecpar) < 0) {
    return core::fail(core::ErrorCode::io, "out of memory", path);
  }
  // One thread: usually one frame is decoded, and frame threads would first start and fill a pipeline
  // (the pipeline runs `-j` submissions at a time anyway).
  codec->thread_count = 1;
  codec->opaque = &capture;
  codec->pkt_timebase = stream->time_base;
  if (const int opened_codec = ffmpeg::avcodec_open2(codec.get(), decoder, nullptr); opened_codec < 0) {
    return core::fail(core::ErrorCode::unsupported,
                      "cannot open the decoder: " + ffmpeg::error_text(opened_codec), path);
  }
  const auto target = target_of(format.get(), stream, std::clamp(options.at, 0.0, 0.95));
  // The key frame at or after the target is one decode away, where the one before it may be hundreds of
  // frames back (a phone or an editor puts one every 1–10 s); without one after it, decode forward from the
  // one before.
  const bool forward = target && ffmpeg::av_seek_frame(format.get(), index, *target, 0) >= 0;
  if (!forward && target && ffmpeg::av_seek_frame(format.get(), index, *target, AVSEEK_FLAG_BACKWARD) < 0) {
    ffmpeg::av_seek_frame(format.get(), index, 0, AVSEEK_FLAG_BACKWARD);
  }
  bool have_frame = false;
  int frames = 0;
  // Keeps each decoded frame as the candidate; done at the first one at or past the target.
  auto take_frames = [&]() {
    while (ffmpeg::avcodec_receive_frame(codec.get(), frame.get()) == 0) {
      ffmpeg::av_frame_unref(chosen.get());
      ffmpeg::av_frame_move_ref(chosen.get(), frame.get());
      have_frame = true;
      ++frames;
      const std::int64_t time = chosen->best_effort_timestamp;
      if (!target || (time != AV_NOPTS_VALUE && time >= *target) || frames >= k_max_frames) {
        return true;
      }
    }
    return false;
  };
  bool done = false;
  for (int packets = 0; !done && packets < k_max_packets; ++packets) {
    if (ffmpeg::av_read_frame(format.get(), packet.get()) < 0) {
      break;
    }
    if (packet->stream_index == index) {
      ffmpeg::avcodec_send_packet(codec.get(), packet.get());
      done = take_frames();
    }
    ffmpeg::av_packet_unref(packet.get());
  }
  if (!done) {
    ffmpeg::avcodec_send_packet(codec.get(), nullptr); // flush: the frames a decoder holds back
    take_frames();
  }
  if (!have_frame) {
    const auto errors = capture.errors();
    return core::fail(core::ErrorCode::unreadable,
                      "no frame decoded" + (errors.empty() ? std::string() : ": " + errors.front()), path);
  }
  auto image = to_rgb(chosen.get(), ffmpeg::av_guess_sample_aspect_ratio(format.get(), stream, chosen.get()),
                      options.long_side);
  if (!image) {
    return std::unexpected(image.error());
  }
  return make_preview(rotated(*image, ffmpeg::display_rotation(stream)), options.long_side);
}

} // namespace nominate::media
