#pragma once

#include <nominate/pack/zip_reader.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>

namespace nominate::pack {

// What one entry's data gave when read in one pass: its CRC-32 and SHA-256 (lower-case hex) and size.
struct EntryDigest {
  std::uint32_t crc32 = 0;
  std::string sha256;
  std::uint64_t size = 0;
  enum class Status { ok, damaged, too_large } status = Status::ok; // damaged: the deflate stream is broken
};

// An EntryDigest made piece by piece: the CRC-32 (zlib) and SHA-256 (OpenSSL EVP) of the bytes added.
class EntryDigester {
public:
  EntryDigester();
  EntryDigester(const EntryDigester&) = delete;
  EntryDigester& operator=(const EntryDigester&) = delete;
  ~EntryDigester();
  void add(std::span<const std::uint8_t> piece);
  [[nodiscard]] std::uint64_t size() const { return m_size; }
  // The digest of everything added (its status left as it is in `digest`). Once.
  void finish(EntryDigest& digest);

private:
  struct Context;
  std::unique_ptr<Context> m_context;
  std::uint64_t m_size = 0;
};

// Decompresses `entry` (stored or deflated, never encrypted: check_safety refused those) from `bytes`,
// passing each piece to `write` (which returns false to stop), and never producing more than
// entry.uncompressed_size + 1 bytes, so a lying size cannot expand without bound.
// `consumed`, when set, is told of each piece of `bytes` read and no longer needed (a mapped file drops those
// pages, so memory stays flat in the size of the entry).
using Consumed = std::function<void(std::span<const std::uint8_t>)>;
[[nodiscard]] EntryDigest read_entry(std::span<const std::uint8_t> bytes, const ZipEntry& entry,
                                     const std::function<bool(std::span<const std::uint8_t>)>& write,
                                     const Consumed& consumed = {});

} // namespace nominate::pack
