// nominate table PATH -o FILE.xlsx: the district's registration table (附表2 / 附表4), generated from the
// forms.

#include "../check_options.hpp"
#include "commands.hpp"

#include <nominate/pack/table.hpp>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

struct TableOptions {
  CheckOptions check;
  std::string output;
  bool force = false;
};

int run_table(const TableOptions& options, const Environment& environment)
{
  auto language = choose_language(options.check.lang, environment);
  auto request = make_check_request(options.check, environment);
  if (!request) {
    print_error(request.error(), language);
    return k_exit_error;
  }
  bool stopped = false;
  auto outcome = run_check(options.check, *request, environment, stopped);
  if (stopped) {
    return k_exit_error;
  }
  // The table's document date: SOURCE_DATE_EPOCH, else the run's as_of (pack decides), so the bytes repeat.
  auto written = pack::write_tables(outcome, options.output, source_date_epoch(), options.force);
  if (!written) {
    print_error(written.error(), language);
    return k_exit_error;
  }
  for (const auto& file : *written) {
    std::cerr << (language == core::Language::zh ? "已写入 " : "wrote ") << file.string() << "\n";
  }
  // The table is written whatever the findings: a clerk may print it while fixing them.
  return k_exit_pass;
}

} // namespace

void add_table_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<TableOptions>();
  auto* command = app.add_subcommand(
      "table", "Write the registration table (附表2/附表4) from the forms / 由推介表生成登记表");
  add_check_options(*command, options->check, Reports::not_offered);
  command->add_option("-o,--output", options->output, "the .xlsx to write (never over an existing file)")
      ->required();
  command->add_flag("--force", options->force,
                    "replace an existing file of that name (a table typed by hand is lost) / 覆盖已有文件");
  command->footer(
      "\nExamples / 示例:\n"
      "  nominate table ./海淀区 -o 登记表.xlsx    附表2 (stars); with projects also 登记表-附表4.xlsx\n");
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_table(*options, environment); };
  });
}

} // namespace nominate::cli
