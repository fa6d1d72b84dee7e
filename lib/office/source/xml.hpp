#pragma once

#include <nominate/core/error.hpp>

#include <pugixml.hpp>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

namespace nominate::office {

// Parses one XML part of a package. A part with a DOCTYPE is refused (`unreadable`): OOXML never has one,
// and refusing it rules out entity tricks whatever the parser would do. Whitespace-only text is kept
// (`<w:t xml:space="preserve"> </w:t>` is a space Word shows).
[[nodiscard]] core::Result<std::unique_ptr<pugi::xml_document>> parse_xml(std::string_view xml,
                                                                          std::string_view part);

// Element names in one namespace, whatever prefix the producer chose for it: the prefix is looked up
// among the root element's xmlns declarations (a default namespace gives no prefix).
class Namespace {
public:
  // `uris`: the namespace's URIs (transitional and strict), matched exactly.
  Namespace(const pugi::xml_node& root, std::initializer_list<std::string_view> uris,
            std::string_view fallback_prefix);

  // Whether `node` is the element `local` of this namespace.
  [[nodiscard]] bool is(const pugi::xml_node& node, std::string_view local) const;
  // The local name of `node` when it is of this namespace, else empty.
  [[nodiscard]] std::string_view local(const pugi::xml_node& node) const;
  // The first child element `local` of this namespace.
  [[nodiscard]] pugi::xml_node child(const pugi::xml_node& node, std::string_view local) const;
  // The attribute `local` of this namespace (`w:val`), or a bare `val` when the producer left it out.
  [[nodiscard]] pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local) const;

private:
  std::string m_prefix; // with its ':' ("w:"), or empty for a default namespace
};

// The local part of a qualified name ("w:t" → "t").
[[nodiscard]] std::string_view local_name(std::string_view qualified);

} // namespace nominate::office
