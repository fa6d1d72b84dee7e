// The Markdown job summary of a GitHub Actions step ($GITHUB_STEP_SUMMARY, which the CLI names): the verdict
// of the run, a table of the submissions, and each failing folder's findings — what the annotations cannot
// all show. GitHub renders at most 1 MiB per step, so the findings listed are capped.
#include "tally.hpp"
#include "wording.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/errors.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>

#include <fmt/format.h>

#include <cctype>

namespace nominate::report {

namespace {

constexpr int k_listed = 200; // findings listed in all; the rest are counted

// A table cell or a list item on one line: line breaks as spaces, control characters gone, and every ASCII
// punctuation character backslash-escaped (CommonMark shows each as itself), so that nothing a submitter
// named — `[下载](https:…)`, `<img src=…>`, `**`, a backtick, a `www.` or `https:` GitHub would link, a
// table's
// '|' — becomes a link, an image, HTML or emphasis in the office's job summary.
[[nodiscard]] std::string cell(std::string_view text)
{
  std::string out;
  for (const char c : printable(text)) {
    if (c == '\n' || c == '\t') {
      out += ' ';
    } else if (c > ' ' && c < 0x7f && std::ispunct(static_cast<unsigned char>(c)) != 0) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// A folder's or package's name: shown as the text report shows it (core::escape_name_for_text: a U+202E as
// `<U+202E>`, never reversing the line), then as a cell.
[[nodiscard]] std::string name_cell(std::string_view name)
{
  return cell(core::escape_name_for_text(name));
}

class SummaryWriter {
public:
  SummaryWriter(std::ostream& out, core::Language language) : m_out(out), m_language(language) {}

  void findings(std::string_view folder, const std::vector<core::Finding>& findings,
                const std::map<std::string, std::string>& labels)
  {
    if (findings.empty()) {
      return;
    }
    m_out << "\n### " << name_cell(folder) << "\n\n";
    for (const core::Finding& finding : findings) {
      if (m_listed >= k_listed) {
        ++m_unlisted;
        continue;
      }
      ++m_listed;
      const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), m_language);
      const std::string place = describe_place(escaped_for_text(finding), labels, m_language);
      m_out << "- **" << severity_mark(finding, m_language) << "** `" << finding.rule << "` "
            << (place.empty() ? std::string() : cell(place) + (zh() ? "：" : ": "))
            << cell(masked_identifiers(rendered.message)) << '\n';
    }
  }

  [[nodiscard]] int unlisted() const { return m_unlisted; }

private:
  [[nodiscard]] bool zh() const { return m_language == core::Language::zh; }

  std::ostream& m_out;
  core::Language m_language;
  int m_listed = 0;
  int m_unlisted = 0;
};

} // namespace

void write_github_summary(std::ostream& out, const Report& report, const WriteOptions& options)
{
  const core::Language language = options.language;
  const bool zh = language == core::Language::zh;
  out << (zh ? "## nominate 检查结果\n\n" : "## nominate check\n\n");
  if (!report.errors.empty()) {
    out << "**" << describe_stopped(static_cast<int>(report.errors.size()), language) << "**\n\n";
    for (const core::Error& error : report.errors) {
      out << "- " << cell(messages::render_error(error, language)) << '\n';
    }
    out << '\n';
  }
  out << describe_summary(report.summary(), language) << "\n\n";
  if (!report.submissions.empty()) {
    out << (zh ? "| 推介材料 | 规则集 | 结论 | 错误 | 警告 | 已豁免 |\n"
               : "| Submission | Rule set | Verdict | Errors | Warnings | Waived |\n")
        << "| --- | --- | --- | ---: | ---: | ---: |\n";
    for (const SubmissionReport& submission : report.submissions) {
      const Summary counts = tally(submission.findings);
      const bool ok = passed(submission, report.strict);
      out << "| " << name_cell(submission.path) << " | " << cell(submission.rules) << " | "
          << (ok ? "✅ " : "❌ ") << verdict_word(ok, language) << " | " << counts.errors << " | "
          << counts.warnings << " | " << counts.waived << " |\n";
    }
  }
  SummaryWriter writer(out, language);
  for (const SubmissionReport& submission : report.submissions) {
    writer.findings(submission.path, submission.findings, submission.field_labels);
  }
  for (const BatchEntry& entry : report.batch) {
    writer.findings(entry.path + std::string(label_batch(language, entry.kind)), entry.findings,
                    entry.field_labels);
  }
  if (writer.unlisted() > 0) {
    out << '\n'
        << (zh ? fmt::format("另有 {} 个发现未列出。", writer.unlisted())
               : fmt::format("{} more findings are not listed.", writer.unlisted()))
        << '\n';
  }
  if (!options.full_report.empty()) {
    out << '\n' << (zh ? "完整报告：" : "Full report: ") << name_cell(options.full_report) << "\n";
  }
}

} // namespace nominate::report
