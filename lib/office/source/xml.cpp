#include "xml.hpp"

#include <algorithm>

namespace nominate::office {

core::Result<std::unique_ptr<pugi::xml_document>> parse_xml(std::string_view xml, std::string_view part)
{
  auto document = std::make_unique<pugi::xml_document>();
  constexpr unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
  pugi::xml_parse_result parsed = document->load_buffer(xml.data(), xml.size(), options);
  if (!parsed) {
    return core::fail(core::ErrorCode::unreadable, "damaged XML in " + std::string(part) + " at byte " +
                                                       std::to_string(parsed.offset) + ": " +
                                                       parsed.description());
  }
  for (const auto& node : document->children()) {
    if (node.type() == pugi::node_doctype) {
      return core::fail(core::ErrorCode::unreadable,
                        "refused a DOCTYPE in " + std::string(part) + " (OOXML never declares one)");
    }
  }
  if (!document->document_element()) {
    return core::fail(core::ErrorCode::unreadable, "no XML element in " + std::string(part));
  }
  return document;
}

std::string_view local_name(std::string_view qualified)
{
  auto colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

Namespace::Namespace(const pugi::xml_node& root, std::initializer_list<std::string_view> uris,
                     std::string_view fallback_prefix)
{
  bool found = false;
  for (const auto& attribute : root.attributes()) {
    std::string_view name = attribute.name();
    std::string_view value = attribute.value();
    if (std::find(uris.begin(), uris.end(), value) == uris.end()) {
      continue;
    }
    if (name == "xmlns") {
      m_prefix.clear();
      found = true;
      break;
    }
    if (name.starts_with("xmlns:")) {
      m_prefix = std::string(name.substr(6)) + ":";
      found = true;
      break;
    }
  }
  if (!found) {
    m_prefix = fallback_prefix.empty() ? std::string() : std::string(fallback_prefix) + ":";
  }
}

std::string_view Namespace::local(const pugi::xml_node& node) const
{
  std::string_view name = node.name();
  if (!name.starts_with(m_prefix)) {
    return {};
  }
  name.remove_prefix(m_prefix.size());
  if (name.find(':') != std::string_view::npos) {
    return {};
  }
  return name;
}

bool Namespace::is(const pugi::xml_node& node, std::string_view local_part) const
{
  return node.type() == pugi::node_element && local(node) == local_part;
}

pugi::xml_node Namespace::child(const pugi::xml_node& node, std::string_view local_part) const
{
  for (const auto& candidate : node.children()) {
    if (is(candidate, local_part)) {
      return candidate;
    }
  }
  return {};
}

pugi::xml_attribute Namespace::attribute(const pugi::xml_node& node, std::string_view local_part) const
{
  for (const auto& candidate : node.attributes()) {
    std::string_view name = candidate.name();
    if ((name.starts_with(m_prefix) && name.substr(m_prefix.size()) == local_part) || name == local_part) {
      return candidate;
    }
  }
  return {};
}

} // namespace nominate::office
