#include "ole2.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace nominate::office {

namespace {

constexpr std::array<std::uint8_t, 8> k_signature{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
constexpr std::uint32_t k_end_of_chain = 0xFFFFFFFE;
constexpr std::uint32_t k_max_regular_sector = 0xFFFFFFFA;
constexpr std::size_t k_max_directory_sectors = 1024;
constexpr std::size_t k_max_difat_sectors = 256;

std::uint32_t read_u32(std::span<const std::uint8_t> bytes, std::size_t offset)
{
  if (offset + 4 > bytes.size()) {
    return k_end_of_chain;
  }
  return static_cast<std::uint32_t>(bytes[offset]) | (static_cast<std::uint32_t>(bytes[offset + 1]) << 8) |
         (static_cast<std::uint32_t>(bytes[offset + 2]) << 16) |
         (static_cast<std::uint32_t>(bytes[offset + 3]) << 24);
}

std::uint16_t read_u16(std::span<const std::uint8_t> bytes, std::size_t offset)
{
  if (offset + 2 > bytes.size()) {
    return 0;
  }
  return static_cast<std::uint16_t>(bytes[offset] | (bytes[offset + 1] << 8));
}

// The FAT's sectors: the header's 109 DIFAT entries, then the DIFAT chain, which may loop (followed once).
std::vector<std::uint32_t> fat_sectors(std::span<const std::uint8_t> bytes, std::uint32_t sector_size)
{
  std::vector<std::uint32_t> sectors;
  const std::uint32_t fat_count = read_u32(bytes, 0x2C);
  for (std::size_t i = 0; i < 109 && sectors.size() < fat_count; ++i) {
    sectors.push_back(read_u32(bytes, 0x4C + i * 4));
  }
  std::uint32_t difat = read_u32(bytes, 0x44);
  std::set<std::uint32_t> seen;
  const std::size_t per_sector = sector_size / 4 - 1;
  while (difat <= k_max_regular_sector && sectors.size() < fat_count && seen.size() < k_max_difat_sectors &&
         seen.insert(difat).second) {
    const std::uint64_t offset = (static_cast<std::uint64_t>(difat) + 1) * sector_size;
    if (offset + sector_size > bytes.size()) {
      break;
    }
    auto sector = bytes.subspan(static_cast<std::size_t>(offset), sector_size);
    for (std::size_t i = 0; i < per_sector && sectors.size() < fat_count; ++i) {
      sectors.push_back(read_u32(sector, i * 4));
    }
    difat = read_u32(sector, per_sector * 4);
  }
  return sectors;
}

} // namespace

bool is_ole2(std::span<const std::uint8_t> bytes)
{
  return bytes.size() >= k_signature.size() &&
         std::equal(k_signature.begin(), k_signature.end(), bytes.begin());
}

std::optional<Ole2Directory> Ole2Directory::read(std::span<const std::uint8_t> bytes)
{
  if (!is_ole2(bytes) || bytes.size() < 512) {
    return std::nullopt;
  }
  std::uint16_t shift = read_u16(bytes, 0x1E);
  if (shift != 9 && shift != 12) {
    return std::nullopt;
  }
  Ole2Directory directory;
  directory.m_bytes = bytes;
  directory.m_sector_size = 1u << shift;
  directory.m_mini_cutoff = read_u32(bytes, 0x38);
  directory.m_fat_sectors = fat_sectors(bytes, directory.m_sector_size);

  std::set<std::uint32_t> seen;
  std::uint32_t current = read_u32(bytes, 0x30);
  while (current <= k_max_regular_sector && seen.size() < k_max_directory_sectors) {
    if (!seen.insert(current).second) {
      directory.m_directory_damage =
          "the directory's sector chain loops back to sector " + std::to_string(current);
      break;
    }
    auto sector = directory.sector(current);
    if (sector.empty()) {
      directory.m_complete = false;
      break;
    }
    for (std::size_t offset = 0; offset + 128 <= sector.size(); offset += 128) {
      auto entry_bytes = sector.subspan(offset, 128);
      int type = entry_bytes[0x42];
      if (type == 0) {
        continue;
      }
      std::size_t name_bytes = std::min<std::size_t>(read_u16(entry_bytes, 0x40), 64);
      Ole2Entry entry;
      for (std::size_t i = 0; i + 1 < name_bytes; i += 2) {
        std::uint16_t unit = read_u16(entry_bytes, i);
        if (unit == 0) {
          break;
        }
        append_utf8(entry.name, unit);
      }
      entry.type = type;
      entry.start = read_u32(entry_bytes, 0x74);
      entry.size = read_u32(entry_bytes, 0x78);
      if (directory.m_sector_size == 4096) {
        entry.size |= static_cast<std::uint64_t>(read_u32(entry_bytes, 0x7C)) << 32;
      }
      directory.m_entries.push_back(std::move(entry));
    }
    current = directory.next(current);
  }
  if (directory.m_entries.empty() && directory.m_complete) {
    return std::nullopt;
  }
  return directory;
}

const Ole2Entry* Ole2Directory::find(std::string_view name) const
{
  for (const auto& entry : m_entries) {
    if (entry.type == 2 && entry.name == name) {
      return &entry;
    }
  }
  return nullptr;
}

std::span<const std::uint8_t> Ole2Directory::sector(std::uint32_t index) const
{
  const std::uint64_t offset = (static_cast<std::uint64_t>(index) + 1) * m_sector_size;
  if (index > k_max_regular_sector || offset + m_sector_size > m_bytes.size()) {
    return {};
  }
  return m_bytes.subspan(static_cast<std::size_t>(offset), m_sector_size);
}

std::uint32_t Ole2Directory::next(std::uint32_t index) const
{
  const std::size_t per_sector = m_sector_size / 4;
  const std::size_t fat_index = index / per_sector;
  if (fat_index >= m_fat_sectors.size()) {
    return k_end_of_chain;
  }
  auto fat = sector(m_fat_sectors[fat_index]);
  if (fat.empty()) {
    return k_end_of_chain;
  }
  return read_u32(fat, (index % per_sector) * 4);
}

std::optional<std::string> Ole2Directory::chain_damage(const Ole2Entry& entry) const
{
  if (entry.type != 5 && entry.size < m_mini_cutoff) {
    return std::nullopt;
  }
  const std::string stream = "the " + (entry.type == 5 ? std::string("root entry") : entry.name) + " stream";
  const std::uint64_t file_sectors = m_bytes.size() / m_sector_size;
  const std::uint64_t needed = (entry.size + m_sector_size - 1) / m_sector_size;
  if (needed > file_sectors) {
    return stream + " claims " + std::to_string(entry.size) + " bytes, more than the whole file";
  }
  // At most as many steps as the file has sectors: a longer chain must revisit one.
  std::set<std::uint32_t> seen;
  std::uint32_t current = entry.start;
  for (std::uint64_t i = 0; i < needed; ++i) {
    if (current > k_max_regular_sector) {
      return stream + "'s sector chain ends after " + std::to_string(i) + " of its " +
             std::to_string(needed) + " sectors";
    }
    if (sector(current).empty()) {
      return stream + "'s sector chain leads past the end of the file (sector " + std::to_string(current) +
             ")";
    }
    if (!seen.insert(current).second) {
      return stream + "'s sector chain loops back to sector " + std::to_string(current);
    }
    current = next(current);
  }
  return std::nullopt;
}

std::span<const std::uint8_t> Ole2Directory::stream_head(const Ole2Entry& entry) const
{
  if (entry.size < m_mini_cutoff || entry.start > k_max_regular_sector) {
    return {};
  }
  std::uint64_t offset = (static_cast<std::uint64_t>(entry.start) + 1) * m_sector_size;
  if (offset + m_sector_size > m_bytes.size()) {
    return {};
  }
  return m_bytes.subspan(static_cast<std::size_t>(offset), m_sector_size);
}

} // namespace nominate::office
