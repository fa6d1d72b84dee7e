#pragma once

#include <string_view>

extern "C" {
struct AVCodecParameters;
}

namespace nominate::ffmpeg {

// The YUV matrix a player decodes the stream's picture with, as swscale's `in_color_matrix` names it
// ("bt709", "bt601", "bt2020", "fcc", "smpte240m"): its tag, else the players' guess by size (under 720
// lines BT.601, else BT.709). What `fix` converts from, and `check`'s ffmpeg command names.
[[nodiscard]] std::string_view decoding_matrix(const AVCodecParameters* codec);

// "HLG" or "PQ" (HDR10) by the stream's transfer tag, else empty: a picture that needs tone-mapping to show
// right in BT.709.
[[nodiscard]] std::string_view hdr_transfer(const AVCodecParameters* codec);

} // namespace nominate::ffmpeg
