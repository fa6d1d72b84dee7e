#pragma once

#include <nominate/folder/discover.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/office/docx.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace nominate::folder::detail {

// The form chosen among a folder's documents, read as far as it could be.
struct FormFile {
  const FoundFile* found = nullptr;         // null: no form in the folder
  std::string decided_by;                   // "name", "title", "newest"
  std::optional<office::Document> document; // read (after conversion for legacy formats)
  std::optional<ReadError> read_error;      // why it could not be read, when it could not
  std::vector<core::Finding> findings;      // ambiguous, converted from a legacy format, revisions
  std::vector<std::string> other_forms;     // candidates not chosen
  // No form found: the Word documents (.docx/.doc/.wps) that were not recognised as one, with their
  // titles ("推荐表.docx（标题：“个人情况”）"), for the message that no notice could be chosen; name and
  // title escaped (core::escape_name_for_text, core::quote_excerpt), ready to show.
  std::vector<std::string> unrecognised;
  // No form found, but a file named as one (推介表.docx) that is no Word document by its content (random
  // bytes, an .xlsx, another compound file, a folder or a FIFO): the form is there and unusable, not absent.
  std::optional<std::string> unusable;
};

// Whether a found file is a Word document by its content (.docx, .doc, .wps, RTF or HTML saved as .doc).
[[nodiscard]] bool is_word_document(const FoundFile& file);

// The title of a Word document that was not recognised as the form, as a clerk would want it named: the
// title of a .docx, empty when there is none or the file is legacy or unreadable; at most 40 characters,
// escaped (core::quote_excerpt): a document's text, quoted.
[[nodiscard]] std::string document_title(const FoundFile& file);

// Picks the form (design.md: a document whose name or title says 推介表, not 登记表; several → the newest,
// with material.ambiguous) and reads it, converting .doc/.wps through LibreOffice when one is given.
[[nodiscard]] FormFile read_form_file(const Discovery& discovery, const LoadOptions& options);

// Converts a legacy document (.doc, .wps) to .docx through LibreOffice when `options` name one, and gives the
// result to `use` before another conversion can replace it (submissions are read on -j threads); a converted
// file adds a material.legacy-format.converted finding (a warning) to `findings`. Returns why it was not
// converted (ReadErrorKind::legacy_format, with how to convert it and LibreOffice's words when it failed),
// nothing when it was.
[[nodiscard]] std::optional<ReadError>
with_converted(const std::filesystem::path& path, const std::string& file, const std::string& type,
               const LoadOptions& options, std::vector<core::Finding>& findings,
               const std::function<void(const std::filesystem::path&)>& use);

} // namespace nominate::folder::detail
