// Safety before extraction: what a received zip may not hold, judged from its directory alone.

#include "package_finding.hpp"
#include "zip_names.hpp"
#include "zip_safety.hpp"

#include <nominate/text/encoding.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string_view>

namespace nominate::pack {

namespace {

using core::Severity;

constexpr std::uint16_t k_flag_encrypted = 0x0001;
constexpr std::uint16_t k_flag_strong_encryption = 0x0040;
constexpr std::uint32_t k_mode_type = 0170000;
constexpr std::uint32_t k_mode_regular = 0100000;
constexpr std::uint32_t k_mode_directory = 0040000;
constexpr std::uint32_t k_mode_link = 0120000;
constexpr std::uint64_t k_empty_stream_max = 16;

// The name with each byte that is not ASCII, and '%', as `%FF`: readable, one name per byte sequence (two
// different names never look alike and are never taken for a duplicate), and no character a file system
// refuses (a '?' would be judged an unsafe name of its own).
std::string percent_escaped(std::string_view bytes)
{
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string text;
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && c != '%') {
      text += c;
    } else {
      text += '%';
      text += k_hex[byte >> 4];
      text += k_hex[byte & 15];
    }
  }
  return text;
}

// A compression method as archivers name it in their settings (APPNOTE 4.4.5); its number when unnamed.
std::string method_name(std::uint16_t method)
{
  static const std::map<std::uint16_t, std::string_view> k_names{
      {1, "Shrink"},     {6, "Implode"}, {9, "Deflate64"}, {12, "bzip2"},   {14, "LZMA"}, {19, "LZ77"},
      {93, "Zstandard"}, {95, "XZ"},     {96, "JPEG"},     {97, "WavPack"}, {98, "PPMd"}};
  const auto found = k_names.find(method);
  return found == k_names.end() ? std::to_string(method) : std::string(found->second);
}

// The shortest folder of `name` whose own name is unsafe for `reason` ("01-<张三>/" of
// "01-<张三>/证件照.jpg"), else `name`: a folder's fault is said once, of the folder, not again for every
// file under it.
std::string offending_part(const std::string& name, std::string_view reason)
{
  for (auto slash = name.find('/'); slash != std::string::npos; slash = name.find('/', slash + 1)) {
    if (slash > 0 && unsafe_reason(std::string_view(name).substr(0, slash)) == reason) {
      return name.substr(0, slash + 1);
    }
  }
  return name;
}

void check_entry(const ZipEntry& entry, const std::string& name, std::set<std::string>& reported,
                 std::vector<core::Finding>& findings)
{
  // Judged on the name as text: a GBK name's trailing bytes may be 0x5C, which is no backslash.
  auto reason = unsafe_reason(name);
  if (reason.empty() && !entry.is_directory() && normalized_path(name).empty()) {
    reason = "empty"; // "." or "./": no file can be written under that name
  }
  if (!reason.empty()) {
    auto part = offending_part(name, reason);
    if (reported.insert(part + '\n' + std::string(reason)).second) {
      findings.push_back(finding("package.unsafe-name", "package.unsafe-name.escape", part,
                                 {{"reason", std::string(reason)}}));
    }
  }
  // unzip extracts under an Info-ZIP Unicode Path name instead of the header's: it must be the same name,
  // and it is judged as one.
  std::set<std::string> judged;
  for (const auto& other : entry.unicode_paths) {
    if (other == name || !judged.insert(other).second) {
      continue;
    }
    findings.push_back(
        finding("package.unsafe-name", "package.unsafe-name.unicode-path", name, {{"other", other}}));
    if (auto other_reason = unsafe_reason(other); !other_reason.empty()) {
      findings.push_back(finding("package.unsafe-name", "package.unsafe-name.escape", other,
                                 {{"reason", std::string(other_reason)}}));
    }
  }
  // The unix mode in the high 16 bits, whatever host the entry says made it: Info-ZIP's unzip honours it
  // for VMS, Atari, BeOS and others as for Unix.
  auto type = (entry.external_attributes >> 16) & k_mode_type;
  if (type == k_mode_link) {
    findings.push_back(finding("package.link", "package.link.symlink", name));
  } else if (type != 0 && type != k_mode_regular && type != k_mode_directory) {
    findings.push_back(finding("package.link", "package.link.special", name));
  }
  // A folder has no data: unzip makes the folder and skips what its entry carries, bytes no one would see.
  // An empty deflate stream is no data (2 bytes; Java's jar writes its folders so); what a few bytes unpack
  // to is read with the rest (read_contents).
  if (entry.is_directory() &&
      (entry.uncompressed_size > 0 || entry.compressed_size > (entry.method == 8 ? k_empty_stream_max : 0))) {
    findings.push_back(finding("package.link", "package.link.folder-data", name));
  }
  if ((entry.flags & (k_flag_encrypted | k_flag_strong_encryption)) != 0) {
    findings.push_back(finding("package.encrypted", "package.encrypted.entry", name));
  } else if (entry.method != 0 && entry.method != 8) {
    findings.push_back(
        finding("package.method", "package.method.unknown", name, {{"method", method_name(entry.method)}}));
  }
}

