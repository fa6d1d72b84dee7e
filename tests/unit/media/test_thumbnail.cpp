// Thumbnails and poster frames for the HTML report: small JPEGs, as a viewer shows the file (orientation and
// rotation applied), made from real files (ImageMagick, ffmpeg).
#include "media_fixtures.hpp"
#include "video_fixtures.hpp"

#include <nominate/media/photo.hpp>
#include <nominate/media/poster.hpp>
#include <nominate/media/thumbnail.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>

namespace nominate::test {
namespace {

using namespace nominate::media;

// A JPEG with an EXIF block (APP1) whose IFD0 holds Orientation = `orientation`, inserted after SOI.
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

bool near(std::array<std::uint8_t, 3> got, std::array<int, 3> wanted, int tolerance)
{
  for (std::size_t c = 0; c < 3; ++c) {
    if (std::abs(static_cast<int>(got[c]) - wanted[c]) > tolerance) {
      return false;
    }
  }
  return true;
}

DecodedImage decoded(const Preview& preview)
{
  auto image = decode_image(preview.jpeg);
  REQUIRE(image.has_value());
  CHECK(image->info.format == ImageFormat::jpeg);
  CHECK(image->image.width == preview.width);
  CHECK(image->image.height == preview.height);
  return std::move(*image);
}

} // namespace

TEST_CASE("a thumbnail is a small JPEG of the photo as displayed", "[media]")
{
  SECTION("a 1600×1200 photo becomes 240×180, its colours kept")
  {
    const auto bytes = as_bytes(file_bytes(
        convert_fixture("thumb-landscape.jpg", {"-size", "1600x1200", "xc:blue", "-fill", "yellow", "-draw",
                                                "rectangle 0,0 799,1199", "-quality", "92", "{out}"})));
    const auto thumbnail = photo_thumbnail(bytes);
    REQUIRE(thumbnail.has_value());
    CHECK(thumbnail->width == 240);
    CHECK(thumbnail->height == 180);
    CHECK(thumbnail->jpeg.size() < 20'000);
    const auto image = decoded(*thumbnail);
    CHECK(near(image.image.rgb(40, 90), {255, 255, 0}, 30));
    CHECK(near(image.image.rgb(200, 90), {0, 0, 255}, 30));
  }

  SECTION("EXIF orientation 6 makes a portrait thumbnail with the stored left edge on top")
  {
    const auto stored =
        file_bytes(convert_fixture("thumb-orient.jpg", {"-size", "800x400", "xc:white", "-fill", "red",
                                                        "-draw", "rectangle 0,0 199,399", "{out}"}));
    const auto thumbnail = photo_thumbnail(as_bytes(with_exif_orientation(stored, 6)));
    REQUIRE(thumbnail.has_value());
    CHECK(thumbnail->width == 120);
    CHECK(thumbnail->height == 240);
    const auto image = decoded(*thumbnail);
    CHECK(near(image.image.rgb(60, 10), {255, 0, 0}, 40));
    CHECK(near(image.image.rgb(60, 230), {255, 255, 255}, 20));
  }

  SECTION("a picture already smaller than the long side keeps its size")
  {
    Image small;
    small.width = 100;
    small.height = 50;
    small.pixels.assign(100 * 50 * 3, 128);
    const auto preview = make_preview(small);
    REQUIRE(preview.has_value());
    CHECK(preview->width == 100);
    CHECK(preview->height == 50);
    CHECK(scale_to_fit(small, 240).pixels == small.pixels);
  }

  SECTION("an empty picture is refused, not encoded")
  {
    const auto jpeg = encode_jpeg(Image{}, 80);
    REQUIRE_FALSE(jpeg.has_value());
    CHECK(jpeg.error().code == core::ErrorCode::invalid_argument);
  }
}

TEST_CASE("the photo probe makes its thumbnail from the pixels it judges, only when asked", "[media]")
{
  const auto bytes = as_bytes(file_bytes(
      convert_fixture("thumb-probe.jpg", {"-size", "1200x1600", "xc:white", "-quality", "90", "{out}"})));
  SECTION("not asked: no thumbnail")
  {
    const auto facts = probe_photo(bytes);
    CHECK(facts.decoded);
    CHECK_FALSE(facts.thumbnail.has_value());
  }
  SECTION("asked: a 180×240 JPEG")
  {
    PhotoLimits limits;
    limits.thumbnail_long_side = 240;
    const auto facts = probe_photo(bytes, limits);
    CHECK(facts.decoded);
    REQUIRE(facts.thumbnail.has_value());
    CHECK(facts.thumbnail->width == 180);
    CHECK(facts.thumbnail->height == 240);
    decoded(*facts.thumbnail);
  }
  SECTION("a file that does not decode has none, and its problem is kept")
  {
    PhotoLimits limits;
    limits.thumbnail_long_side = 240;
    const auto facts = probe_photo(as_bytes(file_bytes(convert_fixture(
                                       "thumb-probe.tif", {"-size", "40x40", "xc:white", "tiff:{out}"}))),
                                   limits);
    CHECK_FALSE(facts.thumbnail.has_value());
  }
}

TEST_CASE("a video's poster frame is taken about a tenth in, as a player shows it", "[media]")
{
  // Red for the first half second, blue after: a tenth of 10 s (1 s) is blue, the first frame red.
  const auto video = ffmpeg_fixture("poster-red-blue.mp4",
                                    {"-f", "lavfi", "-i", "color=c=red:s=640x360:r=25:d=10", "-vf",
                                     "drawbox=x=0:y=0:w=iw:h=ih:color=blue:t=fill:enable='gte(t,0.5)'",
                                     "-c:v", "libx264", "-pix_fmt", "yuv420p", "-g", "250", "{out}"});
  SECTION("the frame at 10 % (after the red opening), scaled to 240×135")
  {
    const auto poster = video_poster(video);
    REQUIRE(poster.has_value());
    CHECK(poster->width == 240);
    CHECK(poster->height == 135);
    const auto image = decoded(*poster);
    CHECK(near(image.image.rgb(120, 67), {0, 0, 255}, 40));
  }
  SECTION("at 0 the first frame")
  {
    const auto poster = video_poster(video, PosterOptions{.at = 0.0});
    REQUIRE(poster.has_value());
    CHECK(near(decoded(*poster).image.rgb(120, 67), {255, 0, 0}, 40));
  }
  SECTION("a phone video stored landscape with a 90° display rotation gives a portrait poster")
  {
    const auto rotated = VideoFixtures::rotated(); // 1280×720 stored, turned 90° by its display matrix
    const auto poster = video_poster(rotated);
    REQUIRE(poster.has_value());
    CHECK(poster->width == 135);
    CHECK(poster->height == 240);
  }
  SECTION("non-square pixels are shown stretched as a player does: 960×720 at 4:3 is 240×135")
  {
    const auto poster = video_poster(VideoFixtures::anamorphic());
    REQUIRE(poster.has_value());
    CHECK(poster->width == 240);
    CHECK(poster->height == 135);
  }
  SECTION("a file that is no video is an error, not a crash")
  {
    const auto junk = derived_fixture("poster-junk.mp4", std::string(4096, 'x'));
    const auto poster = video_poster(junk);
    REQUIRE_FALSE(poster.has_value());
    CHECK(poster.error().code == core::ErrorCode::unreadable);
  }
}

} // namespace nominate::test
