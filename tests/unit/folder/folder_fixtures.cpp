#include "folder_fixtures.hpp"

#include <catch2/catch.hpp>

#include <run_tool.hpp>
#include <temp_dir.hpp>
#include <unistd.h>

namespace nominate::test {

namespace {

// Runs a tool into a temporary name, then renames: an interrupted or concurrent run never leaves a
// half-written fixture in the cache.
std::filesystem::path cached(const std::string& tool, const std::string& name, std::vector<std::string> args)
{
  return cached_tool_output(fixture_cache() / "folder", tool, name, std::move(args));
}

} // namespace

std::filesystem::path example(const std::filesystem::path& relative)
{
  return std::filesystem::path(NOMINATE_SOURCE_DIR) / "examples" / relative;
}

std::filesystem::path copy_into(const std::filesystem::path& from, const std::filesystem::path& to)
{
  std::filesystem::create_directories(to.parent_path());
  std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
  return to;
}

std::filesystem::path photo(int width, int height, const std::string& format)
{
  auto size = std::to_string(width) + "x" + std::to_string(height);
  auto extension = format == "jpeg" ? ".jpg" : "." + format;
  return cached("convert", "photo-" + size + extension,
                {"-size", size, "gradient:#c04040-#4060c0", format + ":{out}"});
}

std::filesystem::path short_video()
{
  return cached("ffmpeg", "short-320x240-25.mp4",
                {"-v",
                 "error",
                 "-y",
                 "-f",
                 "lavfi",
                 "-i",
                 "testsrc2=size=320x240:rate=25",
                 "-f",
                 "lavfi",
                 "-i",
                 "sine=frequency=440:sample_rate=44100",
                 "-t",
                 "1",
                 "-c:v",
                 "libx264",
                 "-preset",
                 "veryfast",
                 "-pix_fmt",
                 "yuv420p",
                 "-c:a",
                 "aac",
                 "-b:a",
                 "64k",
                 "-movflags",
                 "+faststart",
                 "-f",
                 "mp4",
                 "{out}"});
}

std::filesystem::path legacy_doc(const std::filesystem::path& docx, const std::string& name)
{
  return converted_document(docx, name, "doc:MS Word 97");
}

std::filesystem::path converted_document(const std::filesystem::path& docx, const std::string& name,
                                         const std::string& convert_to)
{
  auto target = fixture_cache() / "folder" / name;
  std::error_code error;
  if (std::filesystem::is_regular_file(target, error) && std::filesystem::file_size(target, error) > 0) {
    return target;
  }
  REQUIRE(have_tool("soffice"));
  TempDir work;
  auto input = copy_into(docx, work.path() / "in" / (std::filesystem::path(name).stem().string() + ".docx"));
  auto run = run_tool({"soffice", "-env:UserInstallation=file://" + (work.path() / "profile").string(),
                       "--headless", "--norestore", "--convert-to", convert_to, "--outdir",
                       (work.path() / "out").string(), input.string()});
  auto produced =
      work.path() / "out" / (input.stem().string() + "." + convert_to.substr(0, convert_to.find(':')));
  INFO(run.output);
  REQUIRE(std::filesystem::is_regular_file(produced));
  // The folder may not exist yet: the pipeline suite, which starts first in a clean build, calls this too.
  std::filesystem::create_directories(target.parent_path());
  const auto partial = partial_name(target);
  std::filesystem::copy_file(produced, partial, std::filesystem::copy_options::overwrite_existing);
  std::filesystem::rename(partial, target);
  return target;
}

WorkingFolder::WorkingFolder(const std::filesystem::path& folder)
    : m_previous(std::filesystem::current_path())
{
  std::filesystem::current_path(folder);
}

WorkingFolder::~WorkingFolder()
{
  std::error_code ignored;
  std::filesystem::current_path(m_previous, ignored);
}

folder::LoadOptions shipped_rules()
{
  folder::LoadOptions options;
  options.rule_dirs = {std::filesystem::path(NOMINATE_SOURCE_DIR) / "rules"};
  return options;
}

} // namespace nominate::test
