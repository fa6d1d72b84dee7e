#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/media_spec.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace nominate::fix {

struct PhotoResult {
  int width = 0; // as written
  int height = 0;
  int quality = 0; // the JPEG quality chosen
  bool downscaled = false;
  std::uintmax_t bytes = 0;
  int frames = 1;                    // of an animated GIF or WebP, whose first frame was kept
  std::size_t icc_profile_bytes = 0; // the source's colour profile, embedded as it was (0: none, sRGB)
};

// Writes `input` (JPEG, PNG, BMP, GIF, WebP, HEIC/HEIF/AVIF, decoded by media::decode_image: EXIF
// orientation applied to the pixels, transparency over white, an animated GIF's or WebP's first frame) to
// `output` as a baseline JPEG (libjpeg-turbo), upright for every viewer because no orientation tag is left
// to misread. Under spec.max_bytes (with a 5 % margin) the quality is searched from 92 down to 50, then the
// picture is scaled down step by step, never below spec.min_width × spec.min_height. The colour profile is
// kept: the source's ICC profile is embedded unchanged with the unconverted pixels (an iPhone's Display P3
// stays Display P3 for a viewer that manages colour; a file with none stays sRGB). Errors: unsupported
// (TIFF, a 12-bit JPEG: "cannot decode …"), unreadable, conversion_failed (cannot fit without going under
// the minimum size), io.
[[nodiscard]] core::Result<PhotoResult> convert_photo(const std::filesystem::path& input,
                                                      const std::filesystem::path& output,
                                                      const rules::PhotoSpec& spec);

} // namespace nominate::fix
