#pragma once

#include <nominate/core/error.hpp>

#include <filesystem>

namespace nominate::fix::detail {

// A folder written under a staging name beside its destination — a dot folder, which check, pack and the
// district's discovery pass over — that takes the destination's name only when complete: with rename(2),
// or where a folder of that name exists (fix --force), with an atomic exchange of the two (renameat2
// RENAME_EXCHANGE; two renames where the file system has no exchange). An interrupted, failed or killed
// fix thus leaves the earlier copy as it was, or none: never a copy that lacks a file and passes the check
// (a star's video missing from the copy is no finding). Destroyed uncommitted, it removes the staging folder;
// one a killed run left is removed by the next create().
class StagedFolder {
public:
  [[nodiscard]] static core::Result<StagedFolder> create(const std::filesystem::path& destination);

  StagedFolder(StagedFolder&& other) noexcept;
  StagedFolder& operator=(StagedFolder&&) = delete;
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;
  ~StagedFolder();

  [[nodiscard]] const std::filesystem::path& path() const { return m_staging; }

  // Gives the staging folder the destination's name; the folder that had it is removed.
  [[nodiscard]] core::Result<void> commit();

private:
  StagedFolder(std::filesystem::path staging, std::filesystem::path destination);

  std::filesystem::path m_staging;
  std::filesystem::path m_destination;
  bool m_done = false; // committed, or moved from: nothing to remove
};

// ".nominate-partial-<name>" beside `destination`.
[[nodiscard]] std::filesystem::path staging_path(const std::filesystem::path& destination);

} // namespace nominate::fix::detail
