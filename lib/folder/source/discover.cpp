#include "content_type.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/folder/discover.hpp>
#include <nominate/office/form.hpp>
#include <nominate/text/normalize.hpp>

#include <climits>

#include <algorithm>
#include <array>
#include <cerrno>
#include <unistd.h>

namespace nominate::folder {

namespace {

bool contains_any(const std::string& haystack, std::initializer_list<std::string_view> needles)
{
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view needle) { return haystack.find(needle) != std::string::npos; });
}

std::string lower_ascii(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return text;
}

// What content_type() needs of a file: its first bytes, or all of a document container (a zip's directory
// is at its end, an OLE2 file's directory anywhere) up to k_whole_document_bytes.
std::vector<std::uint8_t> read_head(const std::filesystem::path& path, std::uintmax_t size)
{
  auto file = core::InputFile::open(path);
  if (!file) {
    return {};
  }
  std::vector<std::uint8_t> head(static_cast<std::size_t>(std::min<std::uintmax_t>(k_sniff_bytes, size)));
  head.resize(file->read_at(0, head));
  bool container =
      head.size() >= 4 && ((head[0] == 'P' && head[1] == 'K') ||
                           (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0));
  if (container && size > head.size() && size <= k_whole_document_bytes) {
    head.resize(static_cast<std::size_t>(size));
    head.resize(file->read_at(0, head));
  }
  return head;
}

} // namespace

bool is_junk_name(const std::string& name)
{
  auto lower = lower_ascii(name);
  // "证件照.jpg:Zone.Identifier": Windows' "downloaded from the Internet" mark, an alternate data stream
  // that WSL, Samba shares and some archivers copy out as a file of its own beside the download.
  return name.empty() || name.front() == '.' || name.starts_with("~$") || lower == "thumbs.db" ||
         lower == "desktop.ini" || lower == "__macosx" || name.ends_with("~") || lower.ends_with(".tmp") ||
         lower.ends_with(":zone.identifier");
}

bool names_form(const std::string& file_name)
{
  return office::names_nomination_form(file_name);
}

bool names_archive(const std::string& file_name)
{
  static constexpr std::string_view k_archives[] = {".zip", ".rar", ".7z",  ".tar",
                                                    ".gz",  ".tgz", ".bz2", ".xz"};
  std::string extension = std::filesystem::path(file_name).extension().string();
  std::ranges::transform(extension, extension.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return std::ranges::find(k_archives, extension) != std::end(k_archives);
}

bool names_registration(const std::string& file_name)
{
  return file_name.find("登记表") != std::string::npos;
}

bool names_id_photo(const std::string& file_name, const std::vector<std::string>& keywords)
{
  auto lower = lower_ascii(file_name);
  if (contains_any(lower, {"证件照", "免冠", "1寸", "一寸", "2寸", "二寸", "寸照", "id_photo", "idphoto"})) {
    return true;
  }
  return std::any_of(keywords.begin(), keywords.end(), [&](const std::string& keyword) {
    return !keyword.empty() && lower.find(keyword) != std::string::npos;
  });
}

bool names_scan(const std::string& file_name)
{
  return contains_any(file_name, {"盖章", "扫描", "签字", "签章"});
}

bool names_other_photo(const std::string& file_name)
{
  return contains_any(lower_ascii(file_name),
                      {"生活", "工作照", "活动", "合影", "风采", "现场", "授课", "讲课", "life"}) &&
         !contains_any(file_name, {"证件照", "免冠", "寸照"});
}

bool names_summary(const std::string& file_name)
{
  return file_name.find("总结") != std::string::npos;
}

namespace {

// Extensions of the materials a folder holds: a folder named so (`推介表.docx/`) is taken for a file by a
// clerk.
bool named_like_file(const std::string& extension)
{
  static const std::array<std::string_view, 24> k_material_extensions = {
      "docx", "doc",  "wps",  "xlsx", "xls", "pdf", "txt", "md",  "csv", "jpg", "jpeg", "jfif",
      "png",  "heic", "heif", "mp4",  "mov", "m4v", "avi", "mkv", "wmv", "flv", "odt",  "ods"};
  return std::find(k_material_extensions.begin(), k_material_extensions.end(), extension) !=
         k_material_extensions.end();
}

std::string special_kind(core::FileKind kind)
{
  switch (kind) {
  case core::FileKind::symlink:
    return "symlink";
  case core::FileKind::fifo:
    return "fifo";
  case core::FileKind::socket:
    return "socket";
  case core::FileKind::device:
    return "device";
  default:
    return "special";
  }
}

} // namespace

Discovery discover_files(const std::filesystem::path& folder)
{
  Discovery found;
  std::error_code error;
  // No skip_permission_denied: a sub-folder that cannot be listed is checked for below and named.
  std::filesystem::recursive_directory_iterator walk(folder, error);
  for (auto end = std::filesystem::recursive_directory_iterator(); !error && walk != end;
       walk.increment(error)) {
    const auto& entry = *walk;
    // Lexically: a path too long for the system still gets its name (std::filesystem::relative would stat
    // it).
    auto relative = text::nfc(entry.path().lexically_relative(folder).generic_string());
    auto name = text::nfc(entry.path().filename().string());
    auto extension = entry.path().extension().string();
    extension = lower_ascii(extension.empty() ? std::string() : extension.substr(1));
    if (is_junk_name(name)) {
      found.ignored.push_back(relative);
      if (entry.is_directory(error)) {
        walk.disable_recursion_pending();
      }
      continue;
    }
    const core::FileKind kind = core::file_kind(entry.path());
    if (entry.path().native().size() >= PATH_MAX ||
        (kind == core::FileKind::missing && errno == ENAMETOOLONG)) {
      found.unusable.push_back({entry.path(), relative, "path-too-long"});
      walk.disable_recursion_pending();
      continue;
    }
    if (kind == core::FileKind::directory) {
      if (::access(entry.path().c_str(), R_OK | X_OK) != 0) {
        found.unusable.push_back(
            {entry.path(), relative, errno == ENAMETOOLONG ? "path-too-long" : "unlistable-folder"});
        walk.disable_recursion_pending();
      } else if (named_like_file(extension)) {
        found.unusable.push_back({entry.path(), relative, "folder"});
      }
      continue;
    }
    if (kind != core::FileKind::regular) {
      found.unusable.push_back({entry.path(), relative, special_kind(kind)});
      continue;
    }
    // A file the account may not read is not damaged: it is named as such and left unread.
    if (core::read_refused(entry.path())) {
      found.unusable.push_back({entry.path(), relative, "no-access"});
      continue;
    }
    FoundFile file;
    file.path = entry.path();
    file.file = relative;
    file.extension = extension;
    file.size = entry.file_size(error);
    file.modified = entry.last_write_time(error);
    error.clear();
    file.content_type =
        file.size == 0 ? "empty" : content_type(read_head(file.path, file.size), file.extension);
    found.files.push_back(std::move(file));
  }
  std::sort(found.files.begin(), found.files.end(),
            [](const FoundFile& a, const FoundFile& b) { return a.file < b.file; });
  std::sort(found.ignored.begin(), found.ignored.end());
  std::sort(found.unusable.begin(), found.unusable.end(),
            [](const UnusableEntry& a, const UnusableEntry& b) { return a.file < b.file; });
  return found;
}

} // namespace nominate::folder
