#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/pack/verify.hpp>
#include <nominate/pack/zip_reader.hpp>

#include <string>
#include <vector>

namespace nominate::pack {

// An entry's name as text: its bytes when they are UTF-8 (bit 11 set or not), else decoded as GB18030 (old
// Chinese Windows archivers wrote GBK without saying so); `decoded` tells which.
struct EntryName {
  std::string text;
  bool decoded = false;     // read as GB18030
  bool undecodable = false; // neither: text holds the bytes with '?' for what is not ASCII
};
[[nodiscard]] EntryName entry_name(const ZipEntry& entry);

// Every reason to refuse the zip before extracting anything (package.unsafe-name, .link, .encrypted,
// .method, .duplicate, .overlap, .bomb, .truncated as errors) and package.name-encoding warnings. The zip
// may be extracted only when none of these is an error.
[[nodiscard]] std::vector<core::Finding> check_safety(const ZipDirectory& directory,
                                                      const VerifyLimits& limits);

} // namespace nominate::pack
