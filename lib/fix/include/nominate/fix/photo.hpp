#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/media_spec.hpp>

#include <filesystem>

namespace nominate::fix {

struct PhotoResult {
  int width = 0; // as written
  int height = 0;
  int quality = 0; // the JPEG quality chosen
  bool downscaled = false;
  std::uintmax_t bytes = 0;
};

// Writes `input` (JPEG, PNG, HEIC/HEIF/AVIF, decoded by media::decode_image: EXIF orientation applied to the
// pixels, transparency over white) to `output` as a baseline JPEG (libjpeg-turbo), upright for every viewer
// because no orientation tag is left to misread. Under spec.max_bytes (with a 5 % margin) the quality is
// searched from 92 down to 50, then the picture is scaled down step by step, never below
// spec.min_width × spec.min_height. The colour profile is not carried over (pixels as decoded, treated as
// sRGB). Errors: unsupported (WebP, BMP, GIF: "cannot decode …"), unreadable, conversion_failed (cannot fit
// without going under the minimum size), io.
[[nodiscard]] core::Result<PhotoResult> convert_photo(const std::filesystem::path& input,
                                                      const std::filesystem::path& output,
                                                      const rules::PhotoSpec& spec);

} // namespace nominate::fix
