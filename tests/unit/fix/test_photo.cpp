#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/fix/photo.hpp>
#include <nominate/media/image.hpp>
#include <nominate/media/photo.hpp>

#include <catch2/catch.hpp>

#include <vector>

using namespace nominate;
namespace fs = std::filesystem;

namespace {

// An image made by ImageMagick's convert, cached in fixture_cache()/fix.
fs::path convert_fixture(const std::string& name, std::vector<std::string> args)
{
  return test::cached_tool_output(test::fixture_cache() / "fix", "convert", name, std::move(args));
}

// A JPEG with an EXIF block (APP1) whose IFD0 holds Orientation = `orientation`, inserted after SOI: what a
// phone writes when it stores the sensor's landscape pixels of a portrait shot.
std::string with_exif_orientation(const std::string& jpeg, std::uint16_t orientation)
{
  std::string tiff("II*\0\x08\0\0\0", 8);
  tiff += std::string("\x01\0", 2);
  tiff += std::string("\x12\x01\x03\0\x01\0\0\0", 8);
  tiff += static_cast<char>(orientation & 0xFF);
  tiff += static_cast<char>(orientation >> 8);
  tiff += std::string("\0\0\0\0\0\0", 6);
  const std::string payload = std::string("Exif\0\0", 6) + tiff;
  const std::size_t length = payload.size() + 2;
  std::string app1 = "\xFF\xE1";
  app1 += static_cast<char>(length >> 8);
  app1 += static_cast<char>(length & 0xFF);
  return jpeg.substr(0, 2) + app1 + payload + jpeg.substr(2);
}

media::DecodedImage decode(const fs::path& path)
{
  auto bytes = test::read_file(path);
  auto decoded = media::decode_image(
      std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  INFO((decoded ? "" : decoded.error().message));
  REQUIRE(decoded);
  return *decoded;
}

fix::PhotoResult convert(const fs::path& input, const fs::path& output, const rules::PhotoSpec& spec)
{
  auto result = fix::convert_photo(input, output, spec);
  INFO((result ? "" : result.error().message));
  REQUIRE(result);
  return *result;
}

} // namespace

TEST_CASE("an iPhone HEIC photo becomes a JPEG of the same picture", "[fix]")
{
  test::TempDir temp;
  auto source = fs::path(NOMINATE_SOURCE_DIR) / "examples/star-faults/生活照.jpg";
  auto before = test::read_file(source);
  auto output = temp.path() / "out.jpg";
  auto result = convert(source, output, {});
  auto original = decode(source);
  auto fixed = decode(output);
  CHECK(fixed.info.format == media::ImageFormat::jpeg);
  CHECK(fixed.image.width == original.image.width);
  CHECK(fixed.image.height == original.image.height);
  CHECK(result.quality == 92);
  // The same picture: the centre pixel within JPEG's error.
  auto a = original.image.rgb(original.image.width / 2, original.image.height / 2);
  auto b = fixed.image.rgb(fixed.image.width / 2, fixed.image.height / 2);
  for (int c = 0; c < 3; ++c) {
    CHECK(std::abs(a[c] - b[c]) < 12);
  }
  CHECK(test::read_file(source) == before);
}

TEST_CASE("a photo over the size limit is re-encoded under it, never below the minimum pixels", "[fix]")
{
  test::TempDir temp;
  // Noise compresses badly: a 2400×1800 JPEG at quality 97 is several MB.
  auto source = convert_fixture(
      "noisy.jpg", {"-size", "2400x1800", "xc:gray", "+noise", "Random", "-quality", "97", "jpg:{out}"});
  REQUIRE(fs::file_size(source) > 2'000'000u);
  rules::PhotoSpec spec;
  spec.max_bytes = 1'000'000;
  spec.min_width = 600;
  spec.min_height = 450;
  auto output = temp.path() / "out.jpg";
  auto result = convert(source, output, spec);
  CHECK(fs::file_size(output) <= 1'000'000u);
  CHECK(result.width >= 600);
  CHECK(result.height >= 450);

  SECTION("and refused when it cannot fit above the minimum")
  {
    spec.max_bytes = 20'000;
    spec.min_width = 2000;
    spec.min_height = 1500;
    auto refused = fix::convert_photo(source, temp.path() / "no.jpg", spec);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::conversion_failed);
  }
}

