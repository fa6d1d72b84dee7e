#include "image_header.hpp"
#include "pixel_analysis.hpp"
#include "stb_decode.hpp"

#include <nominate/media/photo.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <system_error>
#include <vector>

namespace nominate::media {

namespace {

constexpr std::size_t k_head_bytes = 64 * 1024;

bool stb_can_decode(ImageFormat format)
{
  return format == ImageFormat::jpeg || format == ImageFormat::png;
}

// Why stb_image will not be asked to decode this header, if it will not.
std::optional<std::string> refusal(const detail::ImageHeader& header, ImageFormat format,
                                   const PhotoLimits& limits)
{
  if (header.problem) {
    return header.problem;
  }
  if (header.width <= 0 || header.height <= 0) {
    return std::string("damaged header: no size");
  }
  const std::int64_t pixels = std::int64_t{header.width} * std::int64_t{header.height};
  if (pixels > limits.max_pixels) {
    return "over pixel budget: " + std::to_string(header.width) + "×" + std::to_string(header.height) +
           " is more than " + std::to_string(limits.max_pixels) + " pixels";
  }
  if (format == ImageFormat::jpeg) {
    if (header.bit_depth != 8) {
      return "cannot decode " + std::to_string(header.bit_depth) + "-bit JPEG";
    }
    if (header.arithmetic) {
      return std::string("cannot decode arithmetic-coded JPEG");
    }
    if (header.channels != 1 && header.channels != 3 && header.channels != 4) {
      return "cannot decode JPEG with " + std::to_string(header.channels) + " components";
    }
  }
  return std::nullopt;
}

void decode_and_analyse(std::span<const std::uint8_t> bytes, PhotoFacts& facts)
{
  auto decoded = detail::stb_decode_rgb(bytes);
  if (auto* reason = std::get_if<std::string>(&decoded)) {
    facts.problem = "cannot decode: " + *reason;
    return;
  }
  const auto& image = std::get<detail::RgbImage>(decoded);
  const auto pixels = detail::analyse_pixels(image, facts.exif_orientation);
  facts.decoded = true;
  facts.grayscale = pixels.grayscale;
  facts.colour_share = pixels.colour_share;
  facts.background = pixels.background;
  facts.background_share = pixels.background_share;
  facts.background_rgb = pixels.background_rgb;
}

double rounded(double value, double unit)
{
  return std::round(value / unit) * unit;
}

} // namespace

const char* to_string(Background background)
{
  switch (background) {
  case Background::white:
    return "white";
  case Background::light:
    return "light";
  case Background::blue:
    return "blue";
  case Background::red:
    return "red";
  case Background::other:
    return "other";
  case Background::unknown:
    return "unknown";
  }
  return "unknown";
}

PhotoFacts probe_photo(std::span<const std::uint8_t> bytes, const PhotoLimits& limits)
{
  PhotoFacts facts;
  facts.file_size = bytes.size();
  if (bytes.empty()) {
    facts.problem = "empty file";
    return facts;
  }
  facts.format = detect_image_format(bytes.first(std::min<std::size_t>(bytes.size(), k_head_bytes)));
  if (facts.format == ImageFormat::unknown) {
    facts.problem = "not an image";
    return facts;
  }
  const auto header = detail::read_image_header(facts.format, bytes);
  facts.channels = header.channels;
  facts.bit_depth = header.bit_depth;
  facts.has_alpha = header.has_alpha;
  facts.exif_orientation = header.orientation;
  const bool swaps = header.orientation >= 5;
  facts.width = swaps ? header.height : header.width;
  facts.height = swaps ? header.width : header.height;
  if (!stb_can_decode(facts.format)) {
    return facts; // named by format; the check says how to convert it
  }
  if (auto reason = refusal(header, facts.format, limits)) {
    facts.problem = reason;
    return facts;
  }
  if (!header.complete) {
    // stb_image fills a cut-off JPEG with grey and calls it decoded; the missing end marker says otherwise.
    facts.problem = facts.format == ImageFormat::jpeg ? "truncated: the JPEG ends before its end marker"
                                                      : "truncated: the PNG ends before its IEND chunk";
  }
  // stb_image's own header read must agree before it is allowed to decode.
  auto info = detail::stb_info(bytes);
  if (auto* reason = std::get_if<std::string>(&info)) {
    facts.problem = "cannot decode: " + *reason;
    return facts;
  }
  const auto& stb = std::get<detail::StbInfo>(info);
  if (std::int64_t{stb.width} * std::int64_t{stb.height} > limits.max_pixels) {
    facts.problem = "over pixel budget";
    return facts;
  }
  if (facts.problem) {
    return facts; // truncated: do not judge colours on stb_image's filler
  }
  decode_and_analyse(bytes, facts);
  return facts;
}

core::Result<PhotoFacts> probe_photo_file(const std::filesystem::path& path, const PhotoLimits& limits)
{
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot read file: " + error.message(), path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return core::fail(core::ErrorCode::io, "cannot open file", path);
  }
  // A file over the limit is judged by its head only: format and size are still known.
  const bool too_big = size > limits.max_file_bytes;
  const std::size_t to_read = too_big ? k_head_bytes : static_cast<std::size_t>(size);
  std::vector<std::uint8_t> bytes(to_read);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(to_read));
  bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  if (!too_big) {
    return probe_photo(bytes, limits);
  }
  PhotoFacts facts;
  facts.file_size = size;
  facts.format = detect_image_format(bytes);
  facts.problem = "file too large to decode: " + std::to_string(size) + " bytes";
  return facts;
}

core::Facts PhotoFacts::to_facts() const
{
  core::Facts out;
  out.emplace_back("format", std::string(to_string(format)));
  out.emplace_back("file_size", static_cast<std::int64_t>(file_size));
  if (width > 0 && height > 0) {
    out.emplace_back("width", std::int64_t{width});
    out.emplace_back("height", std::int64_t{height});
  }
  if (exif_orientation != 1) {
    out.emplace_back("exif_orientation", std::int64_t{exif_orientation});
  }
  if (bit_depth > 0) {
    out.emplace_back("bit_depth", std::int64_t{bit_depth});
  }
  if (has_alpha) {
    out.emplace_back("has_alpha", true);
  }
  out.emplace_back("decoded", decoded);
  if (decoded) {
    out.emplace_back("grayscale", grayscale);
    out.emplace_back("colour_share", rounded(colour_share, 0.001));
    out.emplace_back("background", std::string(to_string(background)));
    out.emplace_back("background_share", rounded(background_share, 0.001));
    out.emplace_back("background_rgb", background_rgb);
  }
  if (problem) {
    out.emplace_back("problem", *problem);
  }
  return out;
}

} // namespace nominate::media
