#include "staging.hpp"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <system_error>
#include <utility>

namespace nominate::fix::detail {

namespace fs = std::filesystem;

fs::path staging_path(const fs::path& destination)
{
  return destination.parent_path() / (".nominate-partial-" + destination.filename().string());
}

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
  fs::path staging = staging_path(destination);
  std::error_code error;
  fs::remove_all(staging, error); // what a killed run left
  if (!error) {
    fs::create_directories(staging, error);
  }
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot create the output folder: " + error.message(),
                      destination);
  }
  return StagedFolder(std::move(staging), destination);
}

core::Result<void> StagedFolder::commit()
{
  std::error_code error;
  bool exchanged = false;
  if (!fs::exists(m_destination, error)) {
    fs::rename(m_staging, m_destination, error);
  } else if (renameat2(AT_FDCWD, m_staging.c_str(), AT_FDCWD, m_destination.c_str(), RENAME_EXCHANGE) == 0) {
    exchanged = true;
  } else {
    if (errno != EINVAL && errno != ENOSYS) {
      error.assign(errno, std::generic_category());
    } else {
      // No exchange on this file system (some network shares): the earlier copy steps aside first, and
      // only then is removed, so that a crash between the renames loses no finished copy.
      const fs::path aside = m_staging.parent_path() / (".nominate-old-" + m_destination.filename().string());
      fs::remove_all(aside, error);
      fs::rename(m_destination, aside, error);
      if (!error) {
        fs::rename(m_staging, m_destination, error);
        if (error) {
          std::error_code ignored;
          fs::rename(aside, m_destination, ignored); // put the earlier copy back
        } else {
          fs::remove_all(aside, error);
          error.clear();
        }
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
