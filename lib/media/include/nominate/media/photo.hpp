#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/facts.hpp>
#include <nominate/media/preview.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::media {

// The image format by content (magic bytes, ftyp brands), never by the extension.
// psd (a studio's Photoshop original), jp2 (JPEG 2000) and jxl (JPEG XL) are recognised to be named, not
// decoded: like TIFF, photo.format says what they are and how to get a JPEG.
enum class ImageFormat { jpeg, png, heic, heif, avif, webp, bmp, gif, tiff, psd, jp2, jxl, unknown };

[[nodiscard]] const char* to_string(ImageFormat format); // "jpeg", "png", "heic", …

// The format of an image by its first bytes (16 are enough for every format but HEIF/AVIF, whose `ftyp` box
// lists its brands: give the first 64). Unknown when the bytes match none.
[[nodiscard]] ImageFormat detect_image_format(std::span<const std::uint8_t> head);

// True when a file name's extension fits the format by content: ".jpg", ".jpeg", ".jpe" and ".jfif" are all
// JPEG; ".heic"/".heif" fit both HEIF formats; ".tif"/".tiff" are TIFF. Case is ignored; `extension` may
// come with or without its dot. A PNG named ".jpg" does not fit (design.md, photo.extension).
[[nodiscard]] bool extension_matches(ImageFormat format, std::string_view extension);

// The dominant colour of the border around a portrait (the background of an ID photo).
enum class Background { white, light, blue, red, other, unknown };

[[nodiscard]] const char* to_string(Background background); // "white", "blue", …

// Limits that keep hostile input bounded, and how much resolution the judgement uses. Photos are judged at a
// long side of 400 pixels or more: JPEG is decoded at the smallest DCT scale (1/2, 1/4, 1/8) that keeps it,
// far cheaper than a full decode of a phone photo. Colour share and the border's colour class need no more
// (a test compares every fixture's verdicts at full size); the shape is judged from the header's full size.
struct PhotoLimits {
  // Refuse to decode past this many pixels (width × height); a sequential JPEG, judged scaled, may hold
  // k_sequential_jpeg_factor times as many (DecodeOptions::max_pixels): a 200-megapixel phone photo is read.
  std::int64_t max_pixels = 100'000'000;
  // probe_photo_file reads at most this much; a bigger file is judged by its first bytes only (format, size).
  std::uintmax_t max_file_bytes = 64ULL * 1024 * 1024;
  // Pixels are judged at this long side or more (JPEG's DCT scaling); 0 judges the full resolution.
  int judgement_long_side = 400;
  // > 0: also make PhotoFacts::thumbnail at this long side, from the pixels decoded for the judgement (no
  // second decode). 0: none (the checks need none; the HTML report asks for one).
  int thumbnail_long_side = 0;
};

// Why a photo's pixels could not be judged, as a check needs to tell a clerk.
enum class PhotoProblem {
  none,
  damaged,     // not decodable: broken data, not an image, empty
  truncated,   // the data ends before the picture does: a partial decode is never judged
  unsupported, // a valid file this tool cannot decode (a 12-bit JPEG, a HEIF whose codec is missing)
  too_large,   // over the pixel budget or the read limit: not damaged, only not looked into
};

