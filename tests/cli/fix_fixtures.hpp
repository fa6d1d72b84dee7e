#pragma once

// What the `nominate fix` tests build their folders from: clips made by the ffmpeg CLI, a photo turned
// into WebP by ImageMagick, and the files of a folder to compare before and after.

#include "temp_dir.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace nominate::test::cli {

// Every regular file under `folder` (relative path, '/' separators) → its bytes.
[[nodiscard]] std::map<std::string, std::string> snapshot(const std::filesystem::path& folder);

// A test-pattern clip with a tone, made by the ffmpeg CLI into `file` (MP4): `size` (1920x1080), `rate`,
// `seconds`, and the video encoder's arguments.
void make_clip(const std::filesystem::path& file, const std::string& size, int rate, int seconds,
               const std::vector<std::string>& encoder);

// examples/star-faults with its 4½-minute video replaced by a 2 s 1080p 30 fps HEVC clip, so the suite stays
// fast: the same faults of kind (codec, size, rate), and a duration a person has to deal with.
std::filesystem::path star_faults_short(const TempDir& temp);

// The folder's 生活照.jpg as `<stem>.webp` (ImageMagick), the JPEG removed: a photo fix turns back into JPEG.
void life_photo_as_webp(const std::filesystem::path& folder, const std::string& stem = "生活照");

// A JSON report written to a file.
[[nodiscard]] nlohmann::json read_json(const std::filesystem::path& path);

} // namespace nominate::test::cli
