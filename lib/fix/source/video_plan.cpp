#include "video_plan.hpp"

#include <nominate/ffmpeg/ffmpeg.hpp>
#include <nominate/ffmpeg/rotation.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

namespace nominate::fix::detail {

namespace {

// A phone's HDR video (HLG: iPhones since the 12, many Android phones; PQ: HDR10) turned to the BT.709 a
// 1280×720 H.264 is played as. Without it the picture comes out grey and pale: BT.2020 colours and the HDR
// curve read as BT.709. Both curves are made linear with the reference white of BT.2408 (203 nits, HLG's
// 75 % signal) as SDR's white, brought to BT.709's primaries, and what lies above that white (skies,
// lamps, HLG's and PQ's highlights up to 1,000 nits and more) is tone-mapped by mobius, which leaves the
// tones under white as they are, instead of being clipped. The source's tags are passed where they are
// known, and BT.2020 assumed where a phone left them out. zscale itself writes the YUV (BT.709 matrix):
// left to scale, RGB would become YUV by BT.601's. Empty where the FFmpeg libraries have no zscale or
// tonemap (built without zimg): the picture is then converted as before.
std::string sdr_filters(const AVCodecParameters* par)
{
  const bool hlg = par->color_trc == AVCOL_TRC_ARIB_STD_B67;
  const bool pq = par->color_trc == AVCOL_TRC_SMPTE2084;
  if ((!hlg && !pq) || ffmpeg::avfilter_get_by_name("zscale") == nullptr ||
      ffmpeg::avfilter_get_by_name("tonemap") == nullptr) {
    return {};
  }
  const std::string in = std::string("tin=") + (hlg ? "arib-std-b67" : "smpte2084") +
                         (par->color_primaries == AVCOL_PRI_BT709 ? ":pin=bt709" : ":pin=bt2020") +
                         (par->color_space == AVCOL_SPC_BT709 ? ":min=bt709" : ":min=bt2020nc") +
                         (par->color_range == AVCOL_RANGE_JPEG ? ":rin=full" : ":rin=limited");
  return "zscale=" + in +
         ":t=linear:npl=203,format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=mobius:desat=0," +
         "zscale=t=bt709:m=bt709:r=limited,format=yuv420p,";
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
           ":flags=bicubic,setsar=1";
  if (plan.content_width != plan.width || plan.content_height != plan.height) {
    chain += ",pad=" + std::to_string(plan.width) + ":" + std::to_string(plan.height) +
             ":(ow-iw)/2:(oh-ih)/2:black";
  }
  chain += ",fps=" + std::to_string(plan.fps.num) + "/" + std::to_string(plan.fps.den) + ",format=yuv420p";
  return chain;
}

} // namespace nominate::fix::detail
