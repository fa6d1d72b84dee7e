#pragma once

#include <nominate/core/error.hpp>
#include <nominate/yaml/node.hpp>

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace nominate::yaml {

// Limits that keep a hostile file bounded (aliases can multiply a small file: "billion laughs").
struct ParseLimits {
  std::size_t max_file_bytes = std::size_t{8} << 20;    // parse_file refuses larger files (limit_exceeded)
  std::size_t max_nodes = 200'000;                      // nodes after expanding aliases
  std::size_t max_scalar_bytes = std::size_t{32} << 20; // text after expanding aliases
  std::size_t max_depth = 256;                          // lists and mappings inside one another
};

// Parses one YAML document from UTF-8 text (a leading BOM is skipped). Empty text is a null node.
// Errors: ErrorCode::yaml_syntax with `file`, the 1-based line and column and libyaml's message (with what
// it was reading and where that began) — for a syntax error, a duplicate key, a key that is not text, an
// alias to an unknown or enclosing anchor, or a second document with content; ErrorCode::bad_encoding for
// text that is not UTF-8; ErrorCode::limit_exceeded past `limits` (also for nesting deeper than max_depth).
// `file` only labels the errors.
[[nodiscard]] core::Result<Node> parse(std::string_view text, const std::filesystem::path& file,
                                       const ParseLimits& limits = {});

// Reads `file` and parses it. UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM is converted;
// other bytes that are not UTF-8 are read as GB18030 (what Notepad on Chinese Windows writes).
// Errors: not_found, io, bad_encoding, limit_exceeded (over max_file_bytes), and those of parse().
[[nodiscard]] core::Result<Node> parse_file(const std::filesystem::path& file,
                                            const ParseLimits& limits = {});

} // namespace nominate::yaml
