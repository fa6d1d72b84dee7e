#pragma once

#include <nominate/media/image.hpp>

namespace nominate::media::detail {

// A colour space by its primaries' and white point's CIE 1931 chromaticities (x, y), as an `nclx` box
// states them through libheif.
struct Chromaticities {
  double red_x = 0, red_y = 0;
  double green_x = 0, green_y = 0;
  double blue_x = 0, blue_y = 0;
  double white_x = 0, white_y = 0;
};

// Converts `image`'s pixels, in the colour space of `source` with the sRGB transfer curve (an HEIC's or
// AVIF's `nclx` Display P3, code points 12/13, or BT.2020), to sRGB: every viewer then shows them right,
// with no profile to embed (an `nclx` box carries none). Colours outside sRGB are clipped. Nothing is done,
// and false returned, when the primaries are sRGB's already, or the white point is not D65 (DCI-P3's: no
// chromatic adaptation here).
bool convert_to_srgb(Image& image, const Chromaticities& source);

} // namespace nominate::media::detail
