// The one translation unit that uses libyaml (the C reference parser behind PyYAML and Ruby's Psych). Its
// event API is used rather than its document loader so that duplicate keys, quoting and exact positions are
// seen, and so that aliases are expanded under a budget. libyaml replaced yaml-cpp here: the same events for
// about a tenth of the instructions (issue 12, docs/performance.md).
#include "decode.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/yaml/parse.hpp>

#include <yaml.h>

#include <algorithm>
#include <map>
#include <new>

namespace nominate::yaml {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

// libyaml's marks are 0-based lines and 0-based columns counted in characters.
core::TextPosition position_of(const yaml_mark_t& mark)
{
  return {mark.line + 1, mark.column + 1};
}

// A byte offset → 1-based line and column in characters (libyaml gives a reader error as a byte offset).
core::TextPosition position_at_offset(std::string_view text, std::size_t offset)
{
  offset = std::min(offset, text.size());
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      ++column;
    }
  }
  return {line, column};
}

std::size_t count_nodes(const Node& node)
{
  std::size_t count = 1;
  for (const auto& item : node.items) {
    count += count_nodes(item);
  }
  for (const auto& [key, value] : node.entries) {
    count += 1 + count_nodes(value);
  }
  return count;
}

std::size_t count_bytes(const Node& node)
{
  std::size_t count = node.scalar.size();
  for (const auto& item : node.items) {
    count += count_bytes(item);
  }
  for (const auto& [key, value] : node.entries) {
    count += key.size() + count_bytes(value);
  }
  return count;
}

std::string text_of(const yaml_char_t* text)
{
  return text == nullptr ? std::string{} : std::string{reinterpret_cast<const char*>(text)};
}

// Owns libyaml's parser and the current event, so that every return path frees them.
class Parser {
public:
  explicit Parser(std::string_view text)
  {
    m_ready = yaml_parser_initialize(&m_parser) != 0;
    if (m_ready) {
      yaml_parser_set_encoding(&m_parser, YAML_UTF8_ENCODING);
      yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(text.data()),
                                   text.size());
    }
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  ~Parser()
  {
    release();
    if (m_ready) {
      yaml_parser_delete(&m_parser);
    }
  }

  [[nodiscard]] bool ready() const { return m_ready; }

  // The next event, or nullptr after a syntax error (see parser()).
  const yaml_event_t* next()
  {
    release();
    if (yaml_parser_parse(&m_parser, &m_event) == 0) {
      return nullptr;
    }
    m_has_event = true;
    return &m_event;
  }

  [[nodiscard]] const yaml_parser_t& parser() const { return m_parser; }

private:
  void release()
  {
    if (m_has_event) {
      yaml_event_delete(&m_event);
      m_has_event = false;
    }
  }

  yaml_parser_t m_parser{};
  yaml_event_t m_event{};
  bool m_ready = false;
  bool m_has_event = false;
};

// Builds the Node tree from libyaml's events. Each handler returns false once an error is recorded.
class TreeBuilder {
public:
  TreeBuilder(const std::filesystem::path& file, const ParseLimits& limits) : m_file(file), m_limits(limits)
  {
  }

  [[nodiscard]] Node take_root() { return std::move(m_root); }
  [[nodiscard]] const std::optional<core::Error>& error() const { return m_error; }

  bool on(const yaml_event_t& event)
  {
    const auto position = position_of(event.start_mark);
    switch (event.type) {
    case YAML_DOCUMENT_START_EVENT:
      ++m_documents;
      return true;
    case YAML_ALIAS_EVENT:
      return on_alias(text_of(event.data.alias.anchor), position);
    case YAML_SCALAR_EVENT:
      return on_scalar(event, position);
    case YAML_SEQUENCE_START_EVENT:
      return open(Node::Kind::sequence, text_of(event.data.sequence_start.anchor), position);
    case YAML_MAPPING_START_EVENT:
      return open(Node::Kind::map, text_of(event.data.mapping_start.anchor), position);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      return close();
    default:
      return true;
    }
  }

private:
  struct Frame {
    Node node;
    std::string anchor;
    std::optional<std::string> key; // a map's key waiting for its value
    core::TextPosition key_position;
  };

