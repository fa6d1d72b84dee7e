#pragma once

#include <nominate/core/error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::office {

// Safety limits for a zip that comes from anyone (a form, a table, a received package).
struct ZipLimits {
  std::size_t entries = 4096;                     // entries in the central directory
  std::uint64_t entry = 64ull * 1024 * 1024;      // bytes of one entry, uncompressed
  std::uint64_t total = 256ull * 1024 * 1024;     // bytes of all entries read, uncompressed
  std::uint64_t ratio = 100;                      // uncompressed / compressed, for entries over…
  std::uint64_t ratio_threshold = 1024ull * 1024; // …this many bytes uncompressed
};

// Read access to a zip held in memory. The bytes are not copied: they must outlive the archive.
// Errors: unreadable (not a zip, damaged, a CRC error), encrypted (zip encryption on an entry read),
// limit_exceeded (too many entries, an entry or the total too big, a compression ratio of a zip bomb).
class ZipArchive {
public:
  [[nodiscard]] static core::Result<ZipArchive> open(std::span<const std::uint8_t> bytes,
                                                     const ZipLimits& limits = {});

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // Entry names as stored ('/' separators), in directory order.
  [[nodiscard]] const std::vector<std::string>& names() const { return m_names; }
  // Whether an entry exists; OPC part names compare case-insensitively, and a leading '/' is ignored.
  [[nodiscard]] bool contains(std::string_view name) const;
  // The whole entry, within the limits. A missing entry is `unreadable` (a package without a part it
  // names is damaged).
  [[nodiscard]] core::Result<std::string> read(std::string_view name);

private:
  struct Handle;
  explicit ZipArchive(std::unique_ptr<Handle> handle, std::vector<std::string> names, ZipLimits limits);
  [[nodiscard]] std::optional<std::uint64_t> index_of(std::string_view name) const;

  std::unique_ptr<Handle> m_handle;
  std::vector<std::string> m_names;
  ZipLimits m_limits;
  std::uint64_t m_read_total = 0;
};

} // namespace nominate::office
