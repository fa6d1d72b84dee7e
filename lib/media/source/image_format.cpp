#include "byte_reader.hpp"
#include "iso_box.hpp"

#include <nominate/media/photo.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace nominate::media {

namespace {

// HEIF family brands (ISO/IEC 23008-12 and the AVIF spec): HEVC-coded images from phones, plain HEIF
// containers, and AV1-coded AVIF.
constexpr std::array k_heic_brands{"heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"};
constexpr std::array k_avif_brands{"avif", "avis"};
constexpr std::array k_heif_structural_brands{"mif1", "msf1", "mif2", "miaf"};

ImageFormat heif_family(const detail::FileType& type)
{
  // The major brand decides first; a generic major brand (mif1) defers to the compatible brands.
  auto any_of = [](const auto& brands, auto&& has) { return std::any_of(brands.begin(), brands.end(), has); };
  auto is_major = [&](const char* brand) { return type.major_brand == brand; };
  auto is_listed = [&](const char* brand) { return type.has_brand(brand); };
  if (any_of(k_heic_brands, is_major)) {
    return ImageFormat::heic;
  }
  if (any_of(k_avif_brands, is_major)) {
    return ImageFormat::avif;
  }
  if (any_of(k_heif_structural_brands, is_major)) {
    if (any_of(k_heic_brands, is_listed)) {
      return ImageFormat::heic;
    }
    if (any_of(k_avif_brands, is_listed)) {
      return ImageFormat::avif;
    }
    return ImageFormat::heif;
  }
  return ImageFormat::unknown;
}

std::string lower_extension(std::string_view extension)
{
  if (!extension.empty() && extension.front() == '.') {
    extension.remove_prefix(1);
  }
  std::string out(extension);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

} // namespace

const char* to_string(ImageFormat format)
{
  switch (format) {
  case ImageFormat::jpeg:
    return "jpeg";
  case ImageFormat::png:
    return "png";
  case ImageFormat::heic:
    return "heic";
  case ImageFormat::heif:
    return "heif";
  case ImageFormat::avif:
    return "avif";
  case ImageFormat::webp:
    return "webp";
  case ImageFormat::bmp:
    return "bmp";
  case ImageFormat::gif:
    return "gif";
  case ImageFormat::tiff:
    return "tiff";
  case ImageFormat::psd:
    return "psd";
  case ImageFormat::jp2:
    return "jp2";
  case ImageFormat::jxl:
    return "jxl";
  case ImageFormat::unknown:
    return "unknown";
  }
  return "unknown";
}

ImageFormat detect_image_format(std::span<const std::uint8_t> head)
{
  using detail::has_text_at;
  if (head.size() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) {
    return ImageFormat::jpeg;
  }
  if (has_text_at(head, 0, "\x89PNG\r\n\x1a\n")) {
    return ImageFormat::png;
  }
  if (has_text_at(head, 0, "GIF87a") || has_text_at(head, 0, "GIF89a")) {
    return ImageFormat::gif;
  }
  if (has_text_at(head, 0, "RIFF") && has_text_at(head, 8, "WEBP")) {
    return ImageFormat::webp;
  }
  if (has_text_at(head, 0, std::string_view("II*\0", 4)) ||
      has_text_at(head, 0, std::string_view("MM\0*", 4))) {
    return ImageFormat::tiff;
  }
  // "BM" alone is too weak: also require a plausible DIB header size (12, 40, 52, 56, 64, 108, 124).
  if (has_text_at(head, 0, "BM")) {
    auto dib = detail::le32(head, 14);
    if (dib &&
        (*dib == 12 || *dib == 40 || *dib == 52 || *dib == 56 || *dib == 64 || *dib == 108 || *dib == 124)) {
      return ImageFormat::bmp;
    }
  }
  // Photoshop (PSD, or PSB for large documents: version 2); JPEG 2000 as a JP2 file or a bare codestream;
  // JPEG XL as its container or a bare codestream. Before HEIF's ftyp: the JP2 and JXL containers have one
  // after their signature box.
  using std::string_view_literals::operator""sv;
  if (has_text_at(head, 0, "8BPS\0\1"sv) || has_text_at(head, 0, "8BPS\0\2"sv)) {
    return ImageFormat::psd;
  }
  if (has_text_at(head, 0, "\0\0\0\x0CjP  \r\n\x87\n"sv) || has_text_at(head, 0, "\xFF\x4F\xFF\x51"sv)) {
    return ImageFormat::jp2;
  }
  if (has_text_at(head, 0, "\0\0\0\x0CJXL \r\n\x87\n"sv) || has_text_at(head, 0, "\xFF\x0A"sv)) {
    return ImageFormat::jxl;
  }
  if (auto type = detail::parse_file_type(head)) {
    return heif_family(*type);
  }
  return ImageFormat::unknown;
}

bool extension_matches(ImageFormat format, std::string_view extension)
{
  const std::string ext = lower_extension(extension);
  switch (format) {
  case ImageFormat::jpeg:
    return ext == "jpg" || ext == "jpeg" || ext == "jpe" || ext == "jfif";
  case ImageFormat::png:
    return ext == "png";
  case ImageFormat::heic:
  case ImageFormat::heif:
    return ext == "heic" || ext == "heif" || ext == "hif";
  case ImageFormat::avif:
    return ext == "avif";
  case ImageFormat::webp:
    return ext == "webp";
  case ImageFormat::bmp:
    return ext == "bmp" || ext == "dib";
  case ImageFormat::gif:
    return ext == "gif";
  case ImageFormat::tiff:
    return ext == "tif" || ext == "tiff";
  case ImageFormat::psd:
    return ext == "psd" || ext == "psb";
  case ImageFormat::jp2:
    return ext == "jp2" || ext == "j2k" || ext == "jpf" || ext == "jpx" || ext == "j2c";
  case ImageFormat::jxl:
    return ext == "jxl";
  case ImageFormat::unknown:
    return false;
  }
  return false;
}

} // namespace nominate::media
