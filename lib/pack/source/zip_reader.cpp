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
constexpr std::uint32_t k_descriptor_signature = 0x08074b50;
constexpr std::size_t k_end_size = 22;
constexpr std::size_t k_central_size = 46;
constexpr std::size_t k_local_size = 30;
constexpr std::uint32_t k_max32 = 0xffffffff;
constexpr std::uint16_t k_max16 = 0xffff;
constexpr std::uint64_t k_unicode_path_id = 0x7075;

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

// Whether the end record at `offset` describes a directory that ends right where the record (or, through
// its locator, the ZIP64 end record) starts: one a reader could take for the zip's.
bool end_record_parses(const Cursor& cursor, std::uint64_t offset)
{
  if (offset >= 20 && cursor.u32(offset - 20) == k_end64_locator_signature) {
    auto end64 = cursor.u64(offset - 20 + 8);
    return cursor.fits(end64, 56) && cursor.u32(end64) == k_end64_signature;
  }
  return cursor.u32(offset + 12) + cursor.u32(offset + 16) == offset;
}

struct EndRecord {
  std::uint64_t offset = 0;
  bool ambiguous = false;
};

// The end-of-central-directory record: the last signature within the final 64 KiB + 22 bytes whose comment
// length reaches the end exactly (a comment may itself hold the signature's bytes). Ambiguous when another
// signature there parses too, or a record's signature lies after the one chosen: Python's zipfile and
// Info-ZIP take the last signature they find, a fake end record hidden in the comment.
std::optional<EndRecord> find_end_record(const Cursor& cursor, std::uint64_t size)
{
  if (size < k_end_size) {
    return std::nullopt;
  }
  std::uint64_t lowest = size > k_end_size + k_max16 ? size - k_end_size - k_max16 : 0;
  std::optional<std::uint64_t> exact;
  std::optional<std::uint64_t> loose;
  int parsing = 0;
  for (std::uint64_t offset = size - k_end_size + 1; offset-- > lowest;) {
    if (cursor.u32(offset) != k_end_signature) {
      continue;
    }
    parsing += end_record_parses(cursor, offset) ? 1 : 0;
    if (!exact && offset + k_end_size + cursor.u16(offset + 20) == size) {
      exact = offset;
    }
    if (!loose) {
      loose = offset; // trailing bytes after the record: still read, the overlap check judges the rest
    }
  }
  // No record that reaches the end or whose directory ends where it starts: the signatures found are the
  // end records of zips stored inside (a .docx, an .xlsx) left near the end of a download cut short. The
  // zip's own record is gone: truncated, not a zip with two directories.
  if (!loose || (!exact && parsing == 0)) {
    return std::nullopt;
  }
  EndRecord record{exact.value_or(*loose), parsing > 1};
  // A directory that does not end where its record starts: unzip and Python's zipfile take the difference
  // for bytes prepended to the zip and read the directory that lies before the record, not where the
  // record says. A second directory hidden in a comment is read so.
  record.ambiguous = record.ambiguous || !end_record_parses(cursor, record.offset);
  for (auto at = record.offset + k_end_size; at + 4 <= size; ++at) {
    auto signature = cursor.u32(at);
    if (signature == k_end_signature || signature == k_central_signature || signature == k_end64_signature ||
        signature == k_end64_locator_signature) {
      record.ambiguous = true;
      break;
    }
  }
  return record;
}

// Calls visit(id, offset, size) for each field of the extra block at `extra`, stopping at one that runs past
// the block.
template <typename Visit>
void for_each_extra(const Cursor& cursor, std::uint64_t extra, std::uint64_t extra_size, Visit visit)
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
    visit(id, field, size);
    at = field + size;
  }
}

// The name of an Info-ZIP Unicode Path extra field (version 1, the CRC-32 of the header's name, UTF-8 name),
// whatever its CRC says: a tool that skips the CRC check still takes it.
void collect_unicode_paths(const Cursor& cursor, std::uint64_t extra, std::uint64_t extra_size,
                           ZipEntry& entry)
{
  for_each_extra(cursor, extra, extra_size, [&](std::uint64_t id, std::uint64_t field, std::uint64_t size) {
    if (id == k_unicode_path_id && size >= 5) {
      entry.unicode_paths.push_back(cursor.text(field + 5, size - 5));
    }
  });
}

