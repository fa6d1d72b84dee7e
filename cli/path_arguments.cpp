#include "path_arguments.hpp"

#include <nominate/core/display_name.hpp>

#include <climits>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <set>
#include <sys/stat.h>
#include <utility>
#include <vector>

namespace nominate::cli {

namespace {

constexpr std::size_t k_longest_path = PATH_MAX - 1; // bytes, without the terminating NUL
constexpr std::size_t k_longest_name = NAME_MAX;
constexpr std::size_t k_shown_each_end = 30; // characters kept from each end of a long path

// The byte offsets at which UTF-8 characters start; a byte that starts none counts as one character.
std::vector<std::size_t> character_starts(std::string_view text)
{
  std::vector<std::size_t> starts;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 || starts.empty()) {
      starts.push_back(at);
    }
  }
  return starts;
}

// The first and last 30 characters with "…" between, each end escaped for a person to read.
std::string shortened(std::string_view path)
{
  const auto starts = character_starts(path);
  if (starts.size() <= 2 * k_shown_each_end + 1) {
    return core::escape_name_for_text(path);
  }
  const std::size_t head_end = starts[k_shown_each_end];
  const std::size_t tail_start = starts[starts.size() - k_shown_each_end];
  return core::escape_name_for_text(path.substr(0, head_end)) + "…" +
         core::escape_name_for_text(path.substr(tail_start));
}

// The longest name between slashes, by bytes.
std::string_view longest_name(std::string_view path)
{
  std::string_view longest;
  while (!path.empty()) {
    const auto slash = path.find('/');
    const auto name = path.substr(0, slash);
    if (name.size() > longest.size()) {
      longest = name;
    }
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return longest;
}

} // namespace

std::optional<core::Error> path_too_long(std::string_view path, core::Language language)
{
  const bool zh = language == core::Language::zh;
  const auto quoted = [zh](std::string_view text) {
    return zh ? "“" + shortened(text) + "”" : "'" + shortened(text) + "'";
  };
  const std::string shown = quoted(path);
  if (path.size() > k_longest_path) {
    const std::string length = std::to_string(path.size());
    const std::string limit = std::to_string(k_longest_path);
    return core::Error{core::ErrorCode::invalid_argument,
                       zh ? "路径太长：" + shown + "共 " + length + " 字节，超过系统允许的 " + limit +
                                " 字节，无法打开。请把文件夹移到更短的位置（例如 D:\\推介材料）再试。"
                          : "the path is too long: " + shown + " is " + length +
                                " bytes, more than the system's limit of " + limit +
                                "; move the folder somewhere shorter and try again",
                       {},
                       {}};
  }
  const std::string_view name = longest_name(path);
  if (name.size() > k_longest_name) {
    const std::string length = std::to_string(name.size());
    const std::string limit = std::to_string(k_longest_name);
    const std::string shown_name = quoted(name);
    return core::Error{core::ErrorCode::invalid_argument,
                       zh ? "路径太长：" + shown + "中的名字" + shown_name + "有 " + length +
                                " 字节，超过系统允许的 " + limit + " 字节，无法打开。请把这个名字改短再试。"
                          : "the path is too long: in " + shown + ", the name " + shown_name + " is " +
                                length + " bytes, more than the system's limit of " + limit +
                                " for one name; shorten it and try again",
                       {},
                       {}};
  }
  return std::nullopt;
}

std::optional<core::Error> first_path_too_long(std::span<const std::string> paths, core::Language language)
{
  for (const auto& path : paths) {
    if (auto error = path_too_long(path, language)) {
      return error;
    }
  }
  return std::nullopt;
}

std::optional<core::Error> split_path(std::span<const std::string> paths)
{
  std::error_code error;
  const auto exists = [&](const std::string& path) { return std::filesystem::exists(path, error); };
  if (paths.size() < 2 || std::ranges::all_of(paths, exists)) {
    return std::nullopt;
  }
  // A folder name has a few spaces at most: runs of up to eight arguments are tried, so a long list of
  // PATHs (a shell glob) costs little.
  constexpr std::size_t k_max_parts = 8;
  for (std::size_t first = 0; first + 1 < paths.size(); ++first) {
    std::string joined = paths[first];
    bool any_missing = !exists(paths[first]);
    for (std::size_t last = first + 1; last < paths.size() && last - first < k_max_parts; ++last) {
      joined += " " + paths[last];
      any_missing = any_missing || !exists(paths[last]);
      // Only a run with a part that does not exist on its own was split: "a b" beside folders a and b is
      // not what went wrong.
      if (any_missing && exists(joined)) {
        return core::fail_because(core::ErrorCode::not_found, "path-split",
                                  "the path has spaces: put it in quotes, \"" + joined + "\"", joined)
            .error();
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> relative_to(const std::filesystem::path& path, const std::filesystem::path& root)
{
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path a = fs::weakly_canonical(fs::absolute(path, error), error);
  const fs::path b = fs::weakly_canonical(fs::absolute(root, error), error);
  auto [end, _] = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  if (end != b.end()) {
    return std::nullopt;
  }
  std::string relative = a.lexically_relative(b).generic_string();
  return relative == "." ? std::string() : relative;
}

std::optional<core::Error> output_inside_input(const std::string& output, std::span<const std::string> paths)
{
  for (const std::string& path : paths) {
    std::error_code ignored;
    if (!std::filesystem::is_directory(path, ignored)) {
      continue; // a zip or a missing path: its own error, later
    }
    if (relative_to(output, path)) {
      return core::fail_because(core::ErrorCode::invalid_argument, "output-inside-input",
                                "the output folder is inside an input folder; choose one outside it (-o)",
                                output)
          .error();
    }
  }
  return std::nullopt;
}

std::vector<std::string> without_repeats(std::span<const std::string> paths)
{
  std::vector<std::string> kept;
  std::set<std::pair<dev_t, ino_t>> seen;
  for (const auto& path : paths) {
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && !seen.insert({status.st_dev, status.st_ino}).second) {
      continue;
    }
    kept.push_back(path);
  }
  return kept;
}

} // namespace nominate::cli
