#include "form_fixtures.hpp"
#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "temp_dir.hpp"

#include <nominate/office/docx.hpp>
#include <nominate/office/sniff.hpp>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using nominate::office::DocumentType;
using nominate::office::sniff_document;
using nominate::test::as_bytes;
using nominate::test::read_file;

namespace {

DocumentType sniff(std::string_view bytes)
{
  return sniff_document(as_bytes(bytes));
}

std::string simple_xlsx()
{
  nominate::test::TempDir dir;
  auto path = (dir.path() / "t.xlsx").string();
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_doc_properties properties{};
  properties.created = 1704067200; // fixed, so that the converted fixture is cached across runs
  workbook_set_properties(workbook, &properties);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "登记表");
  worksheet_write_string(sheet, 0, 0, "姓名", nullptr);
  workbook_close(workbook);
  return read_file(path);
}

} // namespace

TEST_CASE("OOXML packages are told apart by their main part, not their name", "[office]")
{
  std::string docx = nominate::test::docx_package(nominate::test::wml::p("正文"));
  CHECK(sniff(docx) == DocumentType::docx);
  CHECK(sniff(simple_xlsx()) == DocumentType::xlsx);

  SECTION("a package whose main part is a presentation")
  {
    std::string pptx =
        nominate::test::ZipBuilder()
            .add("[Content_Types].xml",
                 R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                 R"(<Override PartName="/ppt/presentation.xml" ContentType="application/)"
                 R"(vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>)")
            .add("_rels/.rels",
                 R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                 R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/)"
                 R"(2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>)")
            .add("ppt/presentation.xml", "<p:presentation/>")
            .build();
    CHECK(sniff(pptx) == DocumentType::ooxml_other);
  }
  SECTION("a Word package whose [Content_Types].xml lies: its parts decide, and read_docx calls it damaged")
  {
    const std::string_view k_sheet_type =
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    for (const std::string& types :
         {R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Override PartName="/word/document.xml" ContentType=")" +
              std::string(k_sheet_type) + R"("/></Types>)",
          std::string(R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)")}) {
      std::string lying =
          nominate::test::ZipBuilder()
              .add("[Content_Types].xml", types)
              .add("word/document.xml", R"(<w:document xmlns:w="http://schemas.openxmlformats.org/)"
                                        R"(wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>)")
              .build();
      CHECK(sniff(lying) == DocumentType::docx);
      auto document = nominate::office::read_docx(as_bytes(lying));
      REQUIRE(!document);
      CHECK(document.error().code == nominate::core::ErrorCode::unreadable);
      CHECK(document.error().message.find("[Content_Types].xml") != std::string::npos);
    }
  }
  SECTION("a macro-enabled Word document (.docm) is read as Word opens it; its macros never run")
  {
    std::string docm =
        nominate::test::ZipBuilder()
            .add("[Content_Types].xml",
                 R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                 R"(<Override PartName="/word/document.xml" )"
                 R"(ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>)")
            .add("word/document.xml", R"(<w:document xmlns:w="http://schemas.openxmlformats.org/)"
                                      R"(wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r>)"
                                      R"(</w:p></w:body></w:document>)")
            .build();
    auto document = nominate::office::read_docx(as_bytes(docm));
    REQUIRE(document);
  }
  SECTION("a zip without [Content_Types].xml")
  {
    CHECK(sniff(nominate::test::ZipBuilder().add("photo.jpg", "jpeg").build()) == DocumentType::zip_other);
  }
  SECTION("a truncated .docx still shows its first parts' names")
  {
    CHECK(sniff(std::string_view(docx).substr(0, docx.size() / 2)) == DocumentType::docx);
  }
}

