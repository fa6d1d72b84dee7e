#include "media_fixtures.hpp"
#include "run_tool.hpp"

#include <nominate/media/image.hpp>

#include <catch2/catch.hpp>

#include <tuple>

using nominate::core::ErrorCode;
using nominate::media::decode_image;
using nominate::media::DecodedImage;
using nominate::media::DecodeOptions;
using nominate::media::ImageFormat;
using namespace nominate::test;

namespace {

// A landscape photo as a phone's camera app writes it: blue sky over green grass, JPEG quality 90.
std::filesystem::path landscape_jpeg()
{
  return convert_fixture("landscape-1600.jpg",
                         {"-size", "1600x1200", "xc:#3a7bd5", "-fill", "#2e8b57", "-draw",
                          "rectangle 0,700 1599,1199", "-quality", "90", "{out}"});
}

nominate::core::Result<DecodedImage> decode(const std::filesystem::path& path, DecodeOptions options = {})
{
  const auto bytes = as_bytes(file_bytes(path));
  return decode_image(bytes, options);
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

// True when every channel is within `tolerance` of the wanted colour.
bool near(std::array<std::uint8_t, 3> got, std::array<int, 3> wanted, int tolerance = 12)
{
  for (std::size_t c = 0; c < 3; ++c) {
    if (std::abs(static_cast<int>(got[c]) - wanted[c]) > tolerance) {
      return false;
    }
  }
  return true;
}

} // namespace

TEST_CASE("a JPEG decodes at full size or scaled in the DCT domain", "[media]")
{
  SECTION("full size")
  {
    const auto image = decode(landscape_jpeg());
    REQUIRE(image.has_value());
    CHECK(image->image.width == 1600);
    CHECK(image->image.height == 1200);
    CHECK(image->info.format == ImageFormat::jpeg);
    CHECK(near(image->image.rgb(800, 100), {0x3a, 0x7b, 0xd5}));
    CHECK(near(image->image.rgb(800, 1100), {0x2e, 0x8b, 0x57}));
  }

  SECTION("the smallest scale that keeps the long side at 400 is 1/4")
  {
    const auto image = decode(landscape_jpeg(), DecodeOptions{.min_long_side = 400});
    REQUIRE(image.has_value());
    CHECK(image->image.width == 400);
    CHECK(image->image.height == 300);
    CHECK(image->info.stored_width == 1600);
    CHECK(near(image->image.rgb(200, 20), {0x3a, 0x7b, 0xd5}));
  }

  SECTION("a thumbnail's long side is at most what was asked")
  {
    const auto image = decode(landscape_jpeg(), DecodeOptions{.min_long_side = 160, .max_long_side = 160});
    REQUIRE(image.has_value());
    CHECK(image->image.width == 160);
    CHECK(image->image.height == 120);
  }
}

TEST_CASE("JPEGs a browser shows are readable", "[media]")
{
  const auto whole = file_bytes(landscape_jpeg());

  SECTION("extraneous bytes before a marker: decoded, with the decoder's warning kept")
  {
    const auto eoi = whole.rfind("\xFF\xD9");
    REQUIRE(eoi != std::string::npos);
    const auto bytes =
        as_bytes(whole.substr(0, eoi) + std::string("\x00\x11\x22\x33", 4) + whole.substr(eoi));
    const auto image = decode_image(bytes);
    REQUIRE(image.has_value());
    CHECK(image->image.width == 1600);
    REQUIRE_FALSE(image->info.warnings.empty());
    CHECK(image->info.warnings.front().find("extraneous") != std::string::npos);
  }

  SECTION("an arithmetic-coded JPEG")
  {
    REQUIRE(have_tool("jpegtran"));
    const auto path = cached_tool_output(fixture_cache() / "media", "jpegtran", "arithmetic.jpg",
                                         {"-arithmetic", "-outfile", "{out}", landscape_jpeg().string()});
    const auto image = decode(path, DecodeOptions{.min_long_side = 400});
    REQUIRE(image.has_value());
    CHECK(image->image.width == 400);
  }

  SECTION("a progressive JPEG")
  {
    const auto image = decode(convert_fixture(
        "progressive.jpg", {"-size", "640x480", "xc:#c03030", "-interlace", "JPEG", "{out}"}));
    REQUIRE(image.has_value());
    CHECK(near(image->image.rgb(10, 10), {0xc0, 0x30, 0x30}));
  }
}

TEST_CASE("a JPEG that cannot be shown whole is an error, never a partial picture", "[media]")
{
  const auto whole = file_bytes(landscape_jpeg());

  SECTION("truncated: the data ends before the last scanline")
  {
    const auto bytes = as_bytes(whole.substr(0, whole.size() / 2));
    const auto image = decode_image(bytes, DecodeOptions{.min_long_side = 400});
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code == ErrorCode::unreadable);
    CHECK(image.error().message.starts_with("truncated"));
  }

