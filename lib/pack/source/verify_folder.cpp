// Integrity of a package already unzipped (the office opened the zip before running verify): the files on
// disk read once for their SHA-256 and judged as a zip's entries are.

#include "package_finding.hpp"
#include "verify_bag.hpp"
#include "verify_contents.hpp"
#include "zip_reader_data.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <optional>
#include <system_error>

namespace nominate::pack {

namespace {

namespace fs = std::filesystem;
using core::Severity;

constexpr std::size_t k_chunk = std::size_t{1024} * 1024;

struct Listed {
  fs::path path;
  std::string name; // relative, '/' separators, NFC
};

// The regular files under `folder`, sorted by name; links, special files and folders that cannot be
// listed are findings. A link is never followed, so nothing outside `folder` is read.
std::vector<Listed> list_files(const fs::path& folder, std::vector<core::Finding>& findings)
{
  std::vector<Listed> files;
  std::error_code error;
  fs::recursive_directory_iterator walk(folder, error);
  for (auto end = fs::recursive_directory_iterator(); !error && walk != end; walk.increment(error)) {
    const auto& entry = *walk;
    auto name = text::nfc(entry.path().lexically_relative(folder).generic_string());
    std::error_code status_error;
    auto status = entry.symlink_status(status_error);
    if (fs::is_symlink(status)) {
      findings.push_back(finding("package.link", "package.link.folder-symlink", name));
    } else if (fs::is_regular_file(status)) {
      files.push_back({entry.path(), name});
    } else if (!fs::is_directory(status)) {
      findings.push_back(finding("package.link", "package.link.folder-special", name));
    }
  }
  if (error) {
    findings.push_back(finding("package.truncated", "package.truncated.unreadable",
                               text::nfc(walk == fs::recursive_directory_iterator()
                                             ? std::string()
                                             : walk->path().lexically_relative(folder).generic_string()),
                               {{"detail", error.message()}}));
  }
  std::ranges::sort(files, {}, &Listed::name);
  return files;
}

// The digest of a file read once; nullopt when it cannot be opened or read to its end. `text`, when given
// (a tag file), receives its bytes.
std::optional<EntryDigest> digest_of(const fs::path& path, BoundedTagText* text)
{
  auto file = core::InputFile::open(path);
  if (!file) {
    return std::nullopt;
  }
  EntryDigester digester;
  std::vector<std::uint8_t> buffer(k_chunk);
  for (;;) {
    auto got = file->read_at(digester.size(), buffer);
    if (got == 0) {
      break;
    }
    std::span<const std::uint8_t> piece(buffer.data(), got);
    digester.add(piece);
    if (text != nullptr) {
      text->add(piece);
    }
  }
  if (digester.size() != file->size()) {
    return std::nullopt; // a read error, or the file changed while it was read
  }
  EntryDigest digest;
  digester.finish(digest);
  return digest;
}

} // namespace

ZipContents read_folder_contents(const fs::path& folder)
{
  ZipContents contents;
  auto listed = list_files(folder, contents.findings);
  std::vector<std::string> names;
  names.reserve(listed.size());
  for (const auto& file : listed) {
    names.push_back(file.name);
  }
  const auto bag = locate_bag(names);
  std::vector<FileRead> files;
  std::map<std::string, std::string> tag_texts;
  for (const auto& file : listed) {
    const bool tag = is_tag_file(bag, file.name);
    BoundedTagText text;
    auto digest = digest_of(file.path, tag ? &text : nullptr);
    if (!digest) {
      contents.findings.push_back(finding("package.truncated", "package.truncated.unreadable", file.name));
      continue;
    }
    if (auto kept = text.take(); tag && kept) {
      tag_texts[file.name] = std::move(*kept);
    }
    files.push_back({file.name, std::move(*digest)});
  }
  // A folder without a manifest was not zipped by hand: it was unzipped, or is a payload verify --extract
  // took out (the bag's manifests stay behind), and its finding says so.
  return judge_contents(bag, files, tag_texts, std::move(contents), Received::folder);
}

} // namespace nominate::pack
