#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace nominate::pack {

// A BagIt manifest (RFC 8493 §2.1.3): path (relative to the bag, '/' separators, %0A %0D %25 decoded) →
// checksum in lower-case hex. Lines that are not `<checksum> <path>` are skipped and counted.
struct Manifest {
  std::map<std::string, std::string> checksums;
  int malformed_lines = 0;
};
[[nodiscard]] Manifest parse_manifest(std::string_view text);

// Payload-Oxum of bag-info.txt: octets and file count of the payload.
struct PayloadOxum {
  std::uint64_t octets = 0;
  std::uint64_t files = 0;
};
[[nodiscard]] std::optional<PayloadOxum> parse_payload_oxum(std::string_view bag_info);

} // namespace nominate::pack
