#pragma once

#include <nominate/core/error.hpp>
#include <nominate/core/language.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nominate::cli {

// A path given on the command line that no call can open because it is too long: the whole of it past
// PATH_MAX - 1 bytes, or one of its names past NAME_MAX bytes (ENAMETOOLONG). The error (invalid_argument,
// exit 2) says so in `language`, naming the path shortened to its first and last 30 characters and escaped as
// every name is (core::escape_name_for_text), with its length and the limit. nullopt for a path that fits.
[[nodiscard]] std::optional<core::Error> path_too_long(std::string_view path, core::Language language);

// The first of `paths` that path_too_long refuses.
[[nodiscard]] std::optional<core::Error> first_path_too_long(std::span<const std::string> paths,
                                                             core::Language language);

// A path with a space that the shell split into several PATHs because it was not quoted (`nominate check 01
// 张三` for the folder "01 张三"): when a run of `paths` with a part that does not exist exists joined by
// single spaces, not_found with reason "path-split", naming the joined path. nullopt otherwise.
[[nodiscard]] std::optional<core::Error> split_path(std::span<const std::string> paths);

// `paths` without those that name a file or folder named before (the same device and inode: `a.zip` and
// `./a.zip`, or a link to it), in their order: a zip given twice is verified once, not compared with itself.
// Paths that do not exist are kept (they are reported where they are opened).
[[nodiscard]] std::vector<std::string> without_repeats(std::span<const std::string> paths);

// `path` relative to `root` ("" for `root` itself, '/' separators), both made canonical, or nullopt when it
// is not under it: which PATH a submission was found under, or whether an output lies inside an input.
[[nodiscard]] std::optional<std::string> relative_to(const std::filesystem::path& path,
                                                     const std::filesystem::path& root);

// An output folder (-o) inside one of the input PATHs, refused before any work (a whole district's check
// would otherwise run first): invalid_argument with reason "output-inside-input", naming the output. nullopt
// when it lies outside them all.
[[nodiscard]] std::optional<core::Error> output_inside_input(const std::string& output,
                                                             std::span<const std::string> paths);

} // namespace nominate::cli
