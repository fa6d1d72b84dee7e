// The text report: what a district clerk reads, grouped by submission (design.md, "Command line"). Plain
// characters a Chinese Windows console shows (GBK has □ and —); colour only when asked for.
#include "tally.hpp"
#include "wording.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/messages/labels.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>
#include <nominate/rules/rule_set.hpp>

#include <fmt/format.h>

#include <span>
#include <string_view>

namespace nominate::report {

namespace {

constexpr std::string_view k_finding_indent = "  ";

constexpr std::string_view k_detail_indent = "      ";
constexpr std::string_view k_continuation_indent = "        ";

enum class Paint { red, yellow, green, dim };

// The code point of one well-formed UTF-8 sequence of 2 to 4 bytes.
char32_t code_point(std::string_view sequence)
{
  static constexpr unsigned char k_lead_bits[] = {0, 0, 0x1F, 0x0F, 0x07};
  char32_t value = static_cast<unsigned char>(sequence[0]) & k_lead_bits[sequence.size()];
  for (std::size_t i = 1; i < sequence.size(); ++i) {
    value = (value << 6) | (static_cast<unsigned char>(sequence[i]) & 0x3F);
  }
  return value;
}

class TextWriter {
public:
  TextWriter(std::ostream& out, const WriteOptions& options) : m_out(out), m_options(options) {}

  void write_submission(const SubmissionReport& submission, bool strict)
  {
    const Summary counts = tally(submission.findings);
    std::string rules = submission.rules;
    const std::string title(zh() ? std::string_view(submission.rules_title)
                                 : rules::stand_in_title_en(submission.rules_title));
    if (!title.empty()) {
      rules = rules.empty() ? title
              : zh()        ? fmt::format("{}（{}）", title, submission.rules)
                            : fmt::format("{} ({})", title, submission.rules);
    }
    header(submission.path, rules, passed(submission, strict), counts);
    write_fixes(submission.fixes);
    for (const core::Finding& finding : submission.findings) {
      write_finding(finding, submission.field_labels);
    }
    if (m_options.fields == WriteOptions::Fields::show) {
      write_fields(submission.fields);
    }
    if (!submission.manual.empty()) {
      m_out << k_finding_indent << label_manual(language()) << '\n';
      for (const core::LocalText& item : submission.manual) {
        m_out << k_finding_indent << k_finding_indent << "□ " << printable(item.get(language())) << '\n';
      }
    }
    if (submission.deadline) {
      m_out << k_finding_indent
            << printable(describe_deadline(*submission.deadline, submission.days_left, language())) << '\n';
    }
    if (!submission.as_of_source.empty()) {
      m_out << k_finding_indent
            << printable(describe_as_of(submission.as_of, submission.as_of_source, submission.as_of_config,
                                        language()))
            << '\n';
    }
  }

  void write_batch(const BatchEntry& entry, bool strict)
  {
    const Summary counts = tally(entry.findings);
    header(entry.path + std::string(label_batch(language(), entry.kind)), {},
           passed(std::span<const core::Finding>(entry.findings), strict), counts);
    for (const core::Finding& finding : entry.findings) {
      write_finding(finding, entry.field_labels);
    }
  }

  void write_summary(const Summary& summary) { m_out << describe_summary(summary, language()) << '\n'; }

private:
  [[nodiscard]] core::Language language() const { return m_options.language; }
  [[nodiscard]] bool zh() const { return m_options.language == core::Language::zh; }

  [[nodiscard]] std::string paint(std::string_view text, Paint paint) const
  {
    if (m_options.color != Color::always) {
      return std::string(text);
    }
    std::string_view code;
    switch (paint) {
    case Paint::red:
      code = "\x1b[31m";
      break;
    case Paint::yellow:
      code = "\x1b[33m";
      break;
    case Paint::green:
      code = "\x1b[32m";
      break;
    case Paint::dim:
      code = "\x1b[2m";
      break;
    }
    return fmt::format("{}{}\x1b[0m", code, text);
  }

