// Integrity: every entry read once for its CRC-32 and SHA-256, compared with the zip's directory and the
// bag's manifests; every discrepancy is listed, not the first only.

#include "package_finding.hpp"
#include "verify_bag.hpp"
#include "verify_contents.hpp"
#include "zip_names.hpp"
#include "zip_safety.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace nominate::pack {

namespace {

using core::Severity;

std::string hex32(std::uint32_t value)
{
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string text(8, '0');
  for (int i = 7; i >= 0; --i) {
    text[static_cast<std::size_t>(i)] = k_hex[value & 15];
    value >>= 4;
  }
  return text;
}

// The bag's folder inside the zip: "" when `marker` is at the top, "X/" when it is X/<marker>, "外层/X/" when
// a clerk zipped the folder the package was unpacked into. The shallowest wins; of two as deep, the first.
std::optional<std::string> find_bag_root_by(const std::vector<std::string>& names, std::string_view marker)
{
  std::optional<std::string> root;
  for (const auto& name : names) {
    if (name != marker && !name.ends_with("/" + std::string(marker))) {
      continue;
    }
    auto folder = name.substr(0, name.size() - marker.size());
    if (!root || std::ranges::count(folder, '/') < std::ranges::count(*root, '/')) {
      root = std::move(folder);
    }
  }
  return root;
}

// An entry's modification time in Unix seconds: its extended timestamp, else its MS-DOS date and time read as
// China's time (UTC+8: pack writes them so, and so do archivers on a Chinese Windows). nullopt for a DOS date
// that is no date.
std::optional<std::int64_t> modified_time(const ZipEntry& entry)
{
  if (entry.unix_modified) {
    return entry.unix_modified;
  }
  using namespace std::chrono;
  const year_month_day day{year{1980 + (entry.dos_date >> 9)}, month{(entry.dos_date >> 5) & 0x0FU},
                           std::chrono::day{entry.dos_date & 0x1FU}};
  const std::int64_t hours = entry.dos_time >> 11;
  const std::int64_t minutes = (entry.dos_time >> 5) & 0x3F;
  const std::int64_t seconds = std::int64_t{entry.dos_time & 0x1F} * 2;
  if (!day.ok() || hours > 23 || minutes > 59 || seconds > 59) {
    return std::nullopt;
  }
  constexpr std::int64_t k_china = std::int64_t{8} * 3600;
  return std::int64_t{sys_days(day).time_since_epoch().count()} * 86400 + hours * 3600 + minutes * 60 +
         seconds - k_china;
}

// A file descriptor opened for one new file; closed on destruction.
class NewFile {
public:
  explicit NewFile(const std::filesystem::path& path)
      : m_fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644)),
        m_error(m_fd < 0 ? errno : 0)
  {
  }
  NewFile(const NewFile&) = delete;
  NewFile& operator=(const NewFile&) = delete;
  ~NewFile()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  [[nodiscard]] bool write(std::span<const std::uint8_t> piece)
  {
    while (!piece.empty() && m_fd >= 0) {
      auto written = ::write(m_fd, piece.data(), piece.size());
      if (written < 0 && errno == EINTR) {
        continue;
      }
      if (written <= 0) {
        return false;
      }
      piece = piece.subspan(static_cast<std::size_t>(written));
    }
    return m_fd >= 0;
  }
  // Dates the file as `entry` says it was last modified, as unzip does: the rules then see the package's
  // times, not the moment of extraction (which of two versions of a form is the newer is judged by them).
  void date_as(const ZipEntry& entry)
  {
    if (auto seconds = modified_time(entry); seconds && m_fd >= 0) {
      const std::array<timespec, 2> times{timespec{*seconds, 0}, timespec{*seconds, 0}};
      ::futimens(m_fd, times.data());
    }
  }
  // The errno of a failed open, else 0.
  [[nodiscard]] int error() const { return m_error; }

private:
  int m_fd;
  int m_error;
};

