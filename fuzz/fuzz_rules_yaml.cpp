// A rule file: YAML (libyaml behind nominate::yaml, alias and size limits) and the rule-set schema.
// `extends` finds nothing (no search folders), so only the bytes given are read.
#include <nominate/rules/load.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  auto rule_set =
      nominate::rules::parse_rule_set(text, "/nonexistent/fuzz.yaml", nominate::rules::RuleSource{});
  (void)rule_set;
  return 0;
}
