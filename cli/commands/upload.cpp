// nominate upload PATH -o DIR: for notices that register online, each file renamed plainly within the form's
// limits, and 填报内容.txt with every text ready to paste.

#include "../check_options.hpp"
#include "../footers.hpp"
#include "../path_arguments.hpp"
#include "commands.hpp"

#include <nominate/pack/upload.hpp>

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace nominate::cli {

namespace {

struct UploadOptions {
  CheckOptions check;
  std::string output;
  bool force = false;
};

int run_upload(const UploadOptions& options, const Environment& environment)
{
  auto language = choose_language(options.check.lang, environment);
  bool zh = language == core::Language::zh;
  auto request = make_check_request(options.check, environment);
  if (!request) {
    print_error(request.error(), language);
    return k_exit_error;
  }
  if (auto inside = output_inside_input(options.output, options.check.paths)) {
    print_error(*inside, language);
    return k_exit_error;
  }
  bool stopped = false;
  auto outcome = run_check(options.check, *request, environment, stopped);
  if (stopped) {
    return k_exit_error;
  }
  if (auto online = pack::count_online(outcome); online.total > 0 && online.online == 0) {
    std::cerr
        << (zh ? "nominate: 注意：所用规则集的通知要求报送材料包（不是网上申报），报送请用 nominate pack；"
                 "下面仍按网上填报整理文件。\n"
               : "nominate: note: the rule set's notice asks for a package, not an online registration "
                 "(use nominate pack to send it); the files are still prepared for a web form below.\n");
  }
  auto plans = pack::plan_uploads(outcome);
  auto over = pack::write_uploads(plans, outcome, options.output,
                                  options.force ? pack::UploadOverwrite::replace_ours
                                                : pack::UploadOverwrite::refuse);
  if (!over) {
    print_error(over.error(), language);
    return k_exit_error;
  }
  for (const auto& plan : plans) {
    std::cerr << (zh ? "已写入 " : "wrote ") << (std::filesystem::path(options.output) / plan.folder).string()
              << "/ (" << plan.files.size()
              << (zh ? " 个文件和 填报内容.txt)\n" : " files and 填报内容.txt)\n");
  }
  const auto megabytes = [](std::uint64_t bytes) {
    return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1 << 20));
  };
  for (const auto& file : *over) {
    std::cerr
        << (zh ? fmt::format("nominate: “{}”（由“{}”复制）有 {}，超过网上申报的限制 {}：可运行 nominate fix "
                             "压缩照片、转码视频，再上传修正后的副本。",
                             file.written.string(), file.source.string(), megabytes(file.bytes),
                             megabytes(file.limit))
               : fmt::format("nominate: {} (copied from {}) is {}, over the form's limit of {}: nominate "
                             "fix shrinks photos and transcodes videos; upload its repaired copy.",
                             file.written.string(), file.source.string(), megabytes(file.bytes),
                             megabytes(file.limit)))
        << "\n";
  }
  // The check's findings are not printed here: say whether it passed, and how to see them.
  if (!outcome.report.passed()) {
    std::cerr << (zh ? "nominate: 检查未通过，上传前请先改正：运行 nominate check 查看每个问题和改法。\n"
                     : "nominate: the check failed; fix its findings before uploading (nominate check lists "
                       "them).\n");
  }
  return over->empty() && outcome.report.passed() ? k_exit_pass : k_exit_findings;
}

} // namespace

void add_upload_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<UploadOptions>();
  auto* command = app.add_subcommand(
      "upload",
      "For web-form notices: files renamed within limits, texts to paste / 网上申报：整理上传文件和填报内容");
  add_check_options(*command, options->check, Reports::not_offered);
  command->add_option("-o,--output", options->output, "the folder to write (one sub-folder per submission)")
      ->required();
  command->add_flag("--force", options->force,
                    "replace a submission's folder an earlier upload wrote (hand edits in it are lost)");
  command->footer(std::string(k_upload_footer.en));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_upload(*options, environment); };
  });
}

} // namespace nominate::cli
