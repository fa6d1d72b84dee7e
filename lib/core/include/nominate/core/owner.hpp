#pragma once

#include <string>
#include <string_view>

namespace nominate::core {

// Who writes a temporary file or folder, put in its name ("<host id>-<pid>"; the host id is the first 8 hex
// digits of /etc/machine-id), so that a later run on the same machine can tell one a killed process left
// (SIGKILL, a power cut) from one another process is still writing, on this machine or, in a shared folder,
// on another. pack's temporary package and fix's staging folder are named with it.
[[nodiscard]] std::string owner_tag();

// Whether `tag` ("<host id>-<pid>", as owner_tag gives) names a process of this machine that is gone: what
// it left may be removed. False for a live process, another machine's, or text that is no tag.
[[nodiscard]] bool owner_gone(std::string_view tag);

} // namespace nominate::core