// Entries whose bytes overlap one another or the central directory (an overlapping zip bomb reuses one
// deflate stream for thousands of entries), or run past where they can end.
void check_layout(const ZipDirectory& directory, const std::vector<std::string>& names,
                  std::vector<core::Finding>& findings)
{
  struct Span {
    std::uint64_t begin;
    std::uint64_t end;
    std::size_t index;
  };
  std::vector<Span> spans;
  for (std::size_t i = 0; i < directory.entries.size(); ++i) {
    const auto& entry = directory.entries[i];
    if (!entry.local_header_found) {
      findings.push_back(finding("package.truncated", "package.truncated.entry", names[i]));
      continue;
    }
    if (!entry.local_header_agrees) {
      findings.push_back(finding("package.overlap", "package.overlap.local-header", names[i]));
    }
    std::uint64_t end = entry.data_offset + entry.compressed_size;
    if (end < entry.data_offset || end > directory.directory_offset) {
      findings.push_back(finding(
          end > directory.file_size ? "package.truncated" : "package.overlap",
          end > directory.file_size ? "package.truncated.entry" : "package.overlap.directory", names[i]));
      continue;
    }
    spans.push_back({entry.local_header_offset, end, i});
  }
  std::ranges::sort(spans, {}, &Span::begin);
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].begin < spans[i - 1].end) {
      findings.push_back(finding("package.overlap", "package.overlap.entries", names[spans[i].index],
                                 {{"other", names[spans[i - 1].index]}}));
    }
  }
}

// An end record that other tools read differently, a count that leaves entries unread, a split archive.
void check_structure(const ZipDirectory& directory, std::vector<core::Finding>& findings)
{
  if (directory.multi_part) {
    // Offsets and counts of a split zip's part refer to the other parts: nothing else here is judged.
    findings.push_back(finding("package.truncated", "package.truncated.multi-part", ""));
    return;
  }
  if (directory.end_ambiguous) {
    findings.push_back(finding("package.overlap", "package.overlap.end-record", ""));
  }
  if (directory.entries_end != directory.directory_offset + directory.directory_size) {
    findings.push_back(finding("package.overlap", "package.overlap.entry-count", "",
                               {{"count", std::to_string(directory.entries.size())}}));
  }
}

// Two names that unzip writes to one path (also after NFC and case folding, as on Windows), and a name that
// is a file and also a folder of another entry ("x" and "x/y.txt"): one write would fail or overwrite.
void check_paths(const ZipDirectory& directory, const std::vector<std::string>& names,
                 std::vector<core::Finding>& findings)
{
  std::map<std::string, std::size_t> seen;
  std::set<std::string> folders;
  std::map<std::string, std::string> folder_spelling; // folded key → the first spelling of that folder
  std::set<std::string> reported;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto path = normalized_path(names[i]);
    // "data/" and "Data/" are one folder on Windows and two here: what lands in the other spelling would
    // escape the payload the rules check.
    for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
      auto folder = path.substr(0, slash);
      auto [spelling, inserted] = folder_spelling.emplace(folded(text::nfc(folder)), folder);
      if (!inserted && spelling->second != folder) {
        if (!reported.insert(folder).second) {
          break;
        }
        findings.push_back(finding("package.duplicate", "package.duplicate.folded", folder + "/",
                                   {{"other", spelling->second + "/"}}));
        break;
      }
    }
    const auto& key = keys.emplace_back(folded(text::nfc(path)));
    for (auto slash = key.find('/'); slash != std::string::npos; slash = key.find('/', slash + 1)) {
      folders.insert(key.substr(0, slash));
    }
    if (directory.entries[i].is_directory()) {
      folders.insert(key); // a folder given twice is made once; a file of its name is judged below
      continue;
    }
    auto [it, inserted] = seen.emplace(key, i);
    if (inserted) {
      continue;
    }
    const auto& first = names[it->second];
    auto id = first == names[i]                ? "package.duplicate.same"
              : normalized_path(first) == path ? "package.duplicate.path"
                                               : "package.duplicate.folded";
    findings.push_back(finding("package.duplicate", id, names[i], {{"other", first}}));
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!directory.entries[i].is_directory() && !keys[i].empty() && folders.contains(keys[i])) {
      findings.push_back(finding("package.duplicate", "package.duplicate.file-folder", names[i]));
    }
  }
}

