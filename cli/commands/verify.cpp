// nominate verify PKG.zip|FOLDER...: a received package (or one already unzipped) judged for safety, then
// integrity, then its rules.

#include "../check_options.hpp"
#include "../footers.hpp"
#include "../path_arguments.hpp"
#include "../progress.hpp"
#include "../report_output.hpp"
#include "../stop_signals.hpp"
#include "commands.hpp"

#include <nominate/folder/config.hpp>
#include <nominate/pack/pack.hpp>
#include <nominate/pack/verify.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

namespace nominate::cli {

namespace {

struct VerifyOptions {
  std::vector<std::string> packages;
  std::string extract;
  std::string rules;
  std::vector<std::string> formats;
  std::string lang;
  std::string as_of;
  unsigned jobs = 0; // 0: default_jobs()
  bool strict = false;
  bool no_waivers = false;
  bool quiet = false;
  std::string color = "auto";
  pack::VerifyLimits limits;
};

int run_verify(const VerifyOptions& options, const Environment& environment)
{
  auto language = choose_language(options.lang, environment);
  auto outputs = parse_outputs(options.formats);
  if (!outputs) {
    print_error(outputs.error(), language);
    return k_exit_error;
  }
  auto too_long = first_path_too_long(options.packages, language);
  if (!too_long) {
    too_long = path_too_long(options.extract, language);
  }
  if (too_long) {
    print_error(*too_long, language);
    return k_exit_error;
  }
  pack::VerifyRequest request;
  request.packages = without_repeats(options.packages); // a zip given twice is not compared with itself
  request.limits = options.limits;
  if (!options.extract.empty()) {
    request.extract_to = options.extract;
  }
  auto& check = request.check;
  check.load.rule_dirs = environment.rule_dirs;
  if (!options.rules.empty()) {
    check.load.rules = options.rules;
  }
  check.load.soffice = environment.soffice;
  check.load.previews = previews_for(options.formats); // the office's reviewers see the photos too
  if (!options.as_of.empty()) {
    check.as_of = core::parse_date(options.as_of, core::DateSyntax::lenient);
    if (!check.as_of) {
      print_error(core::fail(core::ErrorCode::invalid_argument,
                             "--as-of wants a date like 2024-05-01, not '" + options.as_of + "'")
                      .error(),
                  language);
      return k_exit_error;
    }
  }
  check.today = environment.today;
  check.strictness = options.strict ? pipeline::Strictness::warnings_fail : pipeline::Strictness::errors_fail;
  check.waivers = options.no_waivers ? pipeline::Waivers::ignore : pipeline::Waivers::apply;
  check.jobs = options.jobs > 0 ? options.jobs : default_jobs();
  check.tool_version = NOMINATE_VERSION;
  auto made = make_work_folder(environment.temp_dir, "verify");
  if (!made) {
    print_error(
        core::fail(core::ErrorCode::io, "cannot make a temporary folder", environment.temp_dir).error(),
        language);
    return k_exit_error;
  }
  std::filesystem::path work = *made;
  request.work_dir = work;
  check.load.work_dir = work / "convert";
  check.load.config_ceiling = work; // a nominate.yaml in $TMPDIR is not the package's
  check.load.received = true;

  std::unique_ptr<TerminalVerifyProgress> progress;
  if (environment.stderr_is_terminal && !options.quiet) {
    progress = std::make_unique<TerminalVerifyProgress>(language);
  }
  std::optional<TemporaryFolderGuard> guard(std::in_place, work, language, BusMessage::zip_changed);
  auto outcome = pack::verify_packages(request, progress.get());
  progress.reset();
  std::error_code ignored;
  std::filesystem::remove_all(work, ignored);
  guard.reset();

  for (const auto& error : outcome.errors) {
    print_error(error, language);
  }
  bool any_error = !outcome.errors.empty();
  outcome.report.errors = outcome.errors; // a stopped verify never reads as a pass (design.md)
  ReportStyle style{language, options.color, options.quiet, false};
  if (!write_reports(*outputs, outcome.report, style, environment)) {
    any_error = true;
  }
  for (const auto& package : outcome.packages) {
    if (package.extracted && !options.quiet) {
      std::cerr << (language == core::Language::zh ? "已解压到 " : "extracted to ")
                << package.extracted->string();
      if (package.extract_taken) {
        std::cerr << (language == core::Language::zh
                          ? "（“" + package.extract_taken->string() + "”已经存在，没有覆盖）"
                          : " (" + package.extract_taken->string() +
                                " exists already and was left as it was)");
      }
      std::cerr << '\n';
    } else if (request.extract_to && !package.verified && !options.quiet) {
      std::cerr << package.path
                << (language == core::Language::zh ? "：未通过验证，没有解压\n"
                                                   : ": not verified, nothing extracted\n");
    }
  }
  if (any_error) {
    return k_exit_error;
  }
  return outcome.report.passed() ? k_exit_pass : k_exit_findings;
}

} // namespace

void add_verify_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<VerifyOptions>();
  auto* command = app.add_subcommand(
      "verify", "Verify a received package: safety, integrity, then its rules / 验证收到的材料包");
  command
      ->add_option("PKG.zip", options->packages,
                   "zip files as received (packages or hand-made zips), or folders a package was unzipped "
                   "into")
      ->required();
  command->add_option(
      "--extract", options->extract,
      "write each package's payload to DIR/<zip name> when it verified (never overwrites: a taken name gets \" (2)\")");
  command->add_option("--rules", options->rules, "check the payload against this rule set");
  command->add_option(
      "--format", options->formats,
      "text, json, sarif, junit, github or html, optionally :FILE (repeatable; default text)");
  command->add_option("--lang", options->lang, "message language (default: from the locale)")
      ->transform(language_values());
  command->add_option("--as-of", options->as_of, "reference date for project age, YYYY-MM-DD");
  command->add_option("-j,--jobs", options->jobs, "submissions checked at once (default: one per core)")
      ->check(CLI::Range(1, 64));
  command->add_flag("--strict", options->strict, "warnings fail too (exit 1)");
  command->add_flag("--no-waivers", options->no_waivers, "ignore the waivers in the package's configs");
  command->add_flag("-q,--quiet", options->quiet, "no progress and no text report on stdout; exit code only");
  command->add_option("--color", options->color, "colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("--max-entries", options->limits.entries,
                      "refuse zips with more entries (default 10000)");
  // A size as pack's --max-size takes it (16G, 500M, or bytes), which the default's own wording invites.
  command
      ->add_option("--max-total", options->limits.total,
                   "refuse zips larger than this unpacked: 16G, 500M or bytes (default 16G)")
      ->transform(CLI::Validator(
          [](std::string& value) {
            const auto bytes = pack::parse_size(value);
            if (!bytes) {
              return std::string("wants a size like 16G or 500M, not '") + value + "'";
            }
            value = std::to_string(*bytes);
            return std::string();
          },
          "SIZE"));
  command->add_option("--max-ratio", options->limits.ratio,
                      "refuse entries over 1 MiB that expand more than this (default 200)");
  command->footer(std::string(k_verify_footer.en));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_verify(*options, environment); };
  });
}

} // namespace nominate::cli
