#include "fields.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/folder/count_text.hpp>
#include <nominate/office/document_text.hpp>
#include <nominate/office/docx.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <fstream>
#include <iterator>
#include <vector>

namespace nominate::folder {

namespace {

// The file's type by its content (a .doc renamed .docx is still a .doc). Sniffing wants the whole file (a
// zip's directory is at its end); a document past the readers' own limit is refused by them anyway.
office::DocumentType sniff_file(const std::filesystem::path& path)
{
  constexpr std::size_t k_max_bytes = std::size_t{256} * 1024 * 1024;
  auto head = core::read_input_head(path, k_max_bytes);
  if (!head) {
    return office::DocumentType::unknown;
  }
  const auto& bytes = head->bytes;
  return office::sniff_document(bytes);
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
  return core::fail(
      core::ErrorCode::invalid_argument,
      defined
          ? "the form has no field '" + *source.field + "'"
          : "no rule set defines a field '" + *source.field +
                "' (field ids: name, deeds, promo, description, …, or a label as the form prints it: 主要事迹和成效)",
      source.file);
}

} // namespace

core::Result<std::string> text_to_count(const CountSource& source, std::span<const rules::RuleSet> rule_sets)
{
  auto type = sniff_file(source.file);
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