TEST_CASE("EXIF orientation is applied to the pixels and transparency laid over white", "[fix]")
{
  test::TempDir temp;
  auto stored = convert_fixture("landscape.jpg", {"-size", "200x100", "xc:red", "jpg:{out}"});
  auto rotated = temp.write("rotated.jpg", with_exif_orientation(test::read_file(stored), 6));
  auto result = convert(rotated, temp.path() / "upright.jpg", {});
  CHECK(result.width == 100);
  CHECK(result.height == 200);
  CHECK(decode(temp.path() / "upright.jpg").info.orientation == 1);

  auto clear = convert_fixture("transparent.png", {"-size", "64x64", "xc:none", "png32:{out}"});
  (void)convert(clear, temp.path() / "white.jpg", {});
  auto white = decode(temp.path() / "white.jpg").image.rgb(32, 32);
  CHECK(white[0] > 245);
  CHECK(white[1] > 245);
  CHECK(white[2] > 245);
}

TEST_CASE("WebP, BMP and GIF photos become JPEGs of the same picture; an animation keeps its first frame",
          "[fix]")
{
  test::TempDir temp;
  const std::vector<std::string> draw{"-size",   "96x64", "xc:#3a7bd5",          "-fill",
                                      "#2e8b57", "-draw", "rectangle 0,32 95,63"};
  for (const auto& [name, out] :
       {std::pair{"drawn.webp", "webp:{out}"}, std::pair{"drawn-bmp.jpg", "bmp3:{out}"}, // a BMP named .jpg
        std::pair{"drawn.gif", "gif:{out}"}}) {
    INFO(name);
    auto args = draw;
    args.emplace_back(out);
    auto source = convert_fixture(name, args);
    auto before = test::read_file(source);
    auto output = temp.path() / (std::string(name) + ".out.jpg");
    auto result = convert(source, output, {});
    CHECK(result.frames == 1);
    auto fixed = decode(output);
    CHECK(fixed.info.format == media::ImageFormat::jpeg);
    CHECK(fixed.image.width == 96);
    CHECK(fixed.image.height == 64);
    auto sky = fixed.image.rgb(48, 8);
    auto grass = fixed.image.rgb(48, 56);
    CHECK(std::abs(sky[2] - 0xd5) < 16);
    CHECK(std::abs(grass[1] - 0x8b) < 16);
    CHECK(test::read_file(source) == before);
  }

  auto animated = convert_fixture("animated.gif", {"-delay", "50", "-size", "40x30", "xc:red", "xc:blue",
                                                   "xc:lime", "-loop", "0", "gif:{out}"});
  auto result = convert(animated, temp.path() / "animated.jpg", {});
  CHECK(result.frames == 3);
  auto first = decode(temp.path() / "animated.jpg").image.rgb(20, 15);
  CHECK(first[0] > 230);
  CHECK(first[2] < 30);
}

TEST_CASE("a JPEG in arithmetic coding becomes one in the usual Huffman coding, of the same picture", "[fix]")
{
  REQUIRE(test::have_tool("jpegtran"));
  test::TempDir temp;
  auto huffman = convert_fixture("sky.jpg", {"-size", "96x64", "xc:#3a7bd5", "{out}"});
  auto source = test::cached_tool_output(test::fixture_cache() / "fix", "jpegtran", "sky-arithmetic.jpg",
                                         {"-arithmetic", "-outfile", "{out}", huffman.string()});
  auto probed = media::probe_photo_file(source);
  REQUIRE(probed);
  REQUIRE(probed->arithmetic);
  auto output = temp.path() / "sky.jpg";
  convert(source, output, {});
  auto fixed = media::probe_photo_file(output);
  REQUIRE(fixed);
  CHECK(fixed->format == media::ImageFormat::jpeg);
  CHECK_FALSE(fixed->arithmetic);
  CHECK(std::abs(decode(output).image.rgb(48, 32)[2] - 0xd5) < 16);
}

TEST_CASE("a CMYK JPEG becomes an RGB one of the same colours", "[fix]")
{
  test::TempDir temp;
  auto source =
      convert_fixture("sky-cmyk.jpg", {"-size", "96x64", "xc:#3a7bd5", "-colorspace", "CMYK", "jpg:{out}"});
  auto probed = media::probe_photo_file(source);
  REQUIRE(probed);
  REQUIRE(probed->cmyk);
  auto output = temp.path() / "sky.jpg";
  convert(source, output, {});
  auto fixed = media::probe_photo_file(output);
  REQUIRE(fixed);
  CHECK_FALSE(fixed->cmyk);
  CHECK(fixed->channels == 3);
  auto identified = test::run_tool({"identify", "-format", "%[colorspace]", output.string()});
  CHECK(identified.output == "sRGB");
  const auto pixel = decode(output).image.rgb(48, 32);
  CHECK(std::abs(pixel[0] - 0x3a) < 16);
  CHECK(std::abs(pixel[1] - 0x7b) < 16);
  CHECK(std::abs(pixel[2] - 0xd5) < 16);
}

