#include "html_text.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/labels.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <variant>

namespace nominate::report::html {

namespace {

// The length of the valid UTF-8 sequence at the start of `text`, or 0 when it is not one.
std::size_t sequence_length(std::string_view text)
{
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t length = 0;
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else {
    return 0;
  }
  if (length > text.size()) {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      return 0;
    }
  }
  return length;
}

template <typename T> std::optional<T> fact(const core::Facts& facts, std::string_view name)
{
  for (const auto& [key, value] : facts) {
    if (key == name) {
      if (const auto* typed = std::get_if<T>(&value)) {
        return *typed;
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

} // namespace

std::string escape(std::string_view text)
{
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  while (!text.empty()) {
    const std::size_t length = sequence_length(text);
    if (length == 0) {
      out += "\xEF\xBF\xBD"; // U+FFFD for a byte that begins no valid sequence
      text.remove_prefix(1);
      continue;
    }
    if (length > 1) {
      out.append(text.substr(0, length));
      text.remove_prefix(length);
      continue;
    }
    const char c = text[0];
    text.remove_prefix(1);
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    case '\n':
    case '\t':
      out += c;
      break;
    default:
      out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? '?' : c;
    }
  }
  return out;
}

std::string name(std::string_view text)
{
  return escape(core::escape_name_for_text(text));
}

std::string jpeg_data_uri(std::span<const std::uint8_t> jpeg)
{
  static constexpr std::string_view k_alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "data:image/jpeg;base64,";
  out.reserve(out.size() + (jpeg.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= jpeg.size(); i += 3) {
    const std::uint32_t n = (std::uint32_t{jpeg[i]} << 16) | (std::uint32_t{jpeg[i + 1]} << 8) | jpeg[i + 2];
    out += k_alphabet[(n >> 18) & 63];
    out += k_alphabet[(n >> 12) & 63];
    out += k_alphabet[(n >> 6) & 63];
    out += k_alphabet[n & 63];
  }
  if (const std::size_t rest = jpeg.size() - i; rest > 0) {
    std::uint32_t n = std::uint32_t{jpeg[i]} << 16;
    if (rest == 2) {
      n |= std::uint32_t{jpeg[i + 1]} << 8;
    }
    out += k_alphabet[(n >> 18) & 63];
    out += k_alphabet[(n >> 12) & 63];
    out += rest == 2 ? k_alphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::optional<std::string> fact_text(const core::Facts& facts, std::string_view name)
{
  return fact<std::string>(facts, name);
}

std::optional<std::int64_t> fact_integer(const core::Facts& facts, std::string_view name)
{
  return fact<std::int64_t>(facts, name);
}

std::optional<double> fact_number(const core::Facts& facts, std::string_view name)
{
  if (auto integer = fact<std::int64_t>(facts, name)) {
    return static_cast<double>(*integer);
  }
  return fact<double>(facts, name);
}

std::optional<bool> fact_flag(const core::Facts& facts, std::string_view name)
{
  return fact<bool>(facts, name);
}

std::string describe_bytes(std::int64_t bytes)
{
  if (bytes >= std::int64_t{1024} * 1024) {
    return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  if (bytes >= 1024) {
    return fmt::format("{} KB", (bytes + 512) / 1024);
  }
  return fmt::format("{} B", bytes);
}

std::string describe_duration(double seconds)
{
  const auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  if (total >= 3600) {
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  }
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

std::string video_line(const core::Facts& facts, core::Language language)
{
  std::string out;
  auto add = [&out](const std::string& part) {
    if (!part.empty()) {
      out += (out.empty() ? "" : " · ") + part;
    }
  };
  const auto container = fact_text(facts, "container").value_or("");
  add(container == "unknown" ? std::string(messages::label("html.video.container.unknown", language))
                             : container);
  add(fact_text(facts, "codec").value_or(""));
  const auto width = fact_integer(facts, "width");
  const auto height = fact_integer(facts, "height");
  if (width && height) {
    add(fmt::format("{}×{}", *width, *height));
  }
  if (auto fps = fact_text(facts, "fps")) {
    const bool variable = fact_flag(facts, "variable_frame_rate").value_or(false);
    add(fmt::format("{} fps {}", *fps,
                    messages::label(variable ? "html.video.vfr" : "html.video.cfr", language)));
  }
  if (auto duration = fact_number(facts, "duration_s")) {
    add(describe_duration(*duration));
  }
  if (auto size = fact_integer(facts, "file_size")) {
    add(describe_bytes(*size));
  }
  return out;
}

std::string without_it_label(std::string_view text)
{
  for (std::string_view plain : {"IT：", "IT: "}) {
    if (text.starts_with(plain)) {
      return std::string(text.substr(plain.size()));
    }
  }
  // "IT（what）：rest" → "what：rest"; "IT (what): rest" → "what: rest".
  struct Labelled {
    std::string_view open;
    std::string_view close;
    std::string_view colon;
  };
  for (const Labelled& form : {Labelled{"IT（", "）：", "："}, Labelled{"IT (", "): ", ": "}}) {
    const auto end = text.starts_with(form.open) ? text.find(form.close, form.open.size()) : text.npos;
    if (end != std::string_view::npos) {
      return std::string(text.substr(form.open.size(), end - form.open.size())) + std::string(form.colon) +
             std::string(text.substr(end + form.close.size()));
    }
  }
  return std::string(text);
}

} // namespace nominate::report::html
