#include "byte_reader.hpp"
#include "iso_box.hpp"
#include "video_damage.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace nominate::media::detail {

namespace {

std::string ends_early(std::string_view what, std::uint64_t needed, std::uint64_t size)
{
  return "file ends early: " + std::string(what) + " needs " + std::to_string(needed) +
         " bytes, the file has " + std::to_string(size);
}

// A box type as text for a message: garbage bytes (a box header that is really media data) as hex, so the
// report stays valid UTF-8.
std::string printable(const std::string& type)
{
  const bool plain = std::all_of(type.begin(), type.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
  if (plain) {
    return "'" + type + "'";
  }
  std::string hex = "0x";
  for (unsigned char c : type) {
    constexpr const char* k_digits = "0123456789abcdef";
    hex += k_digits[c >> 4];
    hex += k_digits[c & 0x0F];
  }
  return hex;
}

bool is_iso(Container container)
{
  return container == Container::mp4 || container == Container::mov || container == Container::three_gp;
}

// Whether four bytes could name a box: ISO types are letters, digits and spaces (and © in metadata).
bool box_type_plausible(Bytes type)
{
  return type.size() == 4 && std::ranges::all_of(type, [](std::uint8_t c) {
           return std::isalnum(c) != 0 || c == ' ' || c == 0xA9;
         });
}

void walk_iso(CountingFile& file, Layout& layout)
{
  layout.walked = true;
  std::array<std::uint8_t, 16> bytes{};
  std::uint64_t offset = 0;
  bool media_seen = false;
  for (int count = 0; count < k_max_boxes && offset < file.size(); ++count) {
    const std::size_t got = file.read_at(offset, bytes);
    auto box = parse_box_header(std::span(bytes).first(got), offset, file.size());
    const bool movie_whole = layout.has_index && media_seen && !layout.fragmented; // before this box
    // Bytes that name no box after a whole movie (its index and its media both seen): something appended
    // (a download or copy tool's padding, another file's tail). Players stop at the movie's end; nothing
    // is missing, so it is not called truncated. (A damaged index is still found: index_past_end.)
    // (Not in a fragmented file, whose later fragments are media of their own.)
    if (movie_whole && got >= 8 && !box_type_plausible(std::span(bytes).subspan(4, 4))) {
      layout.trailing_bytes = file.size() - offset;
      break;
    }
    if (!box) {
      // A few stray bytes at the end are harmless; a broken header earlier loses what follows.
      if (file.size() - offset >= 8) {
        layout.damage.push_back("damaged box header at byte " + std::to_string(offset));
      }
      break;
    }
    if (box->type == "moov") {
      layout.has_index = true;
      layout.index_first = !media_seen;
      layout.index_size = box->size;
    } else if (box->type == "mdat") {
      media_seen = true;
    } else if (box->type == "moof") {
      layout.fragmented = true;
    }
    if (box->size > file.size() - offset) {
      // After a whole movie, a "box" that runs past the end is appended text or a tool's trailer whose
      // bytes happen to read as a header (WeChat's "WeChat…": a 1.4 GB 'atJu'): nothing of the movie is
      // missing (samples past the end are index_past_end's).
      // (A box of the movie's own kinds cut short is the movie's: media or fragments lost.)
      if (movie_whole && box->type != "mdat" && box->type != "moov" && box->type != "moof") {
        layout.trailing_bytes = file.size() - offset;
        break;
      }
      layout.damage.push_back(
          ends_early("the " + printable(box->type) + " box at byte " + std::to_string(offset),
                     offset + box->size, file.size()));
      break;
    }
    offset += box->size;
  }
  // Under 8 bytes left is stray padding; a walk stopped by k_max_boxes did not see the end.
  layout.reached_end =
      layout.damage.empty() && (layout.trailing_bytes > 0 || file.size() - std::min(offset, file.size()) < 8);
  if (!layout.has_index) {
    layout.damage.emplace_back("index (moov) missing");
  }
}

void walk_riff(CountingFile& file, Layout& layout)
{
  layout.walked = true;
  std::array<std::uint8_t, 12> bytes{};
  std::uint64_t offset = 0;
  for (int count = 0; count < k_max_boxes && offset + 8 <= file.size(); ++count) {
    const std::size_t got = file.read_at(offset, bytes);
    auto size = le32(std::span(bytes).first(got), 4);
    if (!size || !has_text_at(bytes, 0, "RIFF")) {
      break;
    }
    const std::uint64_t end = offset + 8 + *size + (*size & 1);
    if (end > file.size() + (*size & 1)) {
      layout.damage.push_back(
          ends_early("the RIFF chunk at byte " + std::to_string(offset), end, file.size()));
      break;
    }
    offset = end;
  }
}

// An EBML variable-length integer at `at`: its value and length; nullopt when malformed. `unknown` is set for
// the all-ones value ("size unknown", written by live muxers).
std::optional<std::pair<std::uint64_t, int>> read_vint(Bytes bytes, std::size_t at, bool& unknown)
{
  if (at >= bytes.size() || bytes[at] == 0) {
    return std::nullopt;
  }
  int length = 1;
  while ((bytes[at] & (0x80 >> (length - 1))) == 0) {
    ++length;
  }
  if (at + static_cast<std::size_t>(length) > bytes.size()) {
    return std::nullopt;
  }
  std::uint64_t value = bytes[at] & (0xFFu >> length);
  bool all_ones = value == (0xFFu >> length);
  for (int i = 1; i < length; ++i) {
    value = (value << 8) | bytes[at + static_cast<std::size_t>(i)];
    all_ones = all_ones && bytes[at + static_cast<std::size_t>(i)] == 0xFF;
  }
  unknown = all_ones;
  return std::pair{value, length};
}

void walk_matroska(CountingFile& file, Layout& layout)
{
  std::array<std::uint8_t, 256> head{};
  const std::size_t got = file.read_at(0, head);
  Bytes bytes = std::span(head).first(got);
  bool unknown = false;
  auto header_size = read_vint(bytes, 4, unknown); // after the 4-byte EBML header ID
  if (!header_size) {
    return;
  }
  const std::uint64_t segment = 4 + header_size->second + header_size->first;
  if (segment + 12 > bytes.size() || !has_text_at(bytes, segment, "\x18\x53\x80\x67")) {
    return;
  }
  auto segment_size = read_vint(bytes, segment + 4, unknown);
  if (!segment_size) {
    return;
  }
  layout.walked = true;
  const std::uint64_t end = segment + 4 + segment_size->second + segment_size->first;
  if (!unknown && end > file.size()) {
    layout.damage.push_back(ends_early("the Matroska segment", end, file.size()));
  }
}

} // namespace

Layout read_layout(CountingFile& file, Container container)
{
  Layout layout;
  if (is_iso(container)) {
    walk_iso(file, layout);
  } else if (container == Container::avi) {
    walk_riff(file, layout);
  } else if (container == Container::matroska || container == Container::webm) {
    walk_matroska(file, layout);
  }
  return layout;
}

std::optional<std::string> index_past_end(std::uint64_t index_end, std::uint64_t file_size,
                                          bool file_complete)
{
  if (index_end <= file_size) {
    return std::nullopt;
  }
  return std::string(file_complete ? "index damaged (the file is complete): " : "") +
         "samples past end of file (file ends at " + std::to_string(file_size) + ", index needs " +
         std::to_string(index_end) + ")";
}

} // namespace nominate::media::detail
