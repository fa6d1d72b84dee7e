#pragma once

#include <nominate/core/error.hpp>
#include <nominate/media/image.hpp>
#include <nominate/media/preview.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace nominate::media {

// The image scaled down (each output pixel the mean of the input pixels it covers) so that its long side is
// at most `long_side`; an image already that small is returned as it is.
[[nodiscard]] Image scale_to_fit(const Image& image, int long_side);

struct JpegEncoding {
  int quality = 92; // 1–100
  // An ICC profile to embed (APP2 chunks, as libjpeg-turbo's jpeg_write_icc_profile writes them): the one
  // the source carried, so a viewer shows the pixels in their own colours. Empty: none (sRGB assumed).
  std::span<const std::uint8_t> icc_profile;
  // The print density to record in the JFIF header (ImageInfo's): unit 1 dpi, 2 per cm; 0 none.
  int density_unit = 0;
  int x_density = 0;
  int y_density = 0;
};

// A baseline JPEG (libjpeg-turbo, 4:2:0, optimised Huffman tables) of `image`, with no EXIF orientation to
// misread (the pixels are upright). ErrorCode::invalid_argument for an empty image; ErrorCode::unreadable if
// libjpeg refuses.
[[nodiscard]] core::Result<std::vector<std::uint8_t>> encode_jpeg(const Image& image,
                                                                  const JpegEncoding& encoding);
[[nodiscard]] core::Result<std::vector<std::uint8_t>> encode_jpeg(const Image& image, int quality);

// scale_to_fit, then encode_jpeg at a quality that keeps a 240-pixel thumbnail near 10–20 KB.
[[nodiscard]] core::Result<Preview> make_preview(const Image& image, int long_side = k_preview_long_side);

// A thumbnail of a photo file's bytes: decoded with decode_image (a JPEG at the smallest DCT scale that
// still gives `long_side`, so a phone photo costs a fraction of a full decode; EXIF orientation applied),
// then make_preview. Errors as decode_image's. For photos the probe has not decoded already: probe_photo
// makes one from its own pixels when PhotoLimits::thumbnail_long_side asks.
[[nodiscard]] core::Result<Preview> photo_thumbnail(std::span<const std::uint8_t> bytes,
                                                    int long_side = k_preview_long_side);

} // namespace nominate::media
