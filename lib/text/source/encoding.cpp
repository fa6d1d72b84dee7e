#include <nominate/core/input_file.hpp>
#include <nominate/text/encoding.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cerrno>
#include <expected>
#include <fstream>
#include <iconv.h>

namespace nominate::text {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_utf16le_bom = "\xFF\xFE";
constexpr std::string_view k_utf16be_bom = "\xFE\xFF";
constexpr std::string_view k_save_as_utf8 =
    "save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8) and try again";

// An iconv conversion descriptor, closed on destruction.
class Converter {
public:
  explicit Converter(const char* from) : m_descriptor(iconv_open("UTF-8", from)) {}
  ~Converter()
  {
    if (valid()) {
      iconv_close(m_descriptor);
    }
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  // iconv_open's failure is the descriptor (iconv_t)-1: a pointer made from an integer, as POSIX defines it.
  [[nodiscard]] bool valid() const
  {
    return m_descriptor != reinterpret_cast<iconv_t>(-1); // NOLINT(performance-no-int-to-ptr)
  }

  // The input converted to UTF-8, or the offset of the first byte sequence invalid in the source encoding
  // (or of a character cut off at the end).
  [[nodiscard]] std::expected<std::string, std::size_t> convert(std::string_view input) const
  {
    std::string out;
    out.resize(input.size() * 2 + 16);
    char* in_pointer = const_cast<char*>(input.data());
    std::size_t in_left = input.size();
    std::size_t written = 0;
    while (in_left > 0) {
      char* out_pointer = out.data() + written;
      std::size_t out_left = out.size() - written;
      const std::size_t result = iconv(m_descriptor, &in_pointer, &in_left, &out_pointer, &out_left);
      written = out.size() - out_left;
      if (result != static_cast<std::size_t>(-1)) {
        break;
      }
      if (errno != E2BIG) {
        return std::unexpected(input.size() -
                               in_left); // EILSEQ: an invalid sequence; EINVAL: a truncated one at the end
      }
      out.resize(out.size() * 2);
    }
    out.resize(written);
    return out;
  }

private:
  iconv_t m_descriptor;
};

std::string normalize_line_endings(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
      }
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

core::Result<std::string> convert(std::string_view bytes, const char* encoding,
                                  const std::filesystem::path& file)
{
  const Converter converter(encoding);
  if (!converter.valid()) {
    return core::fail(core::ErrorCode::unsupported,
                      std::string("this system's iconv cannot convert from ") + encoding, file);
  }
  auto converted = converter.convert(bytes);
  if (!converted) {
    const std::string_view before = bytes.substr(0, converted.error());
    const std::size_t line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    return core::fail(core::ErrorCode::bad_encoding,
                      std::string("the text is not valid ") + encoding + "; " + std::string(k_save_as_utf8),
                      file, core::TextPosition{line, 0});
  }
  return normalize_line_endings(*converted);
}

} // namespace

core::Result<std::string> decode_text(std::string_view bytes, const std::filesystem::path& file)
{
  if (bytes.starts_with(k_utf8_bom)) {
    bytes.remove_prefix(k_utf8_bom.size());
    if (!is_valid_utf8(bytes)) {
      return core::fail(core::ErrorCode::bad_encoding,
                        "the text starts with a UTF-8 byte-order mark but is not valid UTF-8; " +
                            std::string(k_save_as_utf8),
                        file);
    }
    return normalize_line_endings(bytes);
  }
  if (bytes.starts_with(k_utf16le_bom)) {
    return convert(bytes.substr(k_utf16le_bom.size()), "UTF-16LE", file);
  }
  if (bytes.starts_with(k_utf16be_bom)) {
    return convert(bytes.substr(k_utf16be_bom.size()), "UTF-16BE", file);
  }
  // A NUL byte means binary data or UTF-16 without a byte-order mark: GB18030 would accept it, wrongly.
  if (bytes.find('\0') != std::string_view::npos) {
    return core::fail(core::ErrorCode::bad_encoding,
                      "the file holds NUL bytes: it is binary, or UTF-16 without a byte-order mark; " +
                          std::string(k_save_as_utf8),
                      file);
  }
  if (is_valid_utf8(bytes)) {
    return normalize_line_endings(bytes);
  }
  auto decoded = convert(bytes, "GB18030", file);
  if (!decoded && decoded.error().code == core::ErrorCode::bad_encoding) {
    decoded.error().message = "the text is neither UTF-8 nor GB18030 (GBK); " + std::string(k_save_as_utf8);
  }
  return decoded;
}

core::Result<std::string> decode_gb18030(std::string_view bytes)
{
  const Converter converter("GB18030");
  if (!converter.valid()) {
    return core::fail(core::ErrorCode::unsupported, "this system's iconv cannot convert from GB18030");
  }
  auto converted = converter.convert(bytes);
  if (!converted) {
    return core::fail(core::ErrorCode::bad_encoding, "the text is not valid GB18030");
  }
  return std::move(*converted);
}

core::Result<std::string> read_text_file(const std::filesystem::path& file)
{
  auto bytes = core::read_input_text(file, k_max_text_file_bytes);
  if (!bytes) {
    if (bytes.error().code == core::ErrorCode::limit_exceeded) {
      bytes.error().message = "the text file is larger than 64 MiB";
    } else {
      bytes.error().code = core::ErrorCode::io; // missing, a folder, a FIFO: all "cannot read it" here
    }
    return std::unexpected(bytes.error());
  }
  return decode_text(*bytes, file);
}

} // namespace nominate::text
