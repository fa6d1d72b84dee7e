#pragma once

#include "zip_reader_data.hpp"

#include <nominate/core/finding.hpp>
#include <nominate/pack/zip_reader.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::pack {

// What reading every entry once gave: the integrity findings (package.crc, .checksum, .missing, .unlisted,
// .oxum, .bagit, .no-manifest, .nested, and .link for a folder whose few bytes unpack to data) and where the
// payload lies inside the zip.
struct ZipContents {
  std::vector<core::Finding> findings;
  bool is_bag = false;
  std::string payload_root; // "海淀区-百姓学习之星-2024-05-01/data/" in a bag; a hand-made zip's one top
                            // folder ("海淀区/"), or "" when its files lie at the top
  std::size_t payload_files = 0;
};

// Reads each file entry of a zip that passed check_safety, checks its CRC and, in a bag, its SHA-256 against
// the manifests; with `extract_into` (an empty private folder), also writes each entry there under its
// name. Never follows a link: only regular files and folders that it creates itself are written.
// `consumed` is passed on to read_entry.
[[nodiscard]] ZipContents read_contents(std::span<const std::uint8_t> bytes, const ZipDirectory& directory,
                                        const std::optional<std::filesystem::path>& extract_into,
                                        const Consumed& consumed = {});

} // namespace nominate::pack
