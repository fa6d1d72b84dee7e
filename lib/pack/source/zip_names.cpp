// An entry's name read as a path, as unzip tools read it: what makes it unsafe, and when two names are one.

#include "zip_names.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/pack/names.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace nominate::pack {

namespace {

// C0 and C1 controls and DEL; the bidirectional marks and overrides that show "推介表<U+202E>xcod.exe" as
// "推介表exe.docx"; characters that show as nothing (a zero-width space, a soft hyphen, a variation
// selector …), so that "推介表<U+200B>.docx" looks like "推介表.docx" beside it.
std::string_view character_reason(std::string_view name)
{
  const auto* at = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  auto left = static_cast<utf8proc_ssize_t>(name.size());
  while (left > 0) {
    utf8proc_int32_t code = 0;
    auto size = utf8proc_iterate(at, left, &code);
    if (size <= 0) {
      return {}; // not UTF-8: package.name-encoding says so
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      return "control";
    }
    if (code == 0x061c || code == 0x200e || code == 0x200f || (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069)) {
      return "bidi";
    }
    if (core::is_invisible_format(static_cast<char32_t>(code))) {
      return "invisible";
    }
    at += size;
    left -= size;
  }
  return {};
}

} // namespace

bool is_zone_identifier(std::string_view name)
{
  constexpr std::string_view k_suffix = ":zone.identifier";
  if (name.size() < k_suffix.size()) {
    return false;
  }
  auto tail = name.substr(name.size() - k_suffix.size());
  return std::equal(tail.begin(), tail.end(), k_suffix.begin(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

std::string_view system_file(std::string_view path)
{
  auto name = path.substr(path.rfind('/') + 1);
  auto lower = std::string(name);
  for (auto& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (path.starts_with("__MACOSX/") || path.find("/__MACOSX/") != std::string_view::npos ||
      name == "__MACOSX" || name == ".DS_Store" || name.starts_with("._")) {
    return "macOS";
  }
  if (lower == "thumbs.db" || lower == "desktop.ini" || is_zone_identifier(name)) {
    return "Windows";
  }
  return {};
}

std::string_view unsafe_reason(std::string_view name)
{
  if (name.empty()) {
    return "empty";
  }
  if (name.front() == '/') {
    return "absolute";
  }
  if (name.find('\\') != std::string_view::npos) {
    return "backslash";
  }
  if (name.size() >= 2 && name[1] == ':') {
    return "drive";
  }
  if (auto colon = name.find(':');
      colon != std::string_view::npos && !is_zone_identifier(name.substr(colon))) {
    return "colon";
  }
  if (auto reason = character_reason(name); !reason.empty()) {
    return reason;
  }
  std::size_t start = 0;
  bool first = true;
  bool windows = false;
  while (start <= name.size()) {
    auto slash = name.find('/', start);
    auto part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part == "..") {
      return "parent";
    }
    // `~` and `~user` are a home folder to a shell; Office lock files (`~$x.docx`) are only junk.
    if (first && !part.empty() && part.front() == '~' && !part.starts_with("~$")) {
      return "home";
    }
    if (windows_refuses(part)) {
      windows = true; // said only when nothing worse is found
    }
    first = first && (part.empty() || part == ".");
    if (slash == std::string_view::npos) {
      break;
    }
    start = slash + 1;
  }
  return windows ? "windows" : std::string_view{};
}

std::string normalized_path(std::string_view name)
{
  std::string path;
  std::size_t start = 0;
  while (start <= name.size()) {
    auto slash = name.find('/', start);
    auto part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (!part.empty() && part != ".") {
      path += (path.empty() ? "" : "/");
      path += part;
    }
    if (slash == std::string_view::npos) {
      break;
    }
    start = slash + 1;
  }
  return path;
}

std::string folded(const std::string& path)
{
  utf8proc_uint8_t* out = nullptr;
  auto size = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(path.data()),
                           static_cast<utf8proc_ssize_t>(path.size()), &out,
                           static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (size < 0) {
    return path;
  }
  // Each code point upper-cased on its own, as NTFS's upcase table does: "ß" stays "ß" (full case folding
  // would make "Straße" and "STRASSE" one name, which Windows keeps apart).
  std::string result;
  result.reserve(static_cast<std::size_t>(size));
  const auto* at = out;
  auto left = size;
  while (left > 0) {
    utf8proc_int32_t code = 0;
    auto length = utf8proc_iterate(at, left, &code);
    if (length <= 0) {
      break; // utf8proc_map wrote valid UTF-8
    }
    std::array<utf8proc_uint8_t, 4> encoded{};
    auto written = utf8proc_encode_char(utf8proc_toupper(code), encoded.data());
    result.append(reinterpret_cast<const char*>(encoded.data()), static_cast<std::size_t>(written));
    at += length;
    left -= length;
  }
  std::free(out);
  return result;
}

} // namespace nominate::pack
