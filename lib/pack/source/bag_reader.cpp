// Reading the tag files of a BagIt bag: its manifests and the `Label: value` lines of bagit.txt and
// bag-info.txt.

#include "bag_reader.hpp"

#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace nominate::pack {

namespace {

bool is_blank(char c)
{
  return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text)
{
  while (!text.empty() && is_blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::string percent_decoded(std::string_view path)
{
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%' && i + 2 < path.size()) {
      auto code = path.substr(i + 1, 2);
      if (code == "0A" || code == "0a") {
        out += '\n';
        i += 2;
        continue;
      }
      if (code == "0D" || code == "0d") {
        out += '\r';
        i += 2;
        continue;
      }
      if (code == "25") {
        out += '%';
        i += 2;
        continue;
      }
    }
    out += path[i];
  }
  return out;
}

// Calls visit(line, number) for each line without its ending: LF, CR or CR LF (RFC 8493 §2.3; a CR or LF in
// a path is percent-encoded, so neither ends a line early).
template <typename Visit> void for_each_line(std::string_view text, Visit visit)
{
  std::size_t number = 0;
  while (!text.empty()) {
    auto end = text.find_first_of("\r\n");
    visit(text.substr(0, end), ++number);
    if (end == std::string_view::npos) {
      break;
    }
    auto ending = text.substr(end, 2) == "\r\n" ? 2 : 1;
    text.remove_prefix(end + ending);
  }
}

bool is_hex(std::string_view text)
{
  return std::ranges::all_of(text, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

bool equal_ignoring_case(std::string_view a, std::string_view b)
{
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

bool parse_decimal(std::string_view digits, std::uint64_t& value)
{
  const auto* end = digits.data() + digits.size();
  auto [at, error] = std::from_chars(digits.data(), end, value);
  return !digits.empty() && error == std::errc{} && at == end;
}

} // namespace

TagText without_bom(std::string_view text)
{
  constexpr std::string_view k_bom = "\xEF\xBB\xBF";
  if (text.starts_with(k_bom)) {
    return {text.substr(k_bom.size()), true};
  }
  return {text, false};
}

Manifest parse_manifest(std::string_view text, std::size_t hex_digits)
{
  Manifest manifest;
  for_each_line(text, [&](std::string_view line, std::size_t number) {
    while (!line.empty() && is_blank(line.front())) {
      line.remove_prefix(1);
    }
    if (line.empty()) {
      return;
    }
    auto space = line.find_first_of(" \t");
    std::string checksum(line.substr(0, space));
    auto path_start = space == std::string_view::npos ? space : line.find_first_not_of(" \t", space);
    if (path_start == std::string_view::npos) {
      manifest.problems.push_back({ManifestProblem::Kind::no_path, number, std::move(checksum)});
      return;
    }
    auto path = line.substr(path_start);
    if (path.starts_with("*")) {
      path.remove_prefix(1); // sha256sum's binary marker
    }
    if (checksum.size() != hex_digits || !is_hex(checksum)) {
      manifest.problems.push_back({ManifestProblem::Kind::checksum, number, std::move(checksum)});
      manifest.unreadable.insert(text::nfc(percent_decoded(path)));
      return;
    }
    for (auto& c : checksum) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    manifest.lines.emplace(text::nfc(percent_decoded(path)), ManifestLine{std::move(checksum), number});
  });
  return manifest;
}

std::optional<std::string> tag_value(std::string_view text, std::string_view label)
{
  std::optional<std::string> value;
  for_each_line(text, [&](std::string_view line, std::size_t) {
    auto colon = line.find(':');
    if (!value && colon != std::string_view::npos &&
        equal_ignoring_case(trim(line.substr(0, colon)), label) && !line.empty() && !is_blank(line.front())) {
      value = std::string(trim(line.substr(colon + 1)));
    }
  });
  return value;
}

std::optional<PayloadOxum> parse_payload_oxum(std::string_view value)
{
  auto dot = value.find('.');
  PayloadOxum oxum;
  if (dot == std::string_view::npos || !parse_decimal(value.substr(0, dot), oxum.octets) ||
      !parse_decimal(value.substr(dot + 1), oxum.files)) {
    return std::nullopt;
  }
  return oxum;
}

} // namespace nominate::pack
