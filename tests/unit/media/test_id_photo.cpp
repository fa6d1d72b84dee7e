#include <nominate/media/photo.hpp>

#include <catch2/catch.hpp>

using nominate::media::id_photo_spec;
using nominate::media::IdPhotoSize;
using nominate::media::judge_id_photo;

TEST_CASE("ID photo sizes are the studios' 300 dpi sizes", "[media]")
{
  CHECK(id_photo_spec(IdPhotoSize::one_inch).min_width == 295);
  CHECK(id_photo_spec(IdPhotoSize::one_inch).min_height == 413);
  CHECK(id_photo_spec(IdPhotoSize::two_inch).min_width == 413);
  CHECK(id_photo_spec(IdPhotoSize::two_inch).min_height == 579);
  CHECK(std::string(to_string(IdPhotoSize::two_inch)) == "2寸");
}

TEST_CASE("an ID photo's shape is judged against 5:7 portrait", "[media]")
{
  SECTION("the exact sizes pass")
  {
    const auto one = judge_id_photo(295, 413, IdPhotoSize::one_inch);
    CHECK(one.portrait);
    CHECK(one.aspect_ok);
    CHECK(one.enough_pixels);
    const auto two = judge_id_photo(413, 579, IdPhotoSize::two_inch);
    CHECK(two.aspect_ok);
    CHECK(two.enough_pixels);
  }

  SECTION("a larger photo of the right shape passes")
  {
    const auto big = judge_id_photo(1000, 1400, IdPhotoSize::two_inch);
    CHECK(big.aspect_ok);
    CHECK(big.enough_pixels);
  }

  SECTION("within the tolerance: a 大一寸 cut and a pixel lost to rounding")
  {
    CHECK(judge_id_photo(390, 567, IdPhotoSize::one_inch).aspect_ok);
    CHECK(judge_id_photo(413, 578, IdPhotoSize::two_inch).enough_pixels);
  }

  SECTION("landscape, square and 4:5 are not ID-shaped")
  {
    const auto landscape = judge_id_photo(579, 413, IdPhotoSize::two_inch);
    CHECK_FALSE(landscape.portrait);
    CHECK_FALSE(landscape.aspect_ok);
    CHECK_FALSE(judge_id_photo(500, 500, IdPhotoSize::two_inch).aspect_ok);
    CHECK_FALSE(judge_id_photo(800, 1000, IdPhotoSize::two_inch).aspect_ok);
  }

  SECTION("a 1寸 photo is too small for a 2寸 requirement")
  {
    const auto shape = judge_id_photo(295, 413, IdPhotoSize::two_inch);
    CHECK(shape.aspect_ok);
    CHECK_FALSE(shape.enough_pixels);
  }

  SECTION("nothing to judge")
  {
    CHECK_FALSE(judge_id_photo(0, 0, IdPhotoSize::one_inch).aspect_ok);
  }
}
