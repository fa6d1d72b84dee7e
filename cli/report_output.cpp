// The report options shared by `check` and `verify`: --format parsing and writing every chosen format.

#include "output.hpp"
#include "report_output.hpp"

#include <iostream>

namespace nominate::cli {

core::Result<std::vector<ReportOutput>> parse_outputs(const std::vector<std::string>& specs)
{
  std::vector<ReportOutput> outputs;
  for (const auto& spec : specs.empty() ? std::vector<std::string>{"text"} : specs) {
    auto colon = spec.find(':');
    auto name = spec.substr(0, colon);
    auto format = report::parse_format(name);
    if (!format) {
      return core::fail(core::ErrorCode::invalid_argument,
                        "unknown --format '" + name +
                            "': use text, json, sarif, junit, github or html (FMT or FMT:FILE)");
    }
    ReportOutput output{*format, std::nullopt};
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

bool write_reports(const std::vector<ReportOutput>& outputs, const report::Report& report,
                   const ReportStyle& style, const Environment& environment)
{
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
    if (output.file) {
      auto written = write_atomically(
          *output.file, [&](std::ostream& out) { report::write(output.format, out, report, write_options); });
      if (!written) {
        print_error(written.error(), style.language);
        all_written = false;
      }
    } else if (!(style.quiet && output.format == report::Format::text)) {
      report::write(output.format, std::cout, report, write_options);
    }
  }
  std::cout.flush();
  return all_written;
}

} // namespace nominate::cli
