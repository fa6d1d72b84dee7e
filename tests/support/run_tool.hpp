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

// Makes `folder/name` with `tool` unless it is already there, and returns its path. The argument "{out}"
// (or an argument containing it) stands for the file to write. The tool writes a name of this process's
// own, renamed into place when it succeeds: test programs that ctest runs side by side may make the same
// fixture at once, and neither an interrupted run nor a second writer leaves a half-written file behind.
// Fails the test case, with the tool's output, when the tool fails.
[[nodiscard]] std::filesystem::path cached_tool_output(const std::filesystem::path& folder,
                                                       const std::string& tool, const std::string& name,
                                                       std::vector<std::string> args);

// The name of this process's own partial copy of `target`, in the same folder and with the same extension.
[[nodiscard]] std::filesystem::path partial_name(const std::filesystem::path& target);

} // namespace nominate::test