  SECTION("a progressive JPEG cut off in its scans")
  {
    const auto progressive = file_bytes(convert_fixture(
        "progressive-noise.jpg", {"-size", "640x480", "plasma:", "-interlace", "JPEG", "{out}"}));
    const auto image = decode_image(as_bytes(progressive.substr(0, progressive.size() * 7 / 10)));
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().message.starts_with("truncated"));
  }

  SECTION("a 12-bit JPEG is unsupported by this tool, not damaged")
  {
    std::string jpeg = whole;
    const auto sof = jpeg.find("\xFF\xC0");
    REQUIRE(sof != std::string::npos);
    jpeg[sof + 4] = 12;
    const auto image = decode_image(as_bytes(jpeg));
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code == ErrorCode::unsupported);
    CHECK(image.error().message == "cannot decode 12-bit JPEG");
  }

  SECTION("a lossless JPEG (SOF3, FFmpeg's ljpeg) is unsupported, not damaged")
  {
    const auto lossless =
        ffmpeg_fixture("lossless.jpg", {"-f", "lavfi", "-i", "testsrc=size=64x48:rate=1", "-frames:v", "1",
                                        "-c:v", "ljpeg", "-pix_fmt", "bgr24", "-strict", "-2", "{out}"});
    const auto image = decode(lossless);
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code == ErrorCode::unsupported);
    CHECK(image.error().message.find("SOF type 0xc3") != std::string::npos);
  }

  SECTION("over the pixel budget, before any pixel is allocated")
  {
    const auto image = decode(landscape_jpeg(), DecodeOptions{.max_pixels = 1000});
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code == ErrorCode::limit_exceeded);
  }
}

TEST_CASE("a PNG whose critical chunk fails its CRC is damaged, as libpng says; an ancillary one is skipped",
          "[media]")
{
  // ImageMagick writes a text chunk (tEXt date:create) before the pixels (IDAT).
  const auto whole = file_bytes(convert_fixture(
      "crc-check.png", {"-size", "64x48", "gradient:#3a7bd5-#2e8b57", "-set", "comment", "x", "png:{out}"}));
  REQUIRE(decode_image(as_bytes(whole)).has_value());
  // The CRC is the 4 bytes after a chunk's data; the chunk's length is the 4 bytes before its type.
  const auto with_bad_crc = [&](const std::string& type) {
    const auto at = whole.find(type);
    REQUIRE(at != std::string::npos);
    const auto length = (std::uint32_t{static_cast<unsigned char>(whole[at - 4])} << 24) |
                        (std::uint32_t{static_cast<unsigned char>(whole[at - 3])} << 16) |
                        (std::uint32_t{static_cast<unsigned char>(whole[at - 2])} << 8) |
                        std::uint32_t{static_cast<unsigned char>(whole[at - 1])};
    std::string bytes = whole;
    bytes[at + 4 + length] = static_cast<char>(bytes[at + 4 + length] ^ 0x5A);
    return bytes;
  };
  for (const char* critical : {"IHDR", "IDAT", "IEND"}) {
    INFO(critical);
    const auto damaged = with_bad_crc(critical);
    const auto file = derived_fixture(std::string("crc-bad-") + critical + ".png", damaged);
    CHECK(run_tool({"convert", file.string(), "null:"}).exit_code != 0); // libpng refuses it too
    const auto image = decode_image(as_bytes(damaged));
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code == ErrorCode::unreadable);
    CHECK(image.error().message ==
          std::string("damaged: the PNG's ") + critical + " chunk fails its CRC check");
  }
  CHECK(decode_image(as_bytes(with_bad_crc("tEXt"))).has_value());
}

