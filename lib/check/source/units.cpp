#include "units.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace nominate::check {

std::string format_number(double value, int max_decimals)
{
  if (!std::isfinite(value)) {
    return "?";
  }
  auto text = fmt::format("{:.{}f}", value, std::max(0, max_decimals));
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') {
      text.pop_back();
    }
    if (text.back() == '.') {
      text.pop_back();
    }
  }
  return text == "-0" ? "0" : text;
}

std::string format_percent(double share)
{
  return format_number(share * 100, 0) + "%";
}

std::string format_bytes(std::uintmax_t bytes)
{
  constexpr double k_kib = 1024.0;
  constexpr double k_mib = 1024.0 * 1024.0;
  constexpr double k_gib = 1024.0 * 1024.0 * 1024.0;
  auto value = static_cast<double>(bytes);
  if (value >= k_gib) {
    return format_number(value / k_gib) + " GB";
  }
  if (value >= k_mib) {
    return format_number(value / k_mib) + " MB";
  }
  if (value >= k_kib) {
    return format_number(value / k_kib, 0) + " KB";
  }
  return std::to_string(bytes) + " B";
}

std::string format_bytes_over(std::uintmax_t bytes, std::uintmax_t limit)
{
  auto text = format_bytes(bytes);
  constexpr double k_mib = 1024.0 * 1024.0;
  constexpr int k_max_decimals = 9;
  if (text != format_bytes(limit) || bytes < limit || static_cast<double>(bytes) < k_mib) {
    return text;
  }
  const bool gib = static_cast<double>(bytes) >= k_mib * 1024.0;
  const double value = static_cast<double>(bytes) / (gib ? k_mib * 1024.0 : k_mib);
  const double bound = static_cast<double>(limit) / (gib ? k_mib * 1024.0 : k_mib);
  for (int decimals = 3; decimals <= k_max_decimals; ++decimals) {
    if (format_number(value, decimals) != format_number(bound, decimals)) {
      return format_number(value, decimals) + (gib ? " GB" : " MB");
    }
  }
  return std::to_string(bytes) + " B";
}

std::string format_mmss(double seconds)
{
  auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

std::string shorten(std::string_view value, std::size_t max_chars)
{
  std::size_t chars = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto byte = static_cast<unsigned char>(value[i]);
    if ((byte & 0xC0U) != 0x80U) {
      if (chars == max_chars) {
        return std::string(value.substr(0, i)) + "…";
      }
      ++chars;
    }
  }
  return std::string(value);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) {
      out += separator;
    }
    out += part;
  }
  return out;
}

std::string extension_of(std::string_view file)
{
  auto extension = std::filesystem::path(std::string(file)).extension().string();
  if (!extension.empty() && extension.front() == '.') {
    extension.erase(0, 1);
  }
  std::ranges::transform(extension, extension.begin(),
                         [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return extension;
}

std::string name_with_extension(std::string_view file, std::string_view extension)
{
  auto name = std::filesystem::path(std::string(file)).filename();
  name.replace_extension(std::string(extension));
  return name.string();
}

std::string shell_quoted(std::string_view file)
{
  std::string out = "\"";
  for (char c : file) {
    if (c == '"' || c == '\\' || c == '$' || c == '`') {
      out += '\\';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string stem_of(std::string_view file)
{
  return std::filesystem::path(std::string(file)).stem().string();
}

} // namespace nominate::check
