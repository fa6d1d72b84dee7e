// Reading the tag files of a BagIt bag: its manifests and bag-info.txt's Payload-Oxum.

#include "bag_reader.hpp"

#include <cctype>
#include <charconv>

namespace nominate::pack {

namespace {

std::string_view trim(std::string_view text)
{
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
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

template <typename Visit> void for_each_line(std::string_view text, Visit visit)
{
  while (!text.empty()) {
    auto end = text.find('\n');
    visit(text.substr(0, end));
    if (end == std::string_view::npos) {
      break;
    }
    text.remove_prefix(end + 1);
  }
}

} // namespace

Manifest parse_manifest(std::string_view text)
{
  Manifest manifest;
  for_each_line(text, [&](std::string_view line) {
    line = trim(line);
    if (line.empty()) {
      return;
    }
    auto space = line.find_first_of(" \t");
    if (space == std::string_view::npos) {
      ++manifest.malformed_lines;
      return;
    }
    std::string checksum(line.substr(0, space));
    for (auto& c : checksum) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    auto path = trim(line.substr(space));
    if (path.starts_with("*")) {
      path.remove_prefix(1); // sha256sum's binary marker
    }
    manifest.checksums[percent_decoded(path)] = checksum;
  });
  return manifest;
}

std::optional<PayloadOxum> parse_payload_oxum(std::string_view bag_info)
{
  std::optional<PayloadOxum> oxum;
  for_each_line(bag_info, [&](std::string_view line) {
    constexpr std::string_view k_label = "Payload-Oxum:";
    if (!line.starts_with(k_label)) {
      return;
    }
    auto value = trim(line.substr(k_label.size()));
    auto dot = value.find('.');
    if (dot == std::string_view::npos) {
      return;
    }
    PayloadOxum parsed;
    auto octets = value.substr(0, dot);
    auto files = value.substr(dot + 1);
    if (std::from_chars(octets.data(), octets.data() + octets.size(), parsed.octets).ec == std::errc{} &&
        std::from_chars(files.data(), files.data() + files.size(), parsed.files).ec == std::errc{}) {
      oxum = parsed;
    }
  });
  return oxum;
}

} // namespace nominate::pack
