#pragma once

#include <nominate/core/error.hpp>

#include <cstdint>
#include <filesystem>
#include <span>

namespace nominate::pack {

// A temporary file beside `target` (`.<name>.<host id>-<pid>.XXXXXX`, created exclusively), for a writer to
// fill. Those a killed process of this machine left for the same target are removed first.
[[nodiscard]] core::Result<std::filesystem::path> temporary_beside(const std::filesystem::path& target);

// Renames a complete, synced `temporary` onto `target` and syncs the folder, so that after a crash the
// folder holds either the old file or the new one. Removes `temporary` when the rename fails.
[[nodiscard]] core::Result<void> commit(const std::filesystem::path& temporary,
                                        const std::filesystem::path& target);

// `bytes` written to `target` the same way: temporary, fsync, rename, folder fsync.
[[nodiscard]] core::Result<void> write_file_atomically(const std::filesystem::path& target,
                                                       std::span<const std::uint8_t> bytes);

// `source` copied to `target` the same way (the copy synced before the rename).
[[nodiscard]] core::Result<void> copy_file_atomically(const std::filesystem::path& source,
                                                      const std::filesystem::path& target);

} // namespace nominate::pack