TEST_CASE("decoded pictures are as a viewer shows them", "[media]")
{
  SECTION("EXIF orientation 6 (a phone held upright) turns the stored landscape to portrait")
  {
    const auto stored =
        file_bytes(convert_fixture("orient-stored.jpg", {"-size", "200x100", "xc:white", "-fill", "red",
                                                         "-draw", "rectangle 0,0 49,99", "{out}"}));
    const auto image = decode_image(as_bytes(with_exif_orientation(stored, 6)));
    REQUIRE(image.has_value());
    CHECK(image->info.orientation == 6);
    CHECK(image->image.width == 100);
    CHECK(image->image.height == 200);
    // The stored left edge (red) is the displayed top.
    CHECK(near(image->image.rgb(50, 10), {255, 0, 0}, 40));
    CHECK(near(image->image.rgb(50, 190), {255, 255, 255}));
  }

  SECTION("a transparent PNG lies over white")
  {
    const auto image =
        decode(convert_fixture("transparent.png", {"-size", "60x80", "xc:none", "png32:{out}"}));
    REQUIRE(image.has_value());
    CHECK(image->info.format == ImageFormat::png);
    CHECK(near(image->image.rgb(30, 40), {255, 255, 255}, 0));
  }
}

TEST_CASE("HEIC and AVIF photos are decoded", "[media]")
{
  REQUIRE(have_tool("heif-enc"));
  const auto source =
      convert_fixture("heif-source.jpg", {"-size", "300x420", "xc:#3a7bd5", "-fill", "#e8b896", "-draw",
                                          "ellipse 150,200 70,90 0,360", "-quality", "95", "{out}"});
  auto encoded = [&](const std::string& name, std::vector<std::string> flags) {
    std::vector<std::string> argv{"-q", "80"};
    argv.insert(argv.end(), flags.begin(), flags.end());
    argv.insert(argv.end(), {"-o", "{out}", source.string()});
    return cached_tool_output(fixture_cache() / "media", "heif-enc", name, argv);
  };

  SECTION("an iPhone-style HEIC (HEVC)")
  {
    const auto image = decode(encoded("photo.heic", {}));
    REQUIRE(image.has_value());
    CHECK(image->info.format == ImageFormat::heic);
    CHECK(image->image.width == 300);
    CHECK(image->image.height == 420);
    CHECK(near(image->image.rgb(5, 5), {0x3a, 0x7b, 0xd5}, 16));
  }

  SECTION("an AVIF (AV1)")
  {
    const auto image = decode(encoded("photo.avif", {"-A"}));
    REQUIRE(image.has_value());
    CHECK(image->info.format == ImageFormat::avif);
    CHECK(image->image.width == 300);
    CHECK(near(image->image.rgb(5, 5), {0x3a, 0x7b, 0xd5}, 16));
  }

  SECTION("an AVIF whose nclx box says Display P3 is converted to sRGB, as a viewer shows it")
  {
    // heif-enc's AVIF with its nclx box (colour_primaries, transfer, matrix: 2, 2, 6) retagged as Android
    // cameras and AVIF exporters write P3 (12, 13, 6): heif-enc's own --colour_primaries aborts in libaom.
    // The same code values then show as about (21, 125, 220) in sRGB, where untagged they would be the
    // duller (58, 123, 213).
    auto bytes = file_bytes(encoded("photo.avif", {"-A"}));
    const auto box = bytes.find("colrnclx");
    REQUIRE(box != std::string::npos);
    const auto retagged = [&](char primaries) {
      auto copy = bytes;
      copy.replace(box + 8, 4, std::string{'\0', primaries, '\0', '\x0D'});
      return copy;
    };
    const auto p3 = decode(derived_fixture("p3.avif", retagged('\x0C')));
    REQUIRE(p3.has_value());
    CHECK(p3->info.icc_profile.empty());
    CHECK(near(p3->image.rgb(5, 5), {21, 125, 220}, 12));
    // Tagged sRGB's primaries (1): as it is.
    const auto srgb = decode(derived_fixture("srgb.avif", retagged('\x01')));
    REQUIRE(srgb.has_value());
    CHECK(near(srgb->image.rgb(5, 5), {0x3a, 0x7b, 0xd5}, 12));
  }

  SECTION("a HEIC cut in half is damaged, not a picture")
  {
    const auto whole = file_bytes(encoded("photo.heic", {}));
    const auto image = decode_image(as_bytes(whole.substr(0, whole.size() / 2)));
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code != ErrorCode::limit_exceeded);
    // libheif's words, on one line: a report quotes them inside a sentence.
    CHECK(image.error().message.find_first_of("\r\n") == std::string::npos);
    CHECK_FALSE(image.error().message.ends_with(" "));
  }
}

