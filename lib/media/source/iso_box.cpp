#include "iso_box.hpp"

#include <algorithm>

namespace nominate::media::detail {

bool FileType::has_brand(std::string_view brand) const
{
  return major_brand == brand ||
         std::find(compatible_brands.begin(), compatible_brands.end(), brand) != compatible_brands.end();
}

std::optional<FileType> parse_file_type(Bytes head)
{
  auto size = be32(head, 0);
  if (!size || !has_text_at(head, 4, "ftyp") || *size < 16) {
    return std::nullopt;
  }
  FileType type;
  type.major_brand = *four_cc(head, 8);
  // Compatible brands follow the major brand and its minor version, up to the box's end (or what was read).
  std::size_t end = std::min<std::size_t>(*size, head.size());
  for (std::size_t offset = 16; offset + 4 <= end && type.compatible_brands.size() < k_max_compatible_brands;
       offset += 4) {
    type.compatible_brands.push_back(*four_cc(head, offset));
  }
  return type;
}

std::optional<BoxHeader> parse_box_header(Bytes bytes, std::uint64_t offset, std::uint64_t file_size)
{
  auto size32 = be32(bytes, 0);
  auto type = four_cc(bytes, 4);
  if (!size32 || !type) {
    return std::nullopt;
  }
  BoxHeader header;
  header.type = *type;
  header.offset = offset;
  if (*size32 == 1) {
    auto size64 = be64(bytes, 8);
    if (!size64) {
      return std::nullopt;
    }
    header.size = *size64;
    header.header_size = 16;
  } else if (*size32 == 0) {
    header.size = file_size > offset ? file_size - offset : 0;
  } else {
    header.size = *size32;
  }
  if (header.size < header.header_size) {
    return std::nullopt;
  }
  return header;
}

} // namespace nominate::media::detail
