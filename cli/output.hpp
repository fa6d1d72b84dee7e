#pragma once

#include <nominate/core/error.hpp>

#include <filesystem>
#include <functional>
#include <ostream>

namespace nominate::cli {

// Writes a file through a temporary beside it and a rename, so a reader never sees half a report and an
// earlier report survives a failed write. A link to a regular file stays a link (the file it names is
// replaced); a device, a FIFO or a link to one (/dev/null, /dev/stdout) is written through as a shell's `>`
// would, never replaced by a plain file; a folder is an error.
[[nodiscard]] core::Result<void> write_atomically(const std::filesystem::path& target,
                                                  const std::function<void(std::ostream&)>& write);

} // namespace nominate::cli