// A file name cut to fit a Linux name (255 bytes): its stem cut at a character's end to leave room for
// "…" and the extension; the `attempt`th (from 2) has "…(2)" so that two names alike in their first 240
// bytes stay two files. nullopt when it fits already (a folder above is what is too long) or the
// extension alone does not fit.
std::optional<std::string> shortened(const std::string& file_name, int attempt)
{
  constexpr std::size_t k_max_bytes = 240;
  const std::string k_cut = attempt > 1 ? "…(" + std::to_string(attempt) + ")" : "…";
  if (file_name.size() <= k_max_bytes) {
    return std::nullopt;
  }
  const auto dot = file_name.rfind('.');
  const std::string extension = dot == std::string::npos || dot == 0 ? std::string() : file_name.substr(dot);
  if (extension.size() + k_cut.size() + 1 > k_max_bytes) {
    return std::nullopt;
  }
  std::size_t keep = k_max_bytes - extension.size() - k_cut.size();
  while (keep > 0 && (static_cast<unsigned char>(file_name[keep]) & 0xC0) == 0x80) {
    --keep; // not inside a UTF-8 sequence
  }
  return file_name.substr(0, keep) + std::string(k_cut) + extension;
}

// Why the file `name` could not be created: a name longer than this file system allows (Linux: 255 bytes a
// part, which 100 Chinese characters pass; Windows counts UTF-16 units) is not a full disk.
core::Finding create_failed(const std::string& name, int error)
{
  if (error == ENAMETOOLONG) {
    return finding("package.truncated", "package.truncated.name-too-long", name);
  }
  return finding("package.truncated", "package.truncated.create", name,
                 {{"detail", std::error_code(error, std::generic_category()).message()}});
}

// An entry whose data is not the size its directory records. The size is the real one when the data ended
// first, or when it is stored (its length is the size); a deflate stream is read only one byte past the
// record, so that a lying record cannot expand without bound: then it is "more than" the record.
core::Finding size_finding(const ZipEntry& entry, const std::string& name, const EntryDigest& digest)
{
  const auto expected = std::to_string(entry.uncompressed_size);
  if (digest.status != EntryDigest::Status::too_large) {
    return finding("package.crc", "package.crc.size", name,
                   {{"expected", expected}, {"actual", std::to_string(digest.size)}});
  }
  if (entry.method == 0) {
    return finding("package.crc", "package.crc.size", name,
                   {{"expected", expected}, {"actual", std::to_string(entry.compressed_size)}});
  }
  return finding("package.crc", "package.crc.size-over", name, {{"expected", expected}});
}

// A folder entry whose compressed bytes (a few, which check_safety let pass as an empty deflate stream)
// unpack to data: unzip makes the folder and drops them unseen.
void check_folder_data(std::span<const std::uint8_t> bytes, const ZipEntry& entry, const std::string& name,
                       const Consumed& consumed, std::vector<core::Finding>& findings)
{
  if (entry.compressed_size == 0) {
    return;
  }
  auto digest = read_entry(
      bytes, entry, [](std::span<const std::uint8_t>) { return true; }, consumed);
  if (digest.size > 0) {
    findings.push_back(finding("package.link", "package.link.folder-data", name));
  } else if (digest.status == EntryDigest::Status::damaged) {
    findings.push_back(finding("package.crc", "package.crc.damaged", name));
  }
}

// A hand-made zip's payload: its one top folder when every entry lies in it, else the top.
std::string common_top_folder(const std::vector<FileRead>& files)
{
  std::optional<std::string> top;
  for (const auto& file : files) {
    if (!system_file(file.name).empty()) {
      continue; // Finder's __MACOSX/ beside the one folder zipped
    }
    auto slash = file.name.find('/');
    if (slash == std::string::npos) {
      return {};
    }
    auto folder = file.name.substr(0, slash + 1);
    if (top && *top != folder) {
      return {};
    }
    top = folder;
  }
  return top.value_or(std::string{});
}

