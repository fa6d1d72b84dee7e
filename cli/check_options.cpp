#include "check_options.hpp"
#include "output.hpp"
#include "path_arguments.hpp"
#include "progress.hpp"
#include "stop_signals.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/folder/config.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <thread>
#include <unistd.h>

namespace nominate::cli {

CLI::Validator language_values()
{
  return CLI::Validator(
      [](std::string& value) -> std::string {
        static const std::map<std::string, std::string> k_names{
            {"zh", "zh"},          {"cn", "zh"},      {"zh-cn", "zh"},      {"zh_cn", "zh"},
            {"zh-hans", "zh"},     {"chs", "zh"},     {"chinese", "zh"},    {"中文", "zh"},
            {"zh_cn.utf-8", "zh"}, {"en", "en"},      {"en-us", "en"},      {"en_us", "en"},
            {"en-gb", "en"},       {"english", "en"}, {"en_us.utf-8", "en"}};
        auto key = value;
        std::ranges::transform(key, key.begin(), [](char c) {
          return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        });
        auto found = k_names.find(key);
        if (found == k_names.end()) {
          return "'" + value + "' is neither zh (中文) nor en (English)";
        }
        value = found->second;
        return {};
      },
      // Described as IsMember describes its set: shell completion reads the choices from it (command_model).
      "{zh,en}");
}

void add_check_options(CLI::App& command, CheckOptions& options, Reports reports)
{
  command
      .add_option("PATH", options.paths,
                  "a submission folder (a form or nomination.yaml) or a district folder")
      ->required();
  command.add_option("--rules", options.rules,
                     "a shipped rule set (national/star) or a rule file; see `rules list`");
  command.add_option("--lang", options.lang, "message language (default: from the locale)")
      ->transform(language_values());
  command.add_option("--as-of", options.as_of, "reference date for project age, YYYY-MM-DD");
  command.add_option("--level", options.level, "treat PATH as one submission or as a district")
      ->check(CLI::IsMember({"auto", "submission", "district"}));
  command.add_flag(
      "--deep", options.deep,
      "decode every video frame: damage, and silent, black, frozen, dark or blurry stretches (slower)");
  command.add_option("-j,--jobs", options.jobs, "submissions checked at once (default: one per core)")
      ->check(CLI::Range(1, 64));
  command.add_flag("--strict", options.strict, "warnings fail too (exit 1)");
  command.add_flag("--no-waivers", options.no_waivers,
                   "ignore the waivers in nomination.yaml / nominate.yaml");
  command.add_flag("-q,--quiet", options.quiet, "no progress and no text report on stdout; exit code only");
  if (reports == Reports::offered) {
    command.add_option(
        "--format", options.formats,
        "text, json, sarif, junit, github or html, optionally :FILE (repeatable; default text)");
    command.add_flag("--show-fields", options.show_fields,
                     "list every form field as read, with where it was found (text report)");
    command.add_option("--color", options.color, "colour the text report")
        ->check(CLI::IsMember({"auto", "always", "never"}));
  }
}

core::Result<pipeline::CheckRequest> make_check_request(const CheckOptions& options,
                                                        const Environment& environment)
{
  // A path the system cannot open is named here, once, rather than reported as missing.
  if (auto too_long = first_path_too_long(options.paths, choose_language(options.lang, environment))) {
    return std::unexpected(*too_long);
  }
  if (auto split = split_path(options.paths)) {
    return std::unexpected(*split);
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
  request.load.work_dir = environment.temp_dir / ("nominate-" + std::to_string(getpid()));
  request.load.depth = options.deep ? media::ProbeDepth::deep : media::ProbeDepth::index;
  request.load.previews = previews_for(options.formats);
  if (!options.as_of.empty()) {
    request.as_of = core::parse_date(options.as_of, core::DateSyntax::lenient);
    if (!request.as_of) {
      return core::fail(core::ErrorCode::invalid_argument,
                        choose_language(options.lang, environment) == core::Language::zh
                            ? "--as-of 要写成 2024-05-01 这样的日期，“" + options.as_of + "”不是日期"
                            : "--as-of wants a date like 2024-05-01, not '" + options.as_of + "'");
    }
  }
  request.today = environment.today;
  request.strictness =
      options.strict ? pipeline::Strictness::warnings_fail : pipeline::Strictness::errors_fail;
  request.waivers = options.no_waivers ? pipeline::Waivers::ignore : pipeline::Waivers::apply;
  request.jobs = options.jobs > 0 ? options.jobs : default_jobs();
  request.tool_version = NOMINATE_VERSION;
  return request;
}

pipeline::CheckOutcome run_check(const CheckOptions& options, const pipeline::CheckRequest& request,
                                 const Environment& environment, bool& stopped, pipeline::LoadedSink* loaded)
{
  auto language = choose_language(options.lang, environment);
  std::unique_ptr<TerminalProgress> progress;
  if (environment.stderr_is_terminal && !options.quiet) {
    progress = std::make_unique<TerminalProgress>(language);
  }
  std::optional<TemporaryFolderGuard> guard(std::in_place, request.load.work_dir);
  auto outcome = pipeline::check_paths(request, progress.get(), loaded);
  guard.reset();
  progress.reset();
  std::error_code ignored;
  std::filesystem::remove_all(request.load.work_dir, ignored);
  for (const auto& error : outcome.errors) {
    print_error(error, language);
  }
  stopped = !outcome.errors.empty();
  outcome.report.errors = outcome.errors; // every report of a stopped run says so (design.md)
  return outcome;
}

folder::Previews previews_for(const std::vector<std::string>& formats)
{
  const bool html = std::ranges::any_of(
      formats, [](const std::string& spec) { return spec == "html" || spec.starts_with("html:"); });
  return html ? folder::Previews::make : folder::Previews::none;
}

unsigned default_jobs()
{
  return std::max(1U, std::thread::hardware_concurrency());
}

core::Result<std::optional<core::Date>> source_date_epoch()
{
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') {
    return std::nullopt;
  }
  // 9999-12-31 23:59:59 in UTC+8: the last date a package can carry.
  constexpr long long k_last_second = 253402271999LL;
  char* end = nullptr;
  errno = 0;
  long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || errno != 0 || seconds < 0 || seconds > k_last_second || *value < '0' || *value > '9') {
    return core::fail_because(core::ErrorCode::invalid_argument, "source-date-epoch",
                              "SOURCE_DATE_EPOCH is '" + core::quote_excerpt(value) +
                                  "', not a number of seconds since 1970-01-01 (as `date +%s` prints): set "
                                  "it right, or unset it to date the package by the check's as_of",
                              core::quote_excerpt(value));
  }
  // Days since 1970-01-01 in UTC+8, to a civil date (Howard Hinnant's algorithm).
  long long days = (seconds + 8LL * 3600) / 86400 + 719468;
  long long era = days / 146097;
  long long day_of_era = days - era * 146097;
  long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  long long month_index = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return core::Date{year, month, day};
}

} // namespace nominate::cli
