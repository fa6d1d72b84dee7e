#pragma once

#include <nominate/core/error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::pack {

// One entry of a zip's central directory, with what its local header says. Nothing is decompressed here:
// this is the structure `verify` judges before it extracts anything.
struct ZipEntry {
  std::string name; // the name's bytes as stored (bit 11 says whether they are UTF-8)
  std::uint16_t version_made_by = 0;
  std::uint16_t flags = 0;  // bit 0: encrypted; bit 3: sizes after the data; bit 11: UTF-8 name
  std::uint16_t method = 0; // 0 stored, 8 deflated; anything else is refused
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  std::uint64_t local_header_offset = 0;
  std::uint32_t external_attributes = 0; // the high 16 bits hold the unix mode when made on unix
  // When the entry was last modified: MS-DOS date and time (local time of the archiver, 2 s steps), and the
  // Unix time of an extended-timestamp extra field (0x5455, Info-ZIP and 7-Zip write it) when there is one.
  std::uint16_t dos_time = 0;
  std::uint16_t dos_date = 0;
  std::optional<std::int64_t> unix_modified;
  // From the local header: where the data starts, and whether that header was found and agrees with the
  // central directory (same name and method). data_offset is 0 when the header was not found.
  std::uint64_t data_offset = 0;
  bool local_header_found = false;
  bool local_header_agrees = false;
  // The names of Info-ZIP Unicode Path extra fields (0x7075), central then local: unzip extracts under such a
  // name instead of `name`, so check_safety judges them too. Empty when there are none.
  std::vector<std::string> unicode_paths;

  [[nodiscard]] bool is_directory() const { return !name.empty() && name.back() == '/'; }
};

struct ZipDirectory {
  std::vector<ZipEntry> entries; // in central-directory order
  std::uint64_t directory_offset = 0;
  std::uint64_t directory_size = 0;
  std::uint64_t end_offset = 0; // where the end-of-central-directory record (or its ZIP64 twin) starts
  std::uint64_t file_size = 0;
  // How far the entries the end record counts reach: directory_offset + directory_size in a whole zip. Less
  // means the count leaves entries unread that another unzip tool would extract (a short or wrapped count).
  std::uint64_t entries_end = 0;
  // More than one end record that parses, or a record (end or central) inside the comment or after the end
  // record: unzip tools disagree on which directory is the zip's.
  bool end_ambiguous = false;
  // A part of a split (multi-part) archive: a disk number not 0, or this disk's entry count not the total.
  bool multi_part = false;
};

// Reads the central directory of the zip in `bytes` (ZIP64 included) and each entry's local header, within
// bounds: nothing outside `bytes` is read, and more than `max_entries` entries is refused before any is
// read. Errors (ErrorCode::unreadable, a message in English): an empty input, no end-of-central-directory
// record (not a zip), a directory that runs past the end (truncated); ErrorCode::limit_exceeded for too
// many entries. What other tools would read differently (end_ambiguous, entries_end, multi_part,
// unicode_paths) is recorded for check_safety, not an error here.
[[nodiscard]] core::Result<ZipDirectory> read_zip_directory(std::span<const std::uint8_t> bytes,
                                                            std::size_t max_entries);

} // namespace nominate::pack
