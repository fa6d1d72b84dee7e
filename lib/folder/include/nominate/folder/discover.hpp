#pragma once

#include <nominate/folder/submission.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nominate::folder {

// A file found in a submission folder, classified by name and content before any rule set is known.
struct FoundFile {
  std::filesystem::path path;
  std::string file;         // relative, '/' separators, NFC
  std::string extension;    // lower-case, without the dot
  std::string content_type; // by content: "docx", "doc", "jpeg", "heic", "mp4", "pdf", "txt", "empty", …
  std::uintmax_t size = 0;
  std::filesystem::file_time_type modified;
};

// Something in a submission folder that is not a file the tool may read: a symbolic link, a FIFO, a socket, a
// device, a folder named like a file (`推介表.docx/`), a sub-folder that cannot be listed. Each is named in a
// material.unreadable finding (material.unreadable.special), never passed over in silence.
struct UnusableEntry {
  std::filesystem::path path;
  std::string file; // relative, '/' separators, NFC
  std::string kind; // "symlink", "fifo", "socket", "device", "folder", "unlistable-folder", "path-too-long",
                    // "no-access" (a regular file this account may not read), "special"
};

struct Discovery {
  std::vector<FoundFile> files;        // in path order
  std::vector<std::string> ignored;    // lock and hidden files, Thumbs.db, __MACOSX/, *:Zone.Identifier
  std::vector<UnusableEntry> unusable; // in path order
};

// Lists a submission folder's files (sub-folders included), leaving out OS and Office junk. Reads only
// each file's first bytes to tell its type. Symbolic links are not followed: they, special files, folders
// named like a material file and folders that cannot be listed are listed in `unusable`.
[[nodiscard]] Discovery discover_files(const std::filesystem::path& folder);

// Name keywords (file names are matched after NFC; case-insensitive for Latin letters).
[[nodiscard]] bool is_junk_name(const std::string& name);
[[nodiscard]] bool names_form(const std::string& file_name); // 推介表/推荐表/申报表/评选表, not 登记表
[[nodiscard]] bool names_registration(const std::string& file_name); // 登记表
[[nodiscard]] bool names_id_photo(const std::string& file_name, const std::vector<std::string>& keywords);
[[nodiscard]] bool names_scan(const std::string& file_name); // 盖章, 扫描, 签字
// .zip, .rar, .7z, .tar, .gz …: an archive left unpacked, whose files no check reads.
[[nodiscard]] bool names_archive(const std::string& file_name);
// 生活照, 工作照, 活动照, 合影, 风采 …: a photo that is not the ID photo (unless named so too).
[[nodiscard]] bool names_other_photo(const std::string& file_name);
[[nodiscard]] bool names_summary(const std::string& file_name); // 总结

// What `nominate fix` marks its copy with, and calls it by default: the file it keeps its list of written
// files in, and the suffix of `<folder>-已修正`.
inline constexpr const char* k_fix_manifest_name = ".nominate-fix";
inline constexpr const char* k_fix_copy_suffix = "-已修正";

// When `folder` is the copy `nominate fix` wrote of a sibling folder that is still there (01-张三-已修正,
// holding .nominate-fix, beside 01-张三): that sibling. A district counts only one of the two (the original:
// the copy is a candidate a person has not yet chosen), and says so.
[[nodiscard]] std::optional<std::filesystem::path> fixed_copy_of(const std::filesystem::path& folder);

} // namespace nominate::folder
