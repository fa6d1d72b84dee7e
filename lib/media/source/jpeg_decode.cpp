// JPEG through libjpeg-turbo's libjpeg API: the decoder browsers and cameras' own software use, so a file it
// shows is a file we read. Its warnings (extraneous bytes before a marker, corrupt entropy data it steps
// over) leave a readable picture; only running out of data before the last scanline is "truncated", and a
// fatal error is "damaged" (or "unsupported" for a valid JPEG this build cannot decode: 12-bit, lossless,
// hierarchical).

#include "image_decoders.hpp"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>

extern "C" {
#include <jpeglib.h>

#include <jerror.h>
}

namespace nominate::media::detail {

namespace {

// A progressive JPEG may hold any number of scans, each a pass over the whole picture: libjpeg-turbo's own
// tools stop at 500 (TJFLAG_LIMITSCANS) against files made to burn CPU.
constexpr int k_max_scans = 500;
constexpr std::size_t k_max_warnings = 4;

struct ErrorManager {
  jpeg_error_mgr pub{};
  std::jmp_buf jump{};
  std::vector<std::string>* warnings = nullptr;
  bool scanlines_done = false;
  bool truncated = false; // ran out of data before the last scanline
  int fatal_code = 0;     // the message code of the error that stopped the decode
  char fatal_text[JMSG_LENGTH_MAX] = {};
};

ErrorManager& manager(j_common_ptr cinfo)
{
  return *reinterpret_cast<ErrorManager*>(cinfo->err);
}

[[noreturn]] void on_error(j_common_ptr cinfo)
{
  auto& errors = manager(cinfo);
  errors.fatal_code = cinfo->err->msg_code;
  cinfo->err->format_message(cinfo, errors.fatal_text);
  std::longjmp(errors.jump, 1);
}

void on_message(j_common_ptr cinfo, int level)
{
  if (level >= 0) {
    return; // trace messages
  }
  auto& errors = manager(cinfo);
  ++cinfo->err->num_warnings;
  if (cinfo->err->msg_code == JWRN_JPEG_EOF && !errors.scanlines_done) {
    errors.truncated = true;
  }
  if (errors.warnings != nullptr && errors.warnings->size() < k_max_warnings) {
    char text[JMSG_LENGTH_MAX] = {};
    cinfo->err->format_message(cinfo, text);
    try {
      errors.warnings->emplace_back(text);
    } catch (...) {
      // out of memory for a warning's text: the decode itself goes on
    }
  }
}

void on_progress(j_common_ptr cinfo)
{
  auto* decompress = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (decompress->progressive_mode && decompress->input_scan_number > k_max_scans) {
    ERREXIT1(cinfo, JERR_BAD_SCAN_SCRIPT, 0);
  }
}

struct Session {
  jpeg_decompress_struct cinfo{};
  ErrorManager errors;
  jpeg_progress_mgr progress{};
  bool over_budget = false;
  JOCTET* icc_profile = nullptr; // malloc'ed by libjpeg-turbo: the caller frees it
  unsigned int icc_size = 0;
};

int scale_denominator(int long_side, int min_long_side)
{
  if (min_long_side <= 0) {
    return 1;
  }
  for (int denominator : {8, 4, 2}) {
    if ((long_side + denominator - 1) / denominator >= min_long_side) {
      return denominator;
    }
  }
  return 1;
}

// Whether decoding at 1/`denominator` passes the budget (DecodeOptions::max_pixels): a sequential JPEG
// counts the pixels it is decoded to, up to k_sequential_jpeg_factor × the budget stored; a progressive one
// (its coefficients all held) counts every stored pixel.
bool over_budget(const jpeg_decompress_struct& cinfo, int denominator, std::int64_t max_pixels)
{
  const std::int64_t width = cinfo.image_width;
  const std::int64_t height = cinfo.image_height;
  if (cinfo.progressive_mode != FALSE || denominator == 1) {
    return width * height > max_pixels;
  }
  const std::int64_t scaled =
      ((width + denominator - 1) / denominator) * ((height + denominator - 1) / denominator);
  return width * height > k_sequential_jpeg_factor * max_pixels || scaled > max_pixels;
}

// The libjpeg calls, in a function with no object that needs destroying: an error longjmps back here.
// `pixels` receives the scanlines as libjpeg gives them (RGB or CMYK).
bool run(Session& session, Bytes bytes, int min_long_side, std::int64_t max_pixels,
         std::vector<std::uint8_t>& pixels)
{
  auto& cinfo = session.cinfo;
  if (setjmp(session.errors.jump) != 0) {
    return false;
  }
  jpeg_mem_src(&cinfo, bytes.data(), static_cast<unsigned long>(bytes.size()));
  jpeg_save_markers(&cinfo, JPEG_APP0 + 2, 0xFFFF); // the ICC profile's APP2 chunks
  jpeg_read_header(&cinfo, TRUE);
  jpeg_read_icc_profile(&cinfo, &session.icc_profile, &session.icc_size);
  const int long_side = static_cast<int>(std::max(cinfo.image_width, cinfo.image_height));
  const int denominator = scale_denominator(long_side, min_long_side);
  if (over_budget(cinfo, denominator, max_pixels)) {
    session.over_budget = true;
    return false;
  }
  cinfo.scale_num = 1;
  cinfo.scale_denom = static_cast<unsigned>(denominator);
  const bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
  jpeg_start_decompress(&cinfo);
  const std::size_t row_bytes =
      static_cast<std::size_t>(cinfo.output_width) * static_cast<std::size_t>(cinfo.output_components);
  pixels.resize(row_bytes * cinfo.output_height);
  while (cinfo.output_scanline < cinfo.output_height) {
    JSAMPROW row = pixels.data() + row_bytes * cinfo.output_scanline;
    if (jpeg_read_scanlines(&cinfo, &row, 1) != 1) {
      break;
    }
  }
  session.errors.scanlines_done = cinfo.output_scanline == cinfo.output_height;
  if (!session.errors.scanlines_done) {
    session.errors.truncated = true;
    return false;
  }
  jpeg_finish_decompress(&cinfo);
  return true;
}

// Adobe's CMYK JPEGs store inverted ink (255 = none); others store plain ink.
std::vector<std::uint8_t> cmyk_to_rgb(const std::vector<std::uint8_t>& cmyk, bool inverted)
{
  std::vector<std::uint8_t> rgb(cmyk.size() / 4 * 3);
  for (std::size_t i = 0, o = 0; i + 3 < cmyk.size(); i += 4, o += 3) {
    const unsigned k = inverted ? cmyk[i + 3] : 255u - cmyk[i + 3];
    for (std::size_t c = 0; c < 3; ++c) {
      const unsigned ink = inverted ? cmyk[i + c] : 255u - cmyk[i + c];
      rgb[o + c] = static_cast<std::uint8_t>((ink * k + 127) / 255);
    }
  }
  return rgb;
}

} // namespace

core::Result<DecodedImage> decode_jpeg(Bytes bytes, int min_long_side, std::int64_t max_pixels)
{
  DecodedImage decoded;
  decoded.info.format = ImageFormat::jpeg;
  Session session;
  session.cinfo.err = jpeg_std_error(&session.errors.pub);
  session.errors.pub.error_exit = on_error;
  session.errors.pub.emit_message = on_message;
  session.errors.warnings = &decoded.info.warnings;
  jpeg_create_decompress(&session.cinfo);
  session.progress.progress_monitor = on_progress;
  session.cinfo.progress = &session.progress;
  std::vector<std::uint8_t> pixels;
  const bool done = run(session, bytes, min_long_side, max_pixels, pixels);
  const auto& cinfo = session.cinfo;
  decoded.info.stored_width = static_cast<int>(cinfo.image_width);
  decoded.info.stored_height = static_cast<int>(cinfo.image_height);
  decoded.info.channels_in_file = cinfo.num_components;
  decoded.info.bit_depth = cinfo.data_precision;
  if (cinfo.saw_JFIF_marker != 0 && (cinfo.density_unit == 1 || cinfo.density_unit == 2) &&
      cinfo.X_density > 0 && cinfo.Y_density > 0) {
    decoded.info.density_unit = cinfo.density_unit;
    decoded.info.x_density = cinfo.X_density;
    decoded.info.y_density = cinfo.Y_density;
  }
  const bool inverted = cinfo.saw_Adobe_marker != 0;
  const int components = cinfo.output_components;
  decoded.image.width = static_cast<int>(cinfo.output_width);
  decoded.image.height = static_cast<int>(cinfo.output_height);
  if (session.icc_profile != nullptr) {
    decoded.info.icc_profile.assign(session.icc_profile, session.icc_profile + session.icc_size);
    std::free(session.icc_profile);
  }
  const auto& errors = session.errors;
  std::string fatal = errors.fatal_text;
  const int fatal_code = errors.fatal_code;
  jpeg_destroy_decompress(&session.cinfo);
  if (session.over_budget) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "over pixel budget: " + std::to_string(decoded.info.stored_width) + "×" +
                          std::to_string(decoded.info.stored_height) + " is more than " +
                          std::to_string(max_pixels) + " pixels");
  }
  if (errors.truncated) {
    return core::fail(core::ErrorCode::unreadable, "truncated: the JPEG data ends before the picture does");
  }
  if (!done) {
    if (fatal_code == JERR_BAD_PRECISION) {
      return core::fail(core::ErrorCode::unsupported,
                        "cannot decode " + std::to_string(decoded.info.bit_depth) + "-bit JPEG");
    }
    // A lossless (SOF3) or hierarchical (SOF5–7) JPEG, valid but rare (medical and scientific cameras): the
    // file is whole, this decoder does not do that process.
    if (fatal_code == JERR_SOF_UNSUPPORTED) {
      return core::fail(core::ErrorCode::unsupported, "cannot decode: " + fatal);
    }
    return core::fail(core::ErrorCode::unreadable, "cannot decode: " + fatal);
  }
  decoded.image.pixels = components == 4 ? cmyk_to_rgb(pixels, inverted) : std::move(pixels);
  return decoded;
}

} // namespace nominate::media::detail
