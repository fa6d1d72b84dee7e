#include <nominate/core/display_name.hpp>
#include <nominate/pack/names.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace nominate::pack {

namespace {

std::optional<std::string> nfc(std::string_view text)
{
  std::string copy(text);
  auto* normalised = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
  if (normalised == nullptr) {
    return std::nullopt;
  }
  std::string result(reinterpret_cast<char*>(normalised));
  std::free(normalised);
  if (result.size() != copy.size() && copy.find('\0') != std::string::npos) {
    return std::nullopt;
  }
  return result;
}

bool is_reserved(std::string_view name)
{
  auto stem = name.substr(0, name.find('.'));
  while (!stem.empty() && stem.back() == ' ') {
    stem.remove_suffix(1);
  }
  std::string upper;
  for (char c : stem) {
    upper.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  static const std::array<std::string_view, 4> k_plain{"CON", "PRN", "AUX", "NUL"};
  if (std::ranges::find(k_plain, upper) != k_plain.end()) {
    return true;
  }
  return upper.size() == 4 && (upper.starts_with("COM") || upper.starts_with("LPT")) && upper[3] >= '1' &&
         upper[3] <= '9';
}

// The code points of valid UTF-8 `text`, as (start, length) pairs.
std::vector<std::pair<std::size_t, std::size_t>> code_points(std::string_view text)
{
  std::vector<std::pair<std::size_t, std::size_t>> points;
  std::size_t at = 0;
  while (at < text.size()) {
    utf8proc_int32_t point = 0;
    auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                   static_cast<utf8proc_ssize_t>(text.size() - at), &point);
    if (length <= 0) {
      return {};
    }
    points.emplace_back(at, static_cast<std::size_t>(length));
    at += static_cast<std::size_t>(length);
  }
  return points;
}

// The code point of one UTF-8 sequence `point` (as code_points cut it).
char32_t code_of(std::string_view point)
{
  utf8proc_int32_t code = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(point.data()),
                   static_cast<utf8proc_ssize_t>(point.size()), &code);
  return static_cast<char32_t>(code);
}

} // namespace

bool windows_refuses(std::string_view name)
{
  if (name.empty() || name.find_first_not_of('.') == std::string_view::npos) {
    return false;
  }
  return is_reserved(name) || name.find_first_of("<>\"|?*") != std::string_view::npos || name.back() == '.' ||
         name.back() == ' ';
}

std::size_t utf16_units(std::string_view utf8)
{
  std::size_t units = 0;
  for (auto [start, length] : code_points(utf8)) {
    units += length == 4 ? 2 : 1;
  }
  return units;
}

core::Result<std::string> safe_component(std::string_view name)
{
  auto normalised = nfc(name);
  if (!normalised || (!name.empty() && code_points(*normalised).empty())) {
    return core::fail_because(
        core::ErrorCode::bad_encoding, "name-not-utf8",
        "the name is not valid UTF-8 (a zip unpacked with an old archiver garbles "
        "Chinese names): rename it, or unpack the zip again with WPS, 7-Zip or Bandizip");
  }
  std::string safe;
  for (auto [start, length] : code_points(*normalised)) {
    auto point = std::string_view(*normalised).substr(start, length);
    const char32_t code = code_of(point);
    // What shows as nothing (an emoji's variation selector U+FE0F, a zero-width joiner, a bidi mark) is left
    // out: verify refuses such names (package.unsafe-name), and the name reads the same without it.
    if (core::is_invisible_format(code)) {
      continue;
    }
    bool control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    bool forbidden = length == 1 && std::string_view("<>:\"/\\|?*").find(point[0]) != std::string_view::npos;
    safe += control || forbidden ? std::string_view("_") : point;
  }
  while (!safe.empty() && (safe.back() == '.' || safe.back() == ' ')) {
    safe.pop_back();
  }
  if (safe.empty()) {
    return std::string("_");
  }
  if (is_reserved(safe)) {
    safe.insert(0, "_");
  }
  return safe;
}

