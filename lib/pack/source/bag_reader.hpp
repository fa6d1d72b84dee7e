#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::pack {

// A tag file's text without the UTF-8 byte-order mark some Windows editors put first. RFC 8493 §2.1.1 forbids
// it in bagit.txt; elsewhere it would make the first line's label or path another than written.
struct TagText {
  std::string_view text;
  bool had_bom = false;
};
[[nodiscard]] TagText without_bom(std::string_view text);

// One line of a manifest: its checksum (lower-case hex) and its line number (1-based).
struct ManifestLine {
  std::string checksum;
  std::size_t line = 0;
};

// A manifest line that is not `<checksum> <path>` (RFC 8493 §2.1.3): `no_path`, a checksum and nothing
// after it; `checksum`, a first word that is not the hex digits of the manifest's algorithm.
struct ManifestProblem {
  enum class Kind { no_path, checksum };
  Kind kind = Kind::no_path;
  std::size_t line = 0;
  std::string checksum; // as written
};

// A BagIt manifest (RFC 8493 §2.1.3): path (relative to the bag, '/' separators, %0A %0D %25 decoded) → each
// line listing it, in file order (a path listed twice keeps both lines, so every line is checked). The
// checksum is separated from the path by one or more spaces or tabs; the path is everything after them,
// trailing spaces included; only the line ending (LF, CR or CR LF, §2.3) is not part of it. Blank lines are
// skipped. A line whose checksum is not `hex_digits` hex digits lists its path in `unreadable` instead.
// Paths are keyed in NFC, as files are looked up: a bag unzipped and zipped again on a Mac whose disk stores
// names decomposed ("Lǚ" as u + two marks) still lists each of its files.
struct Manifest {
  std::multimap<std::string, ManifestLine> lines;
  std::set<std::string> unreadable;
  std::vector<ManifestProblem> problems;
};
[[nodiscard]] Manifest parse_manifest(std::string_view text, std::size_t hex_digits);

// The value of the first `Label: value` line of a tag file (bagit.txt, bag-info.txt), without the spaces
// around it; nullopt when no line has that label. Labels match whatever their case ("payload-oxum"), as RFC
// 8493 §2.2.2 reads reserved labels, and spaces before the colon are allowed (bags before 1.0 wrote them).
[[nodiscard]] std::optional<std::string> tag_value(std::string_view text, std::string_view label);

// Payload-Oxum of bag-info.txt: octets and file count of the payload.
struct PayloadOxum {
  std::uint64_t octets = 0;
  std::uint64_t files = 0;
};
// nullopt when `value` is not `<octets>.<count>` in decimal digits that fit 64 bits.
[[nodiscard]] std::optional<PayloadOxum> parse_payload_oxum(std::string_view value);

} // namespace nominate::pack
