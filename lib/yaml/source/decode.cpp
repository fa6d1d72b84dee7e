#include "decode.hpp"

#include <utf8proc.h>

#include <cerrno>
#include <iconv.h>

namespace nominate::yaml::detail {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_utf16le_bom = "\xFF\xFE";
constexpr std::string_view k_utf16be_bom = "\xFE\xFF";

// Converts with iconv; nullopt on any invalid or incomplete sequence.
std::optional<std::string> convert(std::string_view bytes, const char* from)
{
  iconv_t handle = iconv_open("UTF-8", from);
  if (handle == reinterpret_cast<iconv_t>(-1)) {
    return std::nullopt;
  }
  std::string out;
  out.resize(bytes.size() * 2 + 16);
  std::string input{bytes};
  char* in_ptr = input.data();
  std::size_t in_left = input.size();
  std::size_t done = 0;
  bool ok = true;
  while (in_left > 0) {
    char* out_ptr = out.data() + done;
    std::size_t out_left = out.size() - done;
    const std::size_t result = iconv(handle, &in_ptr, &in_left, &out_ptr, &out_left);
    done = out.size() - out_left;
    if (result != static_cast<std::size_t>(-1)) {
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    ok = false; // EILSEQ or EINVAL: not this encoding
    break;
  }
  iconv_close(handle);
  if (!ok) {
    return std::nullopt;
  }
  out.resize(done);
  return out;
}

} // namespace

bool is_utf8(std::string_view bytes)
{
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  auto left = static_cast<utf8proc_ssize_t>(bytes.size());
  while (left > 0) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(data, left, &code_point);
    if (used <= 0 || code_point < 0) {
      return false;
    }
    data += used;
    left -= used;
  }
  return true;
}

std::optional<std::string> to_utf8(std::string_view bytes)
{
  if (bytes.starts_with(k_utf8_bom)) {
    bytes.remove_prefix(k_utf8_bom.size());
    return is_utf8(bytes) ? std::optional<std::string>{bytes} : std::nullopt;
  }
  if (bytes.starts_with(k_utf16le_bom)) {
    return convert(bytes.substr(2), "UTF-16LE");
  }
  if (bytes.starts_with(k_utf16be_bom)) {
    return convert(bytes.substr(2), "UTF-16BE");
  }
  if (is_utf8(bytes)) {
    return std::string{bytes};
  }
  return convert(bytes, "GB18030");
}

} // namespace nominate::yaml::detail
