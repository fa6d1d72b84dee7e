#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/pack/verify.hpp>
#include <nominate/pack/zip_reader.hpp>

#include <string>
#include <vector>

namespace nominate::pack {

// How a zip's names without bit 11 are written: UTF-8, or the legacy code page of an old Chinese Windows
// archiver (GBK), which one name that is not UTF-8 but reads as GB18030 shows for the whole zip.
enum class NameEncoding { utf8, legacy };
[[nodiscard]] NameEncoding name_encoding(const ZipDirectory& directory);

// An entry's name as text: its bytes when they are ASCII, or UTF-8 with bit 11 set or in a zip of UTF-8
// names; else decoded as GB18030 (old Chinese Windows archivers wrote GBK without saying so; some set bit
// 11 over GBK all the same); `decoded` tells which.
struct EntryName {
  std::string text;
  bool decoded = false;     // read as GB18030
  bool undecodable = false; // neither: text holds the bytes, each one not ASCII (and '%') as `%FF`
};
[[nodiscard]] EntryName entry_name(const ZipEntry& entry, NameEncoding encoding);

// Every reason to refuse the zip before extracting anything (package.unsafe-name, .link, .encrypted,
// .method, .duplicate, .overlap, .bomb, .truncated as errors) and package.name-encoding warnings. The zip
// may be extracted only when none of these is an error.
[[nodiscard]] std::vector<core::Finding> check_safety(const ZipDirectory& directory,
                                                      const VerifyLimits& limits);

} // namespace nominate::pack
