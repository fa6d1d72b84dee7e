#pragma once

#include "verify_bag.hpp"
#include "zip_reader_data.hpp"

#include <nominate/core/finding.hpp>
#include <nominate/pack/zip_reader.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
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

// Where the bag lies among a received package's file names ('/' separators): its folder ("" at the top,
// "X/", or "外层/X/" one deeper), known by its bagit.txt, else by its manifest (bagit_missing); none in a
// folder zipped by hand.
struct BagRoot {
  std::optional<std::string> root;
  bool bagit_missing = false;
};
[[nodiscard]] BagRoot locate_bag(const std::vector<std::string>& names);

// Whether the file `name` lies directly in the bag's folder, where the tag files whose text judge_contents
// reads are (bagit.txt, bag-info.txt, the manifests); its text is kept through a BoundedTagText.
[[nodiscard]] bool is_tag_file(const BagRoot& bag, const std::string& name);

// What verify was given: a zip, or a folder (unzipped already, or what --extract wrote).
enum class Received { zip, folder };

// The judgement of a received package's files once read, from a zip or a folder: the bag against its
// manifests (check_bag), or the warning that there is none (worded for what was `received`); where the
// payload lies; a payload of zips only. Adds to `contents.findings` what the reading itself found.
[[nodiscard]] ZipContents judge_contents(const BagRoot& bag, const std::vector<FileRead>& files,
                                         const std::map<std::string, std::string>& tag_texts,
                                         ZipContents contents, Received received);

// Reads each file entry of a zip that passed check_safety, checks its CRC and, in a bag, its SHA-256 against
// the manifests; with `extract_into` (an empty private folder), also writes each entry there under its
// name. Never follows a link: only regular files and folders that it creates itself are written.
// `consumed` is passed on to read_entry.
[[nodiscard]] ZipContents read_contents(std::span<const std::uint8_t> bytes, const ZipDirectory& directory,
                                        const std::optional<std::filesystem::path>& extract_into,
                                        const Consumed& consumed = {});

// A received package already unzipped: each regular file under `folder` read once for its SHA-256, names
// relative to `folder`, then judged as a zip's files are. Links and special files are named
// (package.link.folder-symlink, .folder-special) and neither followed nor read; a file that cannot be read
// is package.truncated.unreadable. Nothing is written.
[[nodiscard]] ZipContents read_folder_contents(const std::filesystem::path& folder);

} // namespace nominate::pack
