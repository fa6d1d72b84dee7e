#include "image_header.hpp"
#include "pixel_analysis.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/media/image.hpp>
#include <nominate/media/photo.hpp>
#include <nominate/media/thumbnail.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <system_error>
#include <vector>

namespace nominate::media {

namespace {

constexpr std::size_t k_head_bytes = std::size_t{64} * 1024;

// How a problem reads to a check: a decoder's error code, as decode_image documents it.
PhotoProblem kind_of(core::ErrorCode code, const std::string& message)
{
  switch (code) {
  case core::ErrorCode::unsupported:
  case core::ErrorCode::missing_library: // libheif could not be loaded: this installation cannot decode it
    return PhotoProblem::unsupported;
  case core::ErrorCode::limit_exceeded:
    return PhotoProblem::too_large;
  default:
    return message.starts_with("truncated") ? PhotoProblem::truncated : PhotoProblem::damaged;
  }
}

void set_problem(PhotoFacts& facts, PhotoProblem kind, std::string text)
{
  facts.problem = std::move(text);
  facts.problem_kind = kind;
}

void analyse(const DecodedImage& decoded, PhotoFacts& facts)
{
  const auto pixels = detail::analyse_pixels(decoded.image, decoded.info.channels_in_file);
  facts.decoded = true;
  facts.grayscale = pixels.grayscale;
  facts.colour_share = pixels.colour_share;
  facts.faint_share = pixels.faint_share;
  facts.tinted = pixels.tinted;
  facts.tint_spread = pixels.tint_spread;
  facts.background = pixels.background;
  facts.background_share = pixels.background_share;
  facts.background_rgb = pixels.background_rgb;
  facts.background_uniformity = pixels.background_uniformity;
  facts.background_even = pixels.background_even;
  facts.background_margin = pixels.background_margin;
  facts.background_certain = pixels.background_certain;
  facts.background_transparent = pixels.background_transparent;
  facts.judged_width = decoded.image.width;
  facts.judged_height = decoded.image.height;
  facts.warnings = decoded.info.warnings;
}

// Rounded to `decimals` places, dividing last so the double is the one nearest the decimal (2.55, not
// 2.5500000000000003) and the JSON writer prints it short.
double rounded(double value, int decimals)
{
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
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
    set_problem(facts, PhotoProblem::damaged, "empty file");
    return facts;
  }
  facts.format = detect_image_format(bytes.first(std::min<std::size_t>(bytes.size(), k_head_bytes)));
  if (facts.format == ImageFormat::unknown) {
    set_problem(facts, PhotoProblem::damaged, "not an image");
    return facts;
  }
  const auto header = detail::read_image_header(facts.format, bytes);
  facts.channels = header.channels;
  facts.bit_depth = header.bit_depth;
  facts.arithmetic = facts.format == ImageFormat::jpeg && header.arithmetic;
  facts.cmyk = facts.format == ImageFormat::jpeg && header.channels == 4;
  facts.has_alpha = header.has_alpha;
  facts.exif_orientation = header.orientation;
  const bool swaps = header.orientation >= 5;
  facts.width = swaps ? header.height : header.width;
  facts.height = swaps ? header.width : header.height;
  if (!can_decode(facts.format)) {
    return facts; // named by format; the check says how to convert it
  }
  // A JPEG's own header walk is stricter than libjpeg (extraneous bytes before a marker, odd Huffman
  // tables): libjpeg-turbo decides whether a JPEG is readable, as it does in browsers.
  if (header.problem && facts.format == ImageFormat::png) {
    set_problem(facts, PhotoProblem::damaged, *header.problem);
    return facts;
  }
  // A sequential JPEG is judged scaled, so it may hold more (the decoder applies the scaled budget).
  const bool scaled =
      facts.format == ImageFormat::jpeg && !header.progressive && limits.judgement_long_side > 0;
  const std::int64_t allowed = scaled ? k_sequential_jpeg_factor * limits.max_pixels : limits.max_pixels;
  if (header.width > 0 && header.height > 0 &&
      std::int64_t{header.width} * std::int64_t{header.height} > allowed) {
    set_problem(facts, PhotoProblem::too_large,
                "over pixel budget: " + std::to_string(header.width) + "×" + std::to_string(header.height) +
                    " is more than " + std::to_string(allowed) + " pixels");
    return facts;
  }
  if (facts.format == ImageFormat::png && !header.complete) {
    // stb_image may decode a PNG cut after its last IDAT; the missing IEND says the file is not whole.
    set_problem(facts, PhotoProblem::truncated, "truncated: the PNG ends before its IEND chunk");
    return facts;
  }
  auto decoded = decode_image(bytes, DecodeOptions{.min_long_side = limits.judgement_long_side,
                                                   .max_long_side = 0,
                                                   .max_pixels = limits.max_pixels});
  if (!decoded) {
    set_problem(facts, kind_of(decoded.error().code, decoded.error().message), decoded.error().message);
    return facts;
  }
  const auto& info = decoded->info;
  if (info.format == ImageFormat::jpeg || info.format == ImageFormat::png) {
    facts.width = info.orientation >= 5 ? info.stored_height : info.stored_width;
    facts.height = info.orientation >= 5 ? info.stored_width : info.stored_height;
  } else if (info.format == ImageFormat::bmp || info.format == ImageFormat::gif ||
             info.format == ImageFormat::webp) {
    // Decoded whole: an animated WebP's canvas may differ from its first frame's header.
    facts.width = decoded->image.width;
    facts.height = decoded->image.height;
  } else {
    // libheif applies the file's rotation: the decoded picture is as displayed, at full size.
    facts.width = decoded->image.width;
    facts.height = decoded->image.height;
    facts.channels = info.channels_in_file;
    facts.bit_depth = info.bit_depth;
    facts.has_alpha = info.channels_in_file == 4;
  }
  analyse(*decoded, facts);
  if (limits.thumbnail_long_side > 0) {
    if (auto thumbnail = make_preview(decoded->image, limits.thumbnail_long_side)) {
      facts.thumbnail = std::move(*thumbnail);
    }
  }
  return facts;
}

core::Result<PhotoFacts> probe_photo_file(const std::filesystem::path& path, const PhotoLimits& limits)
{
  auto file = core::InputFile::open(path);
  if (!file) {
    auto error = file.error();
    if (error.code == core::ErrorCode::not_found) {
      error.code = core::ErrorCode::io; // the media readers' contract: a file that cannot be read is io
    }
    return std::unexpected(error);
  }
  const std::uint64_t size = file->size();
  // A file over the limit is judged by its head only: format and size are still known.
  const bool too_big = size > limits.max_file_bytes;
  std::vector<std::uint8_t> bytes(too_big ? k_head_bytes : static_cast<std::size_t>(size));
  bytes.resize(file->read_at(0, bytes));
  if (!too_big) {
    return probe_photo(bytes, limits);
  }
  PhotoFacts facts;
  facts.file_size = size;
  facts.format = detect_image_format(bytes);
  set_problem(facts, PhotoProblem::too_large, "file too large to decode: " + std::to_string(size) + " bytes");
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
  if (arithmetic) {
    out.emplace_back("jpeg_coding", std::string("arithmetic"));
  }
  if (cmyk) {
    out.emplace_back("colour_model", std::string("cmyk"));
  }
  if (has_alpha) {
    out.emplace_back("has_alpha", true);
  }
  out.emplace_back("decoded", decoded);
  if (decoded) {
    out.emplace_back("grayscale", grayscale);
    out.emplace_back("colour_share", rounded(colour_share, 3));
    out.emplace_back("faint_share", rounded(faint_share, 3));
    if (tinted) {
      out.emplace_back("tinted", true);
      out.emplace_back("tint_spread", rounded(tint_spread, 1));
    }
    out.emplace_back("background", std::string(to_string(background)));
    out.emplace_back("background_share", rounded(background_share, 3));
    out.emplace_back("background_rgb", background_rgb);
    out.emplace_back("background_uniformity", rounded(background_uniformity, 3));
    out.emplace_back("background_certain", background_certain);
    if (background_margin > 0) {
      out.emplace_back("background_margin_px", static_cast<std::int64_t>(background_margin));
    }
    if (has_alpha) {
      out.emplace_back("background_transparent", rounded(background_transparent, 3));
    }
  }
  if (!warnings.empty()) {
    out.emplace_back("decoder_warning", warnings.front());
  }
  if (problem) {
    out.emplace_back("problem", *problem);
  }
  return out;
}

} // namespace nominate::media
