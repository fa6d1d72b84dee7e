#pragma once

#include <nominate/core/language.hpp>

#include <filesystem>

namespace nominate::cli {

// While it lives, a stopping signal (Ctrl-C, SIGTERM, SIGHUP) removes `folder` (verify's private copy of a
// payload, up to the size of the package) before the process ends as the signal says; and a SIGBUS — the
// mapped zip shrank while it was read, because it was being copied or overwritten — says so in `language`,
// removes the folder and exits 2. The handlers use only async-signal-safe calls: the folder is removed by
// `rm -rf` in a forked child. One guard at a time.
class TemporaryFolderGuard {
public:
  TemporaryFolderGuard(const std::filesystem::path& folder, core::Language language);
  ~TemporaryFolderGuard();
  TemporaryFolderGuard(const TemporaryFolderGuard&) = delete;
  TemporaryFolderGuard& operator=(const TemporaryFolderGuard&) = delete;
};

} // namespace nominate::cli
