#pragma once

#include <cstddef>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>

namespace nominate::core {

// Why a job could not be done. Only these stop a run (exit 2); what is wrong *inside* a submission is a
// Finding instead.
enum class ErrorCode {
  not_found,       // a path the user named does not exist
  not_a_directory, // a submission or district path that is a file
  io,              // a read or write failed
  bad_encoding,    // a text file in neither UTF-8 nor GB18030
  yaml_syntax,     // a YAML file that does not parse
  invalid_rules,   // a rule file that parses but breaks the schema
  invalid_config,  // nomination.yaml / nominate.yaml that breaks the schema
  unknown_rules,   // --rules NAME that names no shipped rule set
  no_rules,        // no way to choose a rule set for a submission
  unknown_rule_id, // explain / waiver naming an id that does not exist
  unreadable,      // a document or media file that could not be read (callers usually turn it into a finding)
  not_a_table,     // a document named as a registration table that holds none (a form put in its place)
  encrypted,       // a password-protected document
  unsupported,     // a format the reader does not handle (legacy .doc without LibreOffice, …)
  limit_exceeded,  // an archive or image over a safety limit (zip bomb, pixel budget)
  conversion_failed,
  invalid_argument,
  missing_library, // a shared library loaded on first use (FFmpeg) could not be loaded: not the input's fault
  already_exists,  // an output would replace a file or folder the user made (a table, an --extract target)
};

// Where in a text file an error is: 1-based line and column; 0 when unknown.
struct TextPosition {
  std::size_t line = 0;
  std::size_t column = 0;
};

// An error that stops a job: a code, the file it concerns (may be empty), a position within it, and a
// message in English for logs. The CLI renders it as `file:line:column: message`.
struct Error {
  ErrorCode code = ErrorCode::io;
  std::string message;
  std::filesystem::path file;
  TextPosition position;
  // Which of the code's causes, when the code alone does not tell the user what to do ("output-inside-input",
  // "copy-exists"): a stable id the messages part words in each language. Empty when the code says it.
  std::string reason = {};
  // What the error's sentence names besides its file (a form's title; the documents not taken for the form),
  // ready to quote: escaped as core::escape_name_for_text does, a document's text cut to
  // core::quote_excerpt's 40 characters. The messages part quotes it in each language. Empty when there is
  // nothing to name.
  std::string subject = {};
  // A second thing the sentence names, where it names two (the known key nearest to a misspelt one).
  std::string also = {};
};

template <typename T> using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, std::string message,
                                                 std::filesystem::path file = {}, TextPosition position = {})
{
  return std::unexpected<Error>(Error{code, std::move(message), std::move(file), position});
}

// An error with its reason (Error::reason).
[[nodiscard]] inline std::unexpected<Error> fail_because(ErrorCode code, std::string reason,
                                                         std::string message, std::filesystem::path file = {})
{
  return std::unexpected<Error>(Error{code, std::move(message), std::move(file), {}, std::move(reason)});
}

// "file:line:column: message", omitting what is unknown.
[[nodiscard]] std::string describe(const Error& error);

} // namespace nominate::core
