#pragma once

#include "byte_reader.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::media::detail {

// An ISO base media file's `ftyp` box (MP4, MOV, 3GP, HEIF/HEIC, AVIF): what the file says it is.
struct FileType {
  std::string major_brand;                    // "isom", "qt  ", "heic"
  std::vector<std::string> compatible_brands; // at most k_max_compatible_brands

  [[nodiscard]] bool has_brand(std::string_view brand) const; // major or compatible
};

inline constexpr std::size_t k_max_compatible_brands = 64;

// Parses the `ftyp` box that starts `head` (the file's first bytes); nullopt when it does not start with one.
[[nodiscard]] std::optional<FileType> parse_file_type(Bytes head);

// A box header: its four-character type, where it starts, and its full size (header included). A size of
// zero in the file means "to the end of the file" and is resolved against `file_size`.
struct BoxHeader {
  std::string type;
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
  std::uint32_t header_size = 8;
};

// Parses the box header held in `bytes` (at least 8 bytes, 16 for a 64-bit size) found at `offset` of a file
// of `file_size` bytes; nullopt when the bytes are too few or the size is impossible (smaller than its
// header).
[[nodiscard]] std::optional<BoxHeader> parse_box_header(Bytes bytes, std::uint64_t offset,
                                                        std::uint64_t file_size);

} // namespace nominate::media::detail
