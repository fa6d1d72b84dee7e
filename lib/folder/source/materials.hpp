#pragma once

#include <nominate/folder/discover.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/rules/rule_set.hpp>

#include <string>
#include <vector>

namespace nominate::folder::detail {

// Gives every file that is not the form or a config its role (ID photo, photo, video, summary, scan,
// other), probes photos and videos, reads summaries' text, and raises intake findings for files that cannot
// be read. `skip` lists files already placed (the form, its other versions, nomination.yaml).
void classify_materials(const Discovery& discovery, const std::vector<std::string>& skip,
                        const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission);

} // namespace nominate::folder::detail