TEST_CASE("formats without a decoder here are unsupported, with the way out", "[media]")
{
  const auto image = decode(convert_fixture("size.tif", {"-size", "80x60", "xc:white", "tiff:{out}"}));
  REQUIRE_FALSE(image.has_value());
  CHECK(image.error().code == ErrorCode::unsupported);
}

TEST_CASE("WebP, BMP and GIF photos are decoded, an animation by its first frame", "[media]")
{
  // Blue over a green lower half, as a phone's picture would be, in each format.
  const std::vector<std::string> draw{"-size",   "80x60", "xc:#3a7bd5",          "-fill",
                                      "#2e8b57", "-draw", "rectangle 0,30 79,59"};
  auto made = [&](const std::string& name, const std::string& out) {
    auto args = draw;
    args.push_back(out);
    return decode(convert_fixture(name, args));
  };
  for (const auto& [name, out, format] :
       {std::tuple{"draw.webp", "webp:{out}", ImageFormat::webp},
        std::tuple{"draw-bmp.jpg", "bmp3:{out}", ImageFormat::bmp}, // a BMP named .jpg
        std::tuple{"draw.gif", "gif:{out}", ImageFormat::gif}}) {
    INFO(name);
    const auto image = made(name, out);
    REQUIRE(image.has_value());
    CHECK(image->info.format == format);
    CHECK(image->info.frames == 1);
    CHECK(image->image.width == 80);
    CHECK(image->image.height == 60);
    CHECK(near(image->image.rgb(40, 10), {0x3a, 0x7b, 0xd5}, 16));
    CHECK(near(image->image.rgb(40, 50), {0x2e, 0x8b, 0x57}, 16));
  }

  SECTION("a 32-bit BMP whose alpha bytes are all 0 is the opaque picture, as Paint and browsers show it")
  {
    // ImageMagick writes a BITMAPV5HEADER with BI_BITFIELDS and an alpha mask over bytes left 0, as GDI
    // leaves them: stb_image alone reads it as wholly transparent, and fix made a white JPEG of it.
    const auto image = decode(convert_fixture(
        "unused-alpha.bmp", {"-size", "80x60", "xc:#3a7bd5", "-alpha", "set", "-channel", "A", "-evaluate",
                             "set", "0", "+channel", "-define", "bmp:format=bmp4", "bmp:{out}"}));
    REQUIRE(image.has_value());
    CHECK(image->info.format == ImageFormat::bmp);
    CHECK(image->info.channels_in_file == 3);
    CHECK(image->image.alpha.empty());
    CHECK(near(image->image.rgb(40, 30), {0x3a, 0x7b, 0xd5}, 4));
    // One opaque pixel: the alpha is used, and the rest is transparent, laid over white.
    const auto used = decode(
        convert_fixture("used-alpha.bmp", {"-size", "80x60", "xc:#3a7bd5", "-alpha", "set", "-channel", "A",
                                           "-evaluate", "set", "0", "+channel", "-fill", "#3a7bd5ff", "-draw",
                                           "point 0,0", "-define", "bmp:format=bmp4", "bmp:{out}"}));
    REQUIRE(used.has_value());
    CHECK_FALSE(used->image.alpha.empty());
    CHECK(near(used->image.rgb(40, 30), {255, 255, 255}, 4));
  }

  SECTION("an animated GIF: the first of its frames")
  {
    const auto image =
        decode(convert_fixture("animated.gif", {"-delay", "50", "-size", "40x30", "xc:red", "xc:blue",
                                                "xc:lime", "-loop", "0", "gif:{out}"}));
    REQUIRE(image.has_value());
    CHECK(image->info.frames == 3);
    CHECK(near(image->image.rgb(20, 15), {255, 0, 0}));
  }

  SECTION("an animated WebP (img2webp): the first of its frames, on its canvas")
  {
    REQUIRE(have_tool("img2webp"));
    const auto red = convert_fixture("frame-red.png", {"-size", "40x30", "xc:red", "png:{out}"});
    const auto blue = convert_fixture("frame-blue.png", {"-size", "40x30", "xc:blue", "png:{out}"});
    const auto path =
        cached_tool_output(fixture_cache() / "media", "img2webp", "animated.webp",
                           {"-loop", "0", "-lossless", red.string(), blue.string(), "-o", "{out}"});
    const auto image = decode(path);
    REQUIRE(image.has_value());
    CHECK(image->info.format == ImageFormat::webp);
    CHECK(image->info.frames == 2);
    CHECK(image->image.width == 40);
    CHECK(near(image->image.rgb(20, 15), {255, 0, 0}));
  }

  SECTION("a WebP cut in half is damaged, not a picture")
  {
    const auto whole = file_bytes(convert_fixture("draw.webp", {}));
    const auto image = decode_image(as_bytes(whole.substr(0, whole.size() / 2)));
    REQUIRE_FALSE(image.has_value());
    CHECK(image.error().code == ErrorCode::unreadable);
  }
}

