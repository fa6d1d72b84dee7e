#pragma once

#include <nominate/core/language.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace nominate::cli {

// What a stopping signal (Ctrl-C, SIGTERM, SIGHUP) cleans up before the process ends as the signal says:
// the LibreOffice conversions under way (office::stop_conversions: they run in process groups of their own,
// which a Ctrl-C at the terminal does not reach), then what the guards below have named. The handler uses
// only async-signal-safe calls: fixed buffers, unlink, rmdir, and `rm -rf` in a forked child for a folder.
// Installed once, before a command runs; `fix` sets its own for the time it stops at the next frame.
void install_stop_handlers();

// While it lives, a stopping signal removes `folder` (verify's private copy of a payload, check's folder of
// converted forms). With BusMessage::zip_changed, a SIGBUS — a mapped zip shrank while it was read, because
// it was being copied or overwritten — prints that in `language`, removes the folder and exits 2. Two
// guards at a time at most; a third is not armed.
enum class BusMessage { none, zip_changed };
class TemporaryFolderGuard {
public:
  explicit TemporaryFolderGuard(const std::filesystem::path& folder,
                                core::Language language = core::Language::en,
                                BusMessage bus = BusMessage::none);
  ~TemporaryFolderGuard();
  TemporaryFolderGuard(const TemporaryFolderGuard&) = delete;
  TemporaryFolderGuard& operator=(const TemporaryFolderGuard&) = delete;

private:
  std::optional<int> m_slot;
  bool m_bus = false;
};

// A private folder for a run's work in `temp_dir`, made by mkdtemp (mode 0700, a fresh name: nothing another
// user prepared there is followed or reused): `nominate-<kind>-<host id>-<pid>-XXXXXX`. Folders of the same
// kind that a run of this user on this machine left when it was killed (SIGKILL, a power cut: no handler
// ran) are removed first; those of live runs stay. nullopt when the folder cannot be made.
[[nodiscard]] std::optional<std::filesystem::path> make_work_folder(const std::filesystem::path& temp_dir,
                                                                    const std::string& kind);

// pack's temporary file, unlinked on a stopping signal (an empty path: none), and the output folder pack
// made, removed after it when it is then empty (rmdir refuses otherwise; only the innermost: of
// `-o new/out`, `new/` stays).
void remove_file_on_stop(const std::filesystem::path& file);
void remove_empty_folder_on_stop(const std::filesystem::path& folder);

} // namespace nominate::cli
