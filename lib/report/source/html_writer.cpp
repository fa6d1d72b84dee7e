// The HTML report (design.md, FMT html): one self-contained page for the reviewers at a district bureau or a
// city office — the district's findings and a summary table first, then a section per submission that prints
// on its own A4 page. Pictures are the materials' own thumbnails and poster frames (MaterialEntry::picture),
// embedded as data URIs; no script, no network. Every text from a user's file goes through html::escape.
#include "html_text.hpp"
#include "tally.hpp"
#include "wording.hpp"

#include <nominate/messages/labels.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/report/writers.hpp>
#include <nominate/rules/rule_set.hpp>

#include <fmt/format.h>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace nominate::report {

namespace {

using html::escape;

// The form's key fields, shown in this order where read: who or what, and for whom.
constexpr std::array k_key_fields{"name", "project_name", "gender",       "birth",  "unit_position",
                                  "unit", "period",       "participants", "mobile", "phone"};

class HtmlWriter {
public:
  HtmlWriter(std::ostream& out, const WriteOptions& options) : m_out(out), m_options(options) {}

  void write(const Report& report)
  {
    m_out << "<!DOCTYPE html>\n<html lang=\"" << (zh() ? "zh-CN" : "en")
          << "\">\n<head>\n<meta charset=\"utf-8\">\n"
          << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          << "<title>" << text("html.title") << "</title>\n<style>" << html::style_sheet() << "</style>\n"
          << "</head>\n<body>\n<header id=\"top\">\n<h1>" << text("html.title") << "</h1>\n";
    m_out << "<p class=\"meta\">" << text("html.generated") << colon() << "nominate "
          << escape(tool_version(report));
    if (!report.configs.empty()) {
      m_out << " · " << text("html.configs") << colon();
      for (std::size_t i = 0; i < report.configs.size(); ++i) {
        m_out << (i == 0 ? "" : (zh() ? "、" : ", ")) << html::name(report.configs[i]);
      }
    }
    m_out << "</p>\n<p class=\"summary-line\">" << escape(describe_summary(report.summary(), language()))
          << "</p>\n</header>\n";
    write_batch(report);
    write_summary_table(report);
    for (std::size_t i = 0; i < report.submissions.size(); ++i) {
      write_submission(report.submissions[i], i + 1, report.strict);
    }
    m_out << "</body>\n</html>\n";
  }

private:
  [[nodiscard]] core::Language language() const { return m_options.language; }
  [[nodiscard]] bool zh() const { return language() == core::Language::zh; }
  // A label's colon: the full-width one in Chinese text, which takes no space after it.
  [[nodiscard]] const char* colon() const { return zh() ? "：" : ": "; }
  // A catalogue label, escaped (the catalogue is ours, but nothing reaches the page unescaped).
  [[nodiscard]] std::string text(std::string_view id) const
  {
    return escape(messages::label(id, language()));
  }

  void write_batch(const Report& report)
  {
    bool any = false;
    for (const BatchEntry& entry : report.batch) {
      any = any || !entry.findings.empty();
    }
    if (report.batch.empty()) {
      return;
    }
    m_out << "<section id=\"batch\" class=\"batch\">\n<h2>" << text("html.batch") << "</h2>\n";
    if (!any) {
      m_out << "<p class=\"muted\">" << text("html.batch.none") << "</p>\n";
    }
    for (const BatchEntry& entry : report.batch) {
      if (entry.findings.empty()) {
        continue;
      }
      m_out << "<h3>" << html::name(entry.path) << escape(label_batch(m_options.language, entry.kind))
            << "</h3>\n";
      write_findings(entry.findings, entry.field_labels, report.strict);
    }
    m_out << "</section>\n";
  }

  [[nodiscard]] std::string kind_word(const SubmissionReport& submission) const
  {
    if (submission.kind == "star" || submission.kind == "brand") {
      return text("html.kind." + submission.kind);
    }
    return escape(submission.rules_title.empty() ? submission.kind : shown_title(submission));
  }

