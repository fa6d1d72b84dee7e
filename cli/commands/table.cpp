// nominate table PATH -o FILE.xlsx: the district's registration table (附表2 / 附表4), generated from the
// forms.

#include "../check_options.hpp"
#include "../footers.hpp"
#include "commands.hpp"

#include <nominate/pack/table.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

// Whether the check failed only because the district has no registration table: the one being written.
bool failed_only_for_the_table(const report::Report& report)
{
  std::vector<core::Finding> rest;
  for (const auto& submission : report.submissions) {
    rest.insert(rest.end(), submission.findings.begin(), submission.findings.end());
  }
  for (const auto& batch : report.batch) {
    for (const auto& finding : batch.findings) {
      if (finding.message_id != "material.missing.registration") {
        rest.push_back(finding);
      }
    }
  }
  return report.errors.empty() && report::passed(rest, report.strict);
}

struct TableOptions {
  CheckOptions check;
  std::string output;
  bool force = false;
};

int run_table(const TableOptions& options, const Environment& environment)
{
  auto language = choose_language(options.check.lang, environment);
  auto epoch = source_date_epoch();
  if (!epoch) {
    print_error(epoch.error(), language);
    return k_exit_error;
  }
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
  auto written = pack::write_tables(outcome, options.output, *epoch, options.force);
  if (!written) {
    print_error(written.error(), language);
    return k_exit_error;
  }
  for (const auto& file : *written) {
    std::cerr << (language == core::Language::zh ? "已写入 " : "wrote ") << file.string() << "\n";
  }
  // A row without its form is left blank (its number aside): said first, as no finding says it of the table.
  const auto unfilled = pack::rows_without_form(outcome);
  for (const auto& path : unfilled) {
    std::cerr << (language == core::Language::zh
                      ? fmt::format("nominate: 注意：“{}”的推介表没能读取，登记表中它的那一行没能填上：请按 "
                                    "nominate check 的提示改好推介表，再加 --force 重新生成登记表。\n",
                                    path)
                      : fmt::format(
                            "nominate: note: the form of {} could not be read, so its row in the table "
                            "is left blank: fix the form as nominate check says, then write "
                            "the table again with --force.\n",
                            path));
  }
  // The table is written whatever the findings: a clerk may print it while fixing them. Its cells are only as
  // right as the forms, so a failed check is said, with how to see its findings and to write the table again.
  if (!outcome.report.passed() && failed_only_for_the_table(outcome.report)) {
    std::cerr
        << (language == core::Language::zh
                ? "nominate: 提示：检查只缺登记表，就是刚生成的这一份：打印、盖章后随材料报送，电子版放进区文件夹。\n"
                : "nominate: note: the only fault the check found is the missing registration table, the one "
                  "just written: print and stamp it, and put the file in the district's folder.\n");
  } else if (!outcome.report.passed()) {
    std::cerr
        << (language == core::Language::zh
                ? "nominate: 注意：检查未通过，登记表是按推介表现在的内容生成的。运行 nominate check "
                  "查看每个问题和改法，改正后加 --force 重新生成登记表。\n"
                : "nominate: note: the check failed, and the table holds what the forms say now. nominate "
                  "check lists each finding and its fix; after fixing, write the table again with "
                  "--force.\n");
  }
  return unfilled.empty() ? k_exit_pass : k_exit_findings;
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
  command->footer(std::string(k_table_footer.en));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_table(*options, environment); };
  });
}

} // namespace nominate::cli
