// The report options shared by `check`, `pack`, `fix` and `verify`: --format parsing and writing every chosen
// format, and the reports of a run that stopped before it began.

#include "output.hpp"
#include "report_output.hpp"

#include <fstream>
#include <iostream>

namespace nominate::cli {

namespace {

// The report file a reader should open for everything: the first file in a format that holds every finding.
std::string full_report_of(const std::vector<ReportOutput>& outputs)
{
  for (const auto& output : outputs) {
    if (output.file && output.format != report::Format::github) {
      return output.file->generic_string();
    }
  }
  return {};
}

void append_step_summary(const std::filesystem::path& file, const report::Report& report,
                         const report::WriteOptions& options)
{
  std::ofstream out(file, std::ios::binary | std::ios::app);
  if (out) {
    report::write_github_summary(out, report, options);
  }
  if (!out) {
    print_error(core::Error{core::ErrorCode::io, "cannot append the job summary", file, {}},
                options.language);
  }
}

} // namespace

core::Result<std::vector<ReportOutput>> parse_outputs(const std::vector<std::string>& specs,
                                                      core::Language language)
{
  const bool zh = language == core::Language::zh;
  std::vector<ReportOutput> outputs;
  for (const auto& spec : specs.empty() ? std::vector<std::string>{"text"} : specs) {
    auto colon = spec.find(':');
    auto name = spec.substr(0, colon);
    auto format = report::parse_format(name);
    if (!format) {
      return core::fail(core::ErrorCode::invalid_argument,
                        zh ? "--format 不认识“" + name +
                                 "”：可用 text、json、sarif、junit、github 或 html（格式或 格式:文件名）"
                           : "unknown --format '" + name +
                                 "': use text, json, sarif, junit, github or html (FMT or FMT:FILE)");
    }
    ReportOutput output{*format, std::nullopt};
    if (colon != std::string::npos) {
      output.file = spec.substr(colon + 1);
      if (output.file->empty()) {
        return core::fail(core::ErrorCode::invalid_argument,
                          zh ? "--format " + name + "：冒号后要写文件名"
                             : "--format " + name + ": needs a file name after ':'");
      }
    }
    outputs.push_back(std::move(output));
  }
  return outputs;
}

bool write_reports(const std::vector<ReportOutput>& outputs, const report::Report& report,
                   const ReportStyle& style, const Environment& environment)
{
  report::Report stamped = report;
  if (stamped.started_at.empty()) {
    stamped.started_at = environment.now;
  }
  const std::string full_report = full_report_of(outputs);
  bool all_written = true;
  for (const auto& output : outputs) {
    report::WriteOptions write_options;
    write_options.language = style.language;
    write_options.fields =
        style.show_fields ? report::WriteOptions::Fields::show : report::WriteOptions::Fields::hide;
    bool terminal = !output.file && environment.stdout_is_terminal;
    bool colored = style.color == "always" || (style.color == "auto" && !environment.no_color && terminal);
    write_options.color =
        output.format == report::Format::text && colored ? report::Color::always : report::Color::never;
    write_options.full_report = full_report;
    if (output.file) {
      auto written = write_atomically(*output.file, [&](std::ostream& out) {
        report::write(output.format, out, stamped, write_options);
      });
      if (!written) {
        print_error(written.error(), style.language);
        all_written = false;
      }
    } else if (!(style.quiet && output.format == report::Format::text)) {
      report::write(output.format, std::cout, stamped, write_options);
    }
    if (output.format == report::Format::github && environment.github_step_summary) {
      append_step_summary(*environment.github_step_summary, stamped, write_options);
    }
  }
  std::cout.flush();
  return all_written;
}

void write_stopped_reports(const std::vector<std::string>& specs, std::span<const core::Error> errors,
                           const ReportStyle& style, const Environment& environment)
{
  std::vector<ReportOutput> outputs;
  for (const auto& spec : specs) {
    auto parsed = parse_outputs({spec}, style.language);
    if (!parsed) {
      continue;
    }
    // The text report of a run that did not start is the error on stderr, already printed.
    if (parsed->front().format == report::Format::text && !parsed->front().file) {
      continue;
    }
    outputs.push_back(parsed->front());
  }
  if (outputs.empty()) {
    return;
  }
  report::Report stopped;
  stopped.tool_version = NOMINATE_VERSION;
  stopped.errors.assign(errors.begin(), errors.end());
  (void)write_reports(outputs, stopped, style, environment);
}

std::vector<std::string> format_specs_in(int argc, char** argv)
{
  std::vector<std::string> specs;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (arg == "--format" && i + 1 < argc) {
      specs.emplace_back(argv[++i]);
    } else if (arg.starts_with("--format=")) {
      specs.emplace_back(arg.substr(9));
    }
  }
  return specs;
}

} // namespace nominate::cli
