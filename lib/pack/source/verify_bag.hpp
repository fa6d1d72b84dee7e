#pragma once

#include "zip_reader_data.hpp"

#include <nominate/core/finding.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace nominate::pack {

// The largest tag file (bagit.txt, bag-info.txt, a manifest) whose text is read: 16 MiB, some 200,000
// manifest lines. A larger one is named as too large to read (package.no-manifest.too-large,
// package.bagit.too-large, package.oxum.too-large), never taken for missing or passed in silence.
constexpr std::uint64_t k_max_tag_file = 16ull * 1024 * 1024;

// A tag file's text as its bytes arrive, kept while it stays within k_max_tag_file: past it the text is
// dropped, so a file of any size costs at most the limit in memory.
class BoundedTagText {
public:
  void add(std::span<const std::uint8_t> piece)
  {
    if (m_over || m_text.size() + piece.size() > k_max_tag_file) {
      m_over = true;
      std::string().swap(m_text);
      return;
    }
    m_text.append(reinterpret_cast<const char*>(piece.data()), piece.size());
  }
  // The text read, or nullopt when the file passed the limit.
  [[nodiscard]] std::optional<std::string> take()
  {
    return m_over ? std::nullopt : std::optional<std::string>(std::move(m_text));
  }

private:
  std::string m_text;
  bool m_over = false;
};

// A file entry of the zip as read: its name and what its data gave.
struct FileRead {
  std::string name;
  EntryDigest digest;
};

// Judges the bag at `root` ("" or "X/") in the zip: its declaration (bagit.txt), each file against the
// manifests (every line that lists it), the Payload-Oxum of bag-info.txt, and files outside the bag.
// `tag_texts` holds the text of each file directly in `root`, by its name in the zip. Adds package.bagit,
// .checksum, .missing, .unlisted, .oxum and .no-manifest findings.
void check_bag(const std::string& root, const std::vector<FileRead>& files,
               const std::map<std::string, std::string>& tag_texts, std::vector<core::Finding>& findings);

} // namespace nominate::pack
