// `nominate check --format html:FILE` on every shipped example, rendered in headless Chromium (Debian's
// `chromium`, which scripts/install-deps.sh installs): the rendered DOM shows each submission's verdict as
// the JSON report has it, one summary row per submission, every picture decoding (naturalWidth > 0), and a
// form field holding `<script>` as text. Screenshots are kept in the build folder (html-report/*.png).

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

namespace nominate::test::cli {
namespace {

namespace fs = std::filesystem;

// The build folder's html-report/: the reports, their probe copies and the screenshots, kept after the run.
fs::path artefacts()
{
  const auto folder = fixture_cache().parent_path() / "html-report";
  fs::create_directories(folder);
  return folder;
}

std::string read_file(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool have_chromium()
{
  if (have_tool("chromium")) {
    return true;
  }
  WARN("chromium is not installed (sh scripts/install-deps.sh installs it): the HTML reports are written and "
       "checked as text, but not rendered");
  return false;
}

// Chromium's arguments for one headless run as root in a container (no sandbox, no GPU, its own profile in
// the build folder), its own log silenced so that stdout holds only what was asked for.
ToolRun chromium(const std::vector<std::string>& args)
{
  std::string command = "exec chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "
                        "--user-data-dir='" +
                        (artefacts() / "chromium-profile").string() + "'";
  for (const auto& arg : args) {
    command += " '" + arg + "'";
  }
  return run_tool({"sh", "-c", command + " 2>/dev/null"});
}

// The page as Chromium built it, after loading, with each <img>'s naturalWidth written into the DOM by a
// probe script added to a copy (the report itself has no script).
std::string rendered_dom(const fs::path& report, const std::string& name)
{
  auto page = read_file(report);
  const auto end = page.rfind("</body>");
  REQUIRE(end != std::string::npos);
  page.insert(end, "<script>window.addEventListener('load', function () {"
                   "document.querySelectorAll('img').forEach(function (img) {"
                   "img.setAttribute('data-natural-width', String(img.naturalWidth)); });"
                   "document.body.setAttribute('data-probed', 'yes'); });</script>");
  const auto probe = artefacts() / (name + ".probe.html");
  std::ofstream(probe, std::ios::binary) << page;
  const auto run = chromium({"--virtual-time-budget=10000", "--dump-dom", "file://" + probe.string()});
  INFO(run.output.substr(0, 2000));
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.output.find("data-probed=\"yes\"") != std::string::npos);
  return run.output;
}

void screenshot(const fs::path& report, const std::string& name)
{
  const auto png = artefacts() / (name + ".png");
  fs::remove(png);
  const auto run =
      chromium({"--window-size=1280,2400", "--screenshot=" + png.string(), "file://" + report.string()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(fs::exists(png));
  CHECK(fs::file_size(png) > 10'000);
}

std::size_t count(const std::string& text, const std::string& part)
{
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
    ++n;
  }
  return n;
}

// The photos and videos the JSON report says were read whole: each must have its picture in the page.
std::size_t pictured_materials(const nlohmann::json& report)
{
  std::size_t n = 0;
  for (const auto& submission : report["submissions"]) {
    for (const auto& material : submission["materials"]) {
      const auto& facts = material["facts"];
      const auto role = material["role"].get<std::string>();
      if ((role == "id_photo" || role == "photo") && facts.value("decoded", false)) {
        ++n;
      } else if (role == "video" && !facts.contains("problem")) {
        ++n;
      }
    }
  }
  return n;
}

} // namespace

TEST_CASE("the HTML report of every example renders with its verdicts, summary rows and pictures", "[cli]")
{
  const bool render = have_chromium();
  const std::vector<std::pair<std::string, std::string>> examples = {
      {"star-compliant", "star-compliant"},
      {"star-faults", "star-faults"},
      {"brand-compliant", "brand-compliant"},
      {"brand-faults", "brand-faults"},
      {"beijing-star-compliant", "beijing-star-compliant"},
      {"beijing-star-faults", "beijing-star-faults"},
      {"legacy-doc", "legacy-doc"},
      {"海淀区", "district"},
  };
  for (const auto& [example, name] : examples) {
    DYNAMIC_SECTION(example)
    {
      const auto report = artefacts() / (name + ".html");
      fs::remove(report);
      const auto run = check({example, "--lang", "zh", "--format", "html:" + report.string()});
      INFO(run.output);
      REQUIRE((run.exit_code == 0 || run.exit_code == 1));
      REQUIRE(fs::exists(report));
      const auto page = read_file(report);
      // Self-contained: no script, nothing fetched.
      CHECK(page.find("<script") == std::string::npos);
      CHECK(page.find("src=\"http") == std::string::npos);
      CHECK(page.find("<link") == std::string::npos);
      const auto& submissions = run.report["submissions"];
      CHECK(count(page, "<tr data-path=") == submissions.size());
      CHECK(count(page, "<img src=\"data:image/jpeg;base64,") == pictured_materials(run.report));
      if (!render) {
        continue;
      }
      const auto dom = rendered_dom(report, name);
      // Each submission's row and section carry the JSON report's verdict.
      for (const auto& submission : submissions) {
        const auto path = submission["path"].get<std::string>();
        const auto verdict = submission["status"].get<std::string>();
        INFO(path);
        CHECK(count(dom, "data-path=\"" + path + "\" data-verdict=\"" + verdict + "\"") == 2);
        CHECK(dom.find(verdict == "pass" ? "通过" : "不通过") != std::string::npos);
      }
      CHECK(count(dom, "<tr data-path=") == submissions.size());
      // Every picture decoded in the browser.
      const std::regex width("data-natural-width=\"(\\d+)\"");
      std::size_t images = 0;
      for (auto it = std::sregex_iterator(dom.begin(), dom.end(), width); it != std::sregex_iterator();
           ++it) {
        ++images;
        CHECK(std::stoi((*it)[1]) > 0);
      }
      CHECK(images == count(dom, "<img "));
      CHECK(images == pictured_materials(run.report));
      screenshot(report, name);
    }
  }
}

TEST_CASE("a form field holding <script> shows as text in the HTML report", "[cli]")
{
  TempDir temp;
  const auto folder = copy_example("beijing-star-compliant", temp.path() / "star");
  auto config = read_file(folder / "nomination.yaml");
  const auto name = config.find("name: ");
  REQUIRE(name != std::string::npos);
  config.replace(name, config.find('\n', name) - name, "name: \"<script>alert('x')</script>\"");
  std::ofstream(folder / "nomination.yaml", std::ios::binary) << config;
  const auto report = artefacts() / "escaped-field.html";
  fs::remove(report);
  const auto run =
      check({"star", "--lang", "en", "--format", "html:" + report.string()}, in_folder(temp.path()));
  INFO(run.output);
  REQUIRE(fs::exists(report));
  const auto page = read_file(report);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  if (!have_chromium()) {
    return;
  }
  const auto dom = rendered_dom(report, "escaped-field");
  // The browser made text of it: serialised again escaped, and no script element but the probe's own.
  CHECK(dom.find("&lt;script&gt;alert('x')&lt;/script&gt;") != std::string::npos);
  CHECK(count(dom, "<script") == 1);
}

} // namespace nominate::test::cli
