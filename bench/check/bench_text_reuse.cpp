// How long batch.text-reuse takes over a city's submissions: N submissions (default 1,000) of C characters
// (default 2,000) of distinct Chinese text each, every tenth sharing half its deeds with the one before (so
// the findings are as many as a bad year would bring). Prints the time of check::check_district and the
// number of findings.
//
//   bench_text_reuse [SUBMISSIONS] [CHARACTERS]
#include <nominate/check/check.hpp>
#include <nominate/folder/district.hpp>
#include <nominate/folder/load.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

std::string prose(std::size_t count, std::mt19937& random)
{
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    const auto code = static_cast<char32_t>(0x4E00 + random() % 0x5000);
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
    if (i % 20 == 19) {
      out += "，";
    }
  }
  return out;
}

} // namespace

int main(int argc, char** argv)
{
  using namespace nominate;
  const std::size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000;
  const std::size_t chars = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 2000;
  std::mt19937 random(42);
  rules::RuleSet rule_set;
  rule_set.kind = "star";
  std::vector<folder::LoadedSubmission> loaded(count);
  std::string previous;
  for (std::size_t i = 0; i < count; ++i) {
    auto deeds = prose(chars, random);
    if (i % 10 == 9) {
      deeds = previous.substr(0, previous.size() / 2) + deeds.substr(deeds.size() / 2);
    }
    previous = deeds;
    auto& one = loaded[i];
    one.rule_set = rule_set;
    one.submission.path = "市/" + std::to_string(i);
    one.submission.title = "nominee " + std::to_string(i);
    one.submission.fields["deeds"] = folder::FieldValue{.id = "deeds",
                                                        .text = std::move(deeds),
                                                        .source = "form",
                                                        .file = "推介表.docx",
                                                        .location = std::nullopt};
  }
  std::vector<const folder::LoadedSubmission*> members;
  for (const auto& one : loaded) {
    members.push_back(&one);
  }
  const auto start = std::chrono::steady_clock::now();
  const auto findings = check::check_district(folder::District{}, members);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::size_t reuse = 0;
  for (const auto& finding : findings) {
    reuse += finding.rule == "batch.text-reuse" ? 1 : 0;
  }
  std::printf("batch.text-reuse: %zu submissions × %zu 字 in %.3f s, %zu findings\n", count, chars,
              elapsed.count(), reuse);
  return 0;
}
