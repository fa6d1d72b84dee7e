#include "bag.hpp"

#include <openssl/evp.h>

#include <algorithm>

namespace nominate::pack {

namespace {

// A bag-info value on one line: line breaks inside become spaces.
std::string one_line(std::string text)
{
  std::ranges::replace(text, '\n', ' ');
  std::ranges::replace(text, '\r', ' ');
  return text;
}

std::string encode_path(const std::string& path)
{
  std::string encoded;
  for (char c : path) {
    if (c == '%') {
      encoded += "%25";
    } else if (c == '\n') {
      encoded += "%0A";
    } else if (c == '\r') {
      encoded += "%0D";
    } else {
      encoded.push_back(c);
    }
  }
  return encoded;
}

} // namespace

std::string bagit_txt()
{
  return "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
}

std::string bag_info_txt(const PackagePlan& plan)
{
  std::string info;
  info += "Source-Organization: " + one_line(plan.organization) + "\n";
  info += "Bagging-Date: " + core::to_iso(plan.bagging_date) + "\n";
  info += "Payload-Oxum: " + std::to_string(plan.payload_bytes) + "." + std::to_string(plan.payload.size()) +
          "\n";
  info += "Bag-Software-Agent: nominate " + plan.tool_version + "\n";
  for (const auto& rule_set : plan.rule_sets) {
    info += "Nominate-Rules: " + rule_set + "\n";
  }
  info += "Nominate-As-Of: " + plan.as_of + "\n";
  info += "Nominate-Revision: " + std::to_string(plan.revision) + "\n";
  for (const auto& waiver : plan.waivers) {
    info += "Nominate-Waiver: " + one_line(waiver) + "\n";
  }
  for (const auto& rename : plan.renames) {
    info += "Nominate-Renamed: " + one_line(rename.from) + " -> " + rename.to + "\n";
  }
  return info;
}

std::string manifest_txt(std::vector<std::pair<std::string, std::string>> entries)
{
  std::ranges::sort(entries);
  std::string manifest;
  for (const auto& [path, sha] : entries) {
    manifest += sha + "  " + encode_path(path) + "\n";
  }
  return manifest;
}

std::string sha256_hex(std::span<const std::uint8_t> bytes)
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(k_hex[digest[i] >> 4]);
    hex.push_back(k_hex[digest[i] & 15]);
  }
  return hex;
}

} // namespace nominate::pack
