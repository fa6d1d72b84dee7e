#include "check_options.hpp"
#include "output.hpp"

#include <nominate/folder/config.hpp>

#include <iostream>
#include <unistd.h>

namespace nominate::cli {

void add_check_options(CLI::App& command, CheckOptions& options)
{
  command
      .add_option("PATH", options.paths,
                  "a submission folder (a form or nomination.yaml) or a district folder")
      ->required();
  command.add_option("--rules", options.rules,
                     "a shipped rule set (national/star) or a rule file; see `rules list`");
  command.add_option("--format", options.formats,
                     "text, json, sarif, junit or github, optionally :FILE (repeatable; default text)");
  command.add_option("--lang", options.lang, "message language (default: from the locale)")
      ->check(CLI::IsMember({"zh", "en"}));
  command.add_option("--as-of", options.as_of, "reference date for project age, YYYY-MM-DD");
  command.add_option("--level", options.level, "treat PATH as one submission or as a district")
      ->check(CLI::IsMember({"auto", "submission", "district"}));
  command.add_flag("--deep", options.deep, "decode every video frame to find damage (slower)");
  command.add_option("-j,--jobs", options.jobs, "submissions checked at once")->check(CLI::Range(1, 64));
  command.add_flag("--strict", options.strict, "warnings fail too (exit 1)");
  command.add_flag("--no-waivers", options.no_waivers,
                   "ignore the waivers in nomination.yaml / nominate.yaml");
  command.add_flag("-q,--quiet", options.quiet, "no progress and no text report on stdout; exit code only");
  command.add_flag("--show-fields", options.show_fields,
                   "list every form field as read, with where it was found (text report)");
  command.add_option("--color", options.color, "colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

core::Result<std::vector<Output>> parse_outputs(const std::vector<std::string>& specs)
{
  std::vector<Output> outputs;
  for (const auto& spec : specs.empty() ? std::vector<std::string>{"text"} : specs) {
    auto colon = spec.find(':');
    auto name = spec.substr(0, colon);
    auto format = report::parse_format(name);
    if (!format) {
      return core::fail(core::ErrorCode::invalid_argument,
                        "unknown --format '" + name +
                            "': use text, json, sarif, junit or github (FMT or FMT:FILE)");
    }
    Output output{*format, std::nullopt};
    if (colon != std::string::npos) {
      output.file = spec.substr(colon + 1);
      if (output.file->empty()) {
        return core::fail(core::ErrorCode::invalid_argument,
                          "--format " + name + ": needs a file name after ':'");
      }
    }
    outputs.push_back(std::move(output));
  }
  return outputs;
}

core::Result<pipeline::CheckRequest> make_check_request(const CheckOptions& options,
                                                        const Environment& environment)
{
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
      return core::fail(core::ErrorCode::invalid_argument,
                        "--as-of wants a date like 2024-05-01, not '" + options.as_of + "'");
    }
  }
  request.today = environment.today;
  request.strictness =
      options.strict ? pipeline::Strictness::warnings_fail : pipeline::Strictness::errors_fail;
  request.waivers = options.no_waivers ? pipeline::Waivers::ignore : pipeline::Waivers::apply;
  request.jobs = options.jobs;
  request.tool_version = NOMINATE_VERSION;
  return request;
}

bool write_reports(const report::Report& report, const std::vector<Output>& outputs,
                   const CheckOptions& options, const Environment& environment, core::Language language)
{
  bool ok = true;
  for (const auto& output : outputs) {
    report::WriteOptions write_options;
    write_options.language = language;
    write_options.fields =
        options.show_fields ? report::WriteOptions::Fields::show : report::WriteOptions::Fields::hide;
    bool terminal = !output.file && environment.stdout_is_terminal;
    bool colored =
        options.color == "always" || (options.color == "auto" && !environment.no_color && terminal);
    write_options.color =
        output.format == report::Format::text && colored ? report::Color::always : report::Color::never;
    if (output.file) {
      auto written = write_atomically(
          *output.file, [&](std::ostream& out) { report::write(output.format, out, report, write_options); });
      if (!written) {
        print_error(written.error(), language);
        ok = false;
      }
    } else if (!(options.quiet && output.format == report::Format::text)) {
      report::write(output.format, std::cout, report, write_options);
    }
  }
  std::cout.flush();
  return ok;
}

} // namespace nominate::cli