core::Result<std::string> safe_path(std::string_view path, std::size_t max_units)
{
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) {
      end = path.size();
    }
    auto part = path.substr(start, end - start);
    if (!part.empty()) {
      auto safe = safe_component(part);
      if (!safe) {
        return safe;
      }
      parts.push_back(std::move(*safe));
    }
    start = end + 1;
  }
  if (parts.empty()) {
    return core::fail(core::ErrorCode::invalid_argument, "an empty path cannot be packed");
  }
  std::string joined;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    joined += parts[i] + "/";
  }
  auto last = parts.back();
  if (utf16_units(joined) + utf16_units(last) <= max_units) {
    return joined + last;
  }
  auto dot = last.rfind('.');
  std::string extension = dot == std::string::npos || dot == 0 ? "" : last.substr(dot);
  std::string stem = last.substr(0, last.size() - extension.size());
  auto points = code_points(stem);
  while (!points.empty() && utf16_units(joined) + utf16_units(stem) + utf16_units(extension) > max_units) {
    stem.resize(points.back().first);
    points.pop_back();
  }
  if (stem.empty()) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "the path '" + std::string(path) +
                          "' is too long for Windows even with a shortened name");
  }
  return joined + stem + extension;
}

RenameReason rename_reason(std::string_view from, std::string_view to)
{
  std::string each_safe;
  std::size_t start = 0;
  bool reserved = false;
  while (start <= from.size()) {
    auto end = std::min(from.find('/', start), from.size());
    auto part = from.substr(start, end - start);
    if (!part.empty()) {
      reserved = reserved || is_reserved(part);
      auto safe = safe_component(part);
      each_safe += (each_safe.empty() ? "" : "/") + (safe ? *safe : std::string(part));
    }
    start = end + 1;
  }
  if (reserved) {
    return RenameReason::reserved;
  }
  if (each_safe != to) {
    return RenameReason::length;
  }
  // Only invisible characters dropped: the name, normalised, is `to` once they are taken out.
  std::string visible;
  const auto normalised = nfc(from).value_or(std::string(from));
  for (auto [at, length] : code_points(normalised)) {
    if (!core::is_invisible_format(code_of(std::string_view(normalised).substr(at, length)))) {
      visible.append(normalised, at, length);
    }
  }
  return visible == to ? RenameReason::invisible : RenameReason::characters;
}

core::Result<std::string> expand_name(std::string_view pattern,
                                      const std::map<std::string, std::string>& values)
{
  std::string result;
  std::size_t at = 0;
  while (at < pattern.size()) {
    if (pattern[at] != '{') {
      result.push_back(pattern[at++]);
      continue;
    }
    auto close = pattern.find('}', at);
    if (close == std::string_view::npos) {
      auto error =
          core::fail_because(core::ErrorCode::invalid_argument, "name-brace",
                             "the package name '" + std::string(pattern) + "' has a '{' without '}'");
      error.error().subject = core::escape_name_for_text(pattern);
      return error;
    }
    std::string key(pattern.substr(at + 1, close - at - 1));
    std::size_t width = 0;
    if (auto colon = key.find(':'); colon != std::string::npos) {
      width = static_cast<std::size_t>(std::atoi(key.c_str() + colon + 1));
      key.resize(colon);
    }
    auto found = values.find(key);
    if (found == values.end()) {
      auto error = core::fail_because(core::ErrorCode::invalid_argument, "name-placeholder",
                                      "the package name '" + std::string(pattern) + "' names an unknown {" +
                                          key + "}: use {district}, {kind_zh}, {date}, {title} or {seq:02}");
      error.error().subject = core::escape_name_for_text(pattern);
      error.error().also = core::escape_name_for_text("{" + key + "}");
      return error;
    }
    std::string value = found->second;
    while (value.size() < width) {
      value.insert(0, "0");
    }
    for (char& c : value) {
      if (c == '/') {
        c = '_';
      }
    }
    result += value;
    at = close + 1;
  }
  return safe_component(result);
}

} // namespace nominate::pack
