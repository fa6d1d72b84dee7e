// Safety before extraction: what a received zip may not hold, judged from its directory alone.

#include "zip_safety.hpp"

#include <nominate/text/encoding.hpp>
#include <nominate/text/normalize.hpp>

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string_view>

namespace nominate::pack {

namespace {

using core::Severity;

constexpr std::uint16_t k_flag_encrypted = 0x0001;
constexpr std::uint16_t k_flag_strong_encryption = 0x0040;
constexpr std::uint16_t k_flag_utf8 = 0x0800;
constexpr unsigned k_host_unix = 3;
constexpr std::uint32_t k_mode_type = 0170000;
constexpr std::uint32_t k_mode_regular = 0100000;
constexpr std::uint32_t k_mode_directory = 0040000;
constexpr std::uint32_t k_mode_link = 0120000;

core::Finding finding(std::string rule, std::string id, const std::string& file,
                      std::map<std::string, std::string> args = {}, Severity severity = Severity::error)
{
  return core::make_finding(std::move(rule), std::move(id), severity, file, std::move(args));
}

// Why a name could write outside the folder it is extracted into, or could not be written on Windows;
// empty when it is safe.
std::string_view unsafe_reason(std::string_view name)
{
  if (name.empty()) {
    return "empty";
  }
  if (name.front() == '/') {
    return "absolute";
  }
  if (name.find('\\') != std::string_view::npos) {
    return "backslash";
  }
  if (name.size() >= 2 && name[1] == ':') {
    return "drive";
  }
  if (name.find(':') != std::string_view::npos) {
    return "colon";
  }
  if (std::ranges::any_of(name, [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
    return "control";
  }
  std::size_t start = 0;
  bool first = true;
  while (start <= name.size()) {
    auto slash = name.find('/', start);
    auto part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part == "..") {
      return "parent";
    }
    // `~` and `~user` are a home folder to a shell; Office lock files (`~$x.docx`) are only junk.
    if (first && !part.empty() && part.front() == '~' && !part.starts_with("~$")) {
      return "home";
    }
    first = false;
    if (slash == std::string_view::npos) {
      break;
    }
    start = slash + 1;
  }
  return {};
}

// The key two names collide under on a case-insensitive, normalising file system (Windows, macOS).
std::string folded(const std::string& name)
{
  std::string trimmed = name;
  while (!trimmed.empty() && trimmed.back() == '/') {
    trimmed.pop_back();
  }
  utf8proc_uint8_t* out = nullptr;
  auto size =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(trimmed.data()),
                   static_cast<utf8proc_ssize_t>(trimmed.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (size < 0) {
    return trimmed;
  }
  std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(size));
  std::free(out);
  return result;
}

std::string ascii_only(std::string_view bytes)
{
  std::string text;
  for (char c : bytes) {
    text += static_cast<unsigned char>(c) < 0x80 ? c : '?';
  }
  return text;
}

void check_entry(const ZipEntry& entry, const std::string& name, std::vector<core::Finding>& findings)
{
  // Judged on the name as text: a GBK name's trailing bytes may be 0x5C, which is no backslash.
  if (auto reason = unsafe_reason(name); !reason.empty()) {
    findings.push_back(finding("package.unsafe-name", "package.unsafe-name.escape", name,
                               {{"reason", std::string(reason)}}));
  }
  if ((entry.version_made_by >> 8) == k_host_unix) {
    auto type = (entry.external_attributes >> 16) & k_mode_type;
    if (type == k_mode_link) {
      findings.push_back(finding("package.link", "package.link.symlink", name));
    } else if (type != 0 && type != k_mode_regular && type != k_mode_directory) {
      findings.push_back(finding("package.link", "package.link.special", name));
    }
  }
  if ((entry.flags & (k_flag_encrypted | k_flag_strong_encryption)) != 0) {
    findings.push_back(finding("package.encrypted", "package.encrypted.entry", name));
  } else if (entry.method != 0 && entry.method != 8) {
    findings.push_back(finding("package.method", "package.method.unknown", name,
                               {{"method", std::to_string(entry.method)}}));
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

void check_sizes(const ZipDirectory& directory, const std::vector<std::string>& names,
                 const VerifyLimits& limits, std::vector<core::Finding>& findings)
{
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < directory.entries.size(); ++i) {
    const auto& entry = directory.entries[i];
    total += std::min<std::uint64_t>(entry.uncompressed_size, limits.total + 1);
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

EntryName entry_name(const ZipEntry& entry)
{
  if (text::is_valid_utf8(entry.name)) {
    return {entry.name, false, false};
  }
  if ((entry.flags & k_flag_utf8) == 0) {
    if (auto decoded = text::decode_text(entry.name, {}); decoded && text::is_valid_utf8(*decoded)) {
      return {*decoded, true, false};
    }
  }
  return {ascii_only(entry.name), false, true};
}

std::vector<core::Finding> check_safety(const ZipDirectory& directory, const VerifyLimits& limits)
{
  std::vector<core::Finding> findings;
  std::vector<std::string> names;
  names.reserve(directory.entries.size());
  std::map<std::string, std::size_t> seen;
  for (const auto& entry : directory.entries) {
    auto name = entry_name(entry);
    names.push_back(name.text);
    if (name.decoded) {
      findings.push_back(finding("package.name-encoding", "package.name-encoding.gb18030", name.text, {},
                                 Severity::warning));
    } else if (name.undecodable) {
      findings.push_back(finding("package.name-encoding", "package.name-encoding.unreadable", name.text));
    }
    check_entry(entry, name.text, findings);
    auto [it, inserted] = seen.emplace(folded(text::nfc(name.text)), names.size() - 1);
    if (!inserted) {
      const auto& first = names[it->second];
      findings.push_back(finding("package.duplicate",
                                 first == name.text ? "package.duplicate.same" : "package.duplicate.folded",
                                 name.text, {{"other", first}}));
    }
  }
  check_layout(directory, names, findings);
  check_sizes(directory, names, limits, findings);
  return findings;
}

} // namespace nominate::pack
