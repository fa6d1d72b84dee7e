#include "xml.hpp"

#include <nominate/core/display_name.hpp>

#include <algorithm>
#include <cctype>

namespace nominate::office {

namespace {

// The encoding an XML declaration names (`<?xml version="1.0" encoding="GBK"?>`), lower-cased; empty when
// the part starts with a byte-order mark or has no declaration or no encoding in it.
std::string declared_encoding(std::string_view xml)
{
  if (!xml.starts_with("<?xml")) {
    return {};
  }
  const auto end = xml.find("?>");
  const std::string_view declaration = xml.substr(0, end);
  const auto key = declaration.find("encoding");
  if (key == std::string_view::npos) {
    return {};
  }
  const auto quote = declaration.find_first_of("\"'", key);
  if (quote == std::string_view::npos) {
    return {};
  }
  const auto close = declaration.find(declaration[quote], quote + 1);
  if (close == std::string_view::npos) {
    return {};
  }
  std::string name(declaration.substr(quote + 1, close - quote - 1));
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

// UTF-16 or UTF-32, with a byte-order mark or without one ('<' beside a zero byte): pugixml converts these.
bool is_wide(std::string_view xml)
{
  return xml.starts_with("\xFF\xFE") || xml.starts_with("\xFE\xFF") ||
         xml.starts_with(std::string_view("\0\0\xFE\xFF", 4)) ||
         xml.starts_with(std::string_view("<\0", 2)) || xml.starts_with(std::string_view("\0<", 2));
}

// OPC (ECMA-376 Part 2, 8.1.4) allows only UTF-8 and UTF-16 in a part, and Word refuses a part that names
// another encoding or holds bytes that are not UTF-8: such a form would reach the city as "damaged". pugixml
// would read GBK or stray bytes as if they were UTF-8 and hand on text that is not, so both are refused here.
core::Result<void> check_encoding(std::string_view xml, std::string_view part)
{
  if (is_wide(xml)) {
    return {};
  }
  const std::string_view body = xml.starts_with("\xEF\xBB\xBF") ? xml.substr(3) : xml;
  const std::string encoding = declared_encoding(body);
  if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8" && encoding != "utf-16") {
    return core::fail_because(core::ErrorCode::unreadable, "part-encoding",
                              std::string(part) + " declares its text as " +
                                  core::quote_excerpt(encoding, 20) +
                                  ", an encoding Word does not read (only UTF-8 or UTF-16)");
  }
  // Text in single bytes that says UTF-16 is read as UTF-8 (by pugixml and by Word alike), so checked as
  // such.
  const std::size_t valid = core::valid_utf8_prefix(body);
  if (valid != body.size()) {
    return core::fail(core::ErrorCode::unreadable, "bytes that are not UTF-8 in " + std::string(part) +
                                                       " at byte " +
                                                       std::to_string(valid + (xml.size() - body.size())));
  }
  return {};
}

} // namespace

core::Result<std::unique_ptr<pugi::xml_document>> parse_xml(std::string_view xml, std::string_view part)
{
  if (auto encoded = check_encoding(xml, part); !encoded) {
    return std::unexpected(encoded.error());
  }
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
