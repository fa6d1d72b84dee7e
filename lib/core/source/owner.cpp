#include <nominate/core/owner.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace nominate::core {

namespace {

std::string host_tag()
{
  char tag[16];
  std::snprintf(tag, sizeof tag, "%08lx", static_cast<unsigned long>(::gethostid()) & 0xFFFFFFFFUL);
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
