#pragma once

#include <nominate/core/error.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace nominate::pack {

class Sha256Stream;

// How an entry's bytes are kept: media, images and Office files do not shrink, so they are stored; text is
// deflated (design.md, "Packages").
enum class Compression { store, deflate };

// An MS-DOS date and time as a zip entry carries it: local time without a zone, so the writer takes it as
// given (the package's Bagging-Date at 00:00 Beijing time) and never asks the clock or the time zone.
struct DosTime {
  std::uint16_t date = 0x21; // 1980-01-01
  std::uint16_t time = 0;
};
[[nodiscard]] DosTime dos_time(int year, int month, int day);

// What one pass over an entry's bytes learned: the zip's CRC-32 and the manifest's SHA-256.
struct WrittenEntry {
  std::uint32_t crc32 = 0;
  std::uint64_t size = 0;
  std::array<std::uint8_t, 32> sha256{};
  [[nodiscard]] std::string sha256_hex() const;
};

// Called after each chunk written: bytes of the current entry so far.
using ChunkProgress = std::function<void(std::uint64_t bytes)>;

// A deterministic zip writer, our own rather than libzip's: libzip reads a source twice (once for the CRC,
// once to write) and adds extra fields and times of its own; here each file is read once, the CRC-32 and
// the SHA-256 computed from the same chunk that is written, and the bytes depend on nothing but the input.
// Every entry: UTF-8 name with general-purpose bit 11, made by Unix (so that Info-ZIP does not re-code the
// name), external attributes a regular file rw-r--r--, no extra fields except ZIP64 where an entry or an
// offset passes 4 GiB, the given DosTime.
// Sizes and CRC are patched into the local header after the data (the file is seekable), so no data
// descriptor is needed. Not thread-safe; one writer per file.
class ZipWriter {
public:
  // Creates (truncates) `file` for writing. With `hash_thread`, each entry's SHA-256 runs on a second thread
  // while the next chunk is read, checked and written (sha256_stream.hpp); the bytes written are the same.
  [[nodiscard]] static core::Result<ZipWriter> create(const std::filesystem::path& file,
                                                      bool hash_thread = false);
  ZipWriter(ZipWriter&& other) noexcept;
  ZipWriter& operator=(ZipWriter&&) = delete;
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;
  ~ZipWriter();

  // Adds `source`'s bytes under `name` ('/' separators, UTF-8), reading it once in 1 MiB chunks.
  [[nodiscard]] core::Result<WrittenEntry> add_file(const std::string& name,
                                                    const std::filesystem::path& source,
                                                    Compression compression, DosTime time,
                                                    const ChunkProgress& progress = {});
  [[nodiscard]] core::Result<WrittenEntry> add_bytes(const std::string& name,
                                                     std::span<const std::uint8_t> bytes,
                                                     Compression compression, DosTime time);
  // Writes the central directory (and the ZIP64 end records where needed), flushes and syncs the file to
  // disk, and closes it. Nothing may be added after.
  [[nodiscard]] core::Result<void> finish();

private:
  struct Entry;
  class Sink;
  ZipWriter(int fd, std::filesystem::path file, bool hash_thread);
  [[nodiscard]] core::Result<WrittenEntry> add_stream(
      const std::string& name, const std::function<core::Result<std::size_t>(std::span<std::uint8_t>)>& read,
      std::uint64_t expected_size, Compression compression, DosTime time, const ChunkProgress& progress);
  [[nodiscard]] core::Result<void> write_all(std::span<const std::uint8_t> bytes);
  [[nodiscard]] core::Result<void> write_at(std::uint64_t offset, std::span<const std::uint8_t> bytes);

  int m_fd = -1;
  std::filesystem::path m_file;
  std::unique_ptr<Sha256Stream> m_sha; // its thread holds its address: kept where it is when the writer moves
  std::uint64_t m_offset = 0;
  std::uint64_t m_written_back = 0; // bytes before this offset were handed to the disk (sync_file_range)
  std::vector<Entry> m_entries;
  // The two chunk buffers every entry takes turns with, made once per package: fresh ones per entry cost a
  // page fault per 4 KiB each time (measured: 0.3 s for a district of 20).
  std::array<std::unique_ptr<std::uint8_t[]>, 2> m_buffers;
};

} // namespace nominate::pack
