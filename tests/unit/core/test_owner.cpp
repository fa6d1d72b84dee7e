#include "owner_tags.hpp"

#include <nominate/core/owner.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <unistd.h>

using nominate::core::owner_gone;
using nominate::core::owner_tag;

TEST_CASE("an owner tag names this machine by its machine id, not by gethostid")
{
  const std::string tag = owner_tag();
  CHECK(tag == nominate::test::host_id_tag() + "-" + std::to_string(::getpid()));
  std::ifstream in("/etc/machine-id");
  std::string id;
  if (in >> id && id.size() >= 8) {
    // Two Debian machines without /etc/hostid share gethostid() (from 127.0.1.1): a shared folder's
    // temporary files must not look like this machine's to another.
    CHECK(tag.starts_with(id.substr(0, 8) + "-"));
  }
}

TEST_CASE("only a gone process of this machine leaves what may be removed")
{
  CHECK(owner_gone(nominate::test::dead_owner_tag()));
  CHECK_FALSE(owner_gone(owner_tag()));
  CHECK_FALSE(owner_gone(nominate::test::other_machine_tag()));
  CHECK_FALSE(owner_gone(nominate::test::host_id_tag() + "-"));
  CHECK_FALSE(owner_gone(nominate::test::host_id_tag() + "-12x"));
  CHECK_FALSE(owner_gone("not a tag"));
}
