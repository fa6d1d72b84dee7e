#include "run_tool.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace nominate::test {

ToolRun run_tool(const std::vector<std::string>& argv)
{
  ToolRun result;
  int pipe_fds[2];
  if (argv.empty() || pipe(pipe_fds) != 0) {
    return result;
  }
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pipe_fds[1], STDOUT_FILENO);
    dup2(pipe_fds[1], STDERR_FILENO);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    std::vector<char*> args;
    for (const auto& arg : argv) {
      args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  std::array<char, 4096> buffer{};
  ssize_t got = 0;
  while ((got = read(pipe_fds[0], buffer.data(), buffer.size())) > 0) {
    result.output.append(buffer.data(), static_cast<std::size_t>(got));
  }
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

bool have_tool(const std::string& name)
{
  return run_tool({"sh", "-c", "command -v " + name}).exit_code == 0;
}

std::filesystem::path fixture_cache()
{
#ifdef NOMINATE_FIXTURE_CACHE
  std::filesystem::path path = NOMINATE_FIXTURE_CACHE;
#else
  std::filesystem::path path = std::filesystem::temp_directory_path() / "nominate-fixtures";
#endif
  std::filesystem::create_directories(path);
  return path;
}

std::filesystem::path partial_name(const std::filesystem::path& target)
{
  return target.parent_path() / ("partial-" + std::to_string(::getpid()) + "-" + target.filename().string());
}

std::filesystem::path cached_tool_output(const std::filesystem::path& folder, const std::string& tool,
                                         const std::string& name, std::vector<std::string> args)
{
  std::filesystem::create_directories(folder);
  const auto target = folder / name;
  std::error_code error;
  if (std::filesystem::is_regular_file(target, error) && std::filesystem::file_size(target, error) > 0) {
    return target;
  }
  REQUIRE(have_tool(tool));
  const auto partial = partial_name(target);
  std::vector<std::string> argv{tool};
  for (auto& arg : args) {
    if (auto at = arg.find("{out}"); at != std::string::npos) {
      arg.replace(at, 5, partial.string());
    }
    argv.push_back(std::move(arg));
  }
  const auto run = run_tool(argv);
  INFO(tool << " failed making " << name << ":\n" << run.output);
  REQUIRE(run.exit_code == 0);
  std::filesystem::rename(partial, target);
  return target;
}

} // namespace nominate::test
