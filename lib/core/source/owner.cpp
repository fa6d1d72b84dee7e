#include <nominate/core/owner.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace nominate::core {

namespace {

// The first 8 hex digits of the machine id systemd and D-Bus write once at installation (random, so two
// machines sharing a folder differ). Not gethostid(): without /etc/hostid, glibc derives it from the address
// the host name resolves to, 127.0.1.1 on every Debian, UOS or Kylin machine, so two of them would take
// each other's temporary files for their own. gethostid() remains where no machine id is written.
std::string read_host_tag()
{
  for (const char* file : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
    std::ifstream in(file);
    std::string id;
    if (in >> id && id.size() >= 8 && id.find_first_not_of("0123456789abcdef") == std::string::npos) {
      return id.substr(0, 8);
    }
  }
  char tag[16];
  std::snprintf(tag, sizeof tag, "%08lx", static_cast<unsigned long>(::gethostid()) & 0xFFFFFFFFUL);
  return tag;
}

const std::string& host_tag()
{
  static const std::string tag = read_host_tag();
  return tag;
}

} // namespace

std::string owner_tag()
{
  return host_tag() + "-" + std::to_string(static_cast<long>(::getpid()));
}

bool owner_gone(std::string_view tag)
{
  const std::string host = host_tag() + "-";
  if (!tag.starts_with(host) || tag.size() == host.size()) {
    return false;
  }
  const std::string digits(tag.substr(host.size()));
  char* end = nullptr;
  const long pid = std::strtol(digits.c_str(), &end, 10);
  if (end != digits.c_str() + digits.size() || pid <= 0) {
    return false;
  }
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

} // namespace nominate::core
