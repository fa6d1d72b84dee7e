#include "sha256_stream.hpp"
#include "zip_names.hpp"
#include "zip_writer.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libdeflate.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace nominate::pack {

namespace {

// 1 MiB reads: fewer and larger calls cost less system time than 256 KiB ones (measured,
// docs/performance.md), and the buffer stays in the L2 cache between the read, the two digests and the write.
// Two such buffers take turns, so that one is hashed (on the hash thread) while the other is filled.
constexpr std::size_t k_chunk = 1 << 20;
// Written bytes are handed to the disk every 8 MiB (sync_file_range), so that the fsync of finish() finds
// little left to write and the disk works while the next files are read and hashed.
constexpr std::uint64_t k_writeback = 8 << 20;
constexpr std::uint32_t k_max32 = 0xFFFFFFFFu;
constexpr std::uint16_t k_version_plain = 20; // 2.0: deflate
constexpr std::uint16_t k_version_zip64 = 45; // 4.5: ZIP64

void put16(std::vector<std::uint8_t>& out, std::uint16_t value)
{
  out.push_back(static_cast<std::uint8_t>(value));
  out.push_back(static_cast<std::uint8_t>(value >> 8));
}
void put32(std::vector<std::uint8_t>& out, std::uint32_t value)
{
  for (int shift = 0; shift < 32; shift += 8) {
    out.push_back(static_cast<std::uint8_t>(value >> shift));
  }
}
void put64(std::vector<std::uint8_t>& out, std::uint64_t value)
{
  for (int shift = 0; shift < 64; shift += 8) {
    out.push_back(static_cast<std::uint8_t>(value >> shift));
  }
}
std::uint32_t clamp32(std::uint64_t value)
{
  return value >= k_max32 ? k_max32 : static_cast<std::uint32_t>(value);
}

core::Error io_error(const std::filesystem::path& file, const std::string& what)
{
  return core::Error{core::ErrorCode::io, what + ": " + std::strerror(errno), file, {}};
}

} // namespace

DosTime dos_time(int year, int month, int day)
{
  DosTime time;
  time.date = static_cast<std::uint16_t>(((year - 1980) << 9) | (month << 5) | day);
  time.time = 0;
  return time;
}

std::string WrittenEntry::sha256_hex() const
{
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (auto byte : sha256) {
    hex.push_back(k_hex[byte >> 4]);
    hex.push_back(k_hex[byte & 15]);
  }
  return hex;
}

struct ZipWriter::Entry {
  std::string name;
  Compression compression = Compression::store;
  DosTime time;
  std::uint32_t crc32 = 0;
  std::uint64_t compressed = 0;
  std::uint64_t size = 0;
  std::uint64_t offset = 0;
};

ZipWriter::ZipWriter(int fd, std::filesystem::path file, bool hash_thread)
    : m_fd(fd), m_file(std::move(file)), m_sha(std::make_unique<Sha256Stream>(hash_thread)),
      m_buffers{std::make_unique_for_overwrite<std::uint8_t[]>(k_chunk),
                std::make_unique_for_overwrite<std::uint8_t[]>(k_chunk)}
{
}

ZipWriter::ZipWriter(ZipWriter&& other) noexcept
    : m_fd(other.m_fd), m_file(std::move(other.m_file)), m_sha(std::move(other.m_sha)),
      m_offset(other.m_offset), m_written_back(other.m_written_back), m_entries(std::move(other.m_entries)),
      m_buffers(std::move(other.m_buffers))
{
  other.m_fd = -1;
}

ZipWriter::~ZipWriter()
{
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

core::Result<ZipWriter> ZipWriter::create(const std::filesystem::path& file, bool hash_thread)
{
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return std::unexpected(io_error(file, "cannot create the package"));
  }
  return ZipWriter(fd, file, hash_thread);
}