  // The rule set's title; a stand-in's (no notice could be chosen) in the report's language.
  [[nodiscard]] std::string shown_title(const SubmissionReport& submission) const
  {
    return std::string(zh() ? std::string_view(submission.rules_title)
                            : rules::stand_in_title_en(submission.rules_title));
  }

  [[nodiscard]] static std::string display_name(const SubmissionReport& submission)
  {
    return submission.title.empty() ? submission.path : submission.title;
  }

  void write_summary_table(const Report& report)
  {
    m_out << "<section id=\"summary\">\n<h2>" << text("html.summary")
          << "</h2>\n<table class=\"summary\">\n<thead><tr>";
    for (const char* column :
         {"html.column.order", "html.column.name", "html.column.kind", "html.column.verdict",
          "html.column.errors", "html.column.warnings", "html.column.video"}) {
      m_out << "<th>" << text(column) << "</th>";
    }
    m_out << "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < report.submissions.size(); ++i) {
      const SubmissionReport& submission = report.submissions[i];
      const bool pass = passed(submission, report.strict);
      const Summary counts = tally(submission.findings);
      std::string video;
      for (const MaterialEntry& material : submission.materials) {
        if (material.role == "video") {
          video += (video.empty() ? "" : "<br>") + escape(html::video_line(material.facts, language()));
        }
      }
      m_out << fmt::format(
          "<tr data-path=\"{}\" data-verdict=\"{}\"><td class=\"number\">{}</td>"
          "<td><a href=\"#s{}\">{}</a><div class=\"muted\">{}</div></td><td>{}</td>"
          "<td class=\"verdict {}\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td>"
          "<td>{}</td></tr>\n",
          html::name(submission.path), pass ? "pass" : "fail", i + 1, i + 1,
          html::name(display_name(submission)), html::name(submission.path), kind_word(submission),
          pass ? "pass" : "fail", escape(verdict_word(pass, language())), counts.errors, counts.warnings,
          video);
    }
    m_out << "</tbody>\n</table>\n</section>\n";
  }

  void write_submission(const SubmissionReport& submission, std::size_t order, bool strict)
  {
    const bool pass = passed(submission, strict);
    const Summary counts = tally(submission.findings);
    m_out << fmt::format("<section class=\"submission\" id=\"s{}\" data-path=\"{}\" data-verdict=\"{}\">\n",
                         order, html::name(submission.path), pass ? "pass" : "fail");
    m_out << fmt::format("<h2>{}. {} <span class=\"muted\">{}</span></h2>\n", order,
                         html::name(display_name(submission)), html::name(submission.path));
    m_out << fmt::format("<p class=\"verdict {}\">{} <span class=\"muted\">{}</span></p>\n",
                         pass ? "pass" : "fail", escape(verdict_word(pass, language())),
                         escape(describe_counts(counts.errors, counts.warnings, counts.waived, language())));
    write_rules(submission);
    write_fields(submission);
    write_photos(submission);
    write_videos(submission);
    m_out << "<h3>" << text("html.findings") << "</h3>\n";
    if (submission.findings.empty()) {
      m_out << "<p class=\"muted\">" << text("html.findings.none") << "</p>\n";
    }
    write_findings(submission.findings, submission.field_labels, strict);
    if (!submission.manual.empty()) {
      m_out << "<h3>" << escape(label_manual(language())) << "</h3>\n<ul class=\"manual\">\n";
      for (const core::LocalText& item : submission.manual) {
        m_out << "<li><label><input type=\"checkbox\"> " << escape(item.get(language())) << "</label></li>\n";
      }
      m_out << "</ul>\n";
    }
    m_out << "<p class=\"back\"><a href=\"#summary\">" << text("html.back") << "</a></p>\n</section>\n";
  }

