#include "staging.hpp"

#include <nominate/core/owner.hpp>
#include <nominate/fix/copy.hpp>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <system_error>
#include <utility>

namespace nominate::fix::detail {

namespace fs = std::filesystem;

namespace {

const std::string k_partial = ".nominate-partial-";
const std::string k_old = ".nominate-old-";

// The longest file name the usual file systems take (ext4, XFS, Btrfs, NTFS as bytes of UTF-8 at most).
constexpr std::size_t k_name_max = 255;

// `<prefix><name>.` for `destination`; where the folder's name is too long for a prefix and an owner tag
// (more than about 220 bytes), `<prefix><FNV-1a of the name, hex>.` instead, the same in every run.
std::string stem_for(const fs::path& destination, const std::string& prefix)
{
  const std::string name = destination.filename().string();
  if (prefix.size() + name.size() + 1 + 24 <= k_name_max) {
    return prefix + name + ".";
  }
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : name) {
    hash = (hash ^ c) * 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return prefix + hex + ".";
}

// `<prefix><name>.<host>-<pid>` folders beside `destination` whose process is gone.
void sweep_stale(const fs::path& destination, const std::string& prefix)
{
  const std::string start = stem_for(destination, prefix);
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(destination.parent_path(), error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(start) || !core::owner_gone(std::string_view(name).substr(start.size()))) {
      continue;
    }
    std::error_code ignored;
    if (prefix == k_old && !fs::exists(destination, ignored)) {
      fs::rename(entry.path(), destination, ignored); // the earlier copy, stepped aside before a crash
    } else {
      fs::remove_all(entry.path(), ignored);
    }
  }
}

bool is_fixed_copy(const fs::path& folder)
{
  std::error_code error;
  return fs::exists(folder / k_manifest_name, error);
}

} // namespace

StagedFolder::StagedFolder(fs::path staging, fs::path destination)
    : m_staging(std::move(staging)), m_destination(std::move(destination))
{
}

StagedFolder::StagedFolder(StagedFolder&& other) noexcept
    : m_staging(std::move(other.m_staging)), m_destination(std::move(other.m_destination)),
      m_done(std::exchange(other.m_done, true))
{
}

StagedFolder::~StagedFolder()
{
  if (!m_done) {
    std::error_code ignored;
    fs::remove_all(m_staging, ignored);
  }
}

core::Result<StagedFolder> StagedFolder::create(const fs::path& destination)
{
  if (destination.filename().string().size() > k_name_max) {
    return core::fail_because(core::ErrorCode::invalid_argument, "copy-name-too-long",
                              "the copy's name is longer than the system allows (" +
                                  std::to_string(destination.filename().string().size()) +
                                  " bytes, at most 255): shorten the folder's name, or give -o",
                              destination);
  }
  std::error_code error;
  fs::create_directories(destination.parent_path(), error);
  sweep_stale(destination, k_old);
  sweep_stale(destination, k_partial);
  fs::path staging = destination.parent_path() / (stem_for(destination, k_partial) + core::owner_tag());
  fs::remove_all(staging, error); // this pid's, from a run of a process before it that had the same pid
  if (!error) {
    fs::create_directory(staging, error);
  }
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot create the output folder: " + error.message(),
                      destination);
  }
  return StagedFolder(std::move(staging), destination);
}

core::Result<void> StagedFolder::commit(bool replace_earlier_copy)
{
  std::error_code error;
  bool exchanged = false;
  if (!fs::exists(m_destination, error)) {
    // RENAME_NOREPLACE: a folder of that name that appeared meanwhile (another fix) is not replaced.
    if (renameat2(AT_FDCWD, m_staging.c_str(), AT_FDCWD, m_destination.c_str(), RENAME_NOREPLACE) != 0) {
      if (errno == EINVAL || errno == ENOSYS) {
        fs::rename(m_staging, m_destination, error); // a file system without the flag
      } else {
        error.assign(errno, std::generic_category());
      }
    }
  } else if (!replace_earlier_copy || !is_fixed_copy(m_destination)) {
    return core::fail(core::ErrorCode::invalid_argument,
                      "the output folder appeared while fixing and was not replaced: choose another with -o",
                      m_destination);
  } else if (renameat2(AT_FDCWD, m_staging.c_str(), AT_FDCWD, m_destination.c_str(), RENAME_EXCHANGE) == 0) {
    exchanged = true;
  } else if (errno != EINVAL && errno != ENOSYS) {
    error.assign(errno, std::generic_category());
  } else {
    // No exchange on this file system (some network shares): the earlier copy steps aside first, and is
    // removed only once the new one has its name; a crash between the renames leaves it aside, and the next
    // run puts it back (sweep_stale).
    const fs::path aside = m_destination.parent_path() / (stem_for(m_destination, k_old) + core::owner_tag());
    fs::rename(m_destination, aside, error);
    if (!error) {
      fs::rename(m_staging, m_destination, error);
      std::error_code ignored;
      if (error) {
        fs::rename(aside, m_destination, ignored); // put the earlier copy back
      } else {
        fs::remove_all(aside, ignored);
      }
    }
  }
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot move the finished copy into place: " + error.message(),
                      m_destination);
  }
  // After an exchange the staging name holds the earlier copy, which the destructor removes.
  m_done = !exchanged;
  return {};
}

} // namespace nominate::fix::detail
