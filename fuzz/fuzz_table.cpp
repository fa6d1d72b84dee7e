// A registration table (登记表), .xlsx or .docx, its type sniffed from the bytes as the district reader does.
#include <nominate/office/registration_table.hpp>
#include <nominate/office/sniff.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::span<const std::uint8_t> bytes{data, size};
  auto tables = nominate::office::read_registration_tables(bytes, nominate::office::sniff_document(bytes));
  (void)tables;
  return 0;
}
