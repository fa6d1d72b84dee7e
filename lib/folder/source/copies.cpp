#include "copies.hpp"

#include <nominate/core/input_file.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <tuple>

namespace nominate::folder::detail {

int copy_mark(const std::string& file)
{
  auto stem = std::filesystem::path(file).stem().string();
  std::string lower = stem;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  if (lower.find("副本") != std::string::npos || lower.find("copy") != std::string::npos) {
    return 2;
  }
  const bool ascii_bracket = !lower.empty() && lower.back() == ')' && lower.rfind('(') != std::string::npos;
  const std::string full_close = "）";
  const bool full_bracket = lower.size() > full_close.size() && lower.ends_with(full_close) &&
                            lower.rfind("（") != std::string::npos;
  return ascii_bracket || full_bracket ? 1 : 0;
}

namespace {

bool same_bytes(const FoundFile& a, const FoundFile& b)
{
  auto first = core::InputFile::open(a.path);
  auto second = core::InputFile::open(b.path);
  if (!first || !second || first->size() != second->size()) {
    return false;
  }
  constexpr std::size_t k_chunk = std::size_t{64} * 1024;
  std::array<std::uint8_t, k_chunk> left{};
  std::array<std::uint8_t, k_chunk> right{};
  for (std::uint64_t offset = 0; offset < first->size(); offset += k_chunk) {
    const auto got = first->read_at(offset, left);
    if (got == 0 || second->read_at(offset, right) != got ||
        !std::equal(left.begin(), left.begin() + static_cast<std::ptrdiff_t>(got), right.begin())) {
      return false;
    }
  }
  return true;
}

} // namespace

std::map<std::string, std::string> find_copies(const Discovery& discovery,
                                               const std::vector<std::string>& skip,
                                               const std::vector<std::string>& id_keywords)
{
  std::map<std::uintmax_t, std::vector<const FoundFile*>> by_size;
  for (const auto& file : discovery.files) {
    if (file.size > 0 && file.content_type != "empty" &&
        std::find(skip.begin(), skip.end(), file.file) == skip.end()) {
      by_size[file.size].push_back(&file);
    }
  }
  auto rank = [&](const FoundFile* file) {
    const auto name = std::filesystem::path(file->file).filename().string();
    return std::make_tuple(names_id_photo(name, id_keywords) ? 0 : 1, copy_mark(file->file),
                           file->file.size(), file->file);
  };
  std::map<std::string, std::string> copies;
  for (auto& [size, files] : by_size) {
    if (files.size() < 2) {
      continue;
    }
    std::sort(files.begin(), files.end(),
              [&](const FoundFile* a, const FoundFile* b) { return rank(a) < rank(b); });
    // Each file is compared with the kept file of every group found so far: a few files at most share a size.
    std::vector<const FoundFile*> kept;
    for (const auto* file : files) {
      auto original =
          std::find_if(kept.begin(), kept.end(), [&](const FoundFile* k) { return same_bytes(*k, *file); });
      if (original == kept.end()) {
        kept.push_back(file);
      } else {
        copies.emplace(file->file, (*original)->file);
      }
    }
  }
  return copies;
}

} // namespace nominate::folder::detail
