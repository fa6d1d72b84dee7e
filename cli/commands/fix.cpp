// nominate fix PATH... [-o DIR] [--dry-run] [--force]: check, repair what a machine can in a copy of the
// folder, check the copy, and print the verdicts before and after.

#include "../check_options.hpp"
#include "../footers.hpp"
#include "../path_arguments.hpp"
#include "../progress.hpp"
#include "../report_output.hpp"
#include "../stop_signals.hpp"
#include "commands.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/fix/copy.hpp>
#include <nominate/fix/plan.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/office/legacy.hpp>

#include <fmt/format.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

namespace nominate::cli {

namespace {

namespace fs = std::filesystem;

volatile std::sig_atomic_t g_interrupted = 0; // the stopping signal's number, 0 while none came

extern "C" void on_interrupt(int signal)
{
  g_interrupted = signal;
  office::stop_conversions(); // a legacy form being converted is not waited for
}

// Ctrl-C, `kill` and a closed terminal window all stop the fix the same way: the transcode stops at its next
// frame and the unfinished copy is removed (lib/fix's staging folder), the earlier copy left as it was.
constexpr std::array<int, 3> k_stop_signals = {SIGINT, SIGTERM, SIGHUP};

struct FixOptions {
  CheckOptions check;
  std::string output;
  bool dry_run = false;
  bool force = false;
};

// Draws "[1/2] 事迹视频.mp4  01:23 / 04:30  剩余约 02:10" on a terminal; silent otherwise. Always answers
// keep_going, so Ctrl-C stops a transcode cleanly (no half file) even without a terminal.
class FixProgress : public fix::FixSink {
public:
  FixProgress(bool draw, core::Language language) : m_draw(draw), m_language(language) {}
  ~FixProgress() override { clear(); }
  FixProgress(const FixProgress&) = delete;
  FixProgress& operator=(const FixProgress&) = delete;

  void action_started(std::size_t index, std::size_t total, const std::string& file) override
  {
    m_label = fmt::format("[{}/{}] {}", index, total, core::escape_name_for_text(file));
    m_started = std::chrono::steady_clock::now();
    if (m_draw) {
      std::cerr << "\r\x1b[K" << m_label << std::flush;
    }
  }
  void position(double seconds, double duration) override
  {
    if (!m_draw || duration <= 0) {
      return;
    }
    auto now = std::chrono::steady_clock::now();
    if (now - m_drawn < std::chrono::milliseconds(200)) {
      return;
    }
    m_drawn = now;
    double elapsed = std::chrono::duration<double>(now - m_started).count();
    std::string eta;
    if (seconds > 1) {
      eta = fmt::format(fmt::runtime(m_language == core::Language::zh ? "  剩余约 {}" : "  about {} left"),
                        clock(elapsed * (duration - seconds) / seconds));
    }
    std::cerr << "\r\x1b[K" << m_label << "  " << clock(seconds) << " / " << clock(duration) << eta
              << std::flush;
  }
  bool keep_going() override { return g_interrupted == 0; }
  void clear()
  {
    if (m_draw) {
      std::cerr << "\r\x1b[K" << std::flush;
    }
  }

private:
  static std::string clock(double seconds)
  {
    auto whole = static_cast<long>(seconds);
    return fmt::format("{:02}:{:02}", whole / 60, whole % 60);
  }

