// nominate pack PATH... [-o DIR]: check, then write the package that goes upward; nothing while an error
// remains.

#include "../check_options.hpp"
#include "../footers.hpp"
#include "../pack_progress.hpp"
#include "../path_arguments.hpp"
#include "../report_output.hpp"
#include "commands.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/pack/pack.hpp>
#include <nominate/pack/upload.hpp>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

// `lead`, then `names` (escaped for a terminal) in a list, on one line of stderr; nothing when there are
// none.
void print_names(const std::string& lead, const std::vector<std::string>& names, bool zh)
{
  if (names.empty()) {
    return;
  }
  std::cerr << lead;
  for (std::size_t k = 0; k < names.size(); ++k) {
    std::cerr << (k == 0 ? "" : (zh ? "、" : ", ")) << core::escape_name_for_text(names[k]);
  }
  std::cerr << "\n";
}

struct PackOptions {
  CheckOptions check;
  std::string output = ".";
  std::string per = "district";
  int revision = 1;
  std::string max_size;
  std::string name;
};

int run_pack(const PackOptions& options, const Environment& environment)
{
  auto language = choose_language(options.check.lang, environment);
  bool zh = language == core::Language::zh;
  std::optional<std::uint64_t> max_size;
  if (!options.max_size.empty()) {
    max_size = pack::parse_size(options.max_size);
    if (!max_size) {
      print_error(
          core::fail_because(
              core::ErrorCode::invalid_argument, "size-value",
              "--max-size wants a size like 50M or 2G (a bare number is bytes, at least 1024), not '" +
                  options.max_size + "'",
              options.max_size)
              .error(),
          language);
      return k_exit_error;
    }
  }
  auto outputs = parse_outputs(options.check.formats);
  if (!outputs) {
    print_error(outputs.error(), language);
    return k_exit_error;
  }
  auto request = make_check_request(options.check, environment);
  if (!request) {
    print_error(request.error(), language);
    return k_exit_error;
  }
  if (auto too_long = path_too_long(options.output, language)) {
    print_error(*too_long, language);
    return k_exit_error;
  }
  if (auto inside = output_inside_input(options.output, options.check.paths)) {
    print_error(*inside, language);
    return k_exit_error;
  }
  pack::PackRequest pack_request;
  pack_request.output_dir = options.output;
  pack_request.split = options.per == "submission" ? pack::Split::per_submission : pack::Split::per_district;
  pack_request.revision = options.revision;
  auto epoch = source_date_epoch();
  if (!epoch) {
    print_error(epoch.error(), language);
    return k_exit_error;
  }
  pack_request.bagging_date = *epoch;
  if (!options.name.empty()) {
    pack_request.name_pattern = options.name;
  }
  pack_request.max_size = max_size;
  pack_request.tool_version = NOMINATE_VERSION;
  pack_request.jobs = request->jobs;

  // The package's payload is written while the submissions are checked, and thrown away (with its temporary
  // file) unless the check passes; Ctrl-C removes it too.
  std::unique_ptr<TerminalPackProgress> drawn;
  if (environment.stderr_is_terminal && !options.check.quiet) {
    drawn = std::make_unique<TerminalPackProgress>(language);
  }
  TemporaryFileGuard guard(drawn.get());
  struct HeadStart : pipeline::LoadedSink {
    const pack::PackRequest* request = nullptr;
    pack::PackProgress* progress = nullptr;
    std::unique_ptr<pack::PackageWriter> writer;
    void loaded(const pipeline::CheckOutcome& so_far) override
    {
      writer = pack::PackageWriter::start(so_far, *request, progress);
    }
  } head_start;
  head_start.request = &pack_request;
  head_start.progress = &guard;

  bool stopped = false;
  auto outcome = run_check(options.check, *request, environment, stopped, &head_start);
  pack::accept_generated_tables(outcome, pack_request.split);
  ReportStyle style{language, options.check.color, options.check.quiet, options.check.show_fields};
  bool reports_ok = write_reports(*outputs, outcome.report, style, environment);
  std::cout.flush();
  if (stopped || !reports_ok || !head_start.writer) {
    return k_exit_error;
  }
  if (!outcome.report.passed()) {
    head_start.writer->abandon();
    // Under -q no report was shown: "the errors above" would point at nothing.
    const bool shown = !options.check.quiet;
    std::cerr
        << (zh ? (shown
                      ? "nominate: 未打包：上面的错误改正后（或经批准写入 waivers 例外并注明理由）再打包。\n"
                      : "nominate: 未打包：检查发现错误（去掉 -q 再运行一次可看到是哪些）。\n")
               : (shown ? "nominate: nothing packed: fix the errors above, or waive them with a reason, "
                          "then pack again.\n"
                        : "nominate: nothing packed: the check found errors (run again without -q to "
                          "see them).\n"));
    return k_exit_findings;
  }
  const auto& plans = head_start.writer->plans();
  if (!plans) {
    print_error(plans.error(), language);
    return k_exit_error;
  }
  for (const auto& warning : pack::size_warnings(*plans, max_size, language)) {
    std::cerr << (zh ? "nominate: 注意：包超过 --max-size，邮件或上传可能被拒："
                     : "nominate: warning: over --max-size: ")
              << warning << "\n";
  }
  auto result = head_start.writer->finish(outcome);
  drawn.reset();
  if (!result) {
    print_error(result.error(), language);
    return k_exit_error;
  }
  // -q: the exit code only (an error is still said).
  const auto& packages = result->packages;
  for (std::size_t i = 0; !options.check.quiet && i < packages.size(); ++i) {
    for (const auto& rename : packages[i].renames) {
      // Not only characters Windows refuses: a name too long for its paths is shortened too.
      std::cerr << (zh ? "nominate: 已改名（原名在 Windows 或解压软件中不安全或过长）："
                       : "nominate: renamed (unsafe or too long on Windows and in archivers): ")
                << rename.from << " → " << rename.to << "\n";
    }
    // What the system or an editor made in the folders is no material: left out, and said, so that a clerk
    // who sees Thumbs.db or ~$推介表.docx in the folder and not in the zip knows why.
    const std::string& name = packages[i].file_name;
    print_names(zh ? "nominate: " + name + " 未放入系统或办公软件自动生成的文件（不是材料）："
                   : "nominate: " + name + " leaves out files the system or an editor made (no material): ",
                packages[i].left_out, zh);
    // Files at the district's top that belong to no submission (a note, a blank template, 02-李四.zip left
    // zipped): not sent upward, and said.
    print_names(zh ? "nominate: " + name + " 未放入区文件夹顶层的其他文件（不属于任何推介）："
                   : "nominate: " + name +
                         " leaves out files at the district folder's top (part of no submission): ",
                packages[i].not_packed, zh);
    // The district's settings beside data/ (its nominate.yaml, a rule file, past lists): said, since a past
    // list names people and goes with every submission's package.
    std::vector<std::string> settings;
    for (const auto& setting : packages[i].settings) {
      settings.push_back(setting.entry);
    }
    print_names(zh ? "nominate: " + name + " 附上了区的设置文件："
                   : "nominate: " + name + " carries the district's settings: ",
                settings, zh);
  }
  for (std::size_t i = 0; !options.check.quiet && i < result->written.size(); ++i) {
    const auto& file = result->written[i];
    std::cerr << (zh ? "已写入 " : "wrote ") << file.string() << "\n";
  }
  if (auto online = pack::count_online(outcome); online.total > 0 && online.online == online.total) {
    std::cerr
        << (zh ? "nominate: 注意：本通知为网上申报，这个压缩包可用于存档或报送上级；网上填报所需的文件和文字请用 "
                 "nominate upload 准备。\n"
               : "nominate: note: this notice registers online; keep the package for the record or the "
                 "office above, and prepare the web form's files and texts with nominate upload.\n");
  }
  return k_exit_pass;
}

} // namespace

void add_pack_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<PackOptions>();
  auto* command = app.add_subcommand(
      "pack", "Check, then write the package that goes upward (a BagIt bag in a zip) / 检查后打包上报");
  add_check_options(*command, options->check);
  command->add_option("-o,--output", options->output, "the folder to write packages in (default: here)");
  command->add_option("--per", options->per, "one package per district (default) or per submission")
      ->check(CLI::IsMember({"district", "submission"}));
  command
      ->add_option("--revision", options->revision,
                   "the revision number recorded in bag-info.txt (default 1)")
      ->check(CLI::Range(1, 999));
  command->add_option("--max-size", options->max_size,
                      "warn before writing when a package passes this size (50M: an e-mail or upload limit)");
  command->add_option("--name", options->name,
                      "package name pattern: {district} {kind_zh} {date} {title} {seq:02} "
                      "(default {district}-{kind_zh}-{date}.zip; a submission {seq:02}-{title}.zip)");
  command->footer(std::string(k_pack_footer.en));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_pack(*options, environment); };
  });
}

} // namespace nominate::cli
