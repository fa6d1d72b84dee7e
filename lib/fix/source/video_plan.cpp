#include "video_plan.hpp"

#include <nominate/ffmpeg/colour.hpp>
#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/rotation.hpp>
#include <nominate/media/video.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace nominate::fix::detail {

namespace {

// A phone's HDR video (HLG: iPhones since the 12, many Android phones; PQ: HDR10) turned to the BT.709 a
// 1280×720 H.264 is played as (media::tone_map_filters). Without it the picture comes out grey and pale:
// BT.2020 colours and the HDR curve read as BT.709; zscale itself writes the YUV (BT.709 matrix): left to
// scale, RGB would become YUV by BT.601's. Empty where the FFmpeg libraries have no zscale or tonemap (built
// without zimg): the picture is then converted as before.
std::string sdr_filters(const AVCodecParameters* par)
{
  const auto hdr = ffmpeg::hdr_transfer(par);
  if (hdr.empty() || ffmpeg::avfilter_get_by_name("zscale") == nullptr ||
      ffmpeg::avfilter_get_by_name("tonemap") == nullptr) {
    return {};
  }
  return media::tone_map_filters(hdr, par->color_primaries == AVCOL_PRI_BT709,
                                 par->color_space == AVCOL_SPC_BT709, par->color_range == AVCOL_RANGE_JPEG) +
         ",";
}

int even(double value)
{
  return std::max(2, static_cast<int>(std::lround(value / 2)) * 2);
}

} // namespace

VideoPlan plan_video(const AVFormatContext* input, const AVStream* stream, const rules::VideoSpec& spec)
{
  VideoPlan plan;
  plan.rotation = ffmpeg::display_rotation(stream);
  const AVCodecParameters* par = stream->codecpar;
  plan.to_sdr = sdr_filters(par);
  // The HDR filters write BT.709 themselves.
  plan.source_matrix = plan.to_sdr.empty() ? std::string(ffmpeg::decoding_matrix(par)) : "bt709";
  const bool interlaced = par->field_order == AV_FIELD_TT || par->field_order == AV_FIELD_BB ||
                          par->field_order == AV_FIELD_TB || par->field_order == AV_FIELD_BT;
  if (interlaced && ffmpeg::avfilter_get_by_name("bwdif") != nullptr) {
    plan.deinterlace = "bwdif=mode=send_frame:parity=auto:deint=all,"; // one frame per frame, as shot
  }
  double sar = par->sample_aspect_ratio.num > 0 && par->sample_aspect_ratio.den > 0
                   ? av_q2d(par->sample_aspect_ratio)
                   : 1.0;
  double shown_width = par->width * sar;
  double shown_height = par->height;
  if (plan.rotation == 90 || plan.rotation == 270) {
    std::swap(shown_width, shown_height);
  }
  if (spec.width && spec.height) {
    plan.width = *spec.width;
    plan.height = *spec.height;
    double scale = std::min(plan.width / shown_width, plan.height / shown_height);
    plan.content_width = std::min(plan.width, even(shown_width * scale));
    plan.content_height = std::min(plan.height, even(shown_height * scale));
    constexpr double k_upscale = 1.1; // a few rows more (1280×704 to 720) is no loss of sharpness to speak of
    plan.upscaled = scale > k_upscale;
  } else {
    plan.width = plan.content_width = even(shown_width);
    plan.height = plan.content_height = even(shown_height);
  }
  if (spec.fps) {
    plan.fps = ffmpeg::av_d2q(*spec.fps, 100000);
  } else if (stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0) {
    plan.fps = stream->avg_frame_rate;
  }
  if (input->duration > 0) {
    plan.duration_s = static_cast<double>(input->duration) / AV_TIME_BASE;
  } else if (stream->duration > 0) {
    plan.duration_s = static_cast<double>(stream->duration) * av_q2d(stream->time_base);
  }
  return plan;
}

std::string video_filters(const VideoPlan& plan)
{
  std::string chain = plan.deinterlace + plan.to_sdr;
  if (plan.rotation == 90) {
    chain += "transpose=clock,";
  } else if (plan.rotation == 180) {
    chain += "hflip,vflip,";
  } else if (plan.rotation == 270) {
    chain += "transpose=cclock,";
  }
  chain += "scale=" + std::to_string(plan.content_width) + ":" + std::to_string(plan.content_height) +
           ":flags=bicubic:in_color_matrix=" + plan.source_matrix +
           ":out_color_matrix=bt709:out_range=tv,setsar=1";
  if (plan.content_width != plan.width || plan.content_height != plan.height) {
    chain += ",pad=" + std::to_string(plan.width) + ":" + std::to_string(plan.height) +
             ":(ow-iw)/2:(oh-ih)/2:black";
  }
  chain += ",fps=" + std::to_string(plan.fps.num) + "/" + std::to_string(plan.fps.den) + ",format=yuv420p";
  return chain;
}

} // namespace nominate::fix::detail