  void write_rules(const SubmissionReport& submission)
  {
    m_out << "<table class=\"rules\">\n";
    std::string rules = escape(submission.rules);
    if (!submission.rules_title.empty()) {
      rules = escape(shown_title(submission)) + " (<code>" + rules + "</code>)";
    }
    m_out << "<tr><th>" << text("html.rules") << "</th><td>" << rules << "</td></tr>\n";
    m_out << "<tr><th>" << text("html.as-of") << "</th><td>"
          << escape(describe_as_of(submission.as_of, submission.as_of_source, submission.as_of_config,
                                   language()))
          << "</td></tr>\n";
    if (submission.deadline) {
      m_out << "<tr><th>" << text("html.deadline") << "</th><td class=\"deadline\">"
            << escape(describe_deadline(*submission.deadline, submission.days_left, language()))
            << "</td></tr>\n";
    }
    m_out << "</table>\n";
  }

  void write_fields(const SubmissionReport& submission)
  {
    std::string rows;
    for (const char* id : k_key_fields) {
      for (const FieldEntry& field : submission.fields) {
        if (field.id == id) {
          const std::string label = field.label.empty() ? field.id : field.label;
          rows += fmt::format("<tr data-field=\"{}\"><th>{}</th><td>{}</td></tr>\n", escape(field.id),
                              escape(label),
                              field.value.empty() ? text("html.field.empty") : escape(field.value));
        }
      }
    }
    for (const TextLength& length : submission.text_lengths) {
      std::string count(messages::label("html.length.count", language()));
      if (const auto at = count.find("{count}"); at != std::string::npos) {
        count.replace(at, 7, std::to_string(length.count));
      }
      rows += fmt::format(
          "<tr data-field=\"{}\"><th>{}（{}）</th><td>{} <span class=\"muted\">{}</span></td></tr>\n",
          escape(length.field), escape(length.label), text("html.lengths"), escape(count),
          escape(length.clause));
    }
    if (rows.empty()) {
      return;
    }
    m_out << "<h3>" << text("html.fields") << "</h3>\n<table class=\"fields\">\n" << rows << "</table>\n";
  }

  // The picture of a material, or a box saying there is none.
  [[nodiscard]] std::string picture(const MaterialEntry& material) const
  {
    if (!material.picture || material.picture->jpeg.empty()) {
      return "<div class=\"placeholder\">" + text("html.photo.no-preview") + "</div>";
    }
    return fmt::format("<img src=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\">",
                       html::jpeg_data_uri(material.picture->jpeg), material.picture->width,
                       material.picture->height, html::name(material.file));
  }

  static std::string row(const std::string& label, const std::string& value)
  {
    return value.empty() ? std::string() : "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
  }

  void write_photos(const SubmissionReport& submission)
  {
    std::vector<const MaterialEntry*> photos;
    for (const MaterialEntry& material : submission.materials) {
      if (material.role == "id_photo" || material.role == "photo") {
        photos.push_back(&material);
      }
    }
    m_out << "<h3>" << text("html.photos") << "</h3>\n";
    if (photos.empty()) {
      m_out << "<p class=\"muted\">" << text("html.photo.none") << "</p>\n";
      return;
    }
    m_out << "<div class=\"pictures\">\n";
    for (const MaterialEntry* photo : photos) {
      const bool id_photo = photo->role == "id_photo";
      const auto& facts = photo->facts;
      std::string table;
      table += row(text("html.photo.format"), escape(html::fact_text(facts, "format").value_or(photo->type)));
      const auto width = html::fact_integer(facts, "width");
      const auto height = html::fact_integer(facts, "height");
      if (width && height) {
        table += row(text("html.photo.pixels"), fmt::format("{}×{}", *width, *height));
        if (id_photo && *height > 0) {
          table += row(text("html.photo.aspect"),
                       fmt::format("{:.3f} <span class=\"muted\">(5:7 = 0.714)</span>",
                                   static_cast<double>(*width) / static_cast<double>(*height)));
        }
      }
      if (auto bytes = html::fact_integer(facts, "file_size")) {
        table += row(text("html.photo.bytes"), escape(html::describe_bytes(*bytes)));
      }
      if (auto grey = html::fact_flag(facts, "grayscale")) {
        table +=
            row(text("html.photo.colour"), text(*grey ? "html.photo.colour.no" : "html.photo.colour.yes"));
      }
      if (id_photo) {
        if (auto background = html::fact_text(facts, "background")) {
          auto rgb = html::fact_text(facts, "background_rgb").value_or("");
          table += row(text("html.photo.background"),
                       text("html.background." + *background) +
                           (rgb.empty() ? "" : " <span class=\"muted\">" + escape(rgb) + "</span>"));
        }
      }
      m_out << fmt::format(
          "<figure class=\"photo{}\" data-file=\"{}\">{}\n<figcaption><strong>{}</strong> {}\n"
          "<table>{}</table>\n",
          id_photo ? " id-photo" : "", html::name(photo->file), picture(*photo),
          text(id_photo ? "html.photo.id" : "html.photo.other"), html::name(photo->file), table);
      if (id_photo) {
        write_judgement(*photo, submission);
      }
      m_out << "</figcaption></figure>\n";
    }
    m_out << "</div>\n";
  }

