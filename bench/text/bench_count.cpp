// Times text::count_characters over a generated 10 MB text of Chinese prose with Latin words, numbers,
// punctuation and line breaks, and prints the throughput in MB/s.

#include <nominate/text/count.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t k_target_bytes = 10 * 1000 * 1000;
constexpr int k_rounds = 5;

std::string generate_text()
{
  constexpr std::string_view k_pieces[] = {
      "张三同志自2019年3月起在社区开设书法课，",
      "年均线下参与2600人次，",
      "Hello World ",
      "《终身学习》",
      "「百姓学习之星」",
      "COVID-19期间转为线上，",
      "１２３４５",
      "東京2024オリンピック",
      "\u3000\u3000",
      "\n",
  };
  std::string text;
  text.reserve(k_target_bytes + 64);
  std::size_t i = 0;
  while (text.size() < k_target_bytes) {
    text += k_pieces[i % std::size(k_pieces)];
    i = i * 7 + 3;
  }
  return text;
}

} // namespace

int main()
{
  const std::string text = generate_text();
  std::size_t checksum = 0;
  double best_seconds = 1e9;
  for (int round = 0; round < k_rounds; ++round) {
    const auto start = std::chrono::steady_clock::now();
    const auto count = nominate::text::count_characters(text);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    checksum += count.words;
    best_seconds = std::min(best_seconds, elapsed.count());
  }
  const double megabytes = static_cast<double>(text.size()) / 1e6;
  std::printf("count_characters: %.1f MB in %.3f s (best of %d): %.1f MB/s (words %zu)\n", megabytes,
              best_seconds, k_rounds, megabytes / best_seconds, checksum / k_rounds);
  return 0;
}
