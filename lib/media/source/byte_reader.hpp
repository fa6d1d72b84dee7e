#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace nominate::media::detail {

// Bounds-checked reads of fixed-width integers from bytes: nullopt when the bytes end first, so header
// parsers never read past what they were given.
using Bytes = std::span<const std::uint8_t>;

[[nodiscard]] inline std::optional<std::uint16_t> be16(Bytes bytes, std::size_t offset)
{
  if (offset > bytes.size() || bytes.size() - offset < 2) {
    return std::nullopt;
  }
  return static_cast<std::uint16_t>((bytes[offset] << 8) | bytes[offset + 1]);
}

[[nodiscard]] inline std::optional<std::uint16_t> le16(Bytes bytes, std::size_t offset)
{
  if (offset > bytes.size() || bytes.size() - offset < 2) {
    return std::nullopt;
  }
  return static_cast<std::uint16_t>(bytes[offset] | (bytes[offset + 1] << 8));
}

[[nodiscard]] inline std::optional<std::uint32_t> be32(Bytes bytes, std::size_t offset)
{
  if (offset > bytes.size() || bytes.size() - offset < 4) {
    return std::nullopt;
  }
  return (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
         (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]};
}

[[nodiscard]] inline std::optional<std::uint32_t> le32(Bytes bytes, std::size_t offset)
{
  if (offset > bytes.size() || bytes.size() - offset < 4) {
    return std::nullopt;
  }
  return std::uint32_t{bytes[offset]} | (std::uint32_t{bytes[offset + 1]} << 8) |
         (std::uint32_t{bytes[offset + 2]} << 16) | (std::uint32_t{bytes[offset + 3]} << 24);
}

[[nodiscard]] inline std::optional<std::uint64_t> be64(Bytes bytes, std::size_t offset)
{
  auto high = be32(bytes, offset);
  auto low = be32(bytes, offset + 4);
  if (!high || !low) {
    return std::nullopt;
  }
  return (std::uint64_t{*high} << 32) | *low;
}

// True when `bytes` holds `text` at `offset`.
[[nodiscard]] inline bool has_text_at(Bytes bytes, std::size_t offset, std::string_view text)
{
  if (offset > bytes.size() || bytes.size() - offset < text.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (bytes[offset + i] != static_cast<std::uint8_t>(text[i])) {
      return false;
    }
  }
  return true;
}

// Four bytes as text ("ftyp", "qt  "); nullopt when fewer remain.
[[nodiscard]] inline std::optional<std::string> four_cc(Bytes bytes, std::size_t offset)
{
  if (offset > bytes.size() || bytes.size() - offset < 4) {
    return std::nullopt;
  }
  return std::string(reinterpret_cast<const char*>(bytes.data() + offset), 4);
}

} // namespace nominate::media::detail