TEST_CASE("a studio's print density is kept, so the copy inserts into the form at the same size", "[fix]")
{
  test::TempDir temp;
  // A 2寸 file: 413×579 at 300 dpi is 35×49 mm; in CMYK, which fix re-encodes.
  auto source =
      convert_fixture("studio-300dpi.jpg", {"-size", "413x579", "xc:#3a7bd5", "-colorspace", "CMYK", "-units",
                                            "PixelsPerInch", "-density", "300", "jpg:{out}"});
  auto output = temp.path() / "证件照.jpg";
  convert(source, output, {});
  auto identified = test::run_tool({"identify", "-format", "%x %y %U", output.string()});
  CHECK(identified.output == "300 300 PixelsPerInch");

  SECTION("made smaller to fit a limit, at a density that keeps the print size")
  {
    auto noisy = convert_fixture("noisy-300dpi.jpg",
                                 {"-size", "1600x1200", "xc:gray", "+noise", "Random", "-units",
                                  "PixelsPerInch", "-density", "300", "-quality", "97", "jpg:{out}"});
    rules::PhotoSpec spec;
    spec.max_bytes = 300'000;
    auto smaller = temp.path() / "small.jpg";
    auto result = convert(noisy, smaller, spec);
    REQUIRE(result.downscaled);
    auto density = test::run_tool({"identify", "-format", "%x", smaller.string()});
    const double expected = 300.0 * result.width / 1600;
    CHECK(std::abs(std::stod(density.output) - expected) <= 1.0);
  }
}

TEST_CASE("the source's colour profile is kept in the JPEG", "[fix]")
{
  test::TempDir temp;
  // Adobe RGB (1998), a wide-gamut profile as an iPhone's Display P3 is (icc-profiles-free).
  const fs::path icc = "/usr/share/color/icc/compatibleWithAdobeRGB1998.icc";
  REQUIRE(fs::exists(icc));
  const auto profile = test::read_file(icc);
  auto png = convert_fixture("profiled.png",
                             {"-size", "64x48", "xc:#3a7bd5", "-profile", icc.string(), "png:{out}"});
  std::vector<fs::path> sources{
      png, convert_fixture("profiled.jpg",
                           {"-size", "64x48", "xc:#3a7bd5", "-profile", icc.string(), "jpg:{out}"})};
  if (test::have_tool("heif-enc")) { // libheif-examples: heif-enc keeps the PNG's profile (`colr` prof)
    sources.push_back(test::cached_tool_output(test::fixture_cache() / "fix", "heif-enc", "profiled.heic",
                                               {"-q", "80", "-o", "{out}", png.string()}));
  }
  for (const auto& source : sources) {
    INFO(source.filename());
    auto output = temp.path() / (source.filename().string() + ".jpg");
    auto result = convert(source, output, {});
    CHECK(result.icc_profile_bytes == profile.size());
    auto fixed = decode(output);
    CHECK(std::string(fixed.info.icc_profile.begin(), fixed.info.icc_profile.end()) == profile);
    // ImageMagick, as a viewer would, reads the same profile back.
    auto extracted = temp.path() / (source.filename().string() + ".icc");
    REQUIRE(test::run_tool({"convert", output.string(), extracted.string()}).exit_code == 0);
    CHECK(test::read_file(extracted) == profile);
  }

  SECTION("and a photo without one stays without")
  {
    auto plain = convert_fixture("landscape.jpg", {"-size", "200x100", "xc:red", "jpg:{out}"});
    auto result = convert(plain, temp.path() / "plain.jpg", {});
    CHECK(result.icc_profile_bytes == 0);
    CHECK(decode(temp.path() / "plain.jpg").info.icc_profile.empty());
  }
}

TEST_CASE("a TIFF photo, which this version cannot decode, is refused with the reason", "[fix]")
{
  test::TempDir temp;
  auto tiff = convert_fixture("photo.tif", {"-size", "64x64", "xc:blue", "tiff:{out}"});
  auto result = fix::convert_photo(tiff, temp.path() / "out.jpg", {});
  REQUIRE_FALSE(result);
  CHECK(result.error().code == core::ErrorCode::unsupported);
  CHECK_FALSE(fs::exists(temp.path() / "out.jpg"));
}
