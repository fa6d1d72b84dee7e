// A video whose only fault is its container (a QuickTime .mov, a Matroska file) is put into MP4 as it is:
// no generation of loss, and seconds instead of minutes.
#include "remux.hpp"

#include <nominate/ffmpeg/handles.hpp>
#include <nominate/ffmpeg/rotation.hpp>
#include <nominate/ffmpeg/streams.hpp>

extern "C" {
#include <libavutil/pixfmt.h>
}

#include <array>
#include <optional>
#include <vector>

namespace nominate::fix::detail {

bool picture_fits(const AVStream* video, const rules::VideoSpec& spec)
{
  const AVCodecParameters* par = video->codecpar;
  return par->codec_id == AV_CODEC_ID_H264 &&
         (par->format == AV_PIX_FMT_YUV420P || par->format == AV_PIX_FMT_YUVJ420P) &&
         (!spec.width || par->width == *spec.width) && (!spec.height || par->height == *spec.height) &&
         ffmpeg::display_rotation(video) == 0 &&
         (par->sample_aspect_ratio.num == 0 || par->sample_aspect_ratio.num == par->sample_aspect_ratio.den);
}

std::optional<TranscodeResult> remux_video(const TranscodeRequest& request)
{
  AVFormatContext* raw = nullptr;
  if (ffmpeg::open_file(&raw, request.input.c_str()) < 0) {
    return std::nullopt;
  }
  ffmpeg::InputHandle input(raw);
  if (ffmpeg::avformat_find_stream_info(raw, nullptr) < 0) {
    return std::nullopt;
  }
  const int video = ffmpeg::best_video_stream(raw);
  const int audio = ffmpeg::av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, video, nullptr, 0);
  if (video < 0 || ffmpeg::is_cover_picture(raw, video) || !picture_fits(raw->streams[video], request.spec) ||
      (audio >= 0 && raw->streams[audio]->codecpar->codec_id != AV_CODEC_ID_AAC) ||
      (audio < 0 && request.spec.audio_required)) {
    return std::nullopt;
  }

  AVFormatContext* out_raw = nullptr;
  ffmpeg::avformat_alloc_output_context2(&out_raw, nullptr, "mp4", request.output.c_str());
  if (out_raw == nullptr) {
    return std::nullopt;
  }
  ffmpeg::OutputHandle output(out_raw);
  // Input stream index → output stream index; every other stream (a phone's metadata or timecode track) is
  // left out, as the transcode leaves it out.
  std::array<int, 2> copied{video, audio};
  std::vector<int> mapping(raw->nb_streams, -1);
  for (int index : copied) {
    if (index < 0) {
      continue;
    }
    AVStream* stream = ffmpeg::avformat_new_stream(out_raw, nullptr);
    if (stream == nullptr ||
        ffmpeg::avcodec_parameters_copy(stream->codecpar, raw->streams[index]->codecpar) < 0) {
      return std::nullopt;
    }
    stream->codecpar->codec_tag = 0; // MOV's and Matroska's tags are not MP4's: the muxer picks its own
    stream->time_base = raw->streams[index]->time_base;
    mapping[static_cast<std::size_t>(index)] = stream->index;
  }
  if (ffmpeg::avio_open(&out_raw->pb, request.output.c_str(), AVIO_FLAG_WRITE) < 0) {
    return std::nullopt;
  }
  AVDictionary* options = nullptr;
  ffmpeg::av_dict_set(&options, "movflags", "+faststart", 0);
  if (raw->start_time != AV_NOPTS_VALUE && raw->start_time > 0) {
    // An MPEG-TS from a camera starts at 1.4 s or later, which MP4 would keep as an empty edit: black
    // before the first picture, and a longer duration. Shifted to 0, every stream alike. (Not for a MOV
    // starting at 0, whose B-frame delay the muxer keeps in its edit list: a shift would part sound and
    // picture there.)
    ffmpeg::av_dict_set(&options, "avoid_negative_ts", "make_zero", 0);
  }
  int code = ffmpeg::avformat_write_header(out_raw, &options);
  ffmpeg::av_dict_free(&options);
  if (code < 0) {
    return std::nullopt;
  }
  ffmpeg::PacketHandle packet(ffmpeg::av_packet_alloc());
  while ((code = ffmpeg::av_read_frame(raw, packet.get())) >= 0) {
    // A stream that appeared while reading (MPEG-TS announces streams as it goes) has no place in the copy.
    const auto from = static_cast<std::size_t>(packet->stream_index);
    const int target = from < mapping.size() ? mapping[from] : -1;
    if (target >= 0) {
      ffmpeg::av_packet_rescale_ts(packet.get(), raw->streams[packet->stream_index]->time_base,
                                   out_raw->streams[target]->time_base);
      packet->stream_index = target;
      packet->pos = -1;
      if (ffmpeg::av_interleaved_write_frame(out_raw, packet.get()) < 0) {
        return std::nullopt;
      }
    }
    ffmpeg::av_packet_unref(packet.get());
  }
  if (code != AVERROR_EOF) {
    return std::nullopt;
  }
  if (ffmpeg::av_write_trailer(out_raw) < 0) {
    return std::nullopt;
  }
  const AVCodecParameters* par = raw->streams[video]->codecpar;
  TranscodeResult result;
  result.width = par->width;
  result.height = par->height;
  const AVRational rate = raw->streams[video]->avg_frame_rate;
  result.fps = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0.0;
  result.remuxed = true;
  result.picture_copied = true;
  result.duration_s = raw->duration > 0 ? static_cast<double>(raw->duration) / AV_TIME_BASE : 0.0;
  return result;
}

} // namespace nominate::fix::detail
