#include "content_type.hpp"
#include "fields.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/core/input_file.hpp>
#include <nominate/folder/count_text.hpp>
#include <nominate/office/document_text.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <vector>

namespace nominate::folder {

namespace {

// The file's type by its content (a .doc renamed .docx is still a .doc), and its size. Sniffing wants the
// whole file (a zip's directory is at its end); a document past the readers' own limit is refused by them
// anyway. A file that cannot be opened is left to the reader, which says why.
struct Sniffed {
  office::DocumentType type = office::DocumentType::unknown;
  std::optional<std::uint64_t> size;
  std::string content; // what discovery would call it: jpeg, pdf, txt, …
};
Sniffed sniff_file(const std::filesystem::path& path)
{
  constexpr std::size_t k_max_bytes = std::size_t{256} * 1024 * 1024;
  auto head = core::read_input_head(path, k_max_bytes);
  if (!head) {
    return {};
  }
  auto extension = path.extension().string();
  extension = extension.empty() ? extension : extension.substr(1);
  return {office::sniff_document(head->bytes), head->size, content_type(head->bytes, extension)};
}

// A file named as a Word document (.docx, .doc, .wps) whose bytes are none — a PDF, a photo, plain text
// behind a changed extension — is not counted, as the checks do not read it as a form (not-what-named).
bool word_name_other_content(const std::filesystem::path& path, office::DocumentType type)
{
  auto extension = path.extension().string();
  for (auto& c : extension) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const bool word_name = extension == ".docx" || extension == ".doc" || extension == ".wps";
  return word_name && (type == office::DocumentType::pdf || type == office::DocumentType::text ||
                       type == office::DocumentType::unknown || type == office::DocumentType::zip_other);
}

core::Result<std::filesystem::path> readable_file(const CountSource& source, office::DocumentType type)
{
  if (!office::is_legacy(type)) {
    return source.file;
  }
  if (!source.soffice) {
    return core::fail(
        core::ErrorCode::unsupported,
        "a legacy Word file, and LibreOffice is not installed to read it: open it in WPS or Word "
        "and save it as .docx (文件 › 另存为 › Word 文档 *.docx), then count that file. IT: " +
            office::convert_command(source.file),
        source.file);
  }
  return office::convert_to_docx(source.file, source.work_dir, office::ConvertOptions{*source.soffice});
}

// The long texts (事迹, 简介 …) some rule set finds filled in this form, as "id（label）" once per id, the
// label without its bracketed note: what the clerk may have meant when the field asked for is not on it
// (`--field deeds` on a brand project's form). From the rule sets, so no user's text.
std::vector<std::string> texts_on_form(const office::Document& document, const CountSource& source,
                                       std::span<const rules::RuleSet> rule_sets)
{
  std::vector<std::string> found;
  for (const auto& rule_set : rule_sets) {
    Submission submission;
    detail::fields_from_form(document, source.file.filename().string(), rule_set, submission);
    for (const auto& spec : rule_set.fields) {
      const auto* value = submission.field(spec.id);
      const auto known =
          std::ranges::any_of(found, [&](const auto& said) { return said.starts_with(spec.id + "（"); });
      if (spec.text && value != nullptr && !known &&
          !text::strip_hints(value->text, spec.hints).text.empty()) {
        found.push_back(spec.id + "（" + spec.label.substr(0, spec.label.find("（")) + "）");
      }
    }
  }
  return found;
}

core::Result<std::string> field_text(const std::filesystem::path& docx, const CountSource& source,
                                     std::span<const rules::RuleSet> rule_sets)
{
  auto document = office::read_docx_file(docx);
  if (!document) {
    return std::unexpected(document.error());
  }
  bool defined = false;
  for (const auto& rule_set : rule_sets) {
    // A field id (deeds) or its label as the form prints it (主要事迹和成效, or an alias: 主要事迹).
    const auto* spec = rule_set.field(*source.field);
    if (spec == nullptr) {
      spec = rule_set.field_by_label(*source.field);
    }
    if (spec == nullptr) {
      continue;
    }
    defined = true;
    Submission submission;
    detail::fields_from_form(*document, source.file.filename().string(), rule_set, submission);
    if (const auto* value = submission.field(spec->id)) {
      return text::strip_hints(value->text, spec->hints).text;
    }
  }
  // A label printed on the form that no rule set knows (a province's 事迹概要): read as a field of its own,
  // beside each rule set's fields so that the value ends where the next known label begins.
  const bool label = std::ranges::any_of(*source.field, [](char c) { return (c & 0x80) != 0; });
  for (const auto& rule_set : label && !defined ? rule_sets : std::span<const rules::RuleSet>()) {
    auto with_label = rule_set;
    rules::FieldSpec asked;
    asked.id = "count-field";
    asked.label = *source.field;
    asked.text = true;
    with_label.fields.push_back(std::move(asked));
    Submission submission;
    detail::fields_from_form(*document, source.file.filename().string(), with_label, submission);
    if (const auto* value = submission.field("count-field")) {
      return value->text;
    }
  }
  if (defined) {
    if (auto others = texts_on_form(*document, source, rule_sets); !others.empty()) {
      std::string listed;
      for (const auto& other : others) {
        listed += (listed.empty() ? "" : "、") + other;
      }
      auto error = core::fail_because(
          core::ErrorCode::invalid_argument, "count-field-elsewhere",
          "the form has no field '" + *source.field + "'; its long texts: " + listed, source.file);
      error.error().subject = core::escape_name_for_text(*source.field);
      error.error().also = listed;
      return error;
    }
  }
  auto error = core::fail_because(
      core::ErrorCode::invalid_argument, defined ? "count-field-missing" : "count-field-unknown",
      defined
          ? "the form has no field '" + *source.field + "'"
          : "no rule set defines a field '" + *source.field +
                "' (field ids: name, deeds, promo, description, …, or a label as the form prints it: 主要事迹和成效)",
      source.file);
  error.error().subject = core::escape_name_for_text(*source.field);
  return error;
}

} // namespace

core::Result<std::string> text_to_count(const CountSource& source, std::span<const rules::RuleSet> rule_sets)
{
  const auto [type, size, content] = sniff_file(source.file);
  if (size && *size == 0) {
    return core::fail_because(core::ErrorCode::unreadable, "empty-file",
                              "the file is empty (0 bytes): nothing to count. Copy or export it again",
                              source.file);
  }
  if (size && word_name_other_content(source.file, type)) {
    return core::fail_because(
        core::ErrorCode::unsupported, "content-not-named",
        "named " + source.file.extension().string() + ", but it is no Word document (its content: " +
            (content == "unknown" ? std::string("of no kind this tool reads") : content) +
            "). Open it in the program that made it and save it as .docx; a PDF, rename it .pdf",
        source.file);
  }
  auto readable = readable_file(source, type);
  if (!readable) {
    return std::unexpected(readable.error());
  }
  auto text = source.field ? field_text(*readable, source, rule_sets) : office::read_document_text(*readable);
  if (text && type == office::DocumentType::pdf && text::trim(*text).empty()) {
    return core::fail(
        core::ErrorCode::unsupported,
        "a PDF without a text layer (a scan): its characters cannot be counted. Count the .docx it "
        "was made from, or a PDF exported from Word",
        source.file);
  }
  return text;
}

} // namespace nominate::folder
