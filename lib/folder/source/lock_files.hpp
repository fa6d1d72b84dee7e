#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/folder/discover.hpp>

#include <string>
#include <vector>

namespace nominate::folder::detail {

// material.open-elsewhere: an Office file whose lock file lies beside it is open in WPS, Word or LibreOffice
// now (or was when that program last stopped without closing it). What is checked and packed is what was
// last saved; edits on the screen are in neither. One warning per such file, in path order.
// `received`: the folder came in a received zip (LoadOptions::received), so the advice is for its receiver.
void find_open_documents(const Discovery& discovery, bool received, std::vector<core::Finding>& findings);

// The same for `files` and the names left out beside them (`ignored`), both relative to one folder: a
// district's registration table open in WPS or Excel.
void find_open_documents(const std::vector<std::string>& files, const std::vector<std::string>& ignored,
                         bool received, std::vector<core::Finding>& findings);

} // namespace nominate::folder::detail
