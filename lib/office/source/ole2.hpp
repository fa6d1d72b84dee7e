#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::office {

// A bounded reader of an OLE2 compound file's directory (MS-CFB), enough to tell a .doc from an .xls, a
// WPS file or an encrypted OOXML package. No Debian library offers this without pulling in a whole
// office suite; the reader never follows more than a fixed number of sectors, so a crafted file cannot
// make it loop or allocate much.
struct Ole2Entry {
  std::string name; // UTF-8 (converted from UTF-16LE; only the BMP characters names use)
  int type = 0;     // 1 storage, 2 stream, 5 root
  std::uint32_t start = 0;
  std::uint64_t size = 0;
};

class Ole2Directory {
public:
  // The directory of a compound file, or nullopt when the bytes are no readable compound file.
  [[nodiscard]] static std::optional<Ole2Directory> read(std::span<const std::uint8_t> bytes);

  [[nodiscard]] const std::vector<Ole2Entry>& entries() const { return m_entries; }
  // False when the directory runs past the bytes given (a head of a bigger file): names may be missing.
  [[nodiscard]] bool complete() const { return m_complete; }
  [[nodiscard]] const Ole2Entry* find(std::string_view name) const;
  // The first bytes (at most one sector) of a stream kept in regular sectors (streams of 4096 bytes
  // and more); empty for a small stream or when out of the file.
  [[nodiscard]] std::span<const std::uint8_t> stream_head(const Ole2Entry& entry) const;

  // Given the whole file: why the sector chain of `entry` (a stream in regular sectors, or the root entry
  // that holds the small streams) cannot be read — it loops, leads past the end of the file, or ends before
  // the stream's size — in English; nullopt when it is intact or the stream is a small one.
  [[nodiscard]] std::optional<std::string> chain_damage(const Ole2Entry& entry) const;
  // Why the directory's own chain is damaged (it loops back on itself), or nullopt.
  [[nodiscard]] const std::optional<std::string>& directory_damage() const { return m_directory_damage; }

private:
  [[nodiscard]] std::span<const std::uint8_t> sector(std::uint32_t index) const;
  [[nodiscard]] std::uint32_t next(std::uint32_t index) const;

  std::span<const std::uint8_t> m_bytes;
  std::uint32_t m_sector_size = 512;
  std::uint32_t m_mini_cutoff = 4096;
  std::vector<std::uint32_t> m_fat_sectors; // the FAT's sectors, from the header's DIFAT and its chain
  std::vector<Ole2Entry> m_entries;
  std::optional<std::string> m_directory_damage;
  bool m_complete = true;
};

[[nodiscard]] bool is_ole2(std::span<const std::uint8_t> bytes);

} // namespace nominate::office
