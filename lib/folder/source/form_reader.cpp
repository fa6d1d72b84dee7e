#include "copies.hpp"
#include "form_reader.hpp"
#include "read_error_of.hpp"

#include <nominate/core/display_name.hpp>
#include <nominate/core/input_file.hpp>
#include <nominate/office/form.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>

#include <algorithm>
#include <atomic>
#include <string>

namespace nominate::folder::detail {

bool is_word_document(const FoundFile& file)
{
  static const std::vector<std::string> k_types = {"docx", "doc", "wps",       "rtf",
                                                   "xml",  "odt", "encrypted", "encrypted-legacy"};
  bool by_content = std::find(k_types.begin(), k_types.end(), file.content_type) != k_types.end();
  // An HTML page saved as .doc is what some web forms hand out: treat it as a legacy document.
  bool html_as_doc = file.content_type == "html" && (file.extension == "doc" || file.extension == "wps");
  return by_content || html_as_doc;
}

namespace {

bool is_legacy(const FoundFile& file)
{
  return file.content_type != "docx";
}

// Reads a .docx; why a damaged or protected one could not be read goes to `read_error`.
std::optional<office::Document> read_docx_or_report(const std::filesystem::path& path,
                                                    std::optional<ReadError>& read_error)
{
  auto document = office::read_docx_file(path);
  if (document) {
    return std::move(*document);
  }
  read_error = read_error_of(document.error(), path);
  return std::nullopt;
}

// Converts a legacy form through LibreOffice when one is available, else says how to convert it.
std::optional<office::Document> read_legacy(const FoundFile& form, const LoadOptions& options, FormFile& out)
{
  if (form.content_type == "encrypted" || form.content_type == "encrypted-legacy") {
    out.read_error = read_error(ReadErrorKind::encrypted);
    return std::nullopt;
  }
  std::optional<office::Document> document;
  std::optional<ReadError> unreadable; // the converted .docx's
  auto unconverted = with_converted(
      form.path, form.file, form.content_type, options, out.findings,
      [&](const std::filesystem::path& converted) { document = read_docx_or_report(converted, unreadable); });
  out.read_error = unconverted ? std::move(unconverted) : std::move(unreadable);
  return document;
}

} // namespace

std::optional<ReadError> with_converted(const std::filesystem::path& path, const std::string& file,
                                        const std::string& type, const LoadOptions& options,
                                        std::vector<core::Finding>& findings,
                                        const std::function<void(const std::filesystem::path&)>& use)
{
  auto not_converted = unconverted(type, office::convert_command(path));
  if (!options.soffice) {
    // A compound file damaged beyond reading (cut short, only its header copied) is damaged without
    // LibreOffice too: the clerk is told to copy it again, not to install LibreOffice. (With LibreOffice,
    // convert_document judges the same before it runs.)
    constexpr std::uint64_t k_largest_inspected = std::uint64_t{64} * 1024 * 1024;
    if (auto bytes = core::read_input_file(path, k_largest_inspected)) {
      if (auto damage = office::compound_file_damage(*bytes)) {
        return read_error(ReadErrorKind::damaged, "the file is damaged: " + *damage);
      }
    }
    return not_converted;
  }
  // Submissions are read on -j threads: each thread converts in a folder of its own under options.work_dir
  // (its LibreOffice profile, in/ and out/ files), so conversions run side by side, and a thread's later
  // conversions reuse its profile (LibreOffice's first start in a new profile is the slow part). The in/
  // and out/ files are removed before and after each conversion: a stale output is never taken for a
  // failed conversion's.
  static std::atomic<unsigned> slots{0};
  thread_local const unsigned slot = slots.fetch_add(1);
  auto work_dir = options.work_dir / ("conversion-" + std::to_string(slot));
  struct ClearFiles {
    std::filesystem::path folder;
    void clear() const
    {
      std::error_code ignored;
      std::filesystem::remove_all(folder / "in", ignored);
      std::filesystem::remove_all(folder / "out", ignored);
    }
    ~ClearFiles() { clear(); }
  } files{work_dir};
  files.clear();
  auto converted = office::convert_to_docx(path, work_dir, office::ConvertOptions{*options.soffice});
  if (!converted) {
    // A file found damaged or locked before LibreOffice ran is that, not a conversion this machine lacks.
    const auto code = converted.error().code;
    if (code == core::ErrorCode::unreadable || code == core::ErrorCode::encrypted) {
      return read_error_of(converted.error(), path);
    }
    not_converted.detail = converted.error().message;
    return not_converted;
  }
  findings.push_back(core::make_finding("material.legacy-format", "material.legacy-format.converted",
                                        core::Severity::warning, file,
                                        {{"format", type}, {"command", not_converted.command}}));
  use(*converted);
  return std::nullopt;
}

namespace {

// A document larger than this is not opened only to read its title.
constexpr std::uintmax_t k_largest_title_read = std::uintmax_t{64} * 1024 * 1024;

bool title_says_form(const FoundFile& file)
{
  if (file.content_type != "docx" || file.size > k_largest_title_read) {
    return false;
  }
  auto document = office::read_docx_file(file.path);
  return document && office::names_nomination_form(office::form_title(*document));
}

} // namespace

std::string document_title(const FoundFile& file)
{
  if (file.content_type != "docx" || file.size > k_largest_title_read) {
    return {};
  }
  auto document = office::read_docx_file(file.path);
  return document ? core::quote_excerpt(office::form_title(*document)) : std::string();
}

FormFile read_form_file(const Discovery& discovery, const LoadOptions& options)
{
  FormFile form;
  std::vector<const FoundFile*> candidates;
  for (const auto& file : discovery.files) {
    auto name = std::filesystem::path(file.file).filename().string();
    if (is_word_document(file) && names_form(name) && !names_scan(name)) {
      candidates.push_back(&file);
    }
  }
  form.decided_by = "name";
  if (candidates.empty()) {
    // No file is named 推介表: a Word document whose title says so is the form.
    for (const auto& file : discovery.files) {
      auto name = std::filesystem::path(file.file).filename().string();
      if (!names_registration(name) && !names_summary(name) && title_says_form(file)) {
        candidates.push_back(&file);
      }
    }
    form.decided_by = "title";
  }
  if (candidates.empty()) {
    for (const auto& file : discovery.files) {
      auto name = std::filesystem::path(file.file).filename().string();
      const bool word_extension =
          file.extension == "docx" || file.extension == "doc" || file.extension == "wps";
      if (!form.unusable && word_extension && names_form(name) && !names_scan(name) &&
          !is_word_document(file)) {
        form.unusable = file.file;
      }
    }
    for (const auto& entry : discovery.unusable) {
      if (!form.unusable && names_form(std::filesystem::path(entry.file).filename().string())) {
        form.unusable = entry.file;
      }
    }
    for (const auto& file : discovery.files) {
      auto name = std::filesystem::path(file.file).filename().string();
      if (is_word_document(file) && !names_registration(name) && !names_summary(name)) {
        auto title = document_title(file);
        form.unrecognised.push_back(core::escape_name_for_text(file.file) +
                                    (title.empty() ? std::string() : "（标题：“" + title + "”）"));
      }
    }
    return form;
  }
  // Several versions (推介表.docx, 推介表(1).docx, 推介表-修改版.docx): the newest is the one people meant.
  // Of two alike in time (Explorer's copy and paste keeps it: 推介表 - 副本.docx), the one whose name looks
  // least like a copy.
  std::stable_sort(candidates.begin(), candidates.end(), [](const FoundFile* a, const FoundFile* b) {
    if (a->modified != b->modified) {
      return a->modified > b->modified;
    }
    return copy_mark(a->file) < copy_mark(b->file);
  });
  form.found = candidates.front();
  if (candidates.size() > 1) {
    form.decided_by = "newest";
    std::string others;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
      form.other_forms.push_back(candidates[i]->file);
      others += (others.empty() ? "" : "、") + candidates[i]->file;
    }
    form.findings.push_back(core::make_finding("material.ambiguous", "material.ambiguous.chosen",
                                               core::Severity::warning, form.found->file,
                                               {{"chosen", form.found->file}, {"others", others}}));
  }
  form.document = is_legacy(*form.found) ? read_legacy(*form.found, options, form)
                                         : read_docx_or_report(form.found->path, form.read_error);
  if (form.document && form.document->has_revisions) {
    form.findings.push_back(core::make_finding("form.revisions", "form.revisions.unaccepted",
                                               core::Severity::warning, form.found->file));
  }
  return form;
}

} // namespace nominate::folder::detail
