#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nominate::pack {

// General-purpose flag bit 11 (APPNOTE 4.4.4): the entry's name is UTF-8. The writer sets it on every entry;
// the reader takes a name without it as GBK when it is not valid UTF-8.
inline constexpr std::uint16_t k_flag_utf8 = 0x0800;

// Whether `name` ends in ":Zone.Identifier" (any case): Windows' "downloaded from the Internet" mark, an
// alternate data stream that WSL, Samba shares and some archivers copy out as a file beside the download.
// Its colon is no path: such an entry is junk a system made (package.unlisted.system-file), not unsafe.
[[nodiscard]] bool is_zone_identifier(std::string_view name);

// The system that makes a file of this name on its own when a folder is browsed, copied or zipped:
// "macOS" for .DS_Store, AppleDouble "._x" files and anything under __MACOSX/ (Finder's Compress), "Windows"
// for Thumbs.db and desktop.ini (Explorer) and "x:Zone.Identifier" (a download's mark copied out as a file);
// empty for any other name. `path` is a normalised path ('/' separators).
[[nodiscard]] std::string_view system_file(std::string_view path);

// Why an entry's name (as UTF-8 text) could write outside the folder it is extracted into, could not be
// written on Windows, or would show as other than it is: "empty", "absolute", "backslash", "drive", "colon",
// "control" (C0, DEL, C1), "bidi" (a direction override such as U+202E), "invisible" (a character that
// shows as nothing, core::is_invisible_format), "parent", "home", "windows" (a part Windows refuses:
// windows_refuses). Empty when safe.
[[nodiscard]] std::string_view unsafe_reason(std::string_view name);

// The path unzip writes for `name`: empty and "." segments dropped ("./a", "a//b", "a/." are "a"), no
// trailing slash.
[[nodiscard]] std::string normalized_path(std::string_view name);

// The key two normalised paths collide under on a case-insensitive, normalising file system (Windows,
// macOS): NFC, then each code point upper-cased on its own (simple case mapping, as NTFS compares names).
[[nodiscard]] std::string folded(const std::string& path);

} // namespace nominate::pack