  // "path — rules — 不通过：错误 1 个，…"
  void header(std::string_view path, std::string_view rules, bool passed, const Summary& counts)
  {
    std::string line = printable(core::escape_name_for_text(path));
    if (!rules.empty()) {
      line += fmt::format(" — {}", printable(rules));
    }
    const std::string verdict = paint(verdict_word(passed, language()), passed ? Paint::green : Paint::red);
    line += fmt::format(" — {}{}{}", verdict, zh() ? "：" : ": ",
                        describe_counts(counts.errors, counts.warnings, counts.waived, language()));
    m_out << line << '\n';
    m_previous_fix.clear();
  }

  void write_finding(const core::Finding& finding, const std::map<std::string, std::string>& field_labels)
  {
    const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), language());
    const std::string mark = fmt::format("[{}]", severity_mark(finding, language()));
    std::string painted_mark = mark;
    if (!finding.waived && finding.severity == core::Severity::error) {
      painted_mark = paint(mark, Paint::red);
    } else if (!finding.waived && finding.severity == core::Severity::warning) {
      painted_mark = paint(mark, Paint::yellow);
    }
    const std::string place = describe_place(escaped_for_text(finding), field_labels, language());
    const std::string first =
        printable(place.empty() ? rendered.message
                                : fmt::format("{}{}{}", place, zh() ? "：" : ": ", rendered.message));

    std::string block;
    block += fmt::format("{}{} {}\n", k_finding_indent, finding.waived ? mark : painted_mark,
                         indent(first, k_detail_indent));
    if (!finding.clause.empty()) {
      block += detail(label_clause(language()), finding.clause);
    }
    // A waived finding was accepted as it is: its reason replaces the fix. A fix the finding just above gave
    // word for word (a phone's .MOV: its codec and its container, one export mends both) is not repeated.
    if (!rendered.fix.empty() && !finding.waived) {
      const std::string key = finding.file + '\n' + rendered.fix; // about the same file, too
      const bool same = !finding.file.empty() && key == m_previous_fix;
      block += detail(label_fix(language()), same ? std::string(fix_as_above(language())) : rendered.fix);
      m_previous_fix = key;
    } else {
      m_previous_fix.clear();
    }
    if (finding.waived) {
      auto reason = finding.waiver_reason;
      auto approval = finding.waiver_approved_by;
      if (!finding.waiver_date.empty()) {
        approval += (approval.empty() ? "" : ", ") + finding.waiver_date;
      }
      if (!approval.empty()) {
        reason +=
            language() == core::Language::zh ? "（批准：" + approval + "）" : " (approved: " + approval + ")";
      }
      block += detail(label_waiver(language()), reason);
    }
    if (finding.waived && m_options.color == Color::always) {
      // Dim each line by itself, so a terminal that resets at a line end still shows the rest dim.
      std::string dimmed;
      std::string_view rest = block;
      while (!rest.empty()) {
        const auto end = rest.find('\n');
        dimmed += paint(rest.substr(0, end), Paint::dim);
        dimmed += '\n';
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
      }
      block = std::move(dimmed);
    }
    m_out << block;
  }

  // "  读到的栏目：" and one line per field: `出生年月 (birth) = “1965年3月”  推介表.docx 表1 第1行第6格`, a
  // long value shortened to 40 characters with its full count, line breaks shown as " / " (GBK has no ⏎).
  // `nominate fix`: one line per repaired file, before the findings that remain.
  void write_fixes(const std::vector<FixEntry>& fixes)
  {
    if (fixes.empty()) {
      return;
    }
    const bool planned = fixes.front().result == "planned"; // `fix --dry-run`: what it would repair
    m_out << k_finding_indent
          << (planned
                  ? (zh() ? "将修正（nominate fix 写入副本）：" : "Would be fixed (nominate fix, in a copy):")
                  : (zh() ? "已修正（副本）：" : "Fixed (in the copy):"))
          << '\n';
    for (const FixEntry& fix : fixes) {
      std::string notes;
      for (const std::string& note : fix.notes) {
        notes += std::string(notes.empty() ? ""
                             : zh()        ? "；"
                                           : "; ") +
                 std::string(messages::label("fix.note." + note, language()));
      }
      if (!notes.empty()) {
        notes.insert(0, zh() ? "（" : " (");
        notes += zh() ? "）" : ")";
      }
      const bool done = fix.result == "fixed" || fix.result == "planned";
      m_out << k_finding_indent << k_finding_indent
            << (fix.result == "planned" ? "→ "
                : done                  ? "√ "
                                        : "× ")
            << printable(core::escape_name_for_text(fix.file) + ": " + core::escape_name_for_text(fix.from) +
                         " → " + core::escape_name_for_text(fix.to) + notes)
            << '\n';
      if (!done) {
        m_out << k_detail_indent << printable(fix.result) << '\n';
      }
    }
  }

