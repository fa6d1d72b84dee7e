#pragma once

#include <nominate/core/error.hpp>
#include <nominate/office/archive.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace nominate::office {

// One relationship of an OPC part (ECMA-376 part 2): its id, type URI and the target part's name,
// already resolved against the source part (no leading '/'). External targets are left out.
struct Relationship {
  std::string id;
  std::string type;
  std::string target;
};

// The relationships of `part` ("" for the package itself: _rels/.rels). A part without a .rels part has
// none; a damaged .rels is an error.
[[nodiscard]] core::Result<std::vector<Relationship>> read_relationships(ZipArchive& archive,
                                                                         std::string_view part);

// The first relationship whose type ends with `type_suffix` ("/officeDocument"), or nullptr.
[[nodiscard]] const Relationship* find_relationship(const std::vector<Relationship>& relationships,
                                                    std::string_view type_suffix);

// The content type [Content_Types].xml gives a part: its Override, else the Default of its extension;
// empty when none or when [Content_Types].xml is missing or damaged.
[[nodiscard]] std::string content_type(ZipArchive& archive, std::string_view part);

// The package's main part (the officeDocument relationship's target), when there is one.
[[nodiscard]] core::Result<std::string> main_part(ZipArchive& archive);

} // namespace nominate::office
