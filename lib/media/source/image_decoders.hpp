#pragma once

#include "byte_reader.hpp"

#include <nominate/media/image.hpp>

namespace nominate::media::detail {

// The decoders behind decode_image. Each returns the picture as stored (no orientation applied, no
// thumbnail resize), RGB8 with alpha already laid over white, and fills `info` but for `orientation`.
// Errors as decode_image documents them.

// libjpeg-turbo, scaled in the DCT domain to the smallest of 1/1, 1/2, 1/4, 1/8 whose long side is still at
// least `min_long_side` (0: full size).
[[nodiscard]] core::Result<DecodedImage> decode_jpeg(Bytes bytes, int min_long_side, std::int64_t max_pixels);

// stb_image (PNG, BMP, GIF: its first frame), full size; a PNG's iCCP profile and a GIF's frame count in
// `info`.
[[nodiscard]] core::Result<DecodedImage> decode_stb(Bytes bytes, ImageFormat format, std::int64_t max_pixels);

// libwebp (still or animated: the first frame as the canvas shows it, transparency over white), full size,
// with its ICCP profile and frame count.
[[nodiscard]] core::Result<DecodedImage> decode_webp(Bytes bytes, std::int64_t max_pixels);

// libheif (HEIC, HEIF, AVIF): the primary image, full size, with its own rotation and mirroring applied.
[[nodiscard]] core::Result<DecodedImage> decode_heif(Bytes bytes, ImageFormat format,
                                                     std::int64_t max_pixels);

} // namespace nominate::media::detail
