#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/facts.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

namespace nominate::media {

// The image format by content (magic bytes, ftyp brands), never by the extension.
enum class ImageFormat { jpeg, png, heic, heif, avif, webp, bmp, gif, tiff, unknown };

[[nodiscard]] const char* to_string(ImageFormat format);  // "jpeg", "png", "heic", …

// The dominant colour of the border around a portrait (the background of an ID photo).
enum class Background { white, light, blue, red, other, unknown };

[[nodiscard]] const char* to_string(Background background);  // "white", "blue", …

// Limits that keep hostile input bounded.
struct PhotoLimits {
  std::int64_t max_pixels = 100'000'000;  // refuse to decode past this many pixels (width × height)
};

// What a photo is, learned from its bytes. `decoded` is false when only the header could be read (a format
// stb_image cannot decode, a pixel count over the budget, a CMYK or 12-bit JPEG); then colour and
// background are unknown and `problem` says why.
struct PhotoFacts {
  ImageFormat format = ImageFormat::unknown;
  std::uintmax_t file_size = 0;
  int width = 0;             // as displayed: EXIF orientation applied
  int height = 0;
  int exif_orientation = 1;  // 1–8; 5–8 swap width and height
  bool decoded = false;
  bool grayscale = false;    // every pixel has R≈G≈B
  Background background = Background::unknown;
  std::optional<std::string> problem;  // "truncated", "over pixel budget", "cannot decode CMYK JPEG", …

  [[nodiscard]] core::Facts to_facts() const;
};

// Probes a photo from its bytes. Never throws; a file that is not an image gives format unknown and a problem.
[[nodiscard]] PhotoFacts probe_photo(std::span<const std::uint8_t> bytes, const PhotoLimits& limits = {});

// Reads the file, then probes it. An error only when the file cannot be read at all.
[[nodiscard]] core::Result<PhotoFacts> probe_photo_file(const std::filesystem::path& path,
                                                        const PhotoLimits& limits = {});

}  // namespace nominate::media
