#pragma once

// Owner tags as core::owner_tag writes them ("<host id>-<pid>"), for tests of what a killed run left:
// this machine's tag for a process that is gone, one for this live test process, and one of another machine.

#include <cstdio>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace nominate::test {

// core/source/owner.cpp's rule, restated: the first 8 hex digits of the machine id, else gethostid().
inline std::string host_id_tag()
{
  for (const char* file : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
    std::ifstream in(file);
    std::string id;
    if (in >> id && id.size() >= 8 && id.find_first_not_of("0123456789abcdef") == std::string::npos) {
      return id.substr(0, 8);
    }
  }
  char host[16];
  std::snprintf(host, sizeof host, "%08lx", static_cast<unsigned long>(::gethostid()) & 0xFFFFFFFFUL);
  return host;
}

// A pid that was this machine's and is gone: a child that exited and was reaped.
inline std::string dead_owner_tag()
{
  pid_t dead = ::fork();
  if (dead == 0) {
    ::_exit(0);
  }
  ::waitpid(dead, nullptr, 0);
  return host_id_tag() + "-" + std::to_string(dead);
}

inline std::string live_owner_tag()
{
  return host_id_tag() + "-" + std::to_string(::getpid());
}

inline std::string other_machine_tag()
{
  return (host_id_tag() == "0badf00d" ? std::string("0badf00e") : std::string("0badf00d")) + "-1";
}

} // namespace nominate::test
