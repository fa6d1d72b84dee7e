// Content sniffing: OLE2 compound files (.doc/.xls/.wps: FAT chains, directories), OOXML zips, RTF, HTML,
// PDF.
#include <nominate/office/sniff.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  auto type = nominate::office::sniff_document({data, size});
  (void)type;
  return 0;
}
