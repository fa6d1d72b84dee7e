#include "office_tools.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <functional>

namespace nominate::test {

namespace {

std::string content_key(std::string_view content, std::string_view salt)
{
  std::size_t hash = std::hash<std::string_view>{}(content) ^ (std::hash<std::string_view>{}(salt)*31);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%016zx", hash);
  return buffer;
}

} // namespace

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
  std::filesystem::copy_file(produced, cached, std::filesystem::copy_options::overwrite_existing);
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
  std::filesystem::copy_file(output, cached, std::filesystem::copy_options::overwrite_existing);
  return cached;
}

} // namespace nominate::test