void check_sizes(const ZipDirectory& directory, const std::vector<std::string>& names,
                 const VerifyLimits& limits, std::vector<core::Finding>& findings)
{
  std::uint64_t total = 0; // what the zip says it unpacks to, saturated: reported as the total, not a part
  for (std::size_t i = 0; i < directory.entries.size(); ++i) {
    const auto& entry = directory.entries[i];
    if (__builtin_add_overflow(total, entry.uncompressed_size, &total)) {
      total = std::numeric_limits<std::uint64_t>::max();
    }
    if (entry.uncompressed_size > limits.ratio_threshold &&
        entry.uncompressed_size / std::max<std::uint64_t>(entry.compressed_size, 1) > limits.ratio) {
      findings.push_back(finding(
          "package.bomb", "package.bomb.ratio", names[i],
          {{"ratio",
            std::to_string(entry.uncompressed_size / std::max<std::uint64_t>(entry.compressed_size, 1))},
           {"limit", std::to_string(limits.ratio)}}));
    }
  }
  if (total > limits.total) {
    findings.push_back(finding("package.bomb", "package.bomb.total", "",
                               {{"size", std::to_string(total)}, {"limit", std::to_string(limits.total)}}));
  }
}

} // namespace

NameEncoding name_encoding(const ZipDirectory& directory)
{
  for (const auto& entry : directory.entries) {
    if ((entry.flags & k_flag_utf8) == 0 && !text::is_valid_utf8(entry.name)) {
      if (auto decoded = text::decode_gb18030(entry.name); decoded && text::is_valid_utf8(*decoded)) {
        return NameEncoding::legacy;
      }
    }
  }
  return NameEncoding::utf8;
}

EntryName entry_name(const ZipEntry& entry, NameEncoding encoding)
{
  const bool flagged = (entry.flags & k_flag_utf8) != 0;
  const bool ascii =
      std::ranges::all_of(entry.name, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii || (text::is_valid_utf8(entry.name) && (flagged || encoding == NameEncoding::utf8))) {
    return {entry.name, false, false};
  }
  // An Info-ZIP Unicode Path field (7-Zip, WinRAR and Info-ZIP write one beside a legacy name) gives the
  // name in UTF-8 to every tool that reads it, as unzip does: a name it gives is no name to warn about.
  const std::string* unicode = nullptr;
  if (!entry.unicode_paths.empty() && text::is_valid_utf8(entry.unicode_paths.front()) &&
      std::ranges::all_of(entry.unicode_paths,
                          [&](const auto& path) { return path == entry.unicode_paths.front(); })) {
    unicode = &entry.unicode_paths.front();
  }
  // GBK without the flag (a zip of such names reads all its unflagged names so, as Windows and `unzip -O
  // cp936` do: 谢志强's GBK bytes are also valid UTF-8 of other characters), or with the flag wrongly set.
  if (auto decoded = text::decode_gb18030(entry.name); decoded && text::is_valid_utf8(*decoded)) {
    return {*decoded, unicode == nullptr || *unicode != *decoded, false};
  }
  if (unicode != nullptr) {
    return {*unicode, false, false}; // a name in another legacy code page (Shift-JIS, Big5 as bytes)
  }
  return {percent_escaped(entry.name), false, true};
}

std::vector<core::Finding> check_safety(const ZipDirectory& directory, const VerifyLimits& limits)
{
  std::vector<core::Finding> findings;
  check_structure(directory, findings);
  if (directory.multi_part) {
    // One part of a split zip: its entries lie in the other parts, so each would read as cut short, with
    // advice (wait for the upload) that does not fit. The one finding says what to do.
    return findings;
  }
  std::vector<std::string> names;
  names.reserve(directory.entries.size());
  // An old archiver writes every name so: one warning for the zip, naming the first and counting the rest.
  std::size_t gbk_finding = 0;
  std::size_t gbk_names = 0;
  std::set<std::string> unsafe_parts; // a folder's unsafe name, said once for all under it
  const auto encoding = name_encoding(directory);
  for (const auto& entry : directory.entries) {
    auto name = entry_name(entry, encoding);
    names.push_back(name.text);
    if (name.decoded) {
      if (gbk_names++ == 0) {
        gbk_finding = findings.size();
        findings.push_back(finding("package.name-encoding", "package.name-encoding.gb18030", name.text, {},
                                   Severity::warning));
      }
    } else if (name.undecodable) {
      findings.push_back(finding("package.name-encoding", "package.name-encoding.unreadable", name.text));
    }
    check_entry(entry, name.text, unsafe_parts, findings);
  }
  if (gbk_names > 0) {
    findings[gbk_finding].args["count"] = std::to_string(gbk_names);
  }
  check_paths(directory, names, findings);
  check_layout(directory, names, findings);
  check_sizes(directory, names, limits, findings);
  return findings;
}

} // namespace nominate::pack