  // The ID photo's judgement: what the photo checks found in this file, or that they found nothing.
  void write_judgement(const MaterialEntry& photo, const SubmissionReport& submission)
  {
    m_out << "<div class=\"judgement-block\"><strong>" << text("html.photo.judgement") << "</strong>";
    bool any = false;
    for (const core::Finding& finding : submission.findings) {
      if (finding.file != photo.file || !finding.rule.starts_with("photo.")) {
        continue;
      }
      any = true;
      const char* kind = finding.waived                                ? "waived"
                         : finding.severity == core::Severity::error   ? "error"
                         : finding.severity == core::Severity::warning ? "warning"
                                                                       : "info";
      m_out << "<div class=\"judgement " << kind << "\">" << escape(severity_mark(finding, language()))
            << colon() << escape(messages::render(escaped_for_text(finding), language()).message) << "</div>";
    }
    if (!any) {
      m_out << "<div class=\"judgement ok\">✓ " << text("html.photo.judgement.ok") << "</div>";
    }
    m_out << "</div>\n";
  }

  void write_videos(const SubmissionReport& submission)
  {
    std::vector<const MaterialEntry*> videos;
    for (const MaterialEntry& material : submission.materials) {
      if (material.role == "video") {
        videos.push_back(&material);
      }
    }
    if (videos.empty()) {
      return; // a video is optional for most; material.missing says so where it is not
    }
    m_out << "<h3>" << text("html.video") << "</h3>\n<div class=\"pictures\">\n";
    for (const MaterialEntry* video : videos) {
      const auto& facts = video->facts;
      std::string table;
      const auto container = html::fact_text(facts, "container").value_or(video->type);
      table += row(text("html.video.container"),
                   container == "unknown" ? text("html.video.container.unknown") : escape(container));
      if (auto codec = html::fact_text(facts, "codec")) {
        auto profile = html::fact_text(facts, "profile");
        table += row(text("html.video.codec"), escape(*codec + (profile ? " (" + *profile + ")" : "")));
      }
      const auto width = html::fact_integer(facts, "width");
      const auto height = html::fact_integer(facts, "height");
      if (width && height) {
        table += row(text("html.video.size"), fmt::format("{}×{}", *width, *height));
      }
      if (auto fps = html::fact_text(facts, "fps")) {
        const bool variable = html::fact_flag(facts, "variable_frame_rate").value_or(false);
        table += row(text("html.video.fps"),
                     escape(*fps) + " fps, " + text(variable ? "html.video.vfr" : "html.video.cfr"));
      }
      if (auto duration = html::fact_number(facts, "duration_s")) {
        table += row(text("html.video.duration"), fmt::format("{} <span class=\"muted\">({:.1f} s)</span>",
                                                              html::describe_duration(*duration), *duration));
      }
      if (auto bytes = html::fact_integer(facts, "file_size")) {
        table += row(text("html.video.bytes"), escape(html::describe_bytes(*bytes)));
      }
      if (auto audio = html::fact_flag(facts, "has_audio")) {
        table += row(text("html.video.audio"), text(*audio ? "html.video.audio.yes" : "html.video.audio.no"));
      }
      for (const char* key : {"damage", "problem"}) {
        if (auto problem = html::fact_text(facts, key)) {
          table += row(text("html.video.problem"), escape(messages::video_problem(*problem, language())));
        }
      }
      m_out << fmt::format("<figure class=\"video\" data-file=\"{}\">{}\n<figcaption><strong>{}</strong> "
                           "<span class=\"muted\">{}</span>\n<table>{}</table></figcaption></figure>\n",
                           html::name(video->file), picture(*video), html::name(video->file),
                           text("html.video.poster"), table);
    }
    m_out << "</div>\n";
  }

