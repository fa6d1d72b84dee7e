#pragma once

#include <nominate/core/error.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace nominate::office {

struct ConvertOptions {
  std::filesystem::path soffice;    // the LibreOffice program (the CLI finds it: find_soffice)
  std::chrono::seconds timeout{90}; // LibreOffice is killed (with its helpers) after this long
};

// What a legacy file becomes.
enum class ConvertTarget { docx, xlsx };

// Converts a legacy document (.doc, .wps, RTF or HTML saved as .doc, Word 2003 XML) to .docx with
// LibreOffice, headless, in `work_dir` (which the caller owns and removes): the input is copied there
// first, so that LibreOffice's lock file never lands beside the user's file, and it runs with its own
// profile (-env:UserInstallation=file://<work_dir>/profile), so it neither touches nor waits for a
// user's running LibreOffice. Runs without a shell (fork/exec), output discarded. Returns the produced
// file. Errors: not_found (no input), invalid_argument (no soffice given), conversion_failed (did not
// start, failed, timed out, or produced nothing).
[[nodiscard]] core::Result<std::filesystem::path> convert_to_docx(const std::filesystem::path& input,
                                                                  const std::filesystem::path& work_dir,
                                                                  const ConvertOptions& options);
// The same for a target format: .xls to .xlsx for a registration table.
[[nodiscard]] core::Result<std::filesystem::path> convert_document(const std::filesystem::path& input,
                                                                   const std::filesystem::path& work_dir,
                                                                   ConvertTarget target,
                                                                   const ConvertOptions& options);

// Kills every LibreOffice conversion under way in this process, with its helpers (each runs in a process
// group of its own, so a Ctrl-C at the terminal does not reach it). Async-signal-safe: a program's handler
// for SIGINT or SIGTERM calls it before the program ends, so that no soffice outlives it. A conversion
// stopped this way fails as conversion_failed, and so does every conversion asked for after it: the
// program is ending.
void stop_conversions() noexcept;

// The command to tell IT staff, for a machine without LibreOffice on the path of the tool:
// `soffice --headless --convert-to docx --outdir "<folder>" "<input>"`.
[[nodiscard]] std::string convert_command(const std::filesystem::path& input,
                                          ConvertTarget target = ConvertTarget::docx);

// LibreOffice's program, looked up in `path_variable` (the value of PATH, which the caller reads: the
// library reads no environment) as soffice or libreoffice, then in the usual install folders
// (/usr/bin, /usr/lib/libreoffice/program, /opt/libreoffice*/program). nullopt when none is found.
[[nodiscard]] std::optional<std::filesystem::path> find_soffice(std::string_view path_variable);

} // namespace nominate::office