// The modification time of an extended-timestamp extra field (0x5455: a flags byte, then the Unix times its
// bits 0, 1, 2 announce, modification first).
void read_extended_timestamp(const Cursor& cursor, std::uint64_t extra, std::uint64_t extra_size,
                             ZipEntry& entry)
{
  for_each_extra(cursor, extra, extra_size, [&](std::uint64_t id, std::uint64_t field, std::uint64_t size) {
    if (id == 0x5455 && size >= 5 && (cursor.read(field, 1).value_or(0) & 1U) != 0) {
      entry.unix_modified = static_cast<std::int32_t>(static_cast<std::uint32_t>(cursor.u32(field + 1)));
    }
  });
}

// Replaces the 0xffff… placeholders of `entry` from its ZIP64 extended-information extra field.
void apply_zip64_extra(const Cursor& cursor, std::uint64_t extra, std::uint64_t extra_size, ZipEntry& entry)
{
  bool done = false;
  for_each_extra(cursor, extra, extra_size, [&](std::uint64_t id, std::uint64_t field, std::uint64_t size) {
    if (id != 0x0001 || done) {
      return;
    }
    done = true;
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
  });
}

// What the local header at `at` (and, with bit 3, the data descriptor after the data) says of the entry's
// CRC-32 and sizes agrees with the central directory. A streaming reader (Java's ZipInputStream, bsdtar,
// a browser's unzip) goes by the local records alone, so a package whose two records disagree unpacks to
// different files in different tools.
bool local_values_agree(const Cursor& cursor, std::uint64_t at, std::uint64_t extra, std::uint64_t extra_size,
                        const ZipEntry& entry)
{
  constexpr std::uint16_t k_descriptor_flag = 0x0008;
  constexpr std::uint16_t k_encryption_flags = 0x0041; // bit 0 encrypted, bit 6 strong encryption
  // Bit 3 is the local header's own business (whether the values follow the data); the central copy of
  // it is read by no one, and writers differ there.
  const auto flags = static_cast<std::uint16_t>(cursor.u16(at + 6));
  if ((flags & k_encryption_flags) != (entry.flags & k_encryption_flags)) {
    return false;
  }
  std::uint64_t crc = cursor.u32(at + 14);
  std::uint64_t compressed = cursor.u32(at + 18);
  std::uint64_t uncompressed = cursor.u32(at + 22);
  if (compressed == k_max32 || uncompressed == k_max32) { // ZIP64: the sizes are in the extra field
    for_each_extra(cursor, extra, extra_size, [&](std::uint64_t id, std::uint64_t field, std::uint64_t size) {
      if (id == 0x0001 && size >= 16) {
        uncompressed = cursor.u64(field);
        compressed = cursor.u64(field + 8);
      }
    });
  }
  if ((flags & k_descriptor_flag) == 0) {
    return crc == entry.crc32 && compressed == entry.compressed_size &&
           uncompressed == entry.uncompressed_size;
  }
  // Sizes after the data: the header's fields are zero or the true values; the descriptor (its signature
  // optional, sizes of 4 or 8 bytes) must hold the directory's.
  auto zero_or = [](std::uint64_t value, std::uint64_t expected) { return value == 0 || value == expected; };
  if (!zero_or(crc, entry.crc32) || !zero_or(compressed, entry.compressed_size) ||
      !zero_or(uncompressed, entry.uncompressed_size)) {
    return false;
  }
  auto holds_directory_values = [&](std::uint64_t descriptor) {
    if (!cursor.fits(descriptor, 12) || cursor.u32(descriptor) != entry.crc32) {
      return false;
    }
    bool small = cursor.u32(descriptor + 4) == entry.compressed_size &&
                 cursor.u32(descriptor + 8) == entry.uncompressed_size;
    bool large = cursor.fits(descriptor, 20) && cursor.u64(descriptor + 4) == entry.compressed_size &&
                 cursor.u64(descriptor + 12) == entry.uncompressed_size;
    return small || large;
  };
  const auto descriptor = entry.data_offset + entry.compressed_size;
  return holds_directory_values(descriptor) ||
         (cursor.u32(descriptor) == k_descriptor_signature && holds_directory_values(descriptor + 4));
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
  const auto extra = at + k_local_size + name_size;
  collect_unicode_paths(cursor, extra, extra_size, entry);
  entry.data_offset = extra + extra_size;
  entry.local_header_agrees = cursor.text(at + k_local_size, name_size) == entry.name &&
                              cursor.u16(at + 8) == entry.method &&
                              local_values_agree(cursor, at, extra, extra_size, entry);
}

