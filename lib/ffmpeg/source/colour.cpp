#include <nominate/ffmpeg/colour.hpp>

extern "C" {
#include <libavcodec/codec_par.h>
}

#include <algorithm>

namespace nominate::ffmpeg {

std::string_view decoding_matrix(const AVCodecParameters* codec)
{
  switch (codec->color_space) {
  case AVCOL_SPC_BT709:
    return "bt709";
  case AVCOL_SPC_BT470BG:
  case AVCOL_SPC_SMPTE170M:
    return "bt601";
  case AVCOL_SPC_FCC:
    return "fcc";
  case AVCOL_SPC_SMPTE240M:
    return "smpte240m";
  case AVCOL_SPC_BT2020_NCL:
  case AVCOL_SPC_BT2020_CL:
    return "bt2020";
  default:
    return std::min(codec->width, codec->height) < 720 ? "bt601" : "bt709";
  }
}

std::string_view hdr_transfer(const AVCodecParameters* codec)
{
  switch (codec->color_trc) {
  case AVCOL_TRC_ARIB_STD_B67:
    return "HLG";
  case AVCOL_TRC_SMPTE2084:
    return "PQ";
  default:
    return {};
  }
}

} // namespace nominate::ffmpeg
