#include "office_tools.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <functional>
#include <iterator>

namespace nominate::test {

namespace {

std::string content_key(std::string_view content, std::string_view salt)
{
  std::size_t hash = std::hash<std::string_view>{}(content) ^ (std::hash<std::string_view>{}(salt)*31);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%016zx", hash);
  return buffer;
}

std::string base64(std::string_view bytes)
{
  static constexpr std::string_view k_alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t chunk = static_cast<std::uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) {
      chunk |= static_cast<std::uint8_t>(bytes[i + 1]) << 8;
    }
    if (i + 2 < bytes.size()) {
      chunk |= static_cast<std::uint8_t>(bytes[i + 2]);
    }
    out += k_alphabet[(chunk >> 18) & 63];
    out += k_alphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? k_alphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? k_alphabet[chunk & 63] : '=';
  }
  return out;
}

// Copies a made file into the cache under this process's own name, then renames it into place: the office
// and folder suites run side by side and may make the same document at once.
void publish(const std::filesystem::path& made, const std::filesystem::path& cached)
{
  const auto partial = partial_name(cached);
  std::filesystem::copy_file(made, partial, std::filesystem::copy_options::overwrite_existing);
  std::filesystem::rename(partial, cached);
}

} // namespace

std::filesystem::path scanned_pdf()
{
  REQUIRE(have_tool("convert"));
  TempDir work;
  auto png = work.path() / "scan.png";
  auto run = run_tool({"convert", "-size", "595x842", "xc:white", "-fill", "black", "-draw",
                       "rectangle 60,80 520,100", "-draw", "rectangle 60,120 480,140", png.string()});
  INFO(run.output);
  REQUIRE(std::filesystem::exists(png));
  std::ifstream in(png, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string html = "<html><body><img src=\"data:image/png;base64," + base64(bytes) +
                     "\" width=\"595\" height=\"842\"></body></html>";
  return soffice_convert(html, "scan.html", "pdf:writer_pdf_Export", "HTML (StarWriter)");
}

std::filesystem::path soffice_convert(std::string_view content, const std::string& input_name,
                                      const std::string& convert_to, const std::string& infilter)
{
  std::string key = content_key(content, input_name + convert_to + infilter);
  auto stem = std::filesystem::path(input_name).stem().string();
  auto extension = convert_to.substr(0, convert_to.find(':'));
  auto cached = fixture_cache() / "office" / (key + "-" + stem + "." + extension);
  if (std::filesystem::exists(cached)) {
    return cached;
  }
  REQUIRE(have_tool("soffice"));
  TempDir work;
  auto input = work.write(input_name, content);
  std::vector<std::string> argv{
      "soffice",      "-env:UserInstallation=file://" + (work.path() / "profile").string(),
      "--headless",   "--norestore",
      "--convert-to", convert_to,
      "--outdir",     (work.path() / "out").string()};
  if (!infilter.empty()) {
    argv.push_back("--infilter=" + infilter);
  }
  argv.push_back(input.string());
  auto run = run_tool(argv);
  auto produced = work.path() / "out" / (stem + "." + extension);
  INFO(run.output);
  REQUIRE(std::filesystem::exists(produced));
  std::filesystem::create_directories(cached.parent_path());
  publish(produced, cached);
  return cached;
}

std::filesystem::path soffice_save_with_password(std::string_view content, const std::string& input_name,
                                                 const std::string& filter, const std::string& extension)
{
  auto stem = std::filesystem::path(input_name).stem().string();
  auto cached =
      fixture_cache() / "office" / (content_key(content, "password" + filter) + "-" + stem + "." + extension);
  if (std::filesystem::exists(cached)) {
    return cached;
  }
  REQUIRE(have_tool("soffice"));
  TempDir work;
  auto input = work.write(input_name, content);
  auto output = work.path() / ("protected." + extension);
  std::string profile = "-env:UserInstallation=file://" + (work.path() / "profile").string();
  auto init = run_tool({"timeout", "-s", "KILL", "60", "soffice", profile, "--headless", "--norestore",
                        "--terminate_after_init"});
  INFO(init.output);
  auto module = work.path() / "profile/user/basic/Standard/Module1.xba";
  REQUIRE(std::filesystem::exists(module));
  work.write(module, R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(source As String, target As String, filter As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), "_blank", 0, load())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = filter
  store(1).Name = "Password"
  store(1).Value = "secret"
  document.storeToURL(ConvertToURL(target), store())
  document.close(True)
End Sub
</script:module>
)");
  auto run = run_tool({"timeout", "-s", "KILL", "120", "soffice", profile, "--headless", "--norestore",
                       "macro:///Standard.Module1.SaveWithPassword(\"" + input.string() + "\",\"" +
                           output.string() + "\",\"" + filter + "\")"});
  INFO(run.output);
  REQUIRE(std::filesystem::exists(output));
  std::filesystem::create_directories(cached.parent_path());
  publish(output, cached);
  return cached;
}

} // namespace nominate::test
