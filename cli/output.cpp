#include "output.hpp"

#include <fstream>
#include <unistd.h>

namespace nominate::cli {

core::Result<void> write_atomically(const std::filesystem::path& target,
                                    const std::function<void(std::ostream&)>& write)
{
  auto temporary = target;
  temporary += ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      return core::fail(core::ErrorCode::io, "cannot write the report here (does the folder exist?)", target);
    }
    write(out);
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return core::fail(core::ErrorCode::io, "writing the report failed (disk full?)", target);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    return core::fail(core::ErrorCode::io, "cannot replace the report: " + error.message(), target);
  }
  return {};
}

} // namespace nominate::cli