core::Result<void> ZipWriter::write_all(std::span<const std::uint8_t> bytes)
{
  while (!bytes.empty()) {
    auto written = ::write(m_fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return std::unexpected(io_error(m_file, "cannot write the package"));
    }
    m_offset += static_cast<std::uint64_t>(written);
    bytes = bytes.subspan(static_cast<std::size_t>(written));
  }
#if defined(__linux__)
  if (m_offset - m_written_back >= k_writeback) {
    // Only starts the write-out (no wait, no guarantee): the fsync of finish() is still what makes the
    // package durable. A failure here changes nothing but the timing, so it is not an error.
    ::sync_file_range(m_fd, static_cast<off_t>(m_written_back), static_cast<off_t>(m_offset - m_written_back),
                      SYNC_FILE_RANGE_WRITE);
    m_written_back = m_offset;
  }
#endif
  return {};
}

core::Result<void> ZipWriter::write_at(std::uint64_t offset, std::span<const std::uint8_t> bytes)
{
  while (!bytes.empty()) {
    auto written = ::pwrite(m_fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return std::unexpected(io_error(m_file, "cannot write the package"));
    }
    offset += static_cast<std::uint64_t>(written);
    bytes = bytes.subspan(static_cast<std::size_t>(written));
  }
  return {};
}

