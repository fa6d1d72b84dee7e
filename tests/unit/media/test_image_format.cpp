#include "media_fixtures.hpp"

#include <nominate/media/photo.hpp>

#include <catch2/catch.hpp>

using nominate::media::detect_image_format;
using nominate::media::extension_matches;
using nominate::media::ImageFormat;
using nominate::test::as_bytes;
using nominate::test::convert_fixture;
using nominate::test::file_bytes;

namespace {

ImageFormat format_of(const std::filesystem::path& path)
{
  const auto bytes = as_bytes(file_bytes(path));
  return detect_image_format(bytes);
}

} // namespace

TEST_CASE("image formats are told by their content, not their name", "[media]")
{
  const std::vector<std::string> draw{"-size", "64x48", "xc:white",          "-fill",
                                      "red",   "-draw", "circle 32,24 32,40"};
  auto made = [&](const std::string& name, const std::string& out) {
    auto args = draw;
    args.push_back(out);
    return convert_fixture(name, args);
  };

  SECTION("the formats the notices accept")
  {
    CHECK(format_of(made("fmt.jpg", "{out}")) == ImageFormat::jpeg);
    CHECK(format_of(made("fmt.png", "{out}")) == ImageFormat::png);
  }

  SECTION("formats a clerk must convert are named as what they are")
  {
    CHECK(format_of(made("fmt.bmp", "bmp3:{out}")) == ImageFormat::bmp);
    CHECK(format_of(made("fmt.gif", "gif:{out}")) == ImageFormat::gif);
    CHECK(format_of(made("fmt.tif", "tiff:{out}")) == ImageFormat::tiff);
    CHECK(format_of(made("fmt.webp", "webp:{out}")) == ImageFormat::webp);
  }

  SECTION("a studio's or an editor's working file is named, not taken for no image: PSD, JPEG 2000")
  {
    CHECK(format_of(made("fmt.psd", "psd:{out}")) == ImageFormat::psd);
    CHECK(format_of(made("fmt.jp2", "jp2:{out}")) == ImageFormat::jp2);
    CHECK(format_of(made("fmt.j2k", "j2k:{out}")) == ImageFormat::jp2); // a bare codestream
    // JPEG XL (no encoder on Debian 12): its container's signature box, and its codestream's marker.
    CHECK(detect_image_format(as_bytes(std::string("\0\0\0\x0CJXL \r\n\x87\n\0\0\0\x14"
                                                   "ftypjxl ",
                                                   24))) == ImageFormat::jxl);
    CHECK(detect_image_format(as_bytes(std::string("\xFF\x0A\xFA\x7F", 4))) == ImageFormat::jxl);
    CHECK(extension_matches(ImageFormat::psd, ".PSD"));
    CHECK(extension_matches(ImageFormat::jp2, ".jp2"));
  }

  SECTION("a PNG named .jpg is still a PNG")
  {
    const auto path = made("png-named.jpg", "png:{out}");
    CHECK(format_of(path) == ImageFormat::png);
    CHECK_FALSE(extension_matches(format_of(path), path.extension().string()));
  }

  SECTION("text, an empty file and a video are no image")
  {
    CHECK(detect_image_format(as_bytes("hello, world")) == ImageFormat::unknown);
    CHECK(detect_image_format({}) == ImageFormat::unknown);
    CHECK(detect_image_format(as_bytes(std::string("\0\0\0\x18"
                                                   "ftypisom\0\0\x02\0isomiso2",
                                                   24))) == ImageFormat::unknown);
  }
}

TEST_CASE("an extension fits a format the way a clerk names files", "[media]")
{
  SECTION("JPEG goes by four names, in any case")
  {
    for (const char* extension : {".jpg", ".JPG", ".jpeg", ".jpe", ".jfif", "jfif"}) {
      CHECK(extension_matches(ImageFormat::jpeg, extension));
    }
  }

  SECTION("a mismatch is caught")
  {
    CHECK_FALSE(extension_matches(ImageFormat::png, ".jpg"));
    CHECK_FALSE(extension_matches(ImageFormat::heic, ".jpg"));
    CHECK_FALSE(extension_matches(ImageFormat::jpeg, ".png"));
    CHECK_FALSE(extension_matches(ImageFormat::unknown, ".jpg"));
    CHECK(extension_matches(ImageFormat::heic, ".HEIC"));
    CHECK(extension_matches(ImageFormat::tiff, ".tif"));
  }
}
