#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Language-neutral renderings of quantities for Finding::expected/actual and message args.
namespace nominate::check {

// 2097152 → "2 MB", 2568000 → "2.45 MB", 850000 → "830 KB" (1024-based, as Windows and the notices' "2M").
[[nodiscard]] std::string format_bytes(std::uintmax_t bytes);

// `bytes`, over `limit`, as format_bytes says it, with as many more decimals as it takes to differ from the
// limit's: 2097153 over 2 MB is "2.000001 MB", never "2 MB, over the 2 MB limit".
[[nodiscard]] std::string format_bytes_over(std::uintmax_t bytes, std::uintmax_t limit);

// A number without trailing zeros: 25 → "25", 29.97 → "29.97", 2.456 (2 decimals) → "2.46".
[[nodiscard]] std::string format_number(double value, int max_decimals = 2);

// A share as a whole percentage: 0.456 → "46%".
[[nodiscard]] std::string format_percent(double share);

// Seconds as minutes:seconds, rounded to the second: 270.4 → "4:30".
[[nodiscard]] std::string format_mmss(double seconds);

// A value shown in a message, cut to `max_chars` code points with "…" (a pasted essay stays readable).
[[nodiscard]] std::string shorten(std::string_view value, std::size_t max_chars = 40);

[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);

// The extension of a file name, lower case, without the dot ("IMG_1.JPG" → "jpg"); empty when none.
[[nodiscard]] std::string extension_of(std::string_view file);
// The file's name, without its folder, with its extension replaced: ("01-张三/视频.MOV", "mp4") → "视频.mp4".
[[nodiscard]] std::string name_with_extension(std::string_view file, std::string_view extension);

// A file name quoted for a POSIX or Windows shell command line ("事迹 视频.mp4" → "\"事迹 视频.mp4\"").
[[nodiscard]] std::string shell_quoted(std::string_view file);

// The file name without folders and extension ("视频/事迹.MOV" → "事迹").
[[nodiscard]] std::string stem_of(std::string_view file);

} // namespace nominate::check