  void write_findings(const std::vector<core::Finding>& findings,
                      const std::map<std::string, std::string>& field_labels, bool /*strict*/)
  {
    struct Group {
      const char* label;
      const char* css;
    };
    constexpr std::array k_groups{
        Group{"html.severity.error", "error"}, Group{"html.severity.warning", "warning"},
        Group{"html.severity.info", "info"}, Group{"html.severity.waived", "waived"}};
    for (const Group& group : k_groups) {
      std::string block;
      int count = 0;
      for (const core::Finding& finding : findings) {
        const std::string_view kind = finding.waived                                ? "waived"
                                      : finding.severity == core::Severity::error   ? "error"
                                      : finding.severity == core::Severity::warning ? "warning"
                                                                                    : "info";
        if (kind != group.css) {
          continue;
        }
        ++count;
        block += finding_html(finding, field_labels, kind);
      }
      if (count > 0) {
        m_out << fmt::format("<h4 class=\"group {}\">{} ({})</h4>\n", group.css, text(group.label), count)
              << block;
      }
    }
  }

  [[nodiscard]] std::string finding_html(const core::Finding& finding,
                                         const std::map<std::string, std::string>& field_labels,
                                         std::string_view kind) const
  {
    const messages::RenderedFinding rendered = messages::render(escaped_for_text(finding), language());
    std::string out = fmt::format("<div class=\"finding {}\" data-rule=\"{}\">", kind, escape(finding.rule));
    const std::string place = describe_place(escaped_for_text(finding), field_labels, language());
    if (!place.empty()) {
      out += "<div class=\"place\">" + escape(place) + " · <code>" + escape(finding.rule) + "</code></div>";
    } else {
      out += "<div class=\"place\"><code>" + escape(finding.rule) + "</code></div>";
    }
    out += "<p class=\"message\">" + escape(rendered.message) + "</p><dl>";
    if (!finding.clause.empty()) {
      out += "<dt>" + escape(label_clause(language())) + "</dt><dd>" + escape(finding.clause) + "</dd>";
    }
    if (finding.waived) {
      std::string reason = finding.waiver_reason;
      if (!finding.waiver_approved_by.empty() || !finding.waiver_date.empty()) {
        reason += " (" + finding.waiver_approved_by +
                  (finding.waiver_date.empty() ? "" : " " + finding.waiver_date) + ")";
      }
      out += "<dt>" + escape(label_waiver(language())) + "</dt><dd>" + escape(reason) + "</dd>";
    } else if (!rendered.fix.empty()) {
      // The fix is the clerk's steps, then after a line break the command for IT staff: folded away.
      const auto split = rendered.fix.find('\n');
      out += "<dt>" + escape(label_fix(language())) + "</dt><dd>" + escape(rendered.fix.substr(0, split));
      if (split != std::string::npos && split + 1 < rendered.fix.size()) {
        out += "<details><summary>" + text("html.it-command") + "</summary><pre>" +
               escape(html::without_it_label(rendered.fix.substr(split + 1))) + "</pre></details>";
      }
      out += "</dd>";
    }
    out += "</dl></div>\n";
    return out;
  }

  std::ostream& m_out;
  const WriteOptions& m_options;
};

} // namespace

void write_html(std::ostream& out, const Report& report, const WriteOptions& options)
{
  HtmlWriter(out, options).write(report);
}

} // namespace nominate::report
