// The one translation unit that uses yaml-cpp. yaml-cpp throws; everything is caught here and returned as a
// core::Error. The event API is used rather than YAML::Load so that duplicate keys, quoting and exact
// positions are seen, and so that aliases are expanded under a budget.
#include "decode.hpp"

#include <nominate/core/input_file.hpp>
#include <nominate/yaml/parse.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace nominate::yaml {

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

// Thrown by the handler to stop yaml-cpp once an error is recorded; never leaves this file.
struct Stop {};

// Byte offsets → 1-based line and column in characters (yaml-cpp counts columns in bytes).
class PositionMap {
public:
  explicit PositionMap(std::string_view text) : m_text(text)
  {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        m_line_starts.push_back(i + 1);
      }
    }
  }

  [[nodiscard]] core::TextPosition at(const YAML::Mark& mark) const
  {
    if (mark.is_null() || mark.pos < 0) {
      return {};
    }
    const auto offset = std::min(static_cast<std::size_t>(mark.pos), m_text.size());
    const auto next = std::ranges::upper_bound(m_line_starts, offset);
    const auto line = static_cast<std::size_t>(next - m_line_starts.begin());
    const std::size_t start = *(next - 1);
    std::size_t column = 1;
    for (std::size_t i = start; i < offset; ++i) {
      if ((static_cast<unsigned char>(m_text[i]) & 0xC0U) != 0x80U) {
        ++column;
      }
    }
    return {line, column};
  }

private:
  std::string_view m_text;
  std::vector<std::size_t> m_line_starts;
};

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

// Builds the Node tree from yaml-cpp's events.
class TreeBuilder final : public YAML::EventHandler {
public:
  TreeBuilder(const PositionMap& positions, const std::filesystem::path& file, const ParseLimits& limits)
      : m_positions(positions), m_file(file), m_limits(limits)
  {
  }

  [[nodiscard]] Node take_root() { return std::move(m_root); }

