// Hostile compound files (issue 13): a .doc or .xls whose sector chains loop, lead past the end of the file,
// or whose header claims absurd counts, made at test time from a real file by ole2_hostile.py. The sniffer
// must finish on each, and a file that cannot be read is called damaged before LibreOffice is asked to
// convert it (LibreOffice reads what it can of a looping stream and writes an empty document: a form without
// a title).

#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>

#include <catch2/catch.hpp>

using nominate::office::compound_file_damage;
using nominate::office::DocumentType;
using nominate::office::sniff_document;
using nominate::test::as_bytes;
using nominate::test::read_file;
using nominate::test::TempDir;

namespace {

const std::filesystem::path k_source_dir = NOMINATE_SOURCE_DIR;

// `original` made hostile in the way `kind` names (see ole2_hostile.py), as bytes.
std::string hostile(const std::filesystem::path& original, const std::string& kind)
{
  TempDir dir;
  const auto target = dir.path() / ("hostile-" + kind);
  auto run =
      nominate::test::run_tool({"python3", (k_source_dir / "tests/unit/office/ole2_hostile.py").string(),
                                kind, original.string(), target.string()});
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return read_file(target);
}

} // namespace

TEST_CASE("a compound file whose chains loop or leave the file is sniffed to the end and called damaged",
          "[office]")
{
  const auto doc = k_source_dir / "examples/legacy-doc/推介表.doc";
  // Rows enough that the Workbook stream is a regular one (4096 bytes and more), not in the mini stream.
  std::string table = "姓名,单位\n";
  for (int row = 0; row < 300; ++row) {
    table += "学员" + std::to_string(row) + ",某社区学习中心\n";
  }
  const auto xls = nominate::test::soffice_convert(table, "登记表.csv", "xls:MS Excel 97");
  REQUIRE(!compound_file_damage(as_bytes(read_file(doc))));
  REQUIRE(!compound_file_damage(as_bytes(read_file(xls))));

  SECTION("damage that no reader gets past is described")
  {
    const std::vector<std::pair<std::string, std::string>> damaged = {
        {"fat-self-loop", "loops back to sector"},
        {"fat-past-end", "past the end of the file"},
        {"directory-loop", "directory's sector chain loops"},
        {"directory-past-end", "past the end of the file"},
        {"sector-shift", "sector shift of 31"},
    };
    for (const auto& [kind, says] : damaged) {
      for (const auto& original : {doc, xls}) {
        INFO(kind << " of " << original.filename().string());
        const std::string bytes = hostile(original, kind);
        (void)sniff_document(as_bytes(bytes)); // it returns: no loop, no read past the bytes (ASan)
        const auto damage = compound_file_damage(as_bytes(bytes));
        REQUIRE(damage);
        CHECK(damage->find(says) != std::string::npos);
      }
    }
  }
  SECTION("a header that lies about counts, or a looping DIFAT the FAT does not need, ends too")
  {
    for (const std::string kind : {"difat-loop", "huge-counts"}) {
      INFO(kind);
      const std::string bytes = hostile(doc, kind);
      CHECK(sniff_document(as_bytes(bytes)) == DocumentType::doc);
      (void)compound_file_damage(as_bytes(bytes));
    }
  }
  SECTION("a FAT whose every entry points at itself leaves too little directory to be a .doc")
  {
    const std::string bytes = hostile(doc, "fat-all-loops");
    CHECK(sniff_document(as_bytes(bytes)) == DocumentType::ole2_other);
    CHECK(compound_file_damage(as_bytes(bytes)));
  }
}

TEST_CASE("a damaged .doc is refused before LibreOffice runs, saying what is damaged", "[office]")
{
  TempDir dir;
  const auto input =
      dir.write("推介表.doc", hostile(k_source_dir / "examples/legacy-doc/推介表.doc", "fat-self-loop"));
  nominate::office::ConvertOptions options;
  options.soffice = "/nonexistent/soffice"; // never started: the damage is found first
  auto converted = nominate::office::convert_to_docx(input, dir.path() / "work", options);
  REQUIRE(!converted);
  CHECK(converted.error().code == nominate::core::ErrorCode::unreadable);
  CHECK(converted.error().message.find("damaged") != std::string::npos);
  CHECK(converted.error().message.find("WordDocument") != std::string::npos);
}