TEST_CASE("legacy and foreign files are recognised by content", "[office]")
{
  std::string docx = nominate::test::star_form_docx(nominate::test::filled_star(300));

  SECTION("Word 97–2003 .doc written by LibreOffice")
  {
    auto doc = nominate::test::soffice_convert(docx, "推介表.docx", "doc:MS Word 97");
    std::string bytes = read_file(doc);
    CHECK(sniff(bytes) == DocumentType::doc);
    CHECK(nominate::office::is_legacy(DocumentType::doc));
  }
  SECTION("the first 64 KiB of a big .doc, whose directory is near its end")
  {
    std::string html = "<html><body>";
    for (int i = 0; i < 400; ++i) {
      html += "<p>" + nominate::test::han_text(600) + "</p>";
    }
    html += "</body></html>";
    auto doc = nominate::test::soffice_convert(html, "事迹.html", "doc:MS Word 97", "HTML (StarWriter)");
    std::string bytes = read_file(doc);
    REQUIRE(bytes.size() > 256 * 1024);
    CHECK(sniff(bytes) == DocumentType::doc);
    CHECK(sniff(std::string_view(bytes).substr(0, 64 * 1024)) == DocumentType::doc);
  }
  SECTION("Excel 97–2003 .xls written by LibreOffice")
  {
    auto xls = nominate::test::soffice_convert(simple_xlsx(), "登记表.xlsx", "xls:MS Excel 97");
    std::string bytes = read_file(xls);
    CHECK(sniff(bytes) == DocumentType::xls);
    CHECK(simple_xlsx() == simple_xlsx());
  }
  SECTION("RTF and HTML, whatever they are named")
  {
    auto rtf = nominate::test::soffice_convert(docx, "推介表.docx", "rtf");
    CHECK(sniff(read_file(rtf)) == DocumentType::rtf);
    CHECK(sniff("\xEF\xBB\xBF<!DOCTYPE html><html><body>表</body></html>") == DocumentType::html);
    CHECK(sniff("<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body/></html>") ==
          DocumentType::html);
    CHECK(sniff("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n") ==
          DocumentType::html);
  }
  SECTION("a .doc saved with a password by LibreOffice")
  {
    auto protected_doc = nominate::test::soffice_save_with_password(docx, "推介表.docx", "MS Word 97", "doc");
    CHECK(sniff(read_file(protected_doc)) == DocumentType::encrypted_legacy);
    CHECK(nominate::office::is_encrypted(DocumentType::encrypted_legacy));
  }
  SECTION("a password-protected .docx is an OLE2 file with an EncryptedPackage")
  {
    CHECK(sniff(nominate::test::encrypted_package_cfb()) == DocumentType::encrypted_ooxml);
    CHECK(nominate::office::is_encrypted(DocumentType::encrypted_ooxml));
  }
  SECTION("a Kingsoft WPS document: Word's binary format plus WPS's own stream")
  {
    // WordDocument starting with a Word 97 FIB (wIdent 0xA5EC, nFib 0x00C1), and WpsCustomData.
    std::string fib("\xEC\xA5\xC1\x00", 4);
    CHECK(sniff(nominate::test::compound_file(u"WordDocument", fib, u"WpsCustomData")) == DocumentType::wps);
    CHECK(sniff(nominate::test::compound_file(u"WordDocument", fib, u"1Table")) == DocumentType::doc);
  }
  SECTION("PDF, text, nothing")
  {
    auto pdf = nominate::test::soffice_convert(docx, "推介表.docx", "pdf");
    CHECK(sniff(read_file(pdf)) == DocumentType::pdf);
    CHECK(sniff("工作总结\n今年我们开展了活动。\n") == DocumentType::text);
    CHECK(sniff("\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1\r\n") == DocumentType::text); // GBK 工作总结
    CHECK(sniff("") == DocumentType::unknown);
    CHECK(sniff(std::string("\x00\x01\x02\x03binary", 10)) == DocumentType::unknown);
  }
  SECTION("a file that starts like OLE2 but has no directory is no crash")
  {
    std::string broken("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    broken += std::string(600, '\xFF');
    CHECK(sniff(broken) == DocumentType::ole2_other);
  }
}

TEST_CASE("document types have the names the report shows", "[office]")
{
  CHECK(std::string(to_string(DocumentType::docx)) == "docx");
  CHECK(std::string(to_string(DocumentType::doc)) == "doc");
  CHECK(std::string(to_string(DocumentType::wps)) == "wps");
  CHECK(std::string(to_string(DocumentType::encrypted_ooxml)) == "encrypted");
  CHECK(std::string(to_string(DocumentType::text)) == "txt");
  CHECK_FALSE(nominate::office::is_legacy(DocumentType::docx));
}
