// An .xlsx workbook's values: shared strings, styles (dates), merged cells.
#include <nominate/office/xlsx.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  auto workbook = nominate::office::read_xlsx({data, size});
  (void)workbook;
  return 0;
}
