#pragma once

#include <nominate/folder/discover.hpp>

#include <map>
#include <string>
#include <vector>

namespace nominate::folder::detail {

// How much a name looks like a copy that Windows, macOS or WeChat made of a file: 2 for "副本"/"copy",
// 1 for a number in brackets before the extension (证件照(1).jpg, 证件照 (2).jpg, 证件照（1）.jpg), else 0.
[[nodiscard]] int copy_mark(const std::string& file);

// Files of a submission whose bytes are another file's, each mapped to the file it copies
// (证件照 - 副本.jpg → 证件照.jpg). A copy is one material counted twice, so it is set aside: not counted as
// a photo, a video or the summary, and named in material.ambiguous.copy. Of identical files the one kept is
// the one named as the ID photo, else the one whose name looks least like a copy (" - 副本", " - Copy",
// "(1)"), else the shorter name, else the first by name. `skip` lists files placed already (the form, its
// other versions, nomination.yaml); empty files are left to their own finding. Reads only files whose sizes
// are equal, and stops at the first byte that differs.
[[nodiscard]] std::map<std::string, std::string> find_copies(const Discovery& discovery,
                                                             const std::vector<std::string>& skip,
                                                             const std::vector<std::string>& id_keywords);

} // namespace nominate::folder::detail
