#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/folder/load.hpp>

#include <string>
#include <vector>

namespace nominate::pipeline::detail {

// The checks over a district's submissions as a whole: batch.quota (more nominations of a kind than the
// zone allows, from the rule set's quotas and nominate.yaml's zone) and batch.duplicate (the same person or
// project twice). `submissions` are the district's, loaded.
[[nodiscard]] std::vector<core::Finding>
check_district(const std::vector<const folder::LoadedSubmission*>& submissions);

} // namespace nominate::pipeline::detail