  struct Anchored {
    Node node;
    std::size_t nodes = 0;
    std::size_t bytes = 0;
  };

  bool fail(core::ErrorCode code, std::string message, core::TextPosition position)
  {
    m_error = core::Error{code, std::move(message), m_file, position};
    return false;
  }

  bool charge(std::size_t nodes, std::size_t bytes, core::TextPosition position)
  {
    m_nodes += nodes;
    m_bytes += bytes;
    if (m_nodes > m_limits.max_nodes || m_bytes > m_limits.max_scalar_bytes) {
      return fail(core::ErrorCode::limit_exceeded,
                  "the document is too large once its aliases are expanded (more than " +
                      std::to_string(m_limits.max_nodes) + " nodes or " +
                      std::to_string(m_limits.max_scalar_bytes) + " bytes of text)",
                  position);
    }
    return true;
  }

  bool on_alias(const std::string& anchor, core::TextPosition position)
  {
    const auto found = m_anchors.find(anchor);
    if (found == m_anchors.end()) {
      return fail(core::ErrorCode::yaml_syntax,
                  "the alias *" + anchor + " refers to no finished node (no &" + anchor +
                      " before it, or a node that contains the alias)",
                  position);
    }
    const auto& [node, nodes, bytes] = found->second;
    if (!charge(nodes, bytes, position)) {
      return false;
    }
    Node copy = node;
    copy.position = position;
    return complete(std::move(copy), {});
  }

  bool on_scalar(const yaml_event_t& event, core::TextPosition position)
  {
    const auto& scalar = event.data.scalar;
    const std::string tag = text_of(scalar.tag);
    std::string value{reinterpret_cast<const char*>(scalar.value), scalar.length};
    if (!charge(1, value.size(), position)) {
      return false;
    }
    Node node;
    node.position = position;
    // Quoted and block scalars (| >), the non-specific tag "!" and !!str are meant as text, never a number.
    node.quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE || tag == "!" || tag == YAML_STR_TAG;
    const bool is_null_word =
        value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
    if (!node.quoted && (is_null_word || tag == YAML_NULL_TAG)) {
      node.kind = Node::Kind::null;
    } else {
      node.kind = Node::Kind::scalar;
      node.scalar = std::move(value);
    }
    return complete(std::move(node), text_of(scalar.anchor));
  }

  bool open(Node::Kind kind, std::string anchor, core::TextPosition position)
  {
    if (m_stack.size() >= m_limits.max_depth) {
      return fail(core::ErrorCode::limit_exceeded,
                  "lists and mappings are nested more than " + std::to_string(m_limits.max_depth) +
                      " levels deep",
                  position);
    }
    if (!charge(1, 0, position)) {
      return false;
    }
    if (!anchor.empty()) {
      m_anchors.erase(anchor); // an alias inside this node must not reach an older node of the same name
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.position = position;
    frame.anchor = std::move(anchor);
    m_stack.push_back(std::move(frame));
    return true;
  }

  bool close()
  {
    if (m_stack.empty()) {
      return true;
    }
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    return complete(std::move(frame.node), frame.anchor);
  }

  // A node is finished (and paid for): remember it under its anchor, then give it to its parent.
  bool complete(Node node, const std::string& anchor)
  {
    if (!anchor.empty()) {
      m_anchors[anchor] = Anchored{node, count_nodes(node), count_bytes(node)};
    }
    if (m_stack.empty()) {
      if (m_documents > 1) {
        if (!node.is_null()) {
          return fail(core::ErrorCode::yaml_syntax,
                      "content after the end of the document: a file holds one YAML document (check this "
                      "line's indentation)",
                      node.position);
        }
        return true;
      }
      m_root = std::move(node);
      return true;
    }
    Frame& parent = m_stack.back();
    if (parent.node.kind == Node::Kind::sequence) {
      parent.node.items.push_back(std::move(node));
      return true;
    }
    if (!parent.key) {
      if (node.kind != Node::Kind::scalar) {
        return fail(core::ErrorCode::yaml_syntax,
                    node.is_null() ? "a key is missing before ':'"
                                   : "a key must be text, not " + std::string{describe(node.kind)},
                    node.position);
      }
      const bool duplicate = std::ranges::any_of(
          parent.node.entries, [&](const auto& entry) { return entry.first == node.scalar; });
      if (duplicate) {
        return fail(core::ErrorCode::yaml_syntax, "duplicate key '" + node.scalar + "'", node.position);
      }
      parent.key = std::move(node.scalar);
      parent.key_position = node.position;
      return true;
    }
    node.key_position = parent.key_position;
    parent.node.entries.emplace_back(std::move(*parent.key), std::move(node));
    parent.key.reset();
    return true;
  }

  const std::filesystem::path& m_file;
  const ParseLimits& m_limits;
  std::vector<Frame> m_stack;
  std::map<std::string, Anchored, std::less<>> m_anchors;
  Node m_root;
  int m_documents = 0;
  std::size_t m_nodes = 0;
  std::size_t m_bytes = 0;
  std::optional<core::Error> m_error;
};

// libyaml's account of a syntax error: its problem, where it is, and what it was reading ("while parsing a
// flow sequence", with where that began).
core::Error syntax_error(const yaml_parser_t& parser, std::string_view text,
                         const std::filesystem::path& file)
{
  if (parser.error == YAML_MEMORY_ERROR) {
    return core::Error{core::ErrorCode::limit_exceeded, "out of memory while reading the document", file, {}};
  }
  std::string message = parser.problem != nullptr ? parser.problem : "the document could not be read";
  const auto position = parser.error == YAML_READER_ERROR ? position_at_offset(text, parser.problem_offset)
                                                          : position_of(parser.problem_mark);
  if (parser.context != nullptr) {
    const auto context = position_of(parser.context_mark);
    message += " (" + std::string{parser.context} + " that begins at " + std::to_string(context.line) + ":" +
               std::to_string(context.column) + ")";
  }
  return core::Error{core::ErrorCode::yaml_syntax, std::move(message), file, position};
}

} // namespace

