#include <nominate/yaml/node.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace nominate::yaml {

Node::Node() = default;
Node::Node(const Node& other) = default;
Node::Node(Node&& other) noexcept = default;
Node& Node::operator=(const Node& other) = default;
Node& Node::operator=(Node&& other) noexcept = default;
Node::~Node() = default;

const Node* Node::find(std::string_view key) const
{
  if (kind != Kind::map) {
    return nullptr;
  }
  const auto it = std::ranges::find_if(entries, [&](const auto& entry) { return entry.first == key; });
  return it == entries.end() ? nullptr : &it->second;
}

std::string_view describe(Node::Kind kind)
{
  switch (kind) {
  case Node::Kind::null:
    return "nothing";
  case Node::Kind::scalar:
    return "text";
  case Node::Kind::sequence:
    return "a list";
  case Node::Kind::map:
    return "a mapping";
  }
  return "nothing";
}

std::optional<bool> as_bool(const Node& node)
{
  if (node.kind != Node::Kind::scalar || node.quoted) {
    return std::nullopt;
  }
  constexpr std::array<std::string_view, 3> k_true{"true", "True", "TRUE"};
  constexpr std::array<std::string_view, 3> k_false{"false", "False", "FALSE"};
  if (std::ranges::find(k_true, node.scalar) != k_true.end()) {
    return true;
  }
  if (std::ranges::find(k_false, node.scalar) != k_false.end()) {
    return false;
  }
  return std::nullopt;
}

std::optional<std::int64_t> as_integer(const Node& node)
{
  if (node.kind != Node::Kind::scalar || node.quoted || node.scalar.empty()) {
    return std::nullopt;
  }
  std::string_view text = node.scalar;
  if (text.front() == '+') {
    text.remove_prefix(1);
  }
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return value;
}

std::optional<double> as_number(const Node& node)
{
  if (const auto integer = as_integer(node)) {
    return static_cast<double>(*integer);
  }
  if (node.kind != Node::Kind::scalar || node.quoted || node.scalar.empty()) {
    return std::nullopt;
  }
  std::string text = node.scalar;
  if (text.front() == '+') {
    text.erase(0, 1);
  }
  // from_chars refuses ".5"; YAML allows it.
  if (text.starts_with('.')) {
    text.insert(0, "0");
  } else if (text.starts_with("-.")) {
    text.insert(1, "0");
  }
  double value = 0;
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::general);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

} // namespace nominate::yaml
