#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nominate::test {

// Media fixtures made by real tools (the ffmpeg CLI, ImageMagick's convert) on first use and cached in
// fixture_cache()/media: `name` is the cached file's name (its extension is what the file is *called*, which
// may lie on purpose); `args` are the tool's arguments with "{out}" standing for the output path
// ("png:{out}" writes a PNG whatever the name). A fixture
// that the tool fails to make fails the test with the tool's output.
[[nodiscard]] std::filesystem::path ffmpeg_fixture(const std::string& name, std::vector<std::string> args);
[[nodiscard]] std::filesystem::path convert_fixture(const std::string& name, std::vector<std::string> args);

// A fixture derived from another file's bytes (a truncated copy, a patched header), cached like the others.
[[nodiscard]] std::filesystem::path derived_fixture(const std::string& name, const std::string& bytes);

[[nodiscard]] std::string file_bytes(const std::filesystem::path& path);

// `ffprobe -v error -of json -show_streams -show_format FILE`, parsed.
[[nodiscard]] nlohmann::json ffprobe(const std::filesystem::path& path);

[[nodiscard]] std::vector<std::uint8_t> as_bytes(const std::string& text);

} // namespace nominate::test