bool is_zip_name(const std::string& name)
{
  if (name.size() < 4) {
    return false;
  }
  auto tail = name.substr(name.size() - 4);
  std::ranges::transform(tail, tail.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
  return tail == ".zip";
}

// A Word, Excel or PowerPoint file given to verify by mistake (OOXML is a zip): which, by the main part
// beside [Content_Types].xml; empty when the files are no such document.
std::string office_document(const std::vector<FileRead>& files)
{
  const auto has = [&](std::string_view name) {
    return std::ranges::any_of(files, [&](const FileRead& file) { return file.name == name; });
  };
  if (!has("[Content_Types].xml")) {
    return {};
  }
  return has("word/document.xml")      ? "Word"
         : has("xl/workbook.xml")      ? "Excel"
         : has("ppt/presentation.xml") ? "PowerPoint"
                                       : "";
}

} // namespace

BagRoot locate_bag(const std::vector<std::string>& names)
{
  // A bag is known by its bagit.txt; one that lost it still has its manifest checked (and is an error).
  BagRoot bag{find_bag_root_by(names, "bagit.txt"), false};
  if (!bag.root) {
    bag.root = find_bag_root_by(names, "manifest-sha256.txt");
    bag.bagit_missing = bag.root.has_value();
  }
  return bag;
}

bool is_tag_file(const BagRoot& bag, const std::string& name)
{
  return bag.root && name.starts_with(*bag.root) && name.find('/', bag.root->size()) == std::string::npos;
}

ZipContents judge_contents(const BagRoot& bag, const std::vector<FileRead>& files,
                           const std::map<std::string, std::string>& tag_texts, ZipContents contents,
                           Received received)
{
  if (files.empty()) {
    contents.findings.push_back(finding("package.truncated", "package.truncated.no-entries", ""));
    return contents;
  }
  // A .docx is a zip too: said for what it is, not checked as a folder zipped by hand.
  if (auto kind = office_document(files); !kind.empty()) {
    contents.findings.push_back(
        finding("package.truncated", "package.truncated.office-document", "", {{"kind", kind}}));
    return contents;
  }
  const auto& bag_root = bag.root;
  if (bag_root) {
    contents.is_bag = true;
    if (std::ranges::count(*bag_root, '/') > 1) {
      auto outer = bag_root->substr(0, bag_root->rfind('/', bag_root->size() - 2) + 1);
      contents.findings.push_back(finding("package.bagit", "package.bagit.deeper", *bag_root,
                                          {{"folder", outer}}, Severity::warning));
    }
    if (bag.bagit_missing) {
      contents.findings.push_back(
          finding("package.missing", "package.missing.bagit", *bag_root + "bagit.txt"));
    }
    check_bag(*bag_root, files, tag_texts, contents.findings);
    contents.payload_root = *bag_root + "data/";
  } else {
    contents.findings.push_back(
        finding("package.no-manifest",
                received == Received::folder ? "package.no-manifest.folder" : "package.no-manifest.plain", "",
                {}, Severity::warning));
    contents.payload_root = common_top_folder(files);
  }
  std::size_t zips = 0;
  for (const auto& file : files) {
    if (file.name.starts_with(contents.payload_root)) {
      ++contents.payload_files;
      zips += is_zip_name(file.name) ? 1 : 0;
    }
  }
  if (contents.is_bag && contents.payload_files == 0) {
    contents.findings.push_back(
        finding("package.truncated", "package.truncated.no-payload", contents.payload_root));
  }
  if (zips > 0 && zips == contents.payload_files) {
    contents.findings.push_back(
        finding("package.nested", "package.nested.zips", "", {{"count", std::to_string(zips)}}));
  }
  return contents;
}

