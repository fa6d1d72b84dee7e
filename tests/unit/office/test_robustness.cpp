#include "form_fixtures.hpp"
#include "ooxml_builder.hpp"

#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>
#include <nominate/office/registration_table.hpp>
#include <nominate/office/sniff.hpp>
#include <nominate/office/xlsx.hpp>

#include <catch2/catch.hpp>

#include <random>

using nominate::office::DocumentType;
using nominate::test::as_bytes;
namespace wml = nominate::test::wml;

namespace {

// Flips, deletes and duplicates a few bytes at random places.
std::string mutate(std::string text, std::mt19937& random)
{
  std::uniform_int_distribution<int> operations(1, 8);
  int count = operations(random);
  for (int i = 0; i < count && !text.empty(); ++i) {
    std::uniform_int_distribution<std::size_t> at(0, text.size() - 1);
    std::size_t position = at(random);
    switch (random() % 3) {
    case 0:
      text[position] = static_cast<char>(random() & 0xFF);
      break;
    case 1:
      text.erase(position, 1 + random() % 16);
      break;
    default:
      text.insert(position, text.substr(position, 1 + random() % 64));
      break;
    }
  }
  return text;
}

// Whatever the reader says, it says it without crashing; what it reads can be walked.
void read_everything(std::string_view bytes)
{
  auto span = as_bytes(bytes);
  DocumentType type = nominate::office::sniff_document(span);
  if (auto document = nominate::office::read_docx(span)) {
    auto labels = nominate::test::star_labels();
    auto reading = nominate::office::read_form(*document, labels);
    for (const auto& entry : reading.entries) {
      CHECK_FALSE(entry.label.empty());
    }
    CHECK(nominate::office::plain_text(*document).size() < bytes.size() * 4 + 64);
  }
  if (auto workbook = nominate::office::read_xlsx(span)) {
    CHECK(workbook->sheets.size() < 10000);
  }
  (void)nominate::office::read_registration_tables(span, type);
}

} // namespace

TEST_CASE("damaged forms and tables never crash a reader", "[office]")
{
  std::mt19937 random(20240501);
  std::string form = nominate::test::star_form_docx(nominate::test::filled_star(300));
  nominate::test::XlsxParts parts;
  parts.shared_strings = "<si><t>姓名</t></si><si><r><t>张</t></r><r><t>三</t></r></si>";
  parts.styles =
      "<numFmts><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/></cellXfs>";
  std::string sheet =
      "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is>"
      "<t>品牌项目名称</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>单位</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>21000</v></c>"
      "<c r=\"C2\"><v>1.3912345678E10</v></c></row></sheetData>"
      "<mergeCells><mergeCell ref=\"A2:C3\"/></mergeCells>";
  parts.sheets.emplace_back("登记表", sheet);
  std::string workbook = nominate::test::xlsx_package(parts);

  SECTION("packages cut short anywhere")
  {
    for (std::size_t cut = 0; cut < form.size(); cut += form.size() / 97 + 1) {
      read_everything(std::string_view(form).substr(0, cut));
    }
    for (std::size_t cut = 0; cut < workbook.size(); cut += workbook.size() / 97 + 1) {
      read_everything(std::string_view(workbook).substr(0, cut));
    }
  }
  SECTION("packages with bytes changed")
  {
    for (int round = 0; round < 150; ++round) {
      read_everything(mutate(form, random));
      read_everything(mutate(workbook, random));
    }
  }
  SECTION("well-formed packages whose XML is damaged")
  {
    std::string body =
        wml::p("“百姓学习之星”推介表") +
        wml::tbl(3, wml::tr(wml::tc("姓    名") + wml::tc("张三") + wml::tc("照片", {1, "restart"})) +
                        wml::tr(wml::tc("电话：1 手机：2") + wml::tc("x", {1, "bare"}) +
                                wml::tc("", {1, "continue"})));
    for (int round = 0; round < 300; ++round) {
      read_everything(nominate::test::docx_package(mutate(body, random)));
      parts.sheets[0].second = mutate(sheet, random);
      read_everything(nominate::test::xlsx_package(parts));
    }
  }
  SECTION("compound files with random directories")
  {
    std::string cfb = nominate::test::encrypted_package_cfb();
    for (int round = 0; round < 300; ++round) {
      std::string damaged = cfb;
      for (int i = 0; i < 16; ++i) {
        damaged[8 + random() % (damaged.size() - 8)] = static_cast<char>(random() & 0xFF);
      }
      read_everything(damaged);
    }
  }
}