  void write_fields(const std::vector<FieldEntry>& fields)
  {
    constexpr std::size_t k_shown_chars = 40;
    m_out << k_finding_indent << (zh() ? "读到的栏目：" : "Fields as read:") << '\n';
    if (fields.empty()) {
      m_out << k_finding_indent << k_finding_indent << (zh() ? "（没有读到任何栏目）" : "(none)") << '\n';
    }
    for (const FieldEntry& field : fields) {
      std::string value;
      std::size_t chars = 0;
      for (std::size_t at = 0; at < field.value.size(); ++chars) {
        auto lead = static_cast<unsigned char>(field.value[at]);
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (chars < k_shown_chars) {
          std::string_view piece = std::string_view(field.value).substr(at, length);
          // A bidi override or a zero-width character in a value would reorder or hide what the line
          // shows: named, as in file names (core::escape_name_for_text).
          const bool invisible =
              length > 1 && core::is_valid_utf8(piece) && core::is_invisible_format(code_point(piece));
          value += piece == "\n"   ? std::string(" / ")
                   : piece == "\r" ? std::string()
                   : invisible     ? core::escape_name_for_text(piece)
                                   : std::string(piece);
        }
        at += length;
      }
      if (chars > k_shown_chars) {
        value += zh() ? fmt::format("…（共 {} 字符）", chars) : fmt::format("… ({} characters)", chars);
      }
      std::string where = core::escape_name_for_text(field.file);
      if (field.location) {
        where += " " + describe_location(*field.location, language());
      }
      m_out << k_finding_indent << k_finding_indent
            << printable(fmt::format("{} ({}) = “{}”  {}", field.label, field.id, value, where)) << '\n';
    }
  }

  // "      要求：text", a multi-line text continuing under itself.
  [[nodiscard]] static std::string detail(std::string_view label, std::string_view text)
  {
    return fmt::format("{}{}{}\n", k_detail_indent, label, indent(printable(text), k_continuation_indent));
  }

  // The text with every line after the first indented; trailing line breaks dropped.
  [[nodiscard]] static std::string indent(std::string_view text, std::string_view prefix)
  {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
      text.remove_suffix(1);
    }
    std::string out;
    for (const char c : text) {
      if (c == '\r') {
        continue;
      }
      out += c;
      if (c == '\n') {
        out += prefix;
      }
    }
    return out;
  }

  std::ostream& m_out;
  const WriteOptions& m_options;
  std::string m_previous_fix; // the last finding's file and fix, in this submission
};

} // namespace

void write_text(std::ostream& out, const Report& report, const WriteOptions& options)
{
  TextWriter writer(out, options);
  for (const SubmissionReport& submission : report.submissions) {
    writer.write_submission(submission, report.strict);
    out << '\n';
  }
  for (const BatchEntry& entry : report.batch) {
    // A run that stopped prints no batch line without findings: "（整批） — 通过" above "检查未完成" would
    // read as a pass of checks that may not have run.
    if (!report.errors.empty() && entry.findings.empty()) {
      continue;
    }
    writer.write_batch(entry, report.strict);
    out << '\n';
  }
  writer.write_summary(report.summary());
}

} // namespace nominate::report