  void OnDocumentStart(const YAML::Mark& /*mark*/) override { ++m_documents; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    Node node;
    node.position = m_positions.at(mark);
    complete(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    const auto found = m_anchors.find(anchor);
    if (found == m_anchors.end()) {
      stop(core::ErrorCode::yaml_syntax, "an alias refers to a node that contains it", mark);
    }
    const auto& [node, nodes, bytes] = found->second;
    charge(nodes, bytes, mark);
    Node copy = node;
    copy.position = m_positions.at(mark);
    complete(std::move(copy), YAML::NullAnchor, Charged::yes);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override
  {
    Node node;
    node.position = m_positions.at(mark);
    // "?" is a plain scalar's non-specific tag; "!" marks quoted and block scalars; !!str is explicit text.
    node.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    const bool is_null_word = value == "~" || value == "null" || value == "Null" || value == "NULL";
    if (!node.quoted && (is_null_word || tag == "tag:yaml.org,2002:null")) {
      node.kind = Node::Kind::null;
    } else {
      node.kind = Node::Kind::scalar;
      node.scalar = value;
    }
    complete(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override
  {
    open(Node::Kind::sequence, mark, anchor);
  }

  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override
  {
    open(Node::Kind::map, mark, anchor);
  }

  void OnMapEnd() override { close(); }

  [[nodiscard]] const std::optional<core::Error>& error() const { return m_error; }

private:
  enum class Charged { no, yes };

  struct Frame {
    Node node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    std::optional<std::string> key; // a map's key waiting for its value
    core::TextPosition key_position;
  };

  struct Anchored {
    Node node;
    std::size_t nodes = 0;
    std::size_t bytes = 0;
  };

  [[noreturn]] void stop(core::ErrorCode code, std::string message, const YAML::Mark& mark)
  {
    stop(code, std::move(message), m_positions.at(mark));
  }

  [[noreturn]] void stop(core::ErrorCode code, std::string message, core::TextPosition position)
  {
    m_error = core::Error{code, std::move(message), m_file, position};
    throw Stop{};
  }

  void charge(std::size_t nodes, std::size_t bytes, const YAML::Mark& mark)
  {
    m_nodes += nodes;
    m_bytes += bytes;
    if (m_nodes > m_limits.max_nodes || m_bytes > m_limits.max_scalar_bytes) {
      stop(core::ErrorCode::limit_exceeded,
           "the document is too large once its aliases are expanded (more than " +
               std::to_string(m_limits.max_nodes) + " nodes or " + std::to_string(m_limits.max_scalar_bytes) +
               " bytes of text)",
           mark);
    }
  }

  void open(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor)
  {
    charge(1, 0, mark);
    Frame frame;
    frame.node.kind = kind;
    frame.node.position = m_positions.at(mark);
    frame.anchor = anchor;
    m_stack.push_back(std::move(frame));
  }

  void close()
  {
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    complete(std::move(frame.node), frame.anchor, Charged::yes);
  }

  // A node is finished: remember it under its anchor, then give it to its parent.
  void complete(Node node, YAML::anchor_t anchor, Charged charged = Charged::no)
  {
    if (charged == Charged::no) {
      m_nodes += 1;
      m_bytes += node.scalar.size();
      if (m_nodes > m_limits.max_nodes || m_bytes > m_limits.max_scalar_bytes) {
        stop(core::ErrorCode::limit_exceeded, "the document has too many nodes or too much text",
             node.position);
      }
    }
    if (anchor != YAML::NullAnchor) {
      m_anchors[anchor] = Anchored{node, count_nodes(node), count_bytes(node)};
    }
    if (m_stack.empty()) {
      if (m_documents > 1) {
        if (!node.is_null()) {
          stop(core::ErrorCode::yaml_syntax,
               "content after the end of the document: a file holds one YAML document (check this "
               "line's indentation)",
               node.position);
        }
        return;
      }
      m_root = std::move(node);
      return;
    }
    Frame& parent = m_stack.back();
    if (parent.node.kind == Node::Kind::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.key) {
      if (node.kind != Node::Kind::scalar) {
        stop(core::ErrorCode::yaml_syntax,
             node.is_null() ? "a key is missing before ':'"
                            : "a key must be text, not " + std::string{describe(node.kind)},
             node.position);
      }
      const bool duplicate = std::ranges::any_of(
          parent.node.entries, [&](const auto& entry) { return entry.first == node.scalar; });
      if (duplicate) {
        stop(core::ErrorCode::yaml_syntax, "duplicate key '" + node.scalar + "'", node.position);
      }
      parent.key = std::move(node.scalar);
      parent.key_position = node.position;
      return;
    }
    node.key_position = parent.key_position;
    parent.node.entries.emplace_back(std::move(*parent.key), std::move(node));
    parent.key.reset();
  }

  const PositionMap& m_positions;
  const std::filesystem::path& m_file;
  const ParseLimits& m_limits;
  std::vector<Frame> m_stack;
  std::map<YAML::anchor_t, Anchored> m_anchors;
  Node m_root;
  int m_documents = 0;
  std::size_t m_nodes = 0;
  std::size_t m_bytes = 0;
  std::optional<core::Error> m_error;
};

} // namespace

core::Result<Node> parse(std::string_view text, const std::filesystem::path& file, const ParseLimits& limits)
{
  if (text.starts_with(k_utf8_bom)) {
    text.remove_prefix(k_utf8_bom.size());
  }
  if (!detail::is_utf8(text)) {
    return core::fail(core::ErrorCode::bad_encoding, "the text is not UTF-8", file);
  }
  const PositionMap positions{text};
  TreeBuilder builder{positions, file, limits};
  try {
    std::istringstream stream{std::string{text}};
    YAML::Parser parser{stream};
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Stop&) {
    return std::unexpected(*builder.error());
  } catch (const YAML::Exception& error) {
    return core::fail(core::ErrorCode::yaml_syntax, error.msg, file, positions.at(error.mark));
  } catch (const std::bad_alloc&) {
    return core::fail(core::ErrorCode::limit_exceeded, "out of memory while reading the document", file);
  } catch (const std::exception& error) {
    return core::fail(core::ErrorCode::yaml_syntax, error.what(), file);
  } catch (...) {
    return core::fail(core::ErrorCode::yaml_syntax, "the document could not be read", file);
  }
  return builder.take_root();
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