// What a photo is, learned from its bytes. `decoded` is false when only the header could be read (a format
// this tool cannot decode, a pixel count over the budget, a 12-bit JPEG, a truncated or damaged file); then
// colour and background are unknown and `problem` says why.
struct PhotoFacts {
  ImageFormat format = ImageFormat::unknown;
  std::uintmax_t file_size = 0;
  int width = 0; // as displayed: EXIF orientation applied
  int height = 0;
  int exif_orientation = 1; // 1–8; 5–8 swap width and height
  bool decoded = false;
  bool grayscale = false; // every pixel has R≈G≈B
  // Coloured, but in one tone: a black-and-white photo toned sepia, blue or duotone (a 怀旧 filter), its
  // colour set by lightness alone and no grey left in its mid-tones. A judgement; never with `grayscale`.
  bool tinted = false;
  Background background = Background::unknown;
  std::optional<std::string> problem; // "truncated", "over pixel budget", "cannot decode CMYK JPEG", …
  int channels = 0;        // in the file: 1 grey, 2 grey+alpha, 3 colour, 4 colour+alpha (CMYK JPEG: 4)
  int bit_depth = 0;       // bits per channel where the header says (8, 12 for a 12-bit JPEG, 16 for PNG)
  bool has_alpha = false;  // colour is judged laid over white; see background_transparent
  double colour_share = 0; // of the sampled pixels, the share that is clearly coloured (0 when grey)
  double faint_share = 0;  // and the share with any colour at all, however pale (a 低饱和 photo's face)
  double tint_spread = 0;  // mid-tones' colour spread at equal lightness (RMS, 0–255): small when toned
  double background_share = 0;      // of the border band, the share in the `background` class
  std::string background_rgb;       // the border band's median colour, "#rrggbb"; empty when not decoded
  double background_uniformity = 0; // of the border band, the share within ±40 of its median colour
  bool background_even = false;     // at least 80 % of the border band within ±40 of its median: one colour
  // A plain margin of another colour around the picture, in pixels of the picture as judged (a 蓝底 photo
  // cut from a print sheet with its white edge): the border band is then taken inside it. 0: none.
  int background_margin = 0;
  bool background_certain = false; // an unmistakably blue or red, uniform border: no judgement call
  // Of the border band, the share that is mostly transparent (opacity under half): what shows there is the
  // viewer's choice (white, black, a checkerboard), not the photo's. 0 for a file without transparency.
  double background_transparent = 0;
  PhotoProblem problem_kind = PhotoProblem::none; // set with `problem`
  int judged_width = 0;                           // the size the pixels were judged at (DCT-scaled)
  int judged_height = 0;
  std::vector<std::string> warnings; // the decoder's warnings on a readable file ("extraneous bytes …")
  // A JPEG in arithmetic coding (SOF9–SOF11): valid JPEG, and libjpeg-turbo decodes it, but not every viewer
  // does (browsers and image libraries built without it show nothing), so a reviewer may see no photo.
  bool arithmetic = false;
  // A JPEG of four components (CMYK or Adobe's YCCK): a file made for the printer. libjpeg-turbo decodes it
  // (and the probe judges it converted to RGB), but web upload systems that want "RGB 模式" refuse it and
  // some viewers show its colours wrong or inverted.
  bool cmyk = false;
  // When PhotoLimits::thumbnail_long_side asked and the photo decoded: a small JPEG of it as displayed.
  // Not part of to_facts().
  std::optional<Preview> thumbnail;

  [[nodiscard]] core::Facts to_facts() const;
};

// Probes a photo from its bytes. Never throws; a file that is not an image gives format unknown and a
// problem.
[[nodiscard]] PhotoFacts probe_photo(std::span<const std::uint8_t> bytes, const PhotoLimits& limits = {});

// Reads the file, then probes it. An error only when the file cannot be read at all.
[[nodiscard]] core::Result<PhotoFacts> probe_photo_file(const std::filesystem::path& path,
                                                        const PhotoLimits& limits = {});

// ID photo sizes the notices name: 1寸 is 25×35 mm, 2寸 35×49 mm — both 5:7 portrait; at 300 dpi at least
// 295×413 and 413×579 pixels.
enum class IdPhotoSize { one_inch, two_inch };

[[nodiscard]] const char* to_string(IdPhotoSize size); // "1寸", "2寸"

struct IdPhotoSpec {
  int width_mm = 0;
  int height_mm = 0;
  int min_width = 0; // pixels at 300 dpi
  int min_height = 0;
};

[[nodiscard]] IdPhotoSpec id_photo_spec(IdPhotoSize size);

// How far an ID photo's width/height ratio may stray from 5:7 (0.714) and still count as "about 5:7": 6 %,
// so 0.671–0.757. That takes in photo studios' cuts (390×567 大一寸 is 0.688) and rounding, and refuses a
// square (1.0), a 3:4 phone crop (0.75 is in, 4:5 0.8 is out) and any landscape photo. Pixel minimums allow
// 2 % less than the 300 dpi size for rounding and a scanner's trim.
inline constexpr double k_id_photo_aspect_tolerance = 0.06;
inline constexpr double k_id_photo_pixel_tolerance = 0.02;

// An ID photo's shape judged against a size, on the displayed width and height (EXIF orientation applied).
struct IdPhotoShape {
  bool portrait = false;      // taller than wide
  double aspect = 0;          // width / height
  double aspect_error = 0;    // relative distance from 5:7 (0.05 = 5 %)
  bool aspect_ok = false;     // portrait and within the tolerance
  bool enough_pixels = false; // at least the size's minimum in both directions (less the pixel tolerance)
  IdPhotoSpec spec;
};

[[nodiscard]] IdPhotoShape judge_id_photo(int width, int height, IdPhotoSize size,
                                          double aspect_tolerance = k_id_photo_aspect_tolerance);

} // namespace nominate::media
