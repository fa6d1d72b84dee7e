#pragma once

#include "run_tool.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

namespace nominate::test {

// The folder of zips hostile_zips.py writes (made once per build tree, then cached).
inline std::filesystem::path hostile_zips()
{
  static const auto folder = [] {
    auto path = fixture_cache() / "pack-zips";
    auto run = run_tool({"python3", NOMINATE_SOURCE_DIR "/tests/unit/pack/hostile_zips.py", path.string(),
                         NOMINATE_SOURCE_DIR "/examples/star-compliant"});
    REQUIRE(run.exit_code == 0);
    return path;
  }();
  return folder;
}

} // namespace nominate::test
