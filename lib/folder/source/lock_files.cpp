#include "lock_files.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace nominate::folder::detail {

namespace {

// Files a word processor, spreadsheet or presentation program locks while it holds them open.
bool is_office_extension(std::string_view extension)
{
  constexpr std::array<std::string_view, 18> k_office{"csv", "doc", "docx", "docm", "dot",  "dotx",
                                                      "wps", "wpt", "rtf",  "xls",  "xlsx", "xlsm",
                                                      "et",  "ett", "ppt",  "pptx", "dps",  "odt"};
  return std::ranges::find(k_office, extension) != k_office.end();
}

std::size_t code_points(std::string_view text)
{
  return static_cast<std::size_t>(
      std::ranges::count_if(text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

std::string_view folder_of(std::string_view relative)
{
  const auto slash = relative.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : relative.substr(0, slash + 1);
}

// Whether `lock` (a name discovery left out, relative) is the lock file of `file` (relative), as
//  - Word and WPS on Windows name it: "~$" and the name, whose first one or two characters are replaced when
//    it has seven or more before the extension ("~$推介表.docx"; "~$表（王秀兰）.docx" for
//    "推介表（王秀兰）.docx");
//  - LibreOffice: ".~lock.<name>#";
//  - WPS for Linux (UOS, Kylin): ".~<name>".
// `exact`: only a lock that names the file whole; else also one of Word's shortened names.
bool locks(std::string_view lock, std::string_view file, bool exact)
{
  if (folder_of(lock) != folder_of(file)) {
    return false;
  }
  const std::string_view lock_name = lock.substr(folder_of(lock).size());
  const std::string_view name = file.substr(folder_of(file).size());
  if (lock_name.starts_with(".~lock.") && lock_name.ends_with('#')) {
    return lock_name.substr(7, lock_name.size() - 8) == name;
  }
  if (lock_name.starts_with(".~")) {
    return lock_name.substr(2) == name;
  }
  if (lock_name.starts_with("~$") && lock_name.size() > 2) {
    const std::string_view rest = lock_name.substr(2);
    if (rest == name) {
      return true;
    }
    if (exact) {
      return false;
    }
    const std::size_t dot = name.rfind('.');
    const std::size_t stem = code_points(name.substr(0, dot));
    const std::size_t dropped = code_points(name) - std::min(code_points(name), code_points(rest));
    return stem >= 7 && name.ends_with(rest) && dropped >= 1 && dropped <= 2;
  }
  return false;
}

} // namespace

void find_open_documents(const std::vector<std::string>& files, const std::vector<std::string>& ignored,
                         bool received, std::vector<core::Finding>& findings)
{
  std::vector<std::string> office;
  for (const auto& file : files) {
    const auto dot = file.rfind('.');
    std::string extension = dot == std::string::npos ? std::string() : file.substr(dot + 1);
    std::ranges::transform(extension, extension.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    if (is_office_extension(extension)) {
      office.push_back(file);
    }
  }
  // Each lock file names one file: the one it names whole (WPS's "~$推介表（王秀兰）.docx"), else the first
  // whose name Word shortened to it; so 新推介表（王秀兰）.docx beside 推介表（王秀兰）.docx is not claimed.
  std::vector<std::pair<std::string, std::string>> owned; // file, lock
  for (const auto& lock : ignored) {
    auto owner =
        std::ranges::find_if(office, [&](const std::string& file) { return locks(lock, file, true); });
    if (owner == office.end()) {
      owner = std::ranges::find_if(office, [&](const std::string& file) { return locks(lock, file, false); });
    }
    if (owner != office.end() &&
        std::ranges::none_of(owned, [&](const auto& pair) { return pair.first == *owner; })) {
      owned.emplace_back(*owner, lock);
    }
  }
  std::ranges::sort(owned);
  for (const auto& [file, lock] : owned) {
    // Received, the lock file was packed beside its document: only the sender can save and close it.
    findings.push_back(
        core::make_finding("material.open-elsewhere",
                           received ? "material.open-elsewhere.received" : "material.open-elsewhere.locked",
                           core::Severity::warning, file, {{"lock", lock}}));
  }
}

void find_open_documents(const Discovery& discovery, bool received, std::vector<core::Finding>& findings)
{
  std::vector<std::string> files;
  files.reserve(discovery.files.size());
  for (const auto& file : discovery.files) {
    files.push_back(file.file);
  }
  find_open_documents(files, discovery.ignored, received, findings);
}

} // namespace nominate::folder::detail
