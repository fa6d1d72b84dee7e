// The text of a field given in a separate document (`见附件` in the cell, 事迹材料.docx in the folder).
#include "attachments.hpp"
#include "form_reader.hpp"
#include "materials.hpp"
#include "read_error_of.hpp"

#include <nominate/folder/discover.hpp>
#include <nominate/text/appendix.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <array>
#include <set>

namespace nominate::folder::detail {

namespace {

// Words of a file name that say it is the text a form refers to. 事迹 names the deeds (主要事迹, 事迹材料,
// 先进事迹); 附件 and 附页 name whatever the one referring field is.
constexpr std::string_view k_deeds_word = "事迹";
constexpr std::array<std::string_view, 2> k_generic_words{"附件", "附页"};

// Content types a text attachment may have: Word, WPS (read as the form is, through LibreOffice), a PDF
// with a text layer; encrypted documents are found, and said to be unreadable.
const std::set<std::string> k_document_types = {"docx", "doc", "wps",       "rtf",
                                                "pdf",  "odt", "encrypted", "encrypted-legacy"};

enum class Fit { none, generic, topic, named };

// A name says something of its own beyond 附件 when at least two Han characters (or six letters) are left.
constexpr std::size_t k_min_specific_bytes = 6;

struct Candidate {
  Material* material;
  std::string stem;     // normalised as labels are
  std::string specific; // the stem without 附件/附页: what it names (王秀兰主要事迹材料), or little
};

std::string without_generic_words(std::string stem)
{
  for (std::string_view word : k_generic_words) {
    for (auto at = stem.find(word); at != std::string::npos; at = stem.find(word)) {
      stem.erase(at, word.size());
    }
  }
  return stem;
}

// How well a document's name fits `spec`'s field, whose cell says `reference`
// (`详见附件：王秀兰主要事迹材料`).
Fit fit_of(const Candidate& candidate, const rules::FieldSpec& spec, const std::string& reference,
           bool only_field)
{
  std::vector<std::string> labels{spec.label};
  labels.insert(labels.end(), spec.aliases.begin(), spec.aliases.end());
  bool topic_deeds = false;
  for (const auto& label : labels) {
    auto normalized = text::normalize_label(label);
    if (!normalized.empty() && candidate.stem.find(normalized) != std::string::npos) {
      return Fit::named;
    }
    topic_deeds = topic_deeds || normalized.find(k_deeds_word) != std::string::npos;
  }
  if (candidate.specific.size() >= k_min_specific_bytes &&
      reference.find(candidate.specific) != std::string::npos) {
    return Fit::named; // the cell names the file: `详见附件：王秀兰主要事迹材料`
  }
  if (topic_deeds && candidate.stem.find(k_deeds_word) != std::string::npos) {
    return Fit::topic;
  }
  bool generic = std::any_of(k_generic_words.begin(), k_generic_words.end(), [&](std::string_view word) {
    return candidate.stem.find(word) != std::string::npos;
  });
  return generic && only_field ? Fit::generic : Fit::none;
}

// Documents that may be an attachment: Word/WPS/PDF files not placed as the form, its older versions, the
// registration table, the summary or a scan of the signed form.
std::vector<Candidate> candidates_of(Submission& submission)
{
  std::vector<Candidate> out;
  for (auto& material : submission.materials) {
    auto name = std::filesystem::path(material.file).filename().string();
    if ((material.role != Role::other && material.role != Role::scan) ||
        material.decided_by == "older-version" || !k_document_types.contains(material.type) ||
        names_registration(name) || names_summary(name) || names_scan(name) || names_form(name)) {
      continue;
    }
    auto stem = text::normalize_label(std::filesystem::path(material.file).stem().string());
    auto specific = without_generic_words(stem);
    out.push_back({&material, std::move(stem), std::move(specific)});
  }
  return out;
}

// The document's text; nullopt with the material's read_error set (or, for a scan, left unset) when there
// is none to read.
std::optional<std::string> read_text(Material& material, const LoadOptions& options, Submission& submission)
{
  if (material.type == "encrypted" || material.type == "encrypted-legacy") {
    material.read_error = read_error(ReadErrorKind::encrypted);
    return std::nullopt;
  }
  auto text = read_document(material, options, submission);
  if (!text) {
    return std::nullopt;
  }
  if (text::is_blank(*text)) {
    return std::nullopt; // a scanned PDF: no text layer
  }
  return std::move(*text);
}

} // namespace

void read_attachments(const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission)
{
  std::vector<const rules::FieldSpec*> referring;
  for (const auto& spec : rule_set.fields) {
    const auto* value = submission.field(spec.id);
    if (spec.text && value != nullptr && value->source == "form" && !value->from_appendix &&
        text::refers_to_appendix(value->text)) {
      referring.push_back(&spec);
    }
  }
  if (referring.empty()) {
    return;
  }
  auto candidates = candidates_of(submission);
  for (const auto* spec : referring) {
    auto& value = submission.fields[spec->id];
    const std::string reference = text::normalize_label(text::strip_hints(value.text).text);
    Candidate* best = nullptr;
    Fit best_fit = Fit::none;
    std::vector<std::string> tied; // other documents that fit as well as the one taken
    for (auto& candidate : candidates) {
      auto fit = fit_of(candidate, *spec, reference, referring.size() == 1);
      if (candidate.material == nullptr || fit == Fit::none) {
        continue;
      }
      if (fit > best_fit) { // materials are in path order: the first wins
        best = &candidate;
        best_fit = fit;
        tied.clear();
      } else if (fit == best_fit && candidate.stem != best->stem) { // 事迹.docx and 事迹.pdf are one text
        tied.push_back(candidate.material->file);
      }
    }
    if (best == nullptr) {
      continue;
    }
    Material& material = *best->material;
    auto text = read_text(material, options, submission);
    if (!text && best_fit == Fit::generic && !material.read_error) {
      continue; // 附件.pdf without a text layer: a scan of something, not evidently this text
    }
    if (!tied.empty()) {
      std::string others;
      for (const auto& file : tied) {
        others += (others.empty() ? "" : "、") + file;
      }
      submission.intake_findings.push_back(core::make_finding(
          "material.ambiguous", "material.ambiguous.attachment", core::Severity::warning, material.file,
          {{"field", spec->label}, {"chosen", material.file}, {"others", others}}));
    }
    best->material = nullptr; // answers this field only
    material.decided_by = "attachment";
    material.facts.emplace_back("attachment_of", spec->id);
    value.attachment = material.file;
    if (!text) {
      continue; // the check names the document that could not be read
    }
    material.role = Role::other;
    value.text = std::move(*text);
    value.source = "attachment";
    value.file = material.file;
    value.location.reset();
  }
}

} // namespace nominate::folder::detail
