#include "form_fixtures.hpp"
#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "temp_dir.hpp"

#include <nominate/office/document_text.hpp>
#include <nominate/text/count.hpp>

#include <catch2/catch.hpp>

using nominate::core::ErrorCode;
using nominate::office::read_document_text;
using nominate::test::TempDir;
namespace wml = nominate::test::wml;

namespace {

std::size_t words(std::string_view text)
{
  return nominate::text::count_characters(text).words;
}

} // namespace

TEST_CASE("a work summary is read from .docx, .txt and .md alike", "[office]")
{
  TempDir dir;
  std::string summary = nominate::test::han_text(1500);

  SECTION(".docx: paragraphs, a table and a text box, each counted once")
  {
    std::string body =
        wml::p("工作总结") + wml::p(summary) +
        wml::tbl(2, wml::tr(wml::tc("年份") + wml::tc("人次")) + wml::tr(wml::tc("2023") + wml::tc("2600")));
    auto path = dir.write("工作总结.docx", nominate::test::docx_package(body));
    auto text = read_document_text(path);
    REQUIRE(text);
    CHECK(words(*text) == 4 + words(summary) + 2 + 2 + 1 + 1);
  }
  SECTION(".txt in UTF-8 and in GB18030, as Notepad on Chinese Windows saves it")
  {
    auto utf8 = read_document_text(dir.write("总结.txt", "工作总结\r\n" + summary));
    REQUIRE(utf8);
    CHECK(words(*utf8) == 4 + words(summary));
    auto gbk = read_document_text(dir.write("总结-gbk.txt", "\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1\r\n"));
    REQUIRE(gbk);
    CHECK(*gbk == "工作总结\n");
  }
  SECTION(".md")
  {
    auto md = read_document_text(dir.write("总结.md", "# 工作总结\n\n" + summary + "\n"));
    REQUIRE(md);
    CHECK(words(*md) == 1 + 4 + words(summary));
  }
  SECTION("a summary made by LibreOffice from an OpenDocument text")
  {
    std::string fodt = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"
  office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p>工作总结</text:p><text:p>)" +
                       summary + R"(</text:p></office:text></office:body></office:document>)";
    auto docx = nominate::test::soffice_convert(fodt, "工作总结.fodt", "docx:MS Word 2007 XML");
    auto text = read_document_text(docx);
    REQUIRE(text);
    CHECK(words(*text) == 4 + words(summary));
  }
}

TEST_CASE("a summary in a format that is not read directly is an error naming the file", "[office]")
{
  TempDir dir;
  // A legacy .doc is converted by the caller first (a Word 97 header: an OLE2 file LibreOffice reads).
  auto doc = nominate::test::soffice_convert(nominate::test::docx_package(wml::p("工作总结")), "总结.docx",
                                             "doc:MS Word 97");
  auto text = read_document_text(doc);
  REQUIRE_FALSE(text);
  CHECK(text.error().code == ErrorCode::unsupported);
  CHECK(text.error().file == doc);

  // A PDF is read (pdf_text), but a cut-off one is unreadable, not unsupported.
  auto pdf = dir.write("总结.pdf", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
  auto truncated = read_document_text(pdf);
  REQUIRE_FALSE(truncated);
  CHECK(truncated.error().code == ErrorCode::unreadable);
  CHECK(truncated.error().file == pdf);

  auto encrypted = read_document_text(dir.write("总结.docx", nominate::test::encrypted_package_cfb()));
  REQUIRE_FALSE(encrypted);
  CHECK(encrypted.error().code == ErrorCode::encrypted);

  auto damaged = dir.write("坏.docx", nominate::test::docx_package(wml::p("x")).substr(0, 300));
  auto broken = read_document_text(damaged);
  REQUIRE_FALSE(broken);
  CHECK(broken.error().code == ErrorCode::unreadable);
  CHECK(broken.error().file == damaged);
}
