#pragma once

#include <nominate/pack/pack.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace nominate::pack {

// The tag files of a BagIt 1.0 bag (RFC 8493), as UTF-8 without a BOM, lines ending in LF.

// "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
[[nodiscard]] std::string bagit_txt();

// Source-Organization, Bagging-Date, Payload-Oxum (bytes.files), Bag-Software-Agent, then nominate's own
// labels: Nominate-Rules (one per rule set), Nominate-As-Of, Nominate-Revision, Nominate-Waiver (one per
// waiver) and Nominate-Renamed (one per file renamed to be safe on Windows: "from -> to").
[[nodiscard]] std::string bag_info_txt(const PackagePlan& plan);

// "<sha256>  <path>\n" per (path, sha256) pair, sorted by path; '%', CR and LF in a path percent-encoded.
[[nodiscard]] std::string manifest_txt(std::vector<std::pair<std::string, std::string>> entries);

[[nodiscard]] std::string sha256_hex(std::span<const std::uint8_t> bytes);

} // namespace nominate::pack
