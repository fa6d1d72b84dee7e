#pragma once

#include "byte_reader.hpp"

#include <nominate/media/photo.hpp>

#include <optional>
#include <string>

namespace nominate::media::detail {

// What an image's header says, read without decoding pixels: enough to refuse a file before stb_image sees it
// (a 12-bit or arithmetic-coded JPEG, a claimed 60000×60000 PNG) and to orient it.
struct ImageHeader {
  int width = 0; // as stored (before EXIF orientation)
  int height = 0;
  int channels = 0;
  int bit_depth = 0;
  bool has_alpha = false;
  int orientation = 1;      // EXIF orientation 1–8 (JPEG APP1); 1 when absent or out of range
  bool arithmetic = false;  // JPEG arithmetic coding, which stb_image cannot decode
  bool progressive = false; // a progressive JPEG (SOF2, 6, 10, 14): decoding holds all its coefficients
  bool complete = true;     // false when the data ends before the format's end marker (JPEG EOI, PNG IEND)
  std::optional<std::string> problem; // the header itself is damaged
};

// Reads the header of an image whose format is already known by content. Bounded: walks at most a fixed
// number of segments or chunks, reads only within `bytes`.
[[nodiscard]] ImageHeader read_image_header(ImageFormat format, Bytes bytes);

// The orientation in an EXIF block (the APP1 payload after "Exif\0\0": a TIFF header and IFD0); 1 when
// absent.
[[nodiscard]] int exif_orientation(Bytes tiff);

} // namespace nominate::media::detail
