#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>

namespace nominate::report {

// The SARIF `reportingDescriptor` of a rule id, from the rules catalogue: name, shortDescription (its title),
// fullDescription (what it checks), help (what it checks, the notice's words seen in this run, how to fix
// it; as text and as Markdown), helpUri into the rule reference, defaultConfiguration.level and the
// properties code scanning reads (tags, precision, problem.severity). A rule id the catalogue does not know
// gets a descriptor naming only itself. Private to the report part.
[[nodiscard]] nlohmann::ordered_json sarif_rule(std::string_view id, const std::set<std::string>& clauses,
                                                core::Language language);

// SARIF's level of a severity: error, warning, note.
[[nodiscard]] std::string_view sarif_level(core::Severity severity);

// The project's pages (NOMINATE_HOMEPAGE_URL) and the rule reference under them.
[[nodiscard]] std::string_view information_uri();
[[nodiscard]] std::string rules_help_uri();

} // namespace nominate::report