core::Result<Node> parse(std::string_view text, const std::filesystem::path& file, const ParseLimits& limits)
{
  if (text.starts_with(k_utf8_bom)) {
    text.remove_prefix(k_utf8_bom.size());
  }
  if (!detail::is_utf8(text)) {
    return core::fail(core::ErrorCode::bad_encoding, "the text is not UTF-8", file);
  }
  try {
    Parser parser{text};
    if (!parser.ready()) {
      return core::fail(core::ErrorCode::limit_exceeded, "out of memory while reading the document", file);
    }
    TreeBuilder builder{file, limits};
    for (;;) {
      const yaml_event_t* event = parser.next();
      if (event == nullptr) {
        return std::unexpected(syntax_error(parser.parser(), text, file));
      }
      if (!builder.on(*event)) {
        return std::unexpected(*builder.error());
      }
      if (event->type == YAML_STREAM_END_EVENT) {
        return builder.take_root();
      }
    }
  } catch (const std::bad_alloc&) {
    return core::fail(core::ErrorCode::limit_exceeded, "out of memory while reading the document", file);
  }
}

core::Result<Node> parse_file(const std::filesystem::path& file, const ParseLimits& limits)
{
  std::error_code error;
  const auto status = std::filesystem::status(file, error);
  if (error || !std::filesystem::exists(status)) {
    return core::fail(core::ErrorCode::not_found, "no such file", file);
  }
  if (!std::filesystem::is_regular_file(status)) {
    return core::fail(core::ErrorCode::io, "not a regular file", file);
  }
  const auto size = std::filesystem::file_size(file, error);
  if (error) {
    return core::fail(core::ErrorCode::io, "cannot read the file's size: " + error.message(), file);
  }
  if (size > limits.max_file_bytes) {
    return core::fail(core::ErrorCode::limit_exceeded,
                      "the file is " + std::to_string(size) + " bytes; a YAML file may have at most " +
                          std::to_string(limits.max_file_bytes),
                      file);
  }
  auto read = core::read_input_text(file, limits.max_file_bytes);
  if (!read) {
    return std::unexpected(read.error());
  }
  const std::string& bytes = *read;
  auto text = detail::to_utf8(bytes);
  if (!text) {
    return core::fail(core::ErrorCode::bad_encoding, "the file is neither UTF-8, UTF-16 nor GB18030", file);
  }
  return parse(*text, file, limits);
}

} // namespace nominate::yaml
