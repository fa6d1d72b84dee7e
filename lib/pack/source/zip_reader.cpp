// The zip's structure read from its bytes by hand, so that `verify` can judge names, attributes and the
// layout of the entries (an overlapping bomb) before any library decompresses a byte.

#include <nominate/pack/zip_reader.hpp>

#include <algorithm>
#include <optional>

namespace nominate::pack {

namespace {

constexpr std::uint32_t k_end_signature = 0x06054b50;
constexpr std::uint32_t k_end64_signature = 0x06064b50;
constexpr std::uint32_t k_end64_locator_signature = 0x07064b50;
constexpr std::uint32_t k_central_signature = 0x02014b50;
constexpr std::uint32_t k_local_signature = 0x04034b50;
constexpr std::size_t k_end_size = 22;
constexpr std::size_t k_central_size = 46;
constexpr std::size_t k_local_size = 30;
constexpr std::uint32_t k_max32 = 0xffffffff;
constexpr std::uint16_t k_max16 = 0xffff;

// Little-endian reads that never leave `bytes`: each returns nullopt past the end.
class Cursor {
public:
  explicit Cursor(std::span<const std::uint8_t> bytes) : m_bytes(bytes) {}

  [[nodiscard]] bool fits(std::uint64_t offset, std::uint64_t size) const
  {
    return offset <= m_bytes.size() && size <= m_bytes.size() - offset;
  }
  [[nodiscard]] std::optional<std::uint64_t> read(std::uint64_t offset, int width) const
  {
    if (!fits(offset, static_cast<std::uint64_t>(width))) {
      return std::nullopt;
    }
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i) {
      value = (value << 8) | m_bytes[offset + static_cast<std::uint64_t>(i)];
    }
    return value;
  }
  [[nodiscard]] std::uint64_t u16(std::uint64_t offset) const { return read(offset, 2).value_or(0); }
  [[nodiscard]] std::uint64_t u32(std::uint64_t offset) const { return read(offset, 4).value_or(0); }
  [[nodiscard]] std::uint64_t u64(std::uint64_t offset) const { return read(offset, 8).value_or(0); }
  [[nodiscard]] std::string text(std::uint64_t offset, std::uint64_t size) const
  {
    return std::string(reinterpret_cast<const char*>(m_bytes.data() + offset), size);
  }

private:
  std::span<const std::uint8_t> m_bytes;
};

// The end-of-central-directory record: the last signature within the final 64 KiB + 22 bytes whose comment
// length reaches the end exactly (a comment may itself hold the signature's bytes).
std::optional<std::uint64_t> find_end_record(const Cursor& cursor, std::uint64_t size)
{
  if (size < k_end_size) {
    return std::nullopt;
  }
  std::uint64_t lowest = size > k_end_size + k_max16 ? size - k_end_size - k_max16 : 0;
  std::optional<std::uint64_t> loose;
  for (std::uint64_t offset = size - k_end_size + 1; offset-- > lowest;) {
    if (cursor.u32(offset) == k_end_signature) {
      if (offset + k_end_size + cursor.u16(offset + 20) == size) {
        return offset;
      }
      if (!loose) {
        loose = offset; // trailing bytes after the record: still read, the overlap check judges the rest
      }
    }
  }
  return loose;
}

// Replaces the 0xffff… placeholders of `entry` from its ZIP64 extended-information extra field.
void apply_zip64_extra(const Cursor& cursor, std::uint64_t extra, std::uint64_t extra_size, ZipEntry& entry)
{
  std::uint64_t at = extra;
  const std::uint64_t end = extra + extra_size;
  while (at + 4 <= end) {
    auto id = cursor.u16(at);
    auto size = cursor.u16(at + 2);
    std::uint64_t field = at + 4;
    if (field + size > end) {
      return;
    }
    if (id == 0x0001) {
      std::uint64_t next = field;
      auto take = [&](std::uint64_t& value) {
        if (value == k_max32 && next + 8 <= field + size) {
          value = cursor.u64(next);
          next += 8;
        }
      };
      take(entry.uncompressed_size);
      take(entry.compressed_size);
      take(entry.local_header_offset);
      return;
    }
    at = field + size;
  }
}

void read_local_header(const Cursor& cursor, ZipEntry& entry)
{
  const auto at = entry.local_header_offset;
  if (!cursor.fits(at, k_local_size) || cursor.u32(at) != k_local_signature) {
    return;
  }
  auto name_size = cursor.u16(at + 26);
  auto extra_size = cursor.u16(at + 28);
  if (!cursor.fits(at + k_local_size, name_size + extra_size)) {
    return;
  }
  entry.local_header_found = true;
  entry.data_offset = at + k_local_size + name_size + extra_size;
  entry.local_header_agrees =
      cursor.text(at + k_local_size, name_size) == entry.name && cursor.u16(at + 8) == entry.method;
}

} // namespace

