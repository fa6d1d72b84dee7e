#pragma once

#include <algorithm>
#include <filesystem>

namespace nominate::pack::detail {

// `path` resolved as far as it exists (links, ".."); made absolute and normal when it cannot be (a folder on
// the way that cannot be read). Never throws.
[[nodiscard]] inline std::filesystem::path resolved(const std::filesystem::path& path)
{
  std::error_code error;
  auto canonical = std::filesystem::weakly_canonical(path, error);
  if (!error) {
    return canonical;
  }
  return std::filesystem::absolute(path, error).lexically_normal();
}

// Whether `child` is `parent` or lies under it, both resolved: the last guard that pack and upload never
// write into a folder they read.
[[nodiscard]] inline bool inside(const std::filesystem::path& child, const std::filesystem::path& parent)
{
  const auto c = resolved(child);
  const auto p = resolved(parent);
  auto [end, rest] = std::mismatch(p.begin(), p.end(), c.begin(), c.end());
  return end == p.end();
}

} // namespace nominate::pack::detail
