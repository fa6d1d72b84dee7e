#pragma once

#include <algorithm>
#include <filesystem>

namespace nominate::pack::detail {

// Whether `child` is `parent` or lies under it, both resolved as far as they exist (links, "..") — the last
// guard that pack and upload never write into a folder they read. Never throws: a path that cannot be
// resolved is compared as given.
[[nodiscard]] inline bool inside(const std::filesystem::path& child, const std::filesystem::path& parent)
{
  std::error_code error;
  auto c = std::filesystem::weakly_canonical(child, error);
  if (error) {
    c = child.lexically_normal();
  }
  auto p = std::filesystem::weakly_canonical(parent, error);
  if (error) {
    p = parent.lexically_normal();
  }
  auto [end, rest] = std::mismatch(p.begin(), p.end(), c.begin(), c.end());
  return end == p.end();
}

} // namespace nominate::pack::detail
