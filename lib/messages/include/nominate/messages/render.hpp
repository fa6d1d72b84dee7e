#pragma once

#include <nominate/core/finding.hpp>
#include <nominate/core/language.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace nominate::messages {

// What a person reads for a finding: what is wrong, and how to fix it — written for a district clerk with
// Word/WPS and a phone video editor first, then (after a line break) a command for IT staff where one helps.
struct RenderedFinding {
  std::string message;
  std::string fix;
};

// Renders a finding's message_id with its args in the language. An unknown message_id renders the id and its
// args plainly (never empty), so a missing catalogue entry is visible rather than silent.
[[nodiscard]] RenderedFinding render(const core::Finding& finding, core::Language language);

// True when the catalogue has a text for this message id (tests walk every id a check can emit).
[[nodiscard]] bool has_message(std::string_view message_id);

// Every message id of the catalogue, in catalogue order (for tests and `nominate explain`).
[[nodiscard]] std::vector<std::string_view> message_ids();

} // namespace nominate::messages