  bool m_draw;
  core::Language m_language;
  std::string m_label;
  std::chrono::steady_clock::time_point m_started;
  std::chrono::steady_clock::time_point m_drawn;
};

std::string verdict(const report::SubmissionReport* submission, bool strict, bool zh)
{
  if (submission == nullptr) {
    return "-";
  }
  // Warnings too: a photo converted from HEIC clears a warning, and the line should show it.
  auto count = [&](core::Severity severity) {
    return std::count_if(submission->findings.begin(), submission->findings.end(),
                         [&](const core::Finding& f) { return !f.waived && f.severity == severity; });
  };
  const auto errors = count(core::Severity::error);
  const auto warnings = count(core::Severity::warning);
  bool ok = report::passed(*submission, strict);
  // The words of check's report: 通过 / 不通过.
  return zh ? fmt::format("{}（{} 个错误，{} 个警告）", ok ? "通过" : "不通过", errors, warnings)
            : fmt::format("{} ({} error{}, {} warning{})", ok ? "passed" : "failed", errors,
                          errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
}

// A name as a person reads it on a terminal: escape sequences, line breaks and invisible characters in a
// folder's or file's name shown, never acted on (core::escape_name_for_text).
std::string shown(const std::string& name)
{
  return core::escape_name_for_text(name);
}

// The report's lines for what a dry run would repair.
std::vector<report::FixEntry> planned_fixes(const fix::Plan& plan)
{
  std::vector<report::FixEntry> out;
  out.reserve(plan.actions.size());
  for (const fix::Action& action : plan.actions) {
    out.push_back({action.file,
                   fix::to_string(action.kind),
                   action.from,
                   action.target == action.file ? action.to : action.to + " → " + action.target,
                   "planned",
                   {}});
  }
  return out;
}

void print_plan(std::ostream& out, const std::string& path, const fix::Plan& plan, bool zh)
{
  out << shown(path) << '\n';
  for (const fix::Action& action : plan.actions) {
    out << "  " << (zh ? "将修正 " : "will fix ") << shown(action.file) << ": " << action.from << " → "
        << action.to << (action.target != action.file ? " (" + shown(action.target) + ")" : "") << '\n';
    bool duration_off =
        std::any_of(plan.manual.begin(), plan.manual.end(), [&](const core::Finding& finding) {
          return finding.file == action.file && finding.rule == "video.duration";
        });
    if (action.bars == "portrait") {
      out << "    "
          << (zh ? "竖屏画面不会裁切，左右补黑边；要画面铺满，请在剪映里把比例设为 16:9 横屏后重新导出"
                 : "a portrait picture is not cropped: black bars left and right; to fill the frame, "
                   "export it again in 16:9 landscape (in 剪映: 比例 16:9)")
          << '\n';
    } else if (action.bars == "sides") {
      out << "    "
          << (zh ? "画面比要求的窄，不会裁切，左右补黑边"
                 : "the picture is narrower than the spec: not cropped, "
                   "black bars left and right")
          << '\n';
    } else if (action.bars == "top-bottom") {
      out << "    "
          << (zh ? "画面比例与要求不同，不会裁切，上下补黑边"
                 : "the picture is wider than the spec: not cropped, "
                   "black bars above and below")
          << '\n';
    }
    if (duration_off) {
      out << "    "
          << (zh ? "时长不会剪切或补足，仍需人工处理"
                 : "the duration is neither cut nor padded: a person decides")
          << '\n';
    }
  }
  // What no machine repairs, in the words the report uses for it (the rule id after it, for IT staff).
  for (const core::Finding& finding : plan.manual) {
    const auto rendered = messages::render(finding, zh ? core::Language::zh : core::Language::en);
    out << "  " << (zh ? "需人工处理：" : "needs a person: ") << rendered.message << " [" << finding.rule
        << "]\n";
  }
  if (plan.actions.empty() && plan.manual.empty()) {
    out << "  " << (zh ? "没有需要修正的" : "nothing to fix") << '\n';
  }
}

int run_fix(const FixOptions& options, const Environment& environment)
{
  auto language = choose_language(options.check.lang, environment);
  bool zh = language == core::Language::zh;
  auto outputs = parse_outputs(options.check.formats);
  auto request = make_check_request(options.check, environment);
  if (!outputs || !request) {
    print_error(!outputs ? outputs.error() : request.error(), language);
    return k_exit_error;
  }
  if (auto too_long = path_too_long(options.output, language)) {
    print_error(*too_long, language);
    return k_exit_error;
  }
  if (auto inside =
          options.output.empty() ? std::nullopt : output_inside_input(options.output, options.check.paths)) {
    print_error(*inside, language);
    return k_exit_error;
  }
  if (!options.output.empty() && options.check.paths.size() != 1) {
    print_error(core::fail(core::ErrorCode::invalid_argument, "-o DIR takes one PATH").error(), language);
    return k_exit_error;
  }
  bool draw = environment.stderr_is_terminal && !options.check.quiet;
  // Until fix sets its own handler (below), a stop ends the run: its work folder goes with it.
  TemporaryFolderGuard work_folder(request->load.work_dir);
  auto before = [&] {
    std::unique_ptr<TerminalProgress> progress;
    if (draw) {
      progress = std::make_unique<TerminalProgress>(language);
    }
    return pipeline::check_paths(*request, progress.get());
  }();
  for (const auto& error : before.errors) {
    print_error(error, language);
  }

  // Plans, grouped by the PATH each submission came from.
  struct Root {
    fs::path source;
    fs::path output;
    std::vector<fix::PlannedSubmission> plans;
  };
  std::vector<Root> roots;
  roots.reserve(options.check.paths.size());
  for (const std::string& path : options.check.paths) {
    roots.push_back(
        {path, options.output.empty() ? fix::default_output(path) : fs::path(options.output), {}});
  }
  bool quiet_text = options.check.quiet;
  // The plan and the before → after lines are for a person: on stdout beside a text report, on stderr when
  // stdout carries a report a program reads (`--format json` piped to a file or to jq).
  const bool report_on_stdout = std::any_of(outputs->begin(), outputs->end(), [](const ReportOutput& output) {
    return !output.file && output.format != report::Format::text;
  });
  std::ostream& human = report_on_stdout ? std::cerr : std::cout;
  std::vector<fix::Plan> plans; // by submission, as before.submissions
  for (std::size_t i = 0; i < before.submissions.size(); ++i) {
    const auto& loaded = before.submissions[i].loaded;
    plans.push_back(
        fix::plan_fixes(loaded, before.report.submissions[i].findings, environment.soffice.has_value()));
    if (!quiet_text) {
      print_plan(human, before.report.submissions[i].path, plans.back(), zh);
    }
    for (Root& root : roots) {
      if (auto relative = relative_to(loaded.submission.folder, root.source)) {
        root.plans.push_back({*relative, plans.back()});
        break;
      }
    }
  }
  human.flush();
  if (options.dry_run || !before.errors.empty()) {
    std::error_code ignored;
    fs::remove_all(request->load.work_dir, ignored);
    if (!before.errors.empty()) {
      return k_exit_error;
    }
    // A dry run's reports are the check's, each submission with the repairs planned for it (result
    // "planned"); the text report on stdout is the plan printed above.
    std::vector<ReportOutput> reports;
    std::copy_if(
        outputs->begin(), outputs->end(), std::back_inserter(reports),
        [](const ReportOutput& output) { return output.file || output.format != report::Format::text; });
    for (std::size_t i = 0; i < before.submissions.size(); ++i) {
      before.report.submissions[i].fixes = planned_fixes(plans[i]);
    }
    ReportStyle style{language, options.check.color, options.check.quiet, options.check.show_fields};
    if (!reports.empty() && !write_reports(reports, before.report, style, environment)) {
      return k_exit_error;
    }
    return before.report.passed() ? k_exit_pass : k_exit_findings;
  }

  std::array<void (*)(int), k_stop_signals.size()> previous{};
  for (std::size_t i = 0; i < k_stop_signals.size(); ++i) {
    previous[i] = std::signal(k_stop_signals[i], on_interrupt);
  }
  fix::CopyOptions copy;
  copy.overwrite = options.force ? fix::Overwrite::replace_ours : fix::Overwrite::refuse;
  copy.soffice = environment.soffice;
  copy.work_dir = request->load.work_dir / "fix";
  std::map<std::string, std::vector<report::FixEntry>> fixes; // by the copy's submission folder
  // The videos given a silent track (file, target), by the copy's submission folder: fix::carry_silence.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> silenced;
  bool any_error = false;
  pipeline::CheckRequest again = *request;
  again.paths.clear();
  // A copy without its form (one the account may not read, a link: left out) is judged under the rule set
  // its original was, a submission missing its form, not a run that cannot tell which notice applies.
  if (!before.submissions.empty() &&
      std::ranges::all_of(before.submissions, [&](const pipeline::CheckedSubmission& checked) {
        return checked.loaded.rule_set.reference() == before.submissions.front().loaded.rule_set.reference();
      })) {
    again.load.fallback_rules =
        std::make_shared<const rules::RuleSet>(before.submissions.front().loaded.rule_set);
  }
  {
    FixProgress progress(draw, language);
    for (const Root& root : roots) {
      if (g_interrupted != 0) {
        break; // the PATHs after the one a signal stopped are not begun
      }
      auto written = fix::write_fixed_copy(root.source, root.output, root.plans, copy, &progress);
      progress.clear();
      if (!written) {
        if (g_interrupted == 0) { // an interruption is said once, below
          print_error(written.error(), language);
        }
        any_error = true;
        continue;
      }
      again.paths.push_back(root.output.string());
      for (const fix::FixOutcome& outcome : *written) {
        if (outcome.action == "keep") {
          if (!quiet_text && outcome.result == "added") {
            human
                << (zh ? "保留了副本中另外添加的“" : "kept ") << shown((root.output / outcome.file).string())
                << (zh ? "”（原文件夹里没有它；已保留，随副本一起检查）"
                       : ", which a person added to the copy (the original folder has no such file; it is kept "
                         "and checked with the copy)")
                << '\n';
          } else if (!quiet_text) {
            human << (zh ? "保留了副本中改过的“" : "kept the copy's ")
                  << shown((root.output / outcome.file).string())
                  << (zh ? "”（--force 不覆盖人改过的文件；要用新的修正结果，先把它移走）"
                         : " as a person left it (--force never writes over a file changed by hand; move it "
                           "away to get a fresh one)")
                  << '\n';
          }
          continue;
        }
        fs::path folder = root.output / outcome.submission;
        if (std::ranges::find(outcome.notes, "silence-added") != outcome.notes.end()) {
          silenced[fs::weakly_canonical(folder).string()].emplace_back(outcome.file, outcome.target);
        }
        fixes[fs::weakly_canonical(folder).string()].push_back(
            {outcome.file, outcome.action, outcome.from,
             outcome.target == outcome.file ? outcome.to : outcome.to + " → " + outcome.target,
             outcome.result, outcome.notes});
        if (!outcome.ok) {
          // What the clerk does, in their language; the converter's own words (English) labelled for IT.
          const auto file = shown((root.source / outcome.submission / outcome.file).string());
          std::cerr << (zh ? fmt::format("nominate: “{}”没能自动修正，副本中是原样：请按检查报告中这个文件的"
                                         "“怎么改”手工处理。\n  给信息技术人员：{}\n",
                                         file, outcome.result)
                           : fmt::format(
                                 "nominate: {} could not be repaired and is in the copy as it was: "
                                 "follow the check report's fix for it by hand.\n  For IT staff: {}\n",
                                 file, outcome.result));
        }
      }
      if (!quiet_text) {
        human << (zh ? "已写出修正副本：" : "wrote the fixed copy: ") << shown(root.output.string()) << '\n';
      }
    }
  }
  for (std::size_t i = 0; i < k_stop_signals.size(); ++i) {
    std::signal(k_stop_signals[i], previous[i]);
  }
  if (g_interrupted != 0) {
    // The copy being written when the signal came is not there (an earlier one is left as it was); copies
    // of PATHs finished before it are complete and stay.
    std::cerr
        << (zh ? "nominate: 已中断：原文件未改动，没写完的修正副本已删除（之前的副本保持原样）"
               : "nominate: interrupted; the originals are untouched and the unfinished copy was removed "
                 "(an earlier one is left as it was)");
    if (!again.paths.empty()) {
      std::cerr << (zh ? "；已写完的副本：" : "; copies finished before: ");
      for (std::size_t i = 0; i < again.paths.size(); ++i) {
        std::cerr << (i > 0 ? ", " : "") << shown(again.paths[i]);
      }
    }
    std::cerr << '\n';
    // The run ends as the signal says (a shell sees 130 for Ctrl-C), as every other command does: the
    // handler put back above cleans up what is still armed and raises it again with the default action.
    std::cout.flush();
    std::raise(static_cast<int>(g_interrupted));
    return k_exit_error; // where the signal is ignored (nohup): the job still stopped
  }
  if (again.paths.empty()) {
    return k_exit_error;
  }

  pipeline::CheckOutcome after = pipeline::check_paths(again, nullptr);
  std::error_code ignored;
  fs::remove_all(request->load.work_dir, ignored);
  for (const auto& error : after.errors) {
    print_error(error, language);
    any_error = true;
  }
  // Each copy's submission paired with its original by path, not by position: a PATH whose copy could not
  // be written, or a name that sorts otherwise with -已修正 after it, would shift the positions.
  std::map<std::string, std::size_t> before_by_folder;
  for (std::size_t i = 0; i < before.submissions.size(); ++i) {
    before_by_folder[fs::weakly_canonical(before.submissions[i].loaded.submission.folder).string()] = i;
  }
  std::map<std::size_t, std::size_t> after_of_before;
  for (std::size_t i = 0; i < after.submissions.size(); ++i) {
    const auto copied = fs::weakly_canonical(after.submissions[i].loaded.submission.folder);
    for (const Root& root : roots) {
      const auto inside = copied.lexically_relative(fs::weakly_canonical(root.output));
      if (inside.empty() || *inside.begin() == "..") {
        continue;
      }
      const auto original = before_by_folder.find(fs::weakly_canonical(root.source / inside).string());
      if (original != before_by_folder.end()) {
        after_of_before[original->second] = i;
      }
    }
  }
  for (const auto& [b, a] : after_of_before) {
    fix::carry_left_out(before.report.submissions[b].findings, before.submissions[b].loaded.submission.folder,
                        after.submissions[a].loaded.submission.folder, after.report.submissions[a].findings);
    for (const auto& [file, target] :
         silenced[fs::weakly_canonical(after.submissions[a].loaded.submission.folder).string()]) {
      fix::carry_silence(before.report.submissions[b].findings, file, target,
                         after.report.submissions[a].findings);
    }
  }
  for (std::size_t i = 0; i < after.submissions.size(); ++i) {
    const fs::path& copy_folder = after.submissions[i].loaded.submission.folder;
    auto found = fixes.find(fs::weakly_canonical(copy_folder).string());
    if (found != fixes.end()) {
      after.report.submissions[i].fixes = found->second;
    }
  }
  if (!quiet_text) {
    human << '\n' << (zh ? "修正前 → 修正后：" : "before → after:") << '\n';
    for (std::size_t i = 0; i < before.report.submissions.size(); ++i) {
      const auto& path = before.report.submissions[i].path;
      const auto paired = after_of_before.find(i);
      const report::SubmissionReport* fixed =
          paired != after_of_before.end() ? &after.report.submissions[paired->second] : nullptr;
      human << "  " << verdict(&before.report.submissions[i], before.report.strict, zh) << "  →  "
            << verdict(fixed, after.report.strict, zh) << "  " << shown(path) << '\n';
    }
    human << '\n';
  }
  ReportStyle style{language, options.check.color, options.check.quiet, options.check.show_fields};
  if (!write_reports(*outputs, after.report, style, environment)) {
    any_error = true;
  }
  if (any_error) {
    return k_exit_error;
  }
  return after.report.passed() ? k_exit_pass : k_exit_findings;
}

} // namespace

void add_fix_command(CLI::App& app, const Environment& environment, Action& action)
{
  auto options = std::make_shared<FixOptions>();
  auto* command = app.add_subcommand("fix", "Repair what a machine can in a copy: videos to the spec, legacy "
                                            "forms to .docx / 自动修正（写入副本）");
  add_check_options(*command, options->check);
  command->add_option("-o,--output", options->output, "the fixed copy (default: <folder>-已修正 next to it)");
  command->add_flag("--dry-run", options->dry_run, "print what would be done, write nothing");
  command->add_flag("--force", options->force,
                    "replace a fixed copy written before (only the files nominate wrote)");
  command->footer(std::string(k_fix_footer.en));
  command->callback([options, &environment, &action] {
    action = [options, &environment] { return run_fix(*options, environment); };
  });
}

} // namespace nominate::cli
