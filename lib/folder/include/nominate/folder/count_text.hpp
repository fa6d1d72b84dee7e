#pragma once

#include <nominate/core/error.hpp>
#include <nominate/rules/rule_set.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <string>

namespace nominate::folder {

// What `nominate count` counts, read exactly as the checks read it.
struct CountSource {
  std::filesystem::path file;
  std::optional<std::string> field;             // a field id ("deeds"); none: the whole document
  std::optional<std::filesystem::path> soffice; // LibreOffice, for .doc/.wps/RTF; none → unsupported
  std::filesystem::path work_dir;               // a private folder for the conversion (the caller removes it)
};

// The text to count: a whole document's (.docx, .pdf, .txt, .md; legacy Word files through LibreOffice), or
// one form field's with the template's hints removed, found through the same label matching as the checks
// (folder's fields_from_form) under the first of `rule_sets` that defines the field.
// Errors: those of the readers; unsupported for a legacy file without LibreOffice (the message says to save
// it as .docx) and for a PDF without a text layer (a scan: nothing to count); invalid_argument when no rule
// set defines the field or the form has no such field.
[[nodiscard]] core::Result<std::string> text_to_count(const CountSource& source,
                                                      std::span<const rules::RuleSet> rule_sets);

} // namespace nominate::folder
