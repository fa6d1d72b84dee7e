// Integrity of a bag: its files against its manifests and Payload-Oxum, and its tag files against RFC 8493.

#include "bag.hpp"
#include "bag_reader.hpp"
#include "package_finding.hpp"
#include "verify_bag.hpp"
#include "zip_names.hpp"

#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string_view>

namespace nominate::pack {

namespace {

using core::Severity;

constexpr std::size_t k_sha256_hex = 64;

// A note, not a warning: nothing is wrong with the materials and there is nothing to do, so `--strict` does
// not fail a package because Windows Explorer once showed its folder (walk 13).
core::Finding system_file_finding(const std::string& name, std::string_view system)
{
  return finding("package.unlisted", "package.unlisted.system-file", name, {{"system", std::string(system)}},
                 Severity::info);
}

// A tag file that differs from its checksum only because a Windows editor saved it (Notepad's CR LF line
// endings and, before Windows 10 1903, its UTF-8 byte-order mark; an FTP transfer in ASCII mode, git's
// autocrlf): its text without the mark and with each CR LF made LF has the checksum.
bool only_line_endings_differ(const std::map<std::string, std::string>& texts, const std::string& name,
                              const std::string& checksum)
{
  constexpr std::string_view k_bom = "\xEF\xBB\xBF";
  auto found = texts.find(name);
  if (found == texts.end()) {
    return false;
  }
  std::string_view text = found->second;
  const bool marked = text.starts_with(k_bom);
  if (marked) {
    text.remove_prefix(k_bom.size());
  }
  if (!marked && text.find("\r\n") == std::string_view::npos) {
    return false;
  }
  std::string unix_text;
  unix_text.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      unix_text += text[i];
    }
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(unix_text.data());
  return sha256_hex({bytes, unix_text.size()}) == checksum;
}

// Each file of the payload (or, for the tag manifest, each tag file) against every line of `manifest` that
// lists it: a path listed twice is reported, and the file must match each of its lines. A line that is not
// `<checksum> <path>` is reported by its number; a file listed only with an unreadable checksum is neither
// unlisted nor checked. `tag_texts` (the tag files' texts) tells a tag file whose line endings alone changed.
void compare_with_manifest(const std::string& root, const std::vector<FileRead>& files,
                           const Manifest& manifest, const std::string& manifest_name, bool payload,
                           const std::map<std::string, std::string>& tag_texts,
                           std::vector<core::Finding>& findings)
{
  std::set<std::string> present;
  for (const auto& file : files) {
    if (!file.name.starts_with(root)) {
      continue;
    }
    auto relative = file.name.substr(root.size());
    // "Data/x" is unzipped into data/ on Windows: payload, whatever the case of its folder.
    bool in_payload = folded(relative.substr(0, relative.find('/') + 1)) == "DATA/";
    if (in_payload != payload || (!payload && relative.starts_with("tagmanifest-"))) {
      continue;
    }
    // Looked up in NFC, as the manifest is keyed: the same name composed or decomposed is the same file.
    auto key = text::nfc(relative);
    present.insert(key);
    auto [first, last] = manifest.lines.equal_range(key);
    if (first == last) {
      // A payload file, or a file beside data/ that a tag manifest does not list: added after packing.
      if (!manifest.unreadable.contains(key)) {
        auto system = system_file(relative);
        findings.push_back(system.empty() ? finding("package.unlisted", "package.unlisted.file", file.name)
                                          : system_file_finding(file.name, system));
      }
      continue;
    }
    std::set<std::string> judged;
    for (auto line = first; line != last; ++line) {
      const auto& checksum = line->second.checksum;
      if (checksum != file.digest.sha256 && judged.insert(checksum).second) {
        if (!payload && only_line_endings_differ(tag_texts, file.name, checksum)) {
          findings.push_back(
              finding("package.checksum", "package.checksum.line-endings", file.name, {}, Severity::warning));
          continue;
        }
        auto mismatch = finding("package.checksum", "package.checksum.mismatch", file.name,
                                {{"expected", checksum}, {"actual", file.digest.sha256}});
        mismatch.expected = checksum;
        mismatch.actual = file.digest.sha256;
        findings.push_back(std::move(mismatch));
      }
    }
  }
  for (const auto& problem : manifest.problems) {
    bool no_path = problem.kind == ManifestProblem::Kind::no_path;
    findings.push_back(finding(
        "package.bagit", no_path ? "package.bagit.no-path" : "package.bagit.checksum", root + manifest_name,
        {{"line", std::to_string(problem.line)}, {"checksum", quoted_value(problem.checksum)}}));
  }
  for (auto line = manifest.lines.begin(); line != manifest.lines.end();) {
    const auto& [path, first] = *line;
    auto next = manifest.lines.upper_bound(path);
    for (auto again = std::next(line); again != next; ++again) {
      findings.push_back(finding("package.bagit", "package.bagit.repeated-path", root + path,
                                 {{"manifest", manifest_name},
                                  {"line", std::to_string(again->second.line)},
                                  {"first", std::to_string(first.line)}},
                                 Severity::warning));
    }
    if (!present.contains(path)) {
      findings.push_back(finding("package.missing", "package.missing.file", root + path));
    }
    line = next;
  }
}

// BagIt-Version 1.0 (RFC 8493), or 0.97, the draft before it, whose bags are laid out and listed the same.
void check_declaration(const std::string& root, std::string_view bagit, std::vector<core::Finding>& findings)
{
  auto version = tag_value(bagit, "BagIt-Version");
  if (!version) {
    findings.push_back(finding("package.bagit", "package.bagit.no-version", root + "bagit.txt"));
  } else if (*version != "1.0" && *version != "0.97") {
    findings.push_back(finding("package.bagit", "package.bagit.version", root + "bagit.txt",
                               {{"version", quoted_value(*version)}}));
  }
}

// Payload-Oxum against the payload, less the files a system added that the manifest does not list.
void check_oxum(const std::string& root, std::string_view bag_info, const std::vector<FileRead>& files,
                const std::optional<Manifest>& manifest, std::vector<core::Finding>& findings)
{
  auto written = tag_value(bag_info, "Payload-Oxum");
  if (!written) {
    return; // optional (RFC 8493 §2.2.2)
  }
  auto oxum = parse_payload_oxum(*written);
  if (!oxum) {
    findings.push_back(finding("package.oxum", "package.oxum.malformed", root + "bag-info.txt",
                               {{"value", quoted_value(*written)}}));
    return;
  }
  std::uint64_t octets = 0;
  std::uint64_t count = 0;
  for (const auto& file : files) {
    auto relative = std::string_view(file.name).substr(std::min(root.size(), file.name.size()));
    bool added_by_system =
        !system_file(relative).empty() && (!manifest || !manifest->lines.contains(text::nfc(relative)));
    if (file.name.starts_with(root + "data/") && !added_by_system) {
      octets += file.digest.size;
      ++count;
    }
  }
  if (oxum->octets != octets || oxum->files != count) {
    findings.push_back(
        finding("package.oxum", "package.oxum.mismatch", root + "bag-info.txt",
                {{"expected", std::to_string(oxum->octets) + "." + std::to_string(oxum->files)},
                 {"actual", std::to_string(octets) + "." + std::to_string(count)},
                 {"expected_files", std::to_string(oxum->files)},
                 {"expected_bytes", std::to_string(oxum->octets)},
                 {"actual_files", std::to_string(count)},
                 {"actual_bytes", std::to_string(octets)}}));
  }
}

// The payload manifest of another algorithm than SHA-256 that the bag has (`manifest-sha512.txt`,
// `manifest-md5.txt`, …), if any: its name in the bag.
std::optional<std::string> other_manifest(const std::string& root,
                                          const std::map<std::string, std::string>& tag_texts)
{
  for (const auto& [name, text] : tag_texts) {
    const std::string_view relative = std::string_view(name).substr(root.size());
    if (relative.starts_with("manifest-") && relative.ends_with(".txt") &&
        relative != "manifest-sha256.txt") {
      return std::string(relative);
    }
  }
  return std::nullopt;
}

// A tag file that is there but over k_max_tag_file, so unread: `id` under `rule`, naming its size and the
// limit; nullopt when it is not there at all (or was read).
std::optional<core::Finding> unread_tag_file(const std::string& root, const std::vector<FileRead>& files,
                                             const std::string& name, const char* rule, const char* id,
                                             Severity severity)
{
  auto found = std::ranges::find(files, root + name, &FileRead::name);
  if (found == files.end() || found->digest.size <= k_max_tag_file) {
    return std::nullopt;
  }
  constexpr std::uint64_t k_mib = 1024ull * 1024;
  return finding(rule, id, found->name,
                 {{"manifest", name},
                  {"size_mb", std::to_string((found->digest.size + k_mib - 1) / k_mib)},
                  {"limit_mb", std::to_string(k_max_tag_file / k_mib)}},
                 severity);
}

std::optional<core::Finding> unread_manifest(const std::string& root, const std::vector<FileRead>& files,
                                             const std::string& name, Severity severity)
{
  return unread_tag_file(root, files, name, "package.no-manifest", "package.no-manifest.too-large", severity);
}

} // namespace

