#pragma once

// Fixtures for the folder and pipeline tests: the shipped examples' real forms, photos made by ImageMagick
// and videos made by ffmpeg (cached in fixture_cache()/folder), and the options that point at the shipped
// rule sets.

#include <nominate/folder/load.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace nominate::test {

// NOMINATE_SOURCE_DIR/examples/<relative>.
[[nodiscard]] std::filesystem::path example(const std::filesystem::path& relative);

// Copies a file (creating `to`'s parent folders) and returns `to`.
std::filesystem::path copy_into(const std::filesystem::path& from, const std::filesystem::path& to);

// A photo made by `convert -size WxH gradient:… <format>:OUT`, cached: `format` is what the content is
// ("jpeg", "png"), whatever name it is later copied under.
[[nodiscard]] std::filesystem::path photo(int width, int height, const std::string& format = "jpeg");

// A 1-second 320×240 25 fps H.264 MP4 with sound, made by ffmpeg, cached.
[[nodiscard]] std::filesystem::path short_video();

// A Word 97 .doc saved by LibreOffice from `docx`, cached as `name` (e.g. "张三.doc").
[[nodiscard]] std::filesystem::path legacy_doc(const std::filesystem::path& docx, const std::string& name);
// `docx` converted by LibreOffice to `convert_to` ("odt:writer8", "doc:MS Word 97"), cached as `name`.
[[nodiscard]] std::filesystem::path
converted_document(const std::filesystem::path& docx, const std::string& name, const std::string& convert_to);

// Load options reading the shipped rule sets (NOMINATE_SOURCE_DIR/rules), no LibreOffice.
[[nodiscard]] folder::LoadOptions shipped_rules();

// Runs in another working folder, and comes back (for paths given relative, as users type them).
class WorkingFolder {
public:
  explicit WorkingFolder(const std::filesystem::path& folder);
  ~WorkingFolder();
  WorkingFolder(const WorkingFolder&) = delete;
  WorkingFolder& operator=(const WorkingFolder&) = delete;

private:
  std::filesystem::path m_previous;
};

// The rule ids of findings, in their order.
template <typename Findings> [[nodiscard]] std::vector<std::string> rule_ids(const Findings& findings)
{
  std::vector<std::string> out;
  for (const auto& finding : findings) {
    out.push_back(finding.rule);
  }
  return out;
}

} // namespace nominate::test
