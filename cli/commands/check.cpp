// nominate check PATH...: read, check and report one or more submission or district folders.

#include "../check_options.hpp"
#include "../progress.hpp"
#include "commands.hpp"

#include <memory>

namespace nominate::cli {

namespace {

int run_check(const CheckOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto outputs = parse_outputs(options.formats);
  if (!outputs) {
    print_error(outputs.error(), language);
    return k_exit_error;
  }
  auto request = make_check_request(options, environment);
  if (!request) {
    print_error(request.error(), language);
    return k_exit_error;
  }
  std::unique_ptr<TerminalProgress> progress;
  if (environment.stderr_is_terminal && !options.quiet) {
    progress = std::make_unique<TerminalProgress>(language);
  }
  auto outcome = pipeline::check_paths(*request, progress.get());
  progress.reset();
  std::error_code ignored;
  std::filesystem::remove_all(request->load.work_dir, ignored);

  for (const auto& error : outcome.errors) {
    print_error(error, language);
  }
  bool any_error = !outcome.errors.empty();
  if (!write_reports(outcome.report, *outputs, options, environment, language)) {
    any_error = true;
  }
  if (any_error) {
    return k_exit_error;
  }
  return outcome.report.passed() ? k_exit_pass : k_exit_findings;
}

} // namespace

void add_check_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<CheckOptions>();
  auto* command =
      app.add_subcommand("check", "Check submission or district folders against their notice / 检查推介材料");
  add_check_options(*command, *options);
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_check(*options, environment); };
  });
}

} // namespace nominate::cli