core::Result<ZipDirectory> read_zip_directory(std::span<const std::uint8_t> bytes, std::size_t max_entries)
{
  const Cursor cursor(bytes);
  const std::uint64_t size = bytes.size();
  if (size == 0) {
    return core::fail(core::ErrorCode::unreadable, "the file is empty (0 bytes)");
  }
  auto end = find_end_record(cursor, size);
  if (!end) {
    return core::fail(core::ErrorCode::unreadable,
                      cursor.u32(0) == k_local_signature
                          ? "the zip is truncated: its central directory is missing"
                          : "not a zip file");
  }
  ZipDirectory directory;
  directory.file_size = size;
  directory.end_offset = *end;
  std::uint64_t count = cursor.u16(*end + 10);
  directory.directory_size = cursor.u32(*end + 12);
  directory.directory_offset = cursor.u32(*end + 16);

  // ZIP64: a locator just before the record points at the ZIP64 end record, which holds the real values.
  if (*end >= 20 && cursor.u32(*end - 20) == k_end64_locator_signature) {
    auto end64 = cursor.u64(*end - 20 + 8);
    if (!cursor.fits(end64, 56) || cursor.u32(end64) != k_end64_signature) {
      return core::fail(core::ErrorCode::unreadable, "the zip is damaged: its ZIP64 end record is missing");
    }
    count = cursor.u64(end64 + 32);
    directory.directory_size = cursor.u64(end64 + 40);
    directory.directory_offset = cursor.u64(end64 + 48);
    directory.end_offset = end64;
  }
  if (count > max_entries) {
    return core::fail(core::ErrorCode::limit_exceeded, "the zip has " + std::to_string(count) +
                                                           " entries, more than the limit of " +
                                                           std::to_string(max_entries));
  }
  if (!cursor.fits(directory.directory_offset, directory.directory_size) ||
      directory.directory_offset + directory.directory_size > directory.end_offset) {
    return core::fail(core::ErrorCode::unreadable,
                      "the zip is truncated: its central directory lies outside the file");
  }

  std::uint64_t at = directory.directory_offset;
  const std::uint64_t directory_end = directory.directory_offset + directory.directory_size;
  directory.entries.reserve(static_cast<std::size_t>(count));
  for (std::uint64_t i = 0; i < count; ++i) {
    if (at + k_central_size > directory_end || cursor.u32(at) != k_central_signature) {
      return core::fail(core::ErrorCode::unreadable, "the zip is damaged: entry " + std::to_string(i + 1) +
                                                         " of its central directory is unreadable");
    }
    ZipEntry entry;
    entry.version_made_by = static_cast<std::uint16_t>(cursor.u16(at + 4));
    entry.flags = static_cast<std::uint16_t>(cursor.u16(at + 8));
    entry.method = static_cast<std::uint16_t>(cursor.u16(at + 10));
    entry.crc32 = static_cast<std::uint32_t>(cursor.u32(at + 16));
    entry.compressed_size = cursor.u32(at + 20);
    entry.uncompressed_size = cursor.u32(at + 24);
    auto name_size = cursor.u16(at + 28);
    auto extra_size = cursor.u16(at + 30);
    auto comment_size = cursor.u16(at + 32);
    entry.external_attributes = static_cast<std::uint32_t>(cursor.u32(at + 38));
    entry.local_header_offset = cursor.u32(at + 42);
    const std::uint64_t name = at + k_central_size;
    const std::uint64_t next = name + name_size + extra_size + comment_size;
    if (next > directory_end) {
      return core::fail(core::ErrorCode::unreadable, "the zip is damaged: entry " + std::to_string(i + 1) +
                                                         " runs past its central directory");
    }
    entry.name = cursor.text(name, name_size);
    apply_zip64_extra(cursor, name + name_size, extra_size, entry);
    read_local_header(cursor, entry);
    directory.entries.push_back(std::move(entry));
    at = next;
  }
  return directory;
}

} // namespace nominate::pack
