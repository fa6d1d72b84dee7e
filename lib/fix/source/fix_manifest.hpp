#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace nominate::fix::detail {

// A file as `nominate fix` left it: its size and modification time. A clerk who opens the copy's form in WPS
// and saves it changes both.
struct WrittenFile {
  std::uintmax_t size = 0;
  std::int64_t modified_ns = 0; // nanoseconds since 1970-01-01 UTC, whatever the standard library's epoch
};

// The files of a fixed copy that fix wrote (paths relative to the copy, '/' separators), each with how it was
// left; nullopt for a manifest of an earlier version, which recorded paths only.
using Manifest = std::map<std::string, std::optional<WrittenFile>>;

// The manifest of the copy at `folder` (k_manifest_name); empty when there is none or it cannot be read.
[[nodiscard]] Manifest read_manifest(const std::filesystem::path& folder);

// The text of the manifest of `files` in `folder`, each stamped as it is there now (the caller writes it as
// every other file of the copy is written).
[[nodiscard]] std::string manifest_text(const std::filesystem::path& folder,
                                        const std::set<std::string>& files);

// True when `file` is as `written` says fix left it (always, for a manifest without stamps): `--force` may
// replace it. False once a person has changed it.
[[nodiscard]] bool left_as_written(const std::filesystem::path& file,
                                   const std::optional<WrittenFile>& written);

} // namespace nominate::fix::detail
