#pragma once

#include <nominate/core/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nominate::yaml {

// A YAML document as plain data, with where each piece was written. Built by parse() (parse.hpp), the only
// place libyaml is used; callers validate it against their schema and report positions from it.
struct Node {
  enum class Kind { null, scalar, sequence, map };

  Kind kind = Kind::null;
  std::string scalar;      // the text of a scalar, as written (no type guessing: `2018-03-15` stays text)
  bool quoted = false;     // written quoted, as a block (| >) or tagged !!str: meant as text, never a number
  std::vector<Node> items; // a sequence's items
  std::vector<std::pair<std::string, Node>> entries; // a map's entries, keys in file order, keys unique
  core::TextPosition position;     // 1-based line and column (in characters) where the node starts
  core::TextPosition key_position; // for a map's value: where its key is written; else 0:0

  // Defined where Node is complete (node.cpp): clang instantiates the members' destructors at the class's end
  // otherwise, where std::pair<std::string, Node> is still incomplete (the fuzz build, docs/fuzzing.md).
  Node();
  Node(const Node& other);
  Node(Node&& other) noexcept;
  Node& operator=(const Node& other);
  Node& operator=(Node&& other) noexcept;
  ~Node();

  // The value of `key` in a map; nullptr when absent or when this is not a map.
  [[nodiscard]] const Node* find(std::string_view key) const;

  [[nodiscard]] bool is_null() const { return kind == Kind::null; }
  [[nodiscard]] bool is_scalar() const { return kind == Kind::scalar; }
  [[nodiscard]] bool is_sequence() const { return kind == Kind::sequence; }
  [[nodiscard]] bool is_map() const { return kind == Kind::map; }
};

// What a node is, for messages: "text", "a list", "a mapping", "nothing".
[[nodiscard]] std::string_view describe(Node::Kind kind);

// Scalar conversions by YAML 1.2's core schema, for unquoted scalars only (a quoted "true" is text).
// Each returns nullopt when the node is not such a scalar.
[[nodiscard]] std::optional<bool> as_bool(const Node& node);            // true/True/TRUE, false/False/FALSE
[[nodiscard]] std::optional<std::int64_t> as_integer(const Node& node); // 42, -7, +3 (decimal)
[[nodiscard]] std::optional<double> as_number(const Node& node);        // an integer, 0.25, 1e3, -.5

} // namespace nominate::yaml
