// One entry's bytes, inflated with zlib in pieces: CRC-32 and SHA-256 computed on the way (OpenSSL EVP), so
// each entry is read once whether it is checked, extracted or both.

#include "zip_reader_data.hpp"

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <zlib.h>

namespace nominate::pack {

namespace {

constexpr std::size_t k_piece = std::size_t{256} * 1024;

} // namespace

struct EntryDigester::Context {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> evp{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
  uLong crc = crc32_z(0, nullptr, 0);
};

EntryDigester::EntryDigester() : m_context(std::make_unique<Context>())
{
  EVP_DigestInit_ex(m_context->evp.get(), EVP_sha256(), nullptr);
}

EntryDigester::~EntryDigester() = default;

void EntryDigester::add(std::span<const std::uint8_t> piece)
{
  m_context->crc = crc32_z(m_context->crc, piece.data(), piece.size());
  EVP_DigestUpdate(m_context->evp.get(), piece.data(), piece.size());
  m_size += piece.size();
}

void EntryDigester::finish(EntryDigest& digest)
{
  std::array<unsigned char, EVP_MAX_MD_SIZE> hash{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(m_context->evp.get(), hash.data(), &length);
  static constexpr char k_hex[] = "0123456789abcdef";
  for (unsigned int i = 0; i < length; ++i) {
    digest.sha256 += k_hex[hash[i] >> 4];
    digest.sha256 += k_hex[hash[i] & 15];
  }
  digest.crc32 = static_cast<std::uint32_t>(m_context->crc);
  digest.size = m_size;
}

EntryDigest read_entry(std::span<const std::uint8_t> bytes, const ZipEntry& entry,
                       const std::function<bool(std::span<const std::uint8_t>)>& write,
                       const Consumed& consumed)
{
  auto done = [&](std::span<const std::uint8_t> piece) {
    if (consumed) {
      consumed(piece);
    }
  };
  EntryDigest digest;
  EntryDigester digester;
  const std::uint64_t limit = entry.uncompressed_size + 1;
  auto data = bytes.subspan(static_cast<std::size_t>(entry.data_offset),
                            static_cast<std::size_t>(entry.compressed_size));
  auto emit = [&](std::span<const std::uint8_t> piece) {
    if (digester.size() + piece.size() > limit) {
      piece = piece.first(static_cast<std::size_t>(limit - digester.size()));
      digest.status = EntryDigest::Status::too_large;
    }
    digester.add(piece);
    return write(piece) && digest.status == EntryDigest::Status::ok;
  };

  if (entry.method == 0) {
    for (std::size_t at = 0; at < data.size(); at += k_piece) {
      auto piece = data.subspan(at, std::min(k_piece, data.size() - at));
      bool more = emit(piece);
      done(piece);
      if (!more) {
        break;
      }
    }
  } else {
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
      digest.status = EntryDigest::Status::damaged;
      return digest;
    }
    std::vector<std::uint8_t> out(k_piece);
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = 0;
    std::size_t fed = 0;
    int result = Z_OK;
    while (result != Z_STREAM_END) {
      if (stream.avail_in == 0 && fed < data.size()) {
        done(data.first(fed));
        auto chunk = std::min<std::size_t>(data.size() - fed, k_piece);
        stream.next_in = const_cast<Bytef*>(data.data() + fed);
        stream.avail_in = static_cast<uInt>(chunk);
        fed += chunk;
      }
      stream.next_out = out.data();
      stream.avail_out = static_cast<uInt>(out.size());
      result = inflate(&stream, Z_NO_FLUSH);
      if (result != Z_OK && result != Z_STREAM_END) {
        digest.status = EntryDigest::Status::damaged;
        break;
      }
      auto produced = out.size() - stream.avail_out;
      if (produced == 0 && stream.avail_in == 0 && fed == data.size() && result != Z_STREAM_END) {
        digest.status = EntryDigest::Status::damaged; // the stream ends before its end marker
        break;
      }
      if (!emit(std::span(out).first(produced))) {
        break;
      }
    }
    inflateEnd(&stream);
    done(data.first(fed));
  }
  digester.finish(digest);
  return digest;
}

} // namespace nominate::pack
