#include "builders.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/check/check.hpp>
#include <nominate/media/photo.hpp>
#include <nominate/messages/render.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace nominate;
using test::of_rule;

namespace {

// Beijing's photo specs: 一寸白底彩色个人照片…大小不超过2M，格式：jpg, png.
rules::RuleSet beijing_photo_rules()
{
  rules::RuleSet rules;
  auto on_id = [](std::string rule) {
    return test::on_material(test::check_spec(std::move(rule)), "id_photo");
  };
  rules.checks = {
      test::with(on_id("photo.format"), "formats", std::vector<std::string>{"jpg", "png"}),
      on_id("photo.extension"),
      test::with(on_id("photo.file-size"), "max_bytes", std::int64_t{2097152}),
      test::with(test::with(on_id("photo.dimensions"), "size", std::string("1寸")), "aspect_tolerance", 0.1),
      on_id("photo.color"),
      test::with(on_id("photo.background"), "color", std::string("white")),
  };
  rules.checks[4].severity = core::Severity::warning;
  return rules;
}

folder::Material photo_material(const std::string& file, media::PhotoFacts facts)
{
  auto out = test::material(file, folder::Role::id_photo);
  out.size = facts.file_size;
  out.photo = facts;
  return out;
}

media::PhotoFacts good_facts()
{
  media::PhotoFacts facts;
  facts.format = media::ImageFormat::jpeg;
  facts.file_size = 80'000;
  facts.width = 350;
  facts.height = 490;
  facts.decoded = true;
  facts.background = media::Background::white;
  return facts;
}

std::vector<core::Finding> photo_findings(const folder::Material& photo, const rules::RuleSet& rules)
{
  auto submission = test::submission_with_form();
  submission.materials.push_back(photo);
  auto findings = check::check_submission(submission, rules, {});
  std::erase_if(findings, [](const auto& f) {
    return !f.rule.starts_with("photo.") && f.rule != "material.unreadable";
  });
  return findings;
}

// A real image made by ImageMagick, probed by media: the facts the folder reader would attach.
folder::Material probed(const std::filesystem::path& dir, const std::string& name,
                        const std::vector<std::string>& args)
{
  auto path = dir / name;
  std::vector<std::string> argv{"convert"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.push_back(path.string());
  auto run = test::run_tool(argv);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  auto facts = media::probe_photo_file(path);
  REQUIRE(facts.has_value());
  return photo_material(name, *facts);
}

} // namespace

TEST_CASE("photo checks judge the probe's facts against the rule's specs", "[check]")
{
  auto rules = beijing_photo_rules();

  SECTION("a 350×490 colour JPEG on white, under 2 MB, passes every check")
  {
    CHECK(photo_findings(photo_material("证件照.jpg", good_facts()), rules).empty());
  }
  SECTION("an HEIC photo: photo.format.heic with the export advice's command, not a false dimension finding")
  {
    auto facts = good_facts();
    facts.format = media::ImageFormat::heic;
    facts.decoded = false;
    facts.background = media::Background::unknown;
    facts.problem = "cannot decode: HEIC";
    auto found = photo_findings(photo_material("IMG_2041.HEIC", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "photo.format");
    CHECK(found[0].message_id == "photo.format.heic");
    CHECK(found[0].actual == "heic");
    CHECK(found[0].args.at("command").find("IMG_2041-转换.jpg") != std::string::npos);
  }
  SECTION("an HEIC cut short in transfer: only material.unreadable, no advice to re-save it as JPEG")
  {
    auto facts = good_facts();
    facts.format = media::ImageFormat::heic;
    facts.decoded = false;
    facts.background = media::Background::unknown;
    facts.problem = "cannot decode: Invalid input: Unexpected end of file";
    facts.problem_kind = media::PhotoProblem::damaged;
    auto found = photo_findings(photo_material("证件照.heic", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "material.unreadable");
  }
  SECTION("an HEIC photo named .jpg: the command writes a new file, never over the original")
  {
    auto facts = good_facts();
    facts.format = media::ImageFormat::heic;
    facts.decoded = false;
    auto found = photo_findings(photo_material("生活照.jpg", facts), rules);
    REQUIRE(!found.empty());
    const auto& command = found[0].args.at("command");
    CHECK(command.find("\"生活照.jpg\"") != std::string::npos);
    CHECK(command.find("\"生活照-转换.jpg\"") != std::string::npos);
  }
  SECTION("a PNG named .jpg is photo.extension; .jfif is JPEG and fine")
  {
    auto facts = good_facts();
    facts.format = media::ImageFormat::png;
    auto found = photo_findings(photo_material("证件照.jpg", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.extension.mismatch");
    CHECK(found[0].args.at("suggested") == ".png");
    CHECK(photo_findings(photo_material("证件照.jfif", good_facts()), rules).empty());
  }
  SECTION("over 2 MB is photo.file-size, shown in MB")
  {
    auto facts = good_facts();
    facts.file_size = 2'568'000;
    auto found = photo_findings(photo_material("证件照.jpg", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.file-size.too-large");
    CHECK(found[0].expected == "≤ 2 MB");
    CHECK(found[0].args.at("size") == "2.45 MB");

    // One byte over: said with the decimals that tell it from the limit.
    facts.file_size = 2'097'153;
    found = photo_findings(photo_material("证件照.jpg", facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].args.at("size") == "2.000001 MB");
    CHECK(found[0].actual == "2.000001 MB (2097153 B)");
  }
  SECTION("a landscape photo and a square one are not 1寸 5:7 portraits")
  {
    auto landscape = good_facts();
    landscape.width = 490;
    landscape.height = 350;
    auto found = photo_findings(photo_material("证件照.jpg", landscape), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.dimensions.landscape");
    CHECK(found[0].actual == "490×350");

    auto square = good_facts();
    square.width = 400;
    square.height = 400;
    found = photo_findings(photo_material("证件照.jpg", square), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.dimensions.aspect");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("command").find("-auto-orient -crop 286x400+57+0") != std::string::npos);

    // The identity-card photo (358×441, 26×32 mm): an ID photo of other proportions, a warning.
    auto id_card = good_facts();
    id_card.width = 358;
    id_card.height = 441;
    found = photo_findings(photo_material("证件照.jpg", id_card), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.dimensions.id-card");
    CHECK(found[0].severity == core::Severity::warning);

    // Stored upright (350×490), turned sideways by its EXIF tag: the tag is the fault, not the shape.
    auto sideways = landscape;
    sideways.exif_orientation = 6;
    found = photo_findings(photo_material("证件照.jpg", sideways), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.dimensions.sideways");
    CHECK(found[0].args.at("command") == "convert \"证件照.jpg\" -strip \"证件照-竖版.jpg\"");
  }
  SECTION("a 1寸 photo's file where 2寸 is asked: a warning; the same pixels where 1寸 is asked: nothing")
  {
    auto one_inch = good_facts();
    one_inch.width = 295;
    one_inch.height = 413;
    CHECK(of_rule(photo_findings(photo_material("证件照.jpg", one_inch), rules), "photo.dimensions").empty());
    rules.checks[3].params["size"] = std::string("2寸");
    auto found = photo_findings(photo_material("证件照.jpg", one_inch), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.dimensions.one-inch");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("mm") == "35×49 mm");
    // A 2寸 file, or any other pixel count of the shape, says nothing: the pixels alone tell no size.
    auto two_inch = good_facts();
    two_inch.width = 413;
    two_inch.height = 579;
    CHECK(photo_findings(photo_material("证件照.jpg", two_inch), rules).empty());
    one_inch.width = 296;
    CHECK(photo_findings(photo_material("证件照.jpg", one_inch), rules).empty());
  }
  SECTION("too few pixels, when the rule gives a minimum")
  {
    rules.checks[3].params["min_width"] = std::int64_t{295};
    rules.checks[3].params["min_height"] = std::int64_t{413};
    auto small = good_facts();
    small.width = 250;
    small.height = 350;
    auto found = photo_findings(photo_material("证件照.jpg", small), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.dimensions.too-small");
    CHECK(found[0].expected == "≥ 295×413 px");
    CHECK(found[0].severity == core::Severity::error); // the rule's, unless small_severity says

    rules.checks[3].params["small_severity"] = std::string("warning");
    found = photo_findings(photo_material("证件照.jpg", small), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::warning);
  }
  SECTION("a grayscale photo, at the severity the rule file gives")
  {
    auto gray = good_facts();
    gray.grayscale = true;
    auto found = photo_findings(photo_material("证件照.jpg", gray), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.color.grayscale");
    CHECK(found[0].severity == core::Severity::warning);
  }
  SECTION("a blue background is not white; a light one is a judgement of the border, said so")
  {
    auto blue = good_facts();
    blue.background = media::Background::blue;
    auto found = photo_findings(photo_material("证件照.jpg", blue), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.not-white");
    CHECK(found[0].args.at("background") == "blue");

    auto light = good_facts();
    light.background = media::Background::light;
    light.background_rgb = "#d1d1d1";
    found = photo_findings(photo_material("证件照.jpg", light), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.light");
    // The colour measured is named, as the other background findings name theirs.
    CHECK(messages::render(found[0], core::Language::zh).message.find("#d1d1d1") != std::string::npos);
  }
  SECTION("an undecodable JPEG makes no dimension, colour or background finding, only material.unreadable")
  {
    auto broken = good_facts();
    broken.decoded = false;
    broken.width = 0;
    broken.height = 0;
    broken.background = media::Background::unknown;
    broken.problem = "truncated: the JPEG ends before its end marker";
    auto found = photo_findings(photo_material("证件照.jpg", broken), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "material.unreadable");
  }
}

TEST_CASE("a toned monochrome photo is a judgement: a warning that says so, under an error rule", "[check]")
{
  auto rules = beijing_photo_rules();
  rules.checks[4].severity = core::Severity::error; // 彩色 is a specification: grayscale is an error

  auto gray = good_facts();
  gray.grayscale = true;
  auto found = photo_findings(photo_material("证件照.jpg", gray), rules);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_id == "photo.color.grayscale");
  CHECK(found[0].severity == core::Severity::error);

  auto toned = good_facts();
  toned.tinted = true;
  found = photo_findings(photo_material("证件照.jpg", toned), rules);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "photo.color");
  CHECK(found[0].message_id == "photo.color.tinted");
  CHECK(found[0].severity == core::Severity::warning);
  CHECK(found[0].actual == "tinted");
  auto zh = messages::render(found[0], core::Language::zh);
  CHECK(zh.message.find("单色调") != std::string::npos);
  CHECK(zh.message.find("判断") != std::string::npos);
  CHECK(zh.fix.find("原片") != std::string::npos);
}

TEST_CASE("photo checks on real images made by ImageMagick and probed by media", "[check]")
{
  REQUIRE(test::have_tool("convert"));
  test::TempDir dir;
  auto rules = beijing_photo_rules();
  const std::vector<std::string> portrait{
      "-size", "350x490", "xc:white", "-fill", "#c07050", "-draw", "ellipse 175,260 95,140 0,360"};

  SECTION("a colour portrait on white passes")
  {
    auto photo = probed(dir.path(), "证件照.jpg", portrait);
    CHECK(photo_findings(photo, rules).empty());
  }
  SECTION("the same photo in grayscale fails photo.color")
  {
    auto args = portrait;
    args.insert(args.end(), {"-colorspace", "Gray"});
    auto found = photo_findings(probed(dir.path(), "证件照.jpg", args), rules);
    CHECK(of_rule(found, "photo.color").size() == 1);
  }
  SECTION("on a blue background it fails photo.background")
  {
    auto args = portrait;
    args[2] = "xc:#3a6fc4";
    auto found = photo_findings(probed(dir.path(), "证件照.jpg", args), rules);
    auto background = of_rule(found, "photo.background");
    REQUIRE(background.size() == 1);
    CHECK(background[0].args.at("background") == "blue");
  }
  SECTION("a PNG named .jpg fails photo.extension only")
  {
    auto path = dir.path() / "证件照.jpg";
    std::vector<std::string> argv{"convert"};
    argv.insert(argv.end(), portrait.begin(), portrait.end());
    argv.push_back("png:" + path.string()); // ImageMagick's format prefix: PNG content, .jpg name
    REQUIRE(test::run_tool(argv).exit_code == 0);
    auto facts = media::probe_photo_file(path);
    REQUIRE(facts.has_value());
    auto found = photo_findings(photo_material("证件照.jpg", *facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "photo.extension");
    CHECK(found[0].args.at("content") == "PNG");
  }
  SECTION("the same portrait in arithmetic coding is a warning, under Beijing's error rule, and nothing else")
  {
    REQUIRE(test::have_tool("jpegtran"));
    probed(dir.path(), "huffman.jpg", portrait);
    auto path = dir.path() / "证件照.jpg";
    REQUIRE(test::run_tool(
                {"jpegtran", "-arithmetic", "-outfile", path.string(), (dir.path() / "huffman.jpg").string()})
                .exit_code == 0);
    auto facts = media::probe_photo_file(path);
    REQUIRE(facts.has_value());
    CHECK(facts->decoded); // its colour and background are judged as ever
    auto found = photo_findings(photo_material("证件照.jpg", *facts), rules);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.format.arithmetic");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].args.at("command") == R"(jpegtran -copy all -outfile "证件照-转换.jpg" "证件照.jpg")");
    const auto text = messages::render(found[0], core::Language::zh);
    CHECK(text.message.find("算术编码") != std::string::npos);
    CHECK(text.fix.find("nominate fix") != std::string::npos);
  }
  SECTION("the same portrait in CMYK, as a studio's print file, is a warning, under Beijing's error rule")
  {
    auto args = portrait;
    args.insert(args.end(), {"-colorspace", "CMYK"});
    auto found = photo_findings(probed(dir.path(), "证件照.jpg", args), rules);
    REQUIRE(found.size() == 1); // its colour and background are judged as in RGB: nothing else is said
    CHECK(found[0].message_id == "photo.format.cmyk");
    CHECK(found[0].severity == core::Severity::warning);
    CHECK(found[0].actual == "jpeg (CMYK)");
    CHECK(found[0].args.at("command") == R"(convert "证件照.jpg" -colorspace sRGB "证件照-转换.jpg")");
    const auto text = messages::render(found[0], core::Language::zh);
    CHECK(text.message.find("CMYK") != std::string::npos);
    CHECK(text.message.find("RGB") != std::string::npos);
    CHECK(text.fix.find("nominate fix") != std::string::npos);
  }
  SECTION("a real HEIC from ImageMagick fails photo.format")
  {
    auto found = photo_findings(probed(dir.path(), "IMG_0001.heic", portrait), rules);
    auto format = of_rule(found, "photo.format", "photo.format.heic");
    CHECK(format.size() == 1);
    CHECK(of_rule(found, "material.unreadable").empty());
    CHECK(of_rule(found, "photo.dimensions").empty());
  }
}

TEST_CASE("a white background: certain faults are errors, doubts are warnings that say so", "[check]")
{
  REQUIRE(test::have_tool("convert"));
  test::TempDir dir;
  auto rules = beijing_photo_rules();
  rules.checks[5].severity = core::Severity::warning; // as Beijing's rule file: a judgement by default
  auto portrait = [](const std::string& background) {
    return std::vector<std::string>{
        "-size",      "350x490", background, "-fill",    "#c07050",  "-draw", "ellipse 175,260 95,140 0,360",
        "-attenuate", "0.6",     "+noise",   "Gaussian", "-quality", "60"};
  };
  auto background_of = [&](const std::string& name, const std::vector<std::string>& args) {
    return of_rule(photo_findings(probed(dir.path(), name, args), rules), "photo.background");
  };

  SECTION("an even blue (蓝底) with noise and JPEG artefacts is an error")
  {
    auto found = background_of("蓝底.jpg", portrait("xc:#438edb"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.coloured");
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("an even red (红底) is an error")
  {
    auto found = background_of("红底.jpg", portrait("xc:#d9001b"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("the rule file may keep certain faults a warning")
  {
    rules.checks[5].params["certain"] = std::string("warning");
    auto found = background_of("蓝底.jpg", portrait("xc:#438edb"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == core::Severity::warning);
  }
  SECTION("light grey is a warning that says it is a judgement")
  {
    auto found = background_of("灰底.jpg", portrait("xc:#c8c8c8"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.light");
    CHECK(found[0].severity == core::Severity::warning);
  }
  SECTION("uneven light on a blue backdrop, and a busy background, are warnings")
  {
    auto uneven = background_of("侧光.jpg", {"-size", "490x350", "gradient:#a8c8f0-#1a3a80", "-rotate", "90",
                                             "-fill", "#c07050", "-draw", "ellipse 175,260 95,140 0,360"});
    for (const auto& finding : uneven) {
      CHECK(finding.severity == core::Severity::warning);
    }
    auto busy = background_of("街景.jpg", {"-size", "350x490", "plasma:green-blue", "-fill", "#c07050",
                                           "-draw", "ellipse 175,260 95,140 0,360"});
    REQUIRE(busy.size() == 1);
    CHECK(busy[0].severity == core::Severity::warning);
    CHECK(busy[0].message_id == "photo.background.not-white");
  }
  SECTION("an even pale blue (浅蓝底) is a studio's blue: certain, and named as one even colour")
  {
    auto found = background_of("浅蓝底.jpg", portrait("xc:#c6e2ff"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.coloured");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("background") == "blue");
  }
  SECTION("an even cream is a judgement, worded as one even colour and never as uneven")
  {
    auto found = background_of("米色底.jpg", portrait("xc:#e8d8b0"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.even");
    CHECK(found[0].severity == core::Severity::warning);
    auto rendered = messages::render(found[0], core::Language::en).message;
    CHECK(rendered.find("one even colour") != std::string::npos);
    CHECK(rendered.find("uneven") == std::string::npos);
  }
  SECTION("white passes")
  {
    CHECK(background_of("白底.jpg", portrait("xc:white")).empty());
  }
}

TEST_CASE("a transparent ID photo has no background of its own: viewers show white, black or a checkerboard",
          "[check]")
{
  REQUIRE(test::have_tool("convert"));
  test::TempDir dir;
  auto rules = beijing_photo_rules();
  rules.checks[5].severity = core::Severity::warning; // as Beijing's rule file: certain faults stay errors
  // A cut-out portrait as ID-photo apps export "透明底": nothing but the person is opaque.
  const std::vector<std::string> cut_out{
      "-size", "350x490", "xc:none", "-fill", "#c07050", "-draw", "ellipse 175,260 95,140 0,360"};
  auto background_of = [&](const std::string& name, const std::vector<std::string>& args) {
    return of_rule(photo_findings(probed(dir.path(), name, args), rules), "photo.background");
  };

  SECTION("a transparent PNG is certainly not white: the certain severity, with the command that flattens it")
  {
    auto found = background_of("证件照.png", cut_out);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.transparent");
    CHECK(found[0].severity == core::Severity::error);
    CHECK(found[0].args.at("command").find("-background white -flatten") != std::string::npos);
    CHECK(messages::render(found[0], core::Language::en).message.find("transparent") != std::string::npos);
  }
  SECTION("a transparent WebP too")
  {
    auto found = background_of("证件照.webp", cut_out);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "photo.background.transparent");
  }
  SECTION("a PNG with an alpha channel that is opaque everywhere is judged by its colours: white passes")
  {
    auto args = cut_out;
    args[2] = "xc:white";
    args.insert(args.end(), {"-alpha", "set", "-define", "png:color-type=6"});
    auto photo = probed(dir.path(), "不透明.png", args);
    REQUIRE(photo.photo->has_alpha);
    CHECK(of_rule(photo_findings(photo, rules), "photo.background").empty());
  }
}

TEST_CASE("a photo that cannot be shown whole is unreadable and judged no further", "[check]")
{
  REQUIRE(test::have_tool("convert"));
  test::TempDir dir;
  auto rules = beijing_photo_rules();
  const std::vector<std::string> portrait{
      "-size",      "295x413", "xc:white", "-fill",   "#c07050", "-draw", "ellipse 147,200 80,110 0,360",
      "-attenuate", "0.5",     "+noise",   "Gaussian"};
  auto whole_path = dir.path() / "whole.jpg";
  std::vector<std::string> argv{"convert"};
  argv.insert(argv.end(), portrait.begin(), portrait.end());
  argv.push_back(whole_path.string());
  REQUIRE(test::run_tool(argv).exit_code == 0);
  std::ifstream in(whole_path, std::ios::binary);
  std::string whole((std::istreambuf_iterator<char>(in)), {});

  auto findings_for = [&](const std::string& name, const std::string& bytes) {
    auto path = dir.path() / name;
    std::ofstream(path, std::ios::binary) << bytes;
    auto facts = media::probe_photo_file(path);
    REQUIRE(facts.has_value());
    return photo_findings(photo_material(name, *facts), rules);
  };

  SECTION("a cut-off phone JPEG: material.unreadable (truncated), no colour, background or shape finding")
  {
    auto found = findings_for("证件照.jpg", whole.substr(0, whole.size() / 2));
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "material.unreadable");
    CHECK(found[0].message_id == "material.unreadable.truncated");
    CHECK(found[0].severity == core::Severity::error);
  }
  SECTION("a 12-bit JPEG is unsupported by this tool, not damaged")
  {
    auto twelve = whole;
    twelve[twelve.find("\xFF\xC0") + 4] = 12;
    auto found = findings_for("证件照.jpg", twelve);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_id == "material.unreadable.unsupported");
    auto message = messages::render(found[0], core::Language::zh).message;
    CHECK(message.find("12 位色深的图片") != std::string::npos);
  }
}

TEST_CASE("an HEIC ID photo gets every photo check, and Beijing's jpg/png rule makes its format an error",
          "[check]")
{
  REQUIRE(test::have_tool("convert"));
  test::TempDir dir;
  auto rules = beijing_photo_rules();
  rules.checks[0].severity = core::Severity::error; // 格式：jpg, png
  const std::vector<std::string> blue_landscape{
      "-size",    "600x400", "xc:#438edb", "-fill", "#c07050", "-draw", "ellipse 300,200 80,110 0,360",
      "-quality", "90"};
  auto path = dir.path() / "证件照.heic";
  std::vector<std::string> argv{"convert"};
  argv.insert(argv.end(), blue_landscape.begin(), blue_landscape.end());
  argv.push_back("heic:" + path.string());
  REQUIRE(test::run_tool(argv).exit_code == 0);
  auto facts = media::probe_photo_file(path);
  REQUIRE(facts.has_value());
  REQUIRE(facts->decoded);

  auto found = photo_findings(photo_material("证件照.heic", *facts), rules);
  auto format = of_rule(found, "photo.format", "photo.format.heic");
  REQUIRE(format.size() == 1);
  CHECK(format[0].severity == core::Severity::error);
  auto said = messages::render(format[0], core::Language::zh).message;
  CHECK(said.find("要求 JPEG / PNG") != std::string::npos);
  CHECK(said.find("未能检查") == std::string::npos); // decoded: nothing was skipped
  CHECK(of_rule(found, "photo.dimensions", "photo.dimensions.landscape").size() == 1);
  CHECK(of_rule(found, "photo.background", "photo.background.coloured").size() == 1);
  CHECK(of_rule(found, "material.unreadable").empty());

  SECTION("renamed .jpg, photo.format says the name lies too, and photo.extension keeps quiet")
  {
    auto renamed = photo_findings(photo_material("证件照.jpg", *facts), rules);
    auto misnamed = of_rule(renamed, "photo.format");
    REQUIRE(misnamed.size() == 1);
    CHECK(misnamed[0].args.at("named") == ".jpg");
    CHECK(messages::render(misnamed[0], core::Language::zh).message.find("文件名却是 .jpg") !=
          std::string::npos);
    CHECK(of_rule(renamed, "photo.extension").empty());
  }
  SECTION("where the rule set only advises jpg/png, the message advises too")
  {
    rules.checks[0].severity = core::Severity::warning;
    auto advised = of_rule(photo_findings(photo_material("证件照.heic", *facts), rules), "photo.format");
    REQUIRE(advised.size() == 1);
    CHECK(messages::render(advised[0], core::Language::zh).message.find("建议使用 JPEG / PNG") !=
          std::string::npos);
  }
  SECTION("an AVIF is named AVIF, not the iPhone's format")
  {
    auto avif = *facts;
    avif.format = media::ImageFormat::avif;
    auto named = of_rule(photo_findings(photo_material("photo.avif", avif), rules), "photo.format");
    REQUIRE(named.size() == 1);
    CHECK(named[0].message_id == "photo.format.avif");
  }
  SECTION("a WebP, which this tool does not decode, says which checks could not run")
  {
    auto webp = *facts;
    webp.format = media::ImageFormat::webp;
    webp.decoded = false;
    auto named = of_rule(photo_findings(photo_material("photo.webp", webp), rules), "photo.format");
    REQUIRE(named.size() == 1);
    CHECK(
        messages::render(named[0], core::Language::zh).message.find("未能检查尺寸比例、是否彩色、背景颜色") !=
        std::string::npos);
  }
}
