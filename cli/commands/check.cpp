// nominate check PATH...: read, check and report one or more submission or district folders.

#include "../check_options.hpp"
#include "../report_output.hpp"
#include "commands.hpp"

#include <memory>

namespace nominate::cli {

namespace {

int run_check_command(const CheckOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  ReportStyle style{language, options.color, options.quiet, options.show_fields};
  // A run that stops before it starts still records it in every report file it can name (design.md).
  auto stop = [&](const core::Error& error) {
    print_error(error, language);
    write_stopped_reports(options.formats, std::span(&error, 1), style, environment);
    return k_exit_error;
  };
  auto outputs = parse_outputs(options.formats, language);
  if (!outputs) {
    return stop(outputs.error());
  }
  auto request = make_check_request(options, environment);
  if (!request) {
    return stop(request.error());
  }
  bool stopped = false;
  auto outcome = run_check(options, *request, environment, stopped);
  if (!write_reports(*outputs, outcome.report, style, environment) || stopped) {
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
    action = [options, &environment] { return run_check_command(*options, environment); };
  });
}

} // namespace nominate::cli
