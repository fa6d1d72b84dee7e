#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nominate::core {

// File names come from users' disks and foreign archives: they may hold bytes that are not UTF-8, line
// breaks, control characters and bidi overrides. These functions are how every writer shows them (design.md,
// "Names that are not plain text").

// Whether `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
[[nodiscard]] bool is_valid_utf8(std::string_view bytes);
// How many leading bytes of `bytes` are well-formed UTF-8: where the first bad sequence starts, or the size.
[[nodiscard]] std::size_t valid_utf8_prefix(std::string_view bytes);

// Whether the code point shows as nothing, or reorders or breaks the text around it, so that two names that
// differ by it look the same: bidi controls, line and paragraph separators, and the default-ignorable and
// format characters (zero-width spaces and joiners U+200B–U+200F, word joiner and invisible operators
// U+2060–U+206F, U+FEFF, the soft hyphen U+00AD, variation selectors, tag characters, Hangul fillers …).
[[nodiscard]] bool is_invisible_format(char32_t c);

// For text a person reads: each byte that is not part of valid UTF-8 as `\xFF`; a line break, tab and
// carriage return as `\n`, `\t`, `\r`; other C0/C1 controls and DEL as `\x01`-style; a backslash as `\\`
// where it could start an escape (before n, t, r, x, u, < or a backslash; so an escape is never ambiguous);
// what is_invisible_format says shows as nothing as `<U+202E>`. Everything else is kept, so a plain Chinese
// name is unchanged. The result is valid UTF-8 on one line.
[[nodiscard]] std::string escape_name_for_text(std::string_view bytes);

// For machine-read output (JSON, SARIF): a name that is valid UTF-8 is returned unchanged (JSON's own escapes
// cover control characters losslessly). A name that is not: each invalid byte as `\xFF` and each backslash as
// `\\`, the rest kept — valid UTF-8 that a person can read; the exact bytes then go beside it, see
// name_bytes_base64.
[[nodiscard]] std::string escape_name_for_json(std::string_view bytes);

// The name's exact bytes in base64 (RFC 4648, with padding) when it is not valid UTF-8, else nothing: a JSON
// writer puts it beside the name as `<key>_bytes` (`file_bytes`, `path_bytes`), so a script can find the file
// on disk.
[[nodiscard]] std::optional<std::string> name_bytes_base64(std::string_view bytes);

// At most `max_chars` characters of `text` (a file's contents quoted in an error), escaped as
// escape_name_for_text does, with "…" when cut. A parse error quotes no more than this of a file.
[[nodiscard]] std::string quote_excerpt(std::string_view text, std::size_t max_chars = 40);

} // namespace nominate::core
