#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace nominate::folder {

// Why a file could not be read: what a reader found, as a fact. The checks decide the finding a user sees
// (lib/check/source/read_error_checks.cpp: material.encrypted, material.legacy-format, material.unreadable)
// and its severity, so a rule set's `checks:` entry for the rule applies to it as to any other.
enum class ReadErrorKind {
  encrypted,      // a password-protected document
  legacy_format,  // a .doc/.wps/.xls not converted: no LibreOffice given, or its conversion failed
  damaged,        // the reader or the probe could not make sense of the bytes (cut off, corrupt)
  empty,          // 0 bytes
  not_what_named, // its bytes are not what its extension says (random bytes named .docx, a JPEG named .mp4)
  not_a_file,     // a link, FIFO, socket, device or folder named like a file: named, never read
  path_too_long,  // a path longer than the system allows: it cannot be opened
  not_a_table, // named as a registration table (登记表), it holds none: no header naming 姓名 / 项目名称
  no_reader, // the library that reads it (FFmpeg, loaded on first use) could not be loaded: not checked
  no_access, // the account running the tool may not read it (permissions, an ACL): not damaged, not read
  too_large, // past a reader's safety limit (a size, a row count, a compression ratio): not damaged, not read
};

// A reader's failure with the plain data its message needs; which fields are set depends on `kind`.
struct ReadError {
  ReadErrorKind kind = ReadErrorKind::damaged;
  // damaged: the reader's words (English); legacy_format: LibreOffice's, when a conversion failed.
  std::optional<std::string> detail;
  // damaged: why, as a token the messages part words (core::Error::reason: "not-zip", "part-encoding",
  // "main-part-type"); empty when the reader gave none.
  std::string reason;
  // legacy_format: the format as the reader named it ("doc", ".xls"); not_what_named: the extension
  // (".docx").
  std::string format;
  // not_what_named: what the bytes are ("unknown", "jpeg", "xlsx"); not_a_file: what it is ("symlink",
  // "fifo", "folder", …).
  std::string content;
  // legacy_format: the LibreOffice command that converts it, for IT staff. The reader computes it: it is the
  // one that knows the conversion it would have run (to .docx or .xlsx) and links office.
  std::string command;
  std::size_t path_length = 0; // path_too_long: in bytes
};

// A file that is no material (a district's registration table, a submission's link or FIFO) and could not be
// read.
struct UnreadableFile {
  std::string file; // relative to the submission or district folder, '/' separators, NFC
  ReadError error;
};

} // namespace nominate::folder
