#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace nominate::test {

struct ToolRun {
  int exit_code = -1;
  std::string output; // stdout and stderr together
};

// Runs a program (looked up on PATH) with arguments, without a shell, and collects its output.
[[nodiscard]] ToolRun run_tool(const std::vector<std::string>& argv);

// True when `name` is an executable on PATH (tests that need ffmpeg or ImageMagick check first and fail
// loudly: the README's install command provides them).
[[nodiscard]] bool have_tool(const std::string& name);

// The folder where generated fixtures are cached across test runs (the build tree's fixtures/).
[[nodiscard]] std::filesystem::path fixture_cache();

} // namespace nominate::test
