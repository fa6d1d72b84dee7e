#include "ooxml_builder.hpp"

#include <nominate/office/docx.hpp>

#include <catch2/catch.hpp>

using nominate::core::ErrorCode;
using nominate::office::Document;
using nominate::office::read_docx;
using nominate::test::as_bytes;
using nominate::test::docx_package;
namespace wml = nominate::test::wml;

namespace {

Document read_body(const std::string& body)
{
  std::string package = docx_package(body);
  auto document = read_docx(as_bytes(package));
  REQUIRE(document);
  return *document;
}

std::string first_text(const std::string& body)
{
  Document document = read_body(body);
  REQUIRE_FALSE(document.paragraphs.empty());
  return document.paragraphs.front().text;
}

std::string t(std::string_view text)
{
  return "<w:t xml:space=\"preserve\">" + std::string(text) + "</w:t>";
}

} // namespace

TEST_CASE("text is read as Word shows it", "[office]")
{
  SECTION("runs are joined and whitespace-only runs kept")
  {
    CHECK(first_text(wml::p_xml(wml::run("主要") + wml::run("   ") + wml::run("事迹"))) == "主要   事迹");
    CHECK(first_text(wml::p_xml("<w:r><w:t xml:space=\"preserve\">　</w:t></w:r>")) == "\u3000");
  }
  SECTION("tabs and breaks")
  {
    CHECK(first_text(wml::p_xml("<w:r>" + t("姓名") + "<w:tab/>" + t("张三") + "<w:br/>" + t("第二行") +
                                "</w:r>")) == "姓名\t张三\n第二行");
  }
  SECTION("a field shows its result, not its code")
  {
    std::string field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        "<w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"yyyy\" </w:instrText></w:r>"
                        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>" +
                        t("2024") + "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    CHECK(first_text(wml::p_xml(wml::run("年份") + field)) == "年份2024");
    CHECK(first_text(wml::p_xml("<w:fldSimple w:instr=\" PAGE \"><w:r>" + t("3") + "</w:r></w:fldSimple>")) ==
          "3");
  }
  SECTION("an old FORMTEXT form field shows what was typed into it")
  {
    std::string form_field =
        "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Text1\"/><w:enabled/>"
        "<w:textInput/></w:ffData></w:fldChar></w:r>"
        "<w:r><w:instrText xml:space=\"preserve\"> FORMTEXT </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>" +
        t("汉族") + "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    CHECK(first_text(wml::p_xml(form_field)) == "汉族");
  }
  SECTION("an old drop-down form field shows its chosen entry")
  {
    std::string drop_down =
        "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Gender\"/><w:ddList>"
        "<w:result w:val=\"1\"/><w:listEntry w:val=\"男\"/><w:listEntry w:val=\"女\"/></w:ddList></w:ffData>"
        "</w:fldChar></w:r><w:r><w:instrText> FORMDROPDOWN </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    CHECK(first_text(wml::p_xml(drop_down)) == "女");
  }
  SECTION("an old check-box form field (FORMCHECKBOX) shows its box, ticked by its checked or default state")
  {
    auto box = [](const std::string& state) {
      return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/><w:enabled/>"
             "<w:checkBox><w:sizeAuto/>" +
             state +
             "</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX "
             "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    };
    CHECK(first_text(wml::p_xml(box("<w:default w:val=\"0\"/>") + wml::run("男 ") +
                                box("<w:default w:val=\"0\"/><w:checked/>") + wml::run("女"))) == "☐男 ☑女");
    CHECK(first_text(wml::p_xml(box("<w:default w:val=\"1\"/>") + wml::run("是"))) == "☑是");
    CHECK(first_text(wml::p_xml(box("<w:default w:val=\"1\"/><w:checked w:val=\"0\"/>") + wml::run("否"))) ==
          "☐否");
  }
  SECTION("a content control still showing its placeholder is empty; a filled one is its text")
  {
    std::string placeholder = "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r>" +
                              t("单击或点击此处输入文字。") + "</w:r></w:sdtContent></w:sdt>";
    CHECK(first_text(wml::p_xml(placeholder)).empty());
    std::string filled = "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r>" + t("中共党员") +
                         "</w:r></w:sdtContent></w:sdt>";
    CHECK(first_text(wml::p_xml(filled)) == "中共党员");
    std::string block = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + wml::p("请输入事迹") +
                        "</w:sdtContent></w:sdt>" + wml::p("之后");
    CHECK(first_text(block) == "之后");
  }
  SECTION("hidden text is not shown")
  {
    CHECK(first_text(wml::p_xml("<w:r><w:rPr><w:vanish/></w:rPr>" + t("隐藏") + "</w:r>" +
                                wml::run("可见"))) == "可见");
  }
}

TEST_CASE("check boxes drawn with Wingdings symbols or check-box content controls read as ☐ and ☑",
          "[office]")
{
  auto sym = [](std::string_view font, std::string_view code) {
    return "<w:r><w:sym w:font=\"" + std::string(font) + "\" w:char=\"" + std::string(code) + "\"/></w:r>";
  };
  SECTION("Wingdings 2, as WPS inserts a box and a ticked box")
  {
    CHECK(first_text(wml::p_xml(sym("Wingdings 2", "F0A3") + wml::run("男 ") + sym("Wingdings 2", "F052") +
                                wml::run("女"))) == "☐男 ☑女");
    CHECK(first_text(wml::p_xml(sym("Wingdings 2", "F054") + wml::run("是"))) == "☒是");
  }
  SECTION("Wingdings, with or without the F0 prefix")
  {
    CHECK(first_text(wml::p_xml(sym("Wingdings", "F0A8") + wml::run("男") + sym("Wingdings", "F0FE") +
                                wml::run("女"))) == "☐男☑女");
    CHECK(first_text(wml::p_xml(sym("Wingdings", "6F") + sym("Wingdings", "78"))) == "☐☒");
  }
  SECTION("`R` and `£` typed in Wingdings 2, the office trick for ☑ and ☐")
  {
    auto in_font = [](std::string_view font, std::string_view text) {
      return "<w:r><w:rPr><w:rFonts w:ascii=\"" + std::string(font) + "\" w:hAnsi=\"" + std::string(font) +
             "\"/></w:rPr>" + t(text) + "</w:r>";
    };
    CHECK(first_text(wml::p_xml(in_font("Wingdings 2", "£") + wml::run("男") + in_font("Wingdings 2", "R") +
                                wml::run("女"))) == "☐男☑女");
    CHECK(first_text(wml::p_xml(in_font("宋体", "R"))) == "R");
  }
  SECTION("other symbol-font glyphs stay out; a Unicode symbol stays in")
  {
    CHECK(first_text(wml::p_xml(sym("Wingdings", "F04A") + sym("Symbol", "F0B7") + sym("SimSun", "2605"))) ==
          "★");
  }
  SECTION("a check-box content control shows its state, whatever glyph it draws")
  {
    auto box = [](int checked, std::string_view glyph) {
      return "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"" + std::to_string(checked) +
             "\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>" + std::string(glyph) +
             "</w:t></w:r></w:sdtContent></w:sdt>";
    };
    CHECK(first_text(wml::p_xml(box(0, "☐") + wml::run("男") + box(1, "☒") + wml::run("女"))) == "☐男☑女");
  }
}

TEST_CASE("tracked changes: inserted text counts, deleted text does not, and the form is flagged", "[office]")
{
  std::string changed = wml::run("他") +
                        "<w:ins w:id=\"1\" w:author=\"审核\" w:date=\"2024-04-01T00:00:00Z\"><w:r>" +
                        t("长期") +
                        "</w:r></w:ins>"
                        "<w:del w:id=\"2\" w:author=\"审核\" w:date=\"2024-04-01T00:00:00Z\"><w:r><w:delText>"
                        "偶尔</w:delText></w:r></w:del>" +
                        wml::run("参加学习");
  Document document = read_body(wml::p_xml(changed));
  CHECK(document.paragraphs.front().text == "他长期参加学习");
  CHECK(document.has_revisions);

  SECTION("a moved passage is read at its destination only")
  {
    Document moved = read_body(wml::p_xml(
        "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r>" + t("旧处") + "</w:r></w:moveFrom>" + wml::run("正文") +
        "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r>" + t("新处") + "</w:r></w:moveTo>"));
    CHECK(moved.paragraphs.front().text == "正文新处");
    CHECK(moved.has_revisions);
  }
  SECTION("a clean document is not flagged")
  {
    CHECK_FALSE(read_body(wml::p("定稿")).has_revisions);
  }
}

TEST_CASE("a text box is read once, not again from its VML fallback", "[office]")
{
  std::string box_content = "<w:txbxContent>" + wml::p("“百姓学习之星”推介表") + "</w:txbxContent>";
  std::string drawing =
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" "
      "name=\"文本框 1\"/>"
      "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
      "<wps:wsp><wps:txbx>" +
      box_content +
      "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox>" +
      box_content + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
  Document document = read_body(wml::p_xml(wml::run("附件1") + drawing));
  REQUIRE(document.paragraphs.size() == 2);
  CHECK(document.paragraphs[0].text == "附件1");
  CHECK(document.paragraphs[1].text == "“百姓学习之星”推介表");

  SECTION("an old VML-only text box is read too")
  {
    Document vml = read_body(wml::p_xml("<w:r><w:pict><v:shape><v:textbox>" + box_content +
                                        "</v:textbox></v:shape></w:pict></w:r>"));
    REQUIRE(vml.paragraphs.size() == 2);
    CHECK(vml.paragraphs[1].text == "“百姓学习之星”推介表");
  }
  SECTION("a table in a text box (a whole form drawn in one) is a table of the body, read once")
  {
    const std::string form =
        "<w:txbxContent>" +
        wml::tbl(2, wml::tr(wml::tc("姓名") + wml::tc("王秀兰")) + wml::tr(wml::tc("性别") + wml::tc("女"))) +
        wml::p("") + "</w:txbxContent>";
    std::string boxed =
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" +
        form +
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox>" +
        form + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    Document boxed_form = read_body(wml::p("“百姓学习之星”推介表") + wml::p_xml(boxed) + wml::p("填表人："));
    REQUIRE(boxed_form.tables.size() == 1);
    CHECK(boxed_form.tables[0].rows.size() == 2);
    CHECK(boxed_form.tables[0].rows[1].cells[1].text() == "女");
    REQUIRE(boxed_form.paragraphs.size() == 4);
    CHECK(boxed_form.paragraphs[2].tables_before == 1); // the box's own last paragraph, after its table
    CHECK(boxed_form.paragraphs[3].text == "填表人：");
    CHECK(boxed_form.paragraphs[3].tables_before == 1);
  }
}

TEST_CASE("tables are placed on their grid: spans, vertical merges, gridBefore and gridAfter", "[office]")
{
  using wml::tc;
  std::string rows = wml::tr(tc("姓名") + tc("张三") + tc("照片", {1, "restart"})) +
                     wml::tr(tc("民族") + tc("汉族") + tc("", {1, "bare"})) +
                     wml::tr(tc("学历") + tc("本科") + tc("", {1, "continue"})) +
                     wml::tr(tc("所在单位及职务") + tc("社区学校 校长", {2, ""})) +
                     wml::tr(tc("电话") + tc("010-1234"), 1, 0) + wml::tr(tc("备注"), 0, 2);
  Document document = read_body(wml::p("表前") + wml::tbl(3, rows) + wml::p("表后"));
  REQUIRE(document.tables.size() == 1);
  const auto& table = document.tables.front();
  CHECK(table.columns == 3);
  REQUIRE(table.rows.size() == 6);

  SECTION("a vertical merge is one cell spanning its rows")
  {
    const auto& photo = table.rows[0].cells[2];
    CHECK(photo.row_span == 3);
    CHECK(table.rows[1].cells[2].continues_above); // a bare <w:vMerge/> continues
    CHECK(table.rows[2].cells[2].continues_above);
    CHECK(table.cell_at(2, 2) == &photo);
  }
  SECTION("a horizontal span covers its grid columns")
  {
    const auto& unit = table.rows[3].cells[1];
    CHECK(unit.column == 1);
    CHECK(unit.span == 2);
    CHECK(table.cell_at(3, 2) == &unit);
  }
  SECTION("gridBefore shifts a row's cells; gridAfter leaves columns empty")
  {
    CHECK(table.rows[4].grid_before == 1);
    CHECK(table.rows[4].cells[0].column == 1);
    CHECK(table.cell_at(4, 0) == nullptr);
    CHECK(table.rows[5].grid_after == 2);
    CHECK(table.cell_at(5, 1) == nullptr);
  }
  SECTION("body paragraphs know which tables come before them")
  {
    REQUIRE(document.paragraphs.size() == 2);
    CHECK(document.paragraphs[0].tables_before == 0);
    CHECK(document.paragraphs[1].tables_before == 1);
  }
  SECTION("plain text reads the table in place, a merged cell once")
  {
    std::string text = nominate::office::plain_text(document);
    CHECK(text.find("表前\n姓名\n张三\n照片\n民族") == 0);
    CHECK(text.ends_with("备注\n表后"));
  }
}

TEST_CASE("a nested table's text stays in its cell", "[office]")
{
  using wml::tc;
  std::string inner = wml::tbl(2, wml::tr(tc("电话") + tc("010-1234")));
  std::string outer = wml::tbl(2, wml::tr(tc("联系方式") + wml::tc_xml(inner + "<w:p/>")));
  Document document = read_body(outer);
  REQUIRE(document.tables.size() == 1);
  const auto& cell = document.tables[0].rows[0].cells[1];
  CHECK(cell.text() == "电话\n010-1234\n");
}

TEST_CASE("a one-cell table drawn round the whole form is a frame: the form inside is a top-level table",
          "[office]")
{
  using wml::tc;
  std::string form = wml::tbl(2, wml::tr(tc("姓名") + tc("张三")) + wml::tr(tc("性别") + tc("女")));
  Document document = read_body(wml::tbl(1, wml::tr(wml::tc_xml(wml::p("附件1") + form + "<w:p/>"))));
  REQUIRE(document.tables.size() == 1);
  CHECK(document.tables[0].rows.size() == 2);
  CHECK(document.tables[0].cell_at(0, 1)->text() == "张三");
  REQUIRE_FALSE(document.paragraphs.empty());
  CHECK(document.paragraphs.front().text == "附件1");
}

TEST_CASE("a one-column layout table holding a line and the form is a frame too", "[office]")
{
  using wml::tc;
  std::string form = wml::tbl(2, wml::tr(tc("姓名") + tc("张三")) + wml::tr(tc("性别") + tc("女")));
  SECTION("a row of 编号 above the row that holds the form")
  {
    Document document = read_body(
        wml::tbl(1, wml::tr(tc("编号：")) + wml::tr(wml::tc_xml(form + "<w:p/>")) + wml::tr(tc(""))));
    REQUIRE(document.tables.size() == 1);
    CHECK(document.tables[0].cell_at(1, 1)->text() == "女");
    REQUIRE_FALSE(document.paragraphs.empty());
    CHECK(document.paragraphs.front().text == "编号：");
  }
  SECTION("a one-column form whose value row is long text stays a table, its nested table flattened")
  {
    std::string long_value(200, 'x');
    std::string nested = wml::tbl(2, wml::tr(tc("1975") + tc("工厂")));
    Document document = read_body(wml::tbl(1, wml::tr(tc("主要事迹")) + wml::tr(tc(long_value)) +
                                                  wml::tr(wml::tc_xml(nested + "<w:p/>"))));
    REQUIRE(document.tables.size() == 1);
    CHECK(document.tables[0].rows.size() == 3);
  }
}

TEST_CASE("a damaged or hostile package is refused with the right error", "[office]")
{
  SECTION("XML with a DOCTYPE")
  {
    std::string package =
        nominate::test::ZipBuilder()
            .add("[Content_Types].xml", "<Types/>")
            .add("word/document.xml",
                 "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x \"boom\">]>"
                 "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                 "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
            .build();
    auto document = read_docx(as_bytes(package));
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::unreadable);
    CHECK_THAT(document.error().message, Catch::Contains("DOCTYPE"));
  }
  SECTION("text in GBK, or bytes that are not UTF-8: Word calls both damaged")
  {
    const std::string body =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>";
    const std::string end = "</w:t></w:r></w:p></w:body></w:document>";
    // 张三 in GBK: D5 C5 C8 FD.
    auto gbk = read_docx(as_bytes(nominate::test::ZipBuilder()
                                      .add("word/document.xml", "<?xml version=\"1.0\" encoding=\"GBK\"?>" +
                                                                    body + "\xD5\xC5\xC8\xFD" + end)
                                      .build()));
    REQUIRE_FALSE(gbk);
    CHECK(gbk.error().code == ErrorCode::unreadable);
    CHECK_THAT(gbk.error().message, Catch::Contains("gbk") && Catch::Contains("word/document.xml"));
    auto stray =
        read_docx(as_bytes(nominate::test::ZipBuilder()
                               .add("word/document.xml", "<?xml version=\"1.0\"?>" + body + "\xC3\x28" + end)
                               .build()));
    REQUIRE_FALSE(stray);
    CHECK(stray.error().code == ErrorCode::unreadable);
    CHECK_THAT(stray.error().message, Catch::Contains("not UTF-8") && Catch::Contains("at byte 127"));
  }
  SECTION("text in UTF-16 with its byte-order mark is read")
  {
    const std::u16string xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
        u"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        u"<w:body><w:p><w:r><w:t>张三</w:t></w:r></w:p></w:body></w:document>";
    std::string bytes = "\xFF\xFE";
    for (char16_t unit : xml) {
      bytes += static_cast<char>(unit & 0xFF);
      bytes += static_cast<char>(unit >> 8);
    }
    auto document = read_docx(as_bytes(
        nominate::test::ZipBuilder()
            .add("[Content_Types].xml",
                 R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                 R"(<Override PartName="/word/document.xml" ContentType="application/)"
                 R"(vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)")
            .add(
                "_rels/.rels",
                R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                R"(<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/)"
                R"(officeDocument/2006/relationships/officeDocument"/></Relationships>)")
            .add("word/document.xml", bytes)
            .build()));
    INFO((document ? std::string() : document.error().message));
    REQUIRE(document);
    CHECK_THAT(nominate::office::plain_text(*document), Catch::Contains("张三"));
  }
  SECTION("broken XML")
  {
    std::string package =
        nominate::test::ZipBuilder().add("word/document.xml", "<w:document><w:body><w:p></w:body>").build();
    auto document = read_docx(as_bytes(package));
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::unreadable);
  }
  SECTION("a zip without a document part")
  {
    auto document = read_docx(as_bytes(nominate::test::ZipBuilder().add("a.txt", "x").build()));
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::unreadable);
  }
  SECTION("an encrypted package")
  {
    std::string cfb = nominate::test::encrypted_package_cfb();
    auto document = read_docx(as_bytes(cfb));
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::encrypted);
  }
  SECTION("a file that is no zip at all, and a missing file naming itself")
  {
    auto document = read_docx(as_bytes("just text"));
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::unreadable);
    auto missing = nominate::office::read_docx_file("/nonexistent/推介表.docx");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::not_found);
    CHECK(missing.error().file == "/nonexistent/推介表.docx");
  }
  SECTION("nesting deeper than any document is ignored, not a stack overflow")
  {
    std::string deep;
    for (int i = 0; i < 20000; ++i) {
      deep += "<w:sdt><w:sdtContent>";
    }
    std::string close;
    for (int i = 0; i < 20000; ++i) {
      close += "</w:sdtContent></w:sdt>";
    }
    Document document = read_body(deep + wml::p("深处") + close + wml::p("正文"));
    CHECK(document.paragraphs.back().text == "正文");
  }
}