void check_bag(const std::string& root, const std::vector<FileRead>& files,
               const std::map<std::string, std::string>& tag_texts, std::vector<core::Finding>& findings)
{
  // A tag file's text without a byte-order mark, which is reported and does not make a line another.
  auto text_of = [&](const std::string& name) -> std::optional<std::string_view> {
    auto found = tag_texts.find(root + name);
    if (found == tag_texts.end()) {
      return std::nullopt;
    }
    auto tag = without_bom(found->second);
    if (tag.had_bom) {
      findings.push_back(finding("package.bagit", "package.bagit.bom", root + name, {}, Severity::warning));
    }
    return tag.text;
  };
  if (auto bagit = text_of("bagit.txt")) {
    check_declaration(root, *bagit, findings);
  } else if (auto unread = unread_tag_file(root, files, "bagit.txt", "package.bagit",
                                           "package.bagit.too-large", Severity::error)) {
    // A declaration is two short lines: one of megabytes is none, and its version went unread.
    findings.push_back(std::move(*unread));
  }
  std::optional<Manifest> payload_manifest;
  if (auto manifest = text_of("manifest-sha256.txt")) {
    payload_manifest = parse_manifest(*manifest, k_sha256_hex);
    compare_with_manifest(root, files, *payload_manifest, "manifest-sha256.txt", true, tag_texts, findings);
  } else if (auto unread = unread_manifest(root, files, "manifest-sha256.txt", Severity::error)) {
    findings.push_back(std::move(*unread));
  } else if (auto other = other_manifest(root, tag_texts)) {
    // RFC 8493 lets a bag use any algorithm; this reader checks SHA-256 only, and says so rather than
    // calling the bag manifest-less.
    findings.push_back(finding("package.no-manifest", "package.no-manifest.other-algorithm", root + *other,
                               {{"manifest", *other}}));
  } else {
    findings.push_back(
        finding("package.no-manifest", "package.no-manifest.bag", root + "manifest-sha256.txt"));
  }
  if (auto tag_manifest = text_of("tagmanifest-sha256.txt")) {
    compare_with_manifest(root, files, parse_manifest(*tag_manifest, k_sha256_hex), "tagmanifest-sha256.txt",
                          false, tag_texts, findings);
  } else if (auto unread = unread_manifest(root, files, "tagmanifest-sha256.txt", Severity::warning)) {
    findings.push_back(std::move(*unread));
  } else {
    findings.push_back(finding("package.no-manifest", "package.no-manifest.tags",
                               root + "tagmanifest-sha256.txt", {}, Severity::warning));
  }
  for (const auto& file : files) {
    if (!file.name.starts_with(root)) {
      auto system = system_file(file.name);
      findings.push_back(system.empty() ? finding("package.unlisted", "package.unlisted.outside", file.name)
                                        : system_file_finding(file.name, system));
    }
  }
  if (auto bag_info = text_of("bag-info.txt")) {
    check_oxum(root, *bag_info, files, payload_manifest, findings);
  } else if (auto unread = unread_tag_file(root, files, "bag-info.txt", "package.oxum",
                                           "package.oxum.too-large", Severity::warning)) {
    // Its Payload-Oxum went unchecked; the files were checked against the manifest all the same.
    findings.push_back(std::move(*unread));
  }
}

} // namespace nominate::pack