core::Result<WrittenEntry> ZipWriter::add_stream(
    const std::string& name, const std::function<core::Result<std::size_t>(std::span<std::uint8_t>)>& read,
    std::uint64_t expected_size, Compression compression, DosTime time, const ChunkProgress& progress)
{
  if (m_fd < 0) {
    return core::fail(core::ErrorCode::io, "the package is already closed", m_file);
  }
  Entry entry{name, compression, time, 0, 0, 0, m_offset};
  // The local header's ZIP64 field is chosen before the data, from the size the file has now; a deflated
  // text is never larger than its size plus a little, far under the margin kept here.
  bool zip64 = expected_size >= k_max32 - (1u << 20);
  std::vector<std::uint8_t> header;
  put32(header, 0x04034b50);
  put16(header, zip64 ? k_version_zip64 : k_version_plain);
  put16(header, k_flag_utf8);
  put16(header, compression == Compression::deflate ? 8 : 0);
  put16(header, time.time);
  put16(header, time.date);
  put32(header, 0); // crc, patched
  put32(header, zip64 ? k_max32 : 0);
  put32(header, zip64 ? k_max32 : 0);
  put16(header, static_cast<std::uint16_t>(name.size()));
  put16(header, zip64 ? 20 : 0);
  header.insert(header.end(), name.begin(), name.end());
  if (zip64) {
    put16(header, 0x0001);
    put16(header, 16);
    put64(header, 0);
    put64(header, 0);
  }
  if (auto written = write_all(header); !written) {
    return std::unexpected(written.error());
  }
  std::uint64_t data_start = m_offset;

  if (!m_sha->restart()) {
    return core::fail(core::ErrorCode::io, "cannot start SHA-256 (OpenSSL)", m_file);
  }
  z_stream deflater{};
  if (compression == Compression::deflate &&
      deflateInit2(&deflater, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return core::fail(core::ErrorCode::io, "cannot start deflate (zlib)", m_file);
  }
  struct DeflateEnd {
    z_stream* stream;
    bool active;
    ~DeflateEnd()
    {
      if (active) {
        deflateEnd(stream);
      }
    }
  } deflate_end{&deflater, compression == Compression::deflate};

  std::size_t turn = 0;
  // Whatever way this returns, the hash thread lets go of the buffers before they are freed.
  struct HashDone {
    Sha256Stream& sha;
    explicit HashDone(Sha256Stream& stream) : sha(stream) {}
    HashDone(const HashDone&) = delete;
    HashDone& operator=(const HashDone&) = delete;
    ~HashDone() { sha.wait_idle(); }
  } hash_done(*m_sha);
  std::vector<std::uint8_t> packed(compression == Compression::deflate ? k_chunk + 1024 : 0);
  // libdeflate's CRC-32 (the zip's, the same as zlib's crc32) uses PCLMULQDQ: 17 ms less CPU per 200 MB than
  // zlib 1.2.13's on the benchmark's machine.
  std::uint32_t crc = 0;
  std::uint64_t size = 0;
  bool done = false;
  while (!done) {
    // This buffer was last handed to the hash two chunks ago; update() of the previous chunk waited for it.
    const std::span<std::uint8_t> buffer(m_buffers[turn].get(), k_chunk);
    turn ^= 1U;
    auto got = read(buffer);
    if (!got) {
      return std::unexpected(got.error());
    }
    done = *got == 0;
    const std::span<const std::uint8_t> chunk(buffer.data(), *got);
    m_sha->update(chunk);
    crc = libdeflate_crc32(crc, chunk.data(), chunk.size());
    size += chunk.size();
    if (compression == Compression::store) {
      if (auto written = write_all(chunk); !written) {
        return std::unexpected(written.error());
      }
    } else {
      deflater.next_in = const_cast<Bytef*>(chunk.data());
      deflater.avail_in = static_cast<uInt>(chunk.size());
      int flush = done ? Z_FINISH : Z_NO_FLUSH;
      int status = Z_OK;
      do {
        deflater.next_out = packed.data();
        deflater.avail_out = static_cast<uInt>(packed.size());
        status = deflate(&deflater, flush);
        std::size_t have = packed.size() - deflater.avail_out;
        if (auto written = write_all({packed.data(), have}); !written) {
          return std::unexpected(written.error());
        }
      } while (status != Z_STREAM_END && (deflater.avail_out == 0 || done));
    }
    if (progress && !done) {
      progress(size);
    }
  }
  if (size != expected_size && expected_size != UINT64_MAX) {
    return core::fail(core::ErrorCode::io, "the file changed while it was packed", name);
  }
  entry.crc32 = crc;
  entry.size = size;
  entry.compressed = m_offset - data_start;
  if (!zip64 && (entry.size >= k_max32 || entry.compressed >= k_max32)) {
    return core::fail(core::ErrorCode::limit_exceeded, "an entry grew past 4 GiB while it was packed", name);
  }

  std::vector<std::uint8_t> patch;
  put32(patch, entry.crc32);
  if (!zip64) {
    put32(patch, static_cast<std::uint32_t>(entry.compressed));
    put32(patch, static_cast<std::uint32_t>(entry.size));
  }
  if (auto written = write_at(entry.offset + 14, patch); !written) {
    return std::unexpected(written.error());
  }
  if (zip64) {
    std::vector<std::uint8_t> extra;
    put64(extra, entry.size);
    put64(extra, entry.compressed);
    if (auto written = write_at(entry.offset + 30 + name.size() + 4, extra); !written) {
      return std::unexpected(written.error());
    }
  }

  WrittenEntry digest;
  digest.crc32 = entry.crc32;
  digest.size = entry.size;
  digest.sha256 = m_sha->finish();
  m_entries.push_back(std::move(entry));
  return digest;
}

core::Result<WrittenEntry> ZipWriter::add_file(const std::string& name, const std::filesystem::path& source,
                                               Compression compression, DosTime time,
                                               const ChunkProgress& progress)
{
  // O_NONBLOCK and fstat: a FIFO or device put where a material was is refused, never waited on.
  int fd = ::open(source.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    return std::unexpected(io_error(source, "cannot read"));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (struct stat status{}; ::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    return core::fail(core::ErrorCode::unreadable, "not a regular file", source);
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL); // read once, front to back: a larger read-ahead
  std::error_code error;
  auto size = std::filesystem::file_size(source, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot read: " + error.message(), source);
  }
  auto read = [&](std::span<std::uint8_t> buffer) -> core::Result<std::size_t> {
    std::size_t filled = 0;
    while (filled < buffer.size()) {
      auto got = ::read(fd, buffer.data() + filled, buffer.size() - filled);
      if (got < 0) {
        if (errno == EINTR) {
          continue;
        }
        return std::unexpected(io_error(source, "cannot read"));
      }
      if (got == 0) {
        break;
      }
      filled += static_cast<std::size_t>(got);
    }
    return filled;
  };
  auto digest = add_stream(name, read, size, compression, time, progress);
  if (!digest && digest.error().file == name) {
    digest.error().file = source;
  }
  return digest;
}

core::Result<WrittenEntry> ZipWriter::add_bytes(const std::string& name, std::span<const std::uint8_t> bytes,
                                                Compression compression, DosTime time)
{
  std::size_t position = 0;
  auto read = [&](std::span<std::uint8_t> buffer) -> core::Result<std::size_t> {
    auto count = std::min(buffer.size(), bytes.size() - position);
    if (count > 0) { // an empty entry's span may hold no pointer at all: memcpy must not see it
      std::memcpy(buffer.data(), bytes.data() + position, count);
    }
    position += count;
    return count;
  };
  return add_stream(name, read, bytes.size(), compression, time, {});
}

core::Result<void> ZipWriter::finish()
{
  if (m_fd < 0) {
    return core::fail(core::ErrorCode::io, "the package is already closed", m_file);
  }
  std::uint64_t directory_start = m_offset;
  std::vector<std::uint8_t> directory;
  for (const auto& entry : m_entries) {
    bool zip64 = entry.size >= k_max32 || entry.compressed >= k_max32 || entry.offset >= k_max32;
    std::vector<std::uint8_t> extra;
    if (zip64) {
      std::vector<std::uint8_t> values;
      if (entry.size >= k_max32) {
        put64(values, entry.size);
      }
      if (entry.compressed >= k_max32) {
        put64(values, entry.compressed);
      }
      if (entry.offset >= k_max32) {
        put64(values, entry.offset);
      }
      put16(extra, 0x0001);
      put16(extra, static_cast<std::uint16_t>(values.size()));
      extra.insert(extra.end(), values.begin(), values.end());
    }
    put32(directory, 0x02014b50);
    // Made by Unix (3): Info-ZIP's unzip converts the names of MS-DOS-made entries from an OEM code page even
    // with bit 11 set, which garbles Chinese names; Windows archivers read either the same.
    put16(directory, static_cast<std::uint16_t>((3 << 8) | (zip64 ? k_version_zip64 : k_version_plain)));
    put16(directory, zip64 ? k_version_zip64 : k_version_plain);
    put16(directory, k_flag_utf8);
    put16(directory, entry.compression == Compression::deflate ? 8 : 0);
    put16(directory, entry.time.time);
    put16(directory, entry.time.date);
    put32(directory, entry.crc32);
    put32(directory, clamp32(entry.compressed));
    put32(directory, clamp32(entry.size));
    put16(directory, static_cast<std::uint16_t>(entry.name.size()));
    put16(directory, static_cast<std::uint16_t>(extra.size()));
    put16(directory, 0);              // comment
    put16(directory, 0);              // disk
    put16(directory, 0);              // internal attributes
    put32(directory, 0100644u << 16); // external attributes: a regular file, rw-r--r--
    put32(directory, clamp32(entry.offset));
    directory.insert(directory.end(), entry.name.begin(), entry.name.end());
    directory.insert(directory.end(), extra.begin(), extra.end());
    if (directory.size() >= k_chunk) {
      if (auto written = write_all(directory); !written) {
        return written;
      }
      directory.clear();
    }
  }
  std::uint64_t directory_size = m_offset + directory.size() - directory_start;
  std::uint64_t count = m_entries.size();
  bool zip64 = count >= 0xFFFF || directory_size >= k_max32 || directory_start >= k_max32;
  if (zip64) {
    std::uint64_t record = m_offset + directory.size();
    put32(directory, 0x06064b50);
    put64(directory, 44);
    put16(directory, k_version_zip64);
    put16(directory, k_version_zip64);
    put32(directory, 0);
    put32(directory, 0);
    put64(directory, count);
    put64(directory, count);
    put64(directory, directory_size);
    put64(directory, directory_start);
    put32(directory, 0x07064b50);
    put32(directory, 0);
    put64(directory, record);
    put32(directory, 1);
  }
  put32(directory, 0x06054b50);
  put16(directory, 0);
  put16(directory, 0);
  put16(directory, count >= 0xFFFF ? 0xFFFF : static_cast<std::uint16_t>(count));
  put16(directory, count >= 0xFFFF ? 0xFFFF : static_cast<std::uint16_t>(count));
  put32(directory, clamp32(directory_size));
  put32(directory, clamp32(directory_start));
  put16(directory, 0);
  if (auto written = write_all(directory); !written) {
    return written;
  }
  if (::fsync(m_fd) != 0) {
    return std::unexpected(io_error(m_file, "cannot flush the package to disk"));
  }
  int fd = m_fd;
  m_fd = -1;
  if (::close(fd) != 0) {
    return std::unexpected(io_error(m_file, "cannot close the package"));
  }
  return {};
}

} // namespace nominate::pack