// The `count` entries of the central directory that `directory` locates, each with its local header.
core::Result<void> read_entries(const Cursor& cursor, std::uint64_t count, ZipDirectory& directory)
{
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
    entry.dos_time = static_cast<std::uint16_t>(cursor.u16(at + 12));
    entry.dos_date = static_cast<std::uint16_t>(cursor.u16(at + 14));
    entry.crc32 = static_cast<std::uint32_t>(cursor.u32(at + 16));
    entry.compressed_size = cursor.u32(at + 20);
    entry.uncompressed_size = cursor.u32(at + 24);
    auto name_size = cursor.u16(at + 28);
    auto extra_size = cursor.u16(at + 30);
    auto comment_size = cursor.u16(at + 32);
    directory.multi_part = directory.multi_part || cursor.u16(at + 34) != 0;
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
    collect_unicode_paths(cursor, name + name_size, extra_size, entry);
    read_extended_timestamp(cursor, name + name_size, extra_size, entry);
    read_local_header(cursor, entry);
    directory.entries.push_back(std::move(entry));
    at = next;
  }
  directory.entries_end = at;
  return {};
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
  directory.end_offset = end->offset;
  directory.end_ambiguous = end->ambiguous;
  const auto at_end = end->offset;
  std::uint64_t count = cursor.u16(at_end + 10);
  directory.multi_part =
      cursor.u16(at_end + 4) != 0 || cursor.u16(at_end + 6) != 0 || cursor.u16(at_end + 8) != count;
  directory.directory_size = cursor.u32(at_end + 12);
  directory.directory_offset = cursor.u32(at_end + 16);

  // ZIP64: a locator just before the record points at the ZIP64 end record, which holds the real values.
  if (at_end >= 20 && cursor.u32(at_end - 20) == k_end64_locator_signature) {
    auto end64 = cursor.u64(at_end - 20 + 8);
    if (!cursor.fits(end64, 56) || cursor.u32(end64) != k_end64_signature) {
      return core::fail(core::ErrorCode::unreadable, "the zip is damaged: its ZIP64 end record is missing");
    }
    count = cursor.u64(end64 + 32);
    directory.multi_part = cursor.u32(at_end - 20 + 4) != 0 || cursor.u32(end64 + 16) != 0 ||
                           cursor.u32(end64 + 20) != 0 || cursor.u64(end64 + 24) != count;
    directory.directory_size = cursor.u64(end64 + 40);
    directory.directory_offset = cursor.u64(end64 + 48);
    directory.end_offset = end64;
  }
  if (count > max_entries) {
    auto failed = core::fail(core::ErrorCode::limit_exceeded, "the zip has " + std::to_string(count) +
                                                                  " entries, more than the limit of " +
                                                                  std::to_string(max_entries));
    failed.error().subject = std::to_string(count); // the numbers, for a message in each language
    failed.error().also = std::to_string(max_entries);
    return failed;
  }
  if (auto read = read_entries(cursor, count, directory); !read) {
    if (!directory.end_ambiguous) {
      return std::unexpected(read.error());
    }
    // No directory where the chosen record says, and tools that read another one: that is the finding
    // (package.overlap.end-record), not damage.
    directory.entries.clear();
    directory.entries_end = directory.directory_offset + directory.directory_size;
  }
  return directory;
}

} // namespace nominate::pack
