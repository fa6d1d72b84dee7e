// A work summary sent as PDF (the notice names no format for 工作总结): its text layer is read and counted
// like a .docx's; a scan has none, and says so by an empty text.
#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "temp_dir.hpp"

#include <nominate/office/document_text.hpp>
#include <nominate/office/pdf_text.hpp>
#include <nominate/text/count.hpp>

#include <catch2/catch.hpp>

using nominate::core::ErrorCode;
using nominate::office::read_pdf_text_file;
using nominate::test::TempDir;
namespace wml = nominate::test::wml;

TEST_CASE("a PDF exported by LibreOffice is read by its text layer and counted like its .docx", "[office]")
{
  const std::string summary =
      "本项目坚持三年，带动社区居民共同读书学习。\n每年举办读书会二十场，参与群众逾三千人次。";
  auto docx = nominate::test::docx_package(wml::paragraphs(summary));
  auto pdf = nominate::test::soffice_convert(docx, "工作总结.docx", "pdf:writer_pdf_Export");
  auto read = read_pdf_text_file(pdf);
  REQUIRE(read);
  CHECK(read->pages == 1);
  CHECK(read->text.find("带动社区居民共同读书学习") != std::string::npos);

  auto text = nominate::office::read_document_text(pdf);
  REQUIRE(text);
  CHECK(nominate::text::count_characters(*text).han == nominate::text::count_characters(summary).han);
}

TEST_CASE("a scanned PDF has no text layer: it is read, with empty text", "[office]")
{
  auto scan = nominate::test::scanned_pdf();
  auto read = read_pdf_text_file(scan);
  REQUIRE(read);
  CHECK(read->pages == 1);
  CHECK(read->text.find_first_not_of(" \n\r\t\f") == std::string::npos);
}

TEST_CASE("a PDF that is not one, or cut off, is unreadable", "[office]")
{
  TempDir dir;
  auto read = read_pdf_text_file(dir.write("总结.pdf", "%PDF-1.4\nthis is no PDF at all"));
  REQUIRE_FALSE(read);
  CHECK(read.error().code == ErrorCode::unreadable);
  CHECK(read.error().file.filename() == "总结.pdf");
}
