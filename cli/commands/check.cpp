// nominate check PATH...: read, check and report one or more submission or district folders.

#include "../output.hpp"
#include "../progress.hpp"
#include "../report_output.hpp"
#include "commands.hpp"

#include <nominate/folder/config.hpp>
#include <nominate/pipeline/check_paths.hpp>
#include <nominate/report/writers.hpp>

#include <iostream>
#include <memory>
#include <unistd.h>

namespace nominate::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string rules;
  std::vector<std::string> formats;
  std::string lang;
  std::string as_of;
  std::string level = "auto";
  bool deep = false;
  unsigned jobs = 1;
  bool strict = false;
  bool no_waivers = false;
  bool quiet = false;
  bool show_fields = false;
  std::string color = "auto";
};

int run_check(const CheckOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto outputs = parse_outputs(options.formats);
  if (!outputs) {
    print_error(outputs.error(), language);
    return k_exit_error;
  }
  pipeline::CheckRequest request;
  request.paths = options.paths;
  request.level = options.level == "submission" ? folder::Level::submission
                  : options.level == "district" ? folder::Level::district
                                                : folder::Level::automatic;
  request.load.rule_dirs = environment.rule_dirs;
  if (!options.rules.empty()) {
    request.load.rules = options.rules;
  }
  request.load.soffice = environment.soffice;
  request.load.work_dir = std::filesystem::temp_directory_path() / ("nominate-" + std::to_string(getpid()));
  request.load.depth = options.deep ? media::ProbeDepth::deep : media::ProbeDepth::index;
  if (!options.as_of.empty()) {
    request.as_of = folder::parse_iso_date(options.as_of);
    if (!request.as_of) {
      print_error(core::fail(core::ErrorCode::invalid_argument,
                             "--as-of wants a date like 2024-05-01, not '" + options.as_of + "'")
                      .error(),
                  language);
      return k_exit_error;
    }
  }
  request.today = environment.today;
  request.strictness =
      options.strict ? pipeline::Strictness::warnings_fail : pipeline::Strictness::errors_fail;
  request.waivers = options.no_waivers ? pipeline::Waivers::ignore : pipeline::Waivers::apply;
  request.jobs = options.jobs;
  request.tool_version = NOMINATE_VERSION;

  std::unique_ptr<TerminalProgress> progress;
  if (environment.stderr_is_terminal && !options.quiet) {
    progress = std::make_unique<TerminalProgress>(language);
  }
  auto outcome = pipeline::check_paths(request, progress.get());
  progress.reset();
  std::error_code ignored;
  std::filesystem::remove_all(request.load.work_dir, ignored);

  for (const auto& error : outcome.errors) {
    print_error(error, language);
  }
  bool any_error = !outcome.errors.empty();
  ReportStyle style{language, options.color, options.quiet, options.show_fields};
  if (!write_reports(*outputs, outcome.report, style, environment)) {
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
  command
      ->add_option("PATH", options->paths,
                   "a submission folder (a form or nomination.yaml) or a district folder")
      ->required();
  command->add_option("--rules", options->rules,
                      "a shipped rule set (national/star) or a rule file; see `rules list`");
  command->add_option("--format", options->formats,
                      "text, json, sarif, junit or github, optionally :FILE (repeatable; default text)");
  command->add_option("--lang", options->lang, "message language (default: from the locale)")
      ->check(CLI::IsMember({"zh", "en"}));
  command->add_option("--as-of", options->as_of, "reference date for project age, YYYY-MM-DD");
  command->add_option("--level", options->level, "treat PATH as one submission or as a district")
      ->check(CLI::IsMember({"auto", "submission", "district"}));
  command->add_flag("--deep", options->deep, "decode every video frame to find damage (slower)");
  command->add_option("-j,--jobs", options->jobs, "submissions checked at once")->check(CLI::Range(1, 64));
  command->add_flag("--strict", options->strict, "warnings fail too (exit 1)");
  command->add_flag("--no-waivers", options->no_waivers,
                    "ignore the waivers in nomination.yaml / nominate.yaml");
  command->add_flag("-q,--quiet", options->quiet, "no progress and no text report on stdout; exit code only");
  command->add_flag("--show-fields", options->show_fields,
                    "list every form field as read, with where it was found (text report)");
  command->add_option("--color", options->color, "colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_check(*options, environment); };
  });
}

} // namespace nominate::cli
