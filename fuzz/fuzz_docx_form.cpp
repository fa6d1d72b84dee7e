// A .docx form: the zip, document.xml and the form's fields, as check reads a 推介表.
#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  auto document = nominate::office::read_docx({data, size});
  if (document) {
    static const std::array<std::string, 4> k_labels = {"姓名", "性别", "出生年月", "主要事迹和成效"};
    auto reading = nominate::office::read_form(*document, k_labels);
    (void)reading;
  }
  return 0;
}
