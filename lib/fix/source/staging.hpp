#pragma once

#include <nominate/core/error.hpp>

#include <filesystem>

namespace nominate::fix::detail {

// A folder written under a staging name beside its destination — `.nominate-partial-<name>.<host>-<pid>`, a
// dot folder, which check, pack and the district's discovery pass over — that takes the destination's name
// only when complete: with rename(2), or where an earlier fixed copy has that name (fix --force), with an
// atomic exchange of the two (renameat2 RENAME_EXCHANGE; two renames where the file system has no exchange).
// An interrupted, failed or killed fix thus leaves the earlier copy as it was, or none: never a copy that
// lacks a file and passes the check (a star's video missing from the copy is no finding). Two fixes at once
// each write their own staging folder; the one that finishes second finds the name taken and says so.
// Destroyed uncommitted, it removes its staging folder; one a killed run left (its pid gone on this
// machine) is removed by the next create(), and an earlier copy a crash left stepped aside is put back.
class StagedFolder {
public:
  [[nodiscard]] static core::Result<StagedFolder> create(const std::filesystem::path& destination);

  StagedFolder(StagedFolder&& other) noexcept;
  StagedFolder& operator=(StagedFolder&&) = delete;
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;
  ~StagedFolder();

  [[nodiscard]] const std::filesystem::path& path() const { return m_staging; }

  // Gives the staging folder the destination's name. A folder of that name is replaced only when
  // `replace_earlier_copy` and it is a fixed copy (it holds fix's manifest), and is then removed.
  [[nodiscard]] core::Result<void> commit(bool replace_earlier_copy);

private:
  StagedFolder(std::filesystem::path staging, std::filesystem::path destination);

  std::filesystem::path m_staging;
  std::filesystem::path m_destination;
  bool m_done = false; // committed, or moved from: nothing to remove
};

} // namespace nominate::fix::detail
