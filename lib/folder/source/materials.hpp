#pragma once

#include <nominate/folder/discover.hpp>
#include <nominate/folder/load.hpp>
#include <nominate/rules/rule_set.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nominate::folder::detail {

// Gives every file that is not the form or a config its role (ID photo, photo, video, summary, scan,
// other), reads summaries' text, and raises intake findings for files that cannot be read; then, unless
// options.defer_probes, probe_materials. `skip` lists files already placed (the form, its other versions,
// nomination.yaml).
void classify_materials(const Discovery& discovery, const std::vector<std::string>& skip,
                        const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission);

// The text of a document material (Word, WPS, RTF, PDF, plain text); a legacy one is converted first, as the
// form is. nullopt with material.read_error set when it cannot be read.
[[nodiscard]] std::optional<std::string> read_document(Material& material, const LoadOptions& options,
                                                       Submission& submission);

// Whether discovery found a file whose bytes are a video (whatever its name): one will be probed.
[[nodiscard]] bool holds_video(const Discovery& discovery);

// Probes the photos and videos classify_materials found and, when no photo is named as the ID photo,
// takes the most ID-shaped one (material.ambiguous when several are).
void probe_materials(const rules::RuleSet& rule_set, const LoadOptions& options, Submission& submission);

} // namespace nominate::folder::detail
