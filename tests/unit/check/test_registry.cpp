// One registry per rule id: the rules catalogue (what a rule is), the check functions (how it is judged) and
// the message texts (what a person reads) must name the same rules.

#include <nominate/check/check.hpp>
#include <nominate/messages/render.hpp>
#include <nominate/rules/catalog.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace nominate;

TEST_CASE("every rule a rule file's checks drive has exactly one check function, and no other has one",
          "[check]")
{
  auto functions = check::rules_with_check_functions();
  for (const auto& rule : rules::all_rules()) {
    INFO(rule.id);
    auto count = std::count(functions.begin(), functions.end(), rule.id);
    CHECK(count == (rule.trigger == rules::Trigger::checks ? 1 : 0));
  }
  for (auto id : functions) {
    INFO(id);
    CHECK(rules::find_rule(id) != nullptr);
  }
}

TEST_CASE("every catalogued rule has message texts under its id, and every message belongs to a rule",
          "[check]")
{
  auto ids = messages::message_ids();
  for (const auto& rule : rules::all_rules()) {
    INFO(rule.id);
    auto prefix = std::string(rule.id) + ".";
    CHECK(std::any_of(ids.begin(), ids.end(), [&](std::string_view id) { return id.starts_with(prefix); }));
  }
  for (auto id : ids) {
    INFO(id);
    // "video.frame-rate.variable" belongs to video.frame-rate: the longest catalogued prefix.
    bool owned = std::any_of(rules::all_rules().begin(), rules::all_rules().end(),
                             [&](const auto& rule) { return id.starts_with(std::string(rule.id) + "."); });
    CHECK(owned);
  }
}