ZipContents read_contents(std::span<const std::uint8_t> bytes, const ZipDirectory& directory,
                          const std::optional<std::filesystem::path>& extract_into, const Consumed& consumed)
{
  ZipContents contents;
  std::vector<std::string> names;
  names.reserve(directory.entries.size());
  // Each name as the path unzip writes ("a//b", "a/./b" are "a/b"): what is judged is what lands on disk.
  const auto encoding = name_encoding(directory);
  for (const auto& entry : directory.entries) {
    names.push_back(normalized_path(entry_name(entry, encoding).text));
  }
  const auto bag = locate_bag(names);
  std::vector<FileRead> files;
  std::map<std::string, std::string> tag_texts;
  for (std::size_t i = 0; i < directory.entries.size(); ++i) {
    const auto& entry = directory.entries[i];
    const auto& name = names[i];
    std::optional<NewFile> out;
    // What a system adds on its own (__MACOSX/, ._x, Thumbs.db) is read and reported, never unpacked into
    // the folder the rules check: an AppleDouble "._照片.jpg" is no photo.
    if (extract_into && system_file(name).empty()) {
      std::error_code ignored;
      auto target = *extract_into / std::filesystem::path(name);
      if (entry.is_directory()) {
        std::filesystem::create_directories(target, ignored);
        check_folder_data(bytes, entry, name, consumed, contents.findings);
        continue;
      }
      std::filesystem::create_directories(target.parent_path(), ignored);
      out.emplace(target);
      // A name Windows allows and Linux does not (past 255 bytes): unpacked under a shorter name, so that
      // the rules read the file (a form so named is not "missing"), and said so.
      constexpr int k_attempts = 9;
      for (int attempt = 1; out->error() == ENAMETOOLONG || (attempt > 1 && out->error() == EEXIST);
           ++attempt) {
        auto shorter = attempt <= k_attempts ? shortened(target.filename().string(), attempt) : std::nullopt;
        if (!shorter) {
          break;
        }
        out.emplace(target.parent_path() / *shorter);
        if (out->error() == 0) {
          contents.findings.push_back(finding("package.truncated", "package.truncated.name-shortened", name,
                                              {{"shortened", *shorter}}, core::Severity::warning));
        }
      }
      if (out->error() != 0) {
        contents.findings.push_back(create_failed(name, out->error()));
        out.reset(); // still read: its CRC and checksum are judged all the same
      }
    } else if (entry.is_directory()) {
      check_folder_data(bytes, entry, name, consumed, contents.findings);
      continue;
    }
    // Bounded by the bytes read, not by the size the directory claims: a manifest whose entry claims
    // 20 MB and holds 2 KB is read (and its size reported), not taken for missing.
    bool keep_text = is_tag_file(bag, name);
    BoundedTagText text;
    bool write_failed = false;
    auto digest = read_entry(
        bytes, entry,
        [&](std::span<const std::uint8_t> piece) {
          if (keep_text) {
            text.add(piece);
          }
          if (out && !out->write(piece)) {
            write_failed = true;
            out.reset(); // still read to the end: its CRC and checksum are judged all the same
          }
          return true;
        },
        consumed);
    if (write_failed) {
      contents.findings.push_back(finding("package.truncated", "package.truncated.write", name));
    }
    if (out) {
      out->date_as(entry);
    }
    if (digest.status == EntryDigest::Status::damaged) {
      contents.findings.push_back(finding("package.crc", "package.crc.damaged", name));
    } else if (digest.status == EntryDigest::Status::too_large || digest.size != entry.uncompressed_size) {
      contents.findings.push_back(size_finding(entry, name, digest));
    } else if (digest.crc32 != entry.crc32) {
      contents.findings.push_back(
          finding("package.crc", "package.crc.mismatch", name,
                  {{"expected", hex32(entry.crc32)}, {"actual", hex32(digest.crc32)}}));
    }
    if (auto kept = text.take(); keep_text && kept) {
      tag_texts[name] = std::move(*kept);
    }
    files.push_back({name, std::move(digest)});
  }

  return judge_contents(bag, files, tag_texts, std::move(contents), Received::zip);
}

} // namespace nominate::pack
