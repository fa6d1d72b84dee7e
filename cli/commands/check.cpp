// nominate check PATH...: read, check and report one or more submission or district folders.

#include "../check_options.hpp"
#include "../footers.hpp"
#include "../path_arguments.hpp"
#include "../report_output.hpp"
#include "commands.hpp"

#include <nominate/fix/copy.hpp>
#include <nominate/fix/plan.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

// After a text report a person reads: which of the faults `nominate fix` repairs by itself, one line per
// PATH, from fix's own plan (so it never promises what fix would not do).
void suggest_fix(const CheckOptions& options, const pipeline::CheckOutcome& outcome,
                 const Environment& environment, bool zh)
{
  std::vector<std::size_t> files(options.paths.size(), 0);
  for (std::size_t i = 0; i < outcome.submissions.size() && i < outcome.report.submissions.size(); ++i) {
    const auto& loaded = outcome.submissions[i].loaded;
    const auto plan =
        fix::plan_fixes(loaded, outcome.report.submissions[i].findings, environment.soffice.has_value());
    if (plan.actions.empty()) {
      continue;
    }
    for (std::size_t p = 0; p < options.paths.size(); ++p) {
      if (relative_to(loaded.submission.folder, options.paths[p])) {
        files[p] += plan.actions.size();
        break;
      }
    }
  }
  for (std::size_t p = 0; p < options.paths.size(); ++p) {
    if (files[p] == 0) {
      continue;
    }
    const std::string copy = fix::default_output(options.paths[p]).string();
    std::cout
        << (zh ? "提示：其中 " + std::to_string(files[p]) +
                     " 个文件可以自动修正（视频转码、照片转换、旧版表格另存等）：运行 nominate fix \"" +
                     options.paths[p] + "\"，修正后的副本写到“" + copy + "”，原文件不动。"
               : "Tip: " + std::to_string(files[p]) +
                     " of these files can be repaired automatically (video transcoding, photo conversion, "
                     "legacy forms): nominate fix \"" +
                     options.paths[p] + "\" writes the repaired copy to " + copy +
                     " and leaves the originals alone.")
        << '\n';
  }
}

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
  const bool text_on_stdout = std::ranges::any_of(*outputs, [](const ReportOutput& output) {
    return !output.file && output.format == report::Format::text;
  });
  if (text_on_stdout && !options.quiet) {
    suggest_fix(options, outcome, environment, style.language == core::Language::zh);
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
  command->footer(std::string(k_check_footer.en));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_check_command(*options, environment); };
  });
}

} // namespace nominate::cli
