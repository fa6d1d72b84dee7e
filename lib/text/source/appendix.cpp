#include "utf8.hpp"

#include <nominate/text/appendix.hpp>
#include <nominate/text/hints.hpp>
#include <nominate/text/normalize.hpp>

#include <array>
#include <cstddef>

namespace nominate::text {

namespace {

// A reference is a few words and perhaps the name of what it refers to: `详见附件：王秀兰同志主要事迹材料`.
constexpr std::size_t k_max_reference_length = 40; // code points

constexpr std::array<std::string_view, 10> k_references{"附页", "附件",   "附后",   "后附",   "另附",
                                                        "附表", "见后页", "见下页", "附材料", "见附"};

} // namespace

bool refers_to_appendix(std::string_view text)
{
  std::string folded = normalize_label(strip_hints(text).text);
  std::size_t length = 0;
  detail::for_each_code_point(folded, [&](const detail::Decoded&, std::size_t) { ++length; });
  if (length == 0 || length > k_max_reference_length) {
    return false;
  }
  for (std::string_view word : k_references) {
    if (folded.find(word) != std::string::npos) {
      return true;
    }
  }
  return false;
}

} // namespace nominate::text
