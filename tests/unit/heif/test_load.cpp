#include <nominate/heif/heif.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace nominate::heif {

TEST_CASE("libheif loads once, by the soname of the headers built against, and is called through the table",
          "[heif]")
{
  CHECK(soname() == "libheif.so." + std::to_string(LIBHEIF_NUMERIC_VERSION >> 24));
  CHECK(built_version() == LIBHEIF_VERSION);
  CHECK_FALSE(loaded()); // nothing in this test program has loaded it yet
  CHECK(running_version() == "on first use: " + soname());

  auto first = load();
  REQUIRE(first.has_value());
  CHECK(loaded());
  CHECK(load().has_value()); // the same result, without loading again
  // The running library is the ABI the headers describe: the same major version, no older than them.
  CHECK(heif::heif_get_version_number() >> 24 == LIBHEIF_NUMERIC_VERSION >> 24);
  CHECK(heif::heif_get_version_number() >= LIBHEIF_NUMERIC_VERSION);
  CHECK(running_version() == heif::heif_get_version());

  // A call through the table behaves as libheif's own: bytes that are no HEIF are refused with its error.
  heif_context* context = heif::heif_context_alloc();
  REQUIRE(context != nullptr);
  const unsigned char not_heif[] = "not a HEIF file at all";
  const heif_error error =
      heif::heif_context_read_from_memory_without_copy(context, not_heif, sizeof not_heif, nullptr);
  CHECK(error.code != heif_error_Ok);
  heif::heif_context_free(context);
}

} // namespace nominate::heif
