// verify's zip reader: central directory, local headers, names, bombs, overlaps (pack::inspect_zip).
#include <nominate/pack/verify.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  auto findings = nominate::pack::inspect_zip({data, size});
  (void)findings;
  return 0;
}
