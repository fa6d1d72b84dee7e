#pragma once

#include "zip_reader_data.hpp"

#include <nominate/core/finding.hpp>

#include <map>
#include <string>
#include <vector>

namespace nominate::pack {

// The largest tag file (bagit.txt, bag-info.txt, a manifest) whose text is read: 16 MiB, some 200,000
// manifest lines. A larger SHA-256 manifest is named as too large to read, not taken for missing; a larger
// bagit.txt or bag-info.txt is left unread (its version or Payload-Oxum unchecked).
constexpr std::uint64_t k_max_tag_file = 16ull * 1024 * 1024;

// A file entry of the zip as read: its name and what its data gave.
struct FileRead {
  std::string name;
  EntryDigest digest;
};

// Judges the bag at `root` ("" or "X/") in the zip: its declaration (bagit.txt), each file against the
// manifests (every line that lists it), the Payload-Oxum of bag-info.txt, and files outside the bag.
// `tag_texts` holds the text of each file directly in `root`, by its name in the zip. Adds package.bagit,
// .checksum, .missing, .unlisted, .oxum and .no-manifest findings.
void check_bag(const std::string& root, const std::vector<FileRead>& files,
               const std::map<std::string, std::string>& tag_texts, std::vector<core::Finding>& findings);

} // namespace nominate::pack