TEST_CASE("an embedded colour profile is read as stored", "[media]")
{
  // Adobe RGB (1998), a wide-gamut profile like an iPhone's Display P3 (icc-profiles-free).
  const std::filesystem::path icc = "/usr/share/color/icc/compatibleWithAdobeRGB1998.icc";
  REQUIRE(std::filesystem::exists(icc));
  const auto profile = file_bytes(icc);
  for (const auto& [name, out] :
       {std::pair{"profiled.jpg", "jpg:{out}"}, std::pair{"profiled.png", "png:{out}"},
        std::pair{"profiled.webp", "webp:{out}"}}) {
    INFO(name);
    const auto image =
        decode(convert_fixture(name, {"-size", "64x48", "xc:#3a7bd5", "-profile", icc.string(), out}));
    REQUIRE(image.has_value());
    CHECK(std::string(image->info.icc_profile.begin(), image->info.icc_profile.end()) == profile);
  }
  const auto plain = decode(convert_fixture("size.gif", {"-size", "80x60", "xc:white", "gif:{out}"}));
  REQUIRE(plain.has_value());
  CHECK(plain->info.icc_profile.empty());
}

TEST_CASE("a colour profile that does not describe RGB, as the decoded pixels are, is not kept", "[media]")
{
  // A grey JPEG with a grey profile (icc-profiles-free): its pixels decode as RGB, which the profile does not
  // describe, so a copy made from them must not carry it.
  const std::filesystem::path icc = "/usr/share/color/icc/Gray.icc";
  REQUIRE(std::filesystem::exists(icc));
  REQUIRE(file_bytes(icc).substr(16, 4) == "GRAY");
  const auto image =
      decode(convert_fixture("grey-profiled.jpg", {"-size", "64x48", "xc:gray60", "-colorspace", "Gray",
                                                   "-profile", icc.string(), "jpg:{out}"}));
  REQUIRE(image.has_value());
  CHECK(image->image.rgb(10, 10)[0] > 100);
  CHECK(image->info.icc_profile.empty());
}
