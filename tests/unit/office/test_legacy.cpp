#include "form_fixtures.hpp"
#include "office_tools.hpp"
#include "ooxml_builder.hpp"
#include "run_tool.hpp"
#include "temp_dir.hpp"

#include <nominate/office/docx.hpp>
#include <nominate/office/form.hpp>
#include <nominate/office/legacy.hpp>
#include <nominate/office/sniff.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <sys/stat.h>
#include <thread>

using nominate::core::ErrorCode;
using nominate::office::convert_to_docx;
using nominate::office::ConvertOptions;
using nominate::office::DocumentType;
using nominate::test::as_bytes;
using nominate::test::read_file;
using nominate::test::TempDir;

namespace {

ConvertOptions options()
{
  auto soffice = nominate::office::find_soffice("/usr/local/bin:/usr/bin:/bin");
  INFO("LibreOffice is installed by scripts/install-deps.sh");
  REQUIRE(soffice);
  ConvertOptions options;
  options.soffice = *soffice;
  options.timeout = std::chrono::seconds(120);
  return options;
}

nominate::office::FormReading form_of(const std::filesystem::path& docx)
{
  auto document = nominate::office::read_docx_file(docx);
  REQUIRE(document);
  auto labels = nominate::test::star_labels();
  return nominate::office::read_form(*document, labels);
}

std::string value(const nominate::office::FormReading& reading, const std::string& label)
{
  for (const auto& entry : reading.entries) {
    if (entry.label == label) {
      return entry.value;
    }
  }
  return "<missing>";
}

std::filesystem::path script(const TempDir& dir, const std::string& name, const std::string& body)
{
  auto path = dir.write(name, "#!/bin/sh\n" + body + "\n");
  chmod(path.c_str(), 0755);
  return path;
}

} // namespace

TEST_CASE("a Word 97 .doc is converted by LibreOffice and read as the .docx it came from", "[office]")
{
  std::string docx = nominate::test::star_form_docx(nominate::test::filled_star(400));
  auto doc = nominate::test::soffice_convert(docx, "推介表.docx", "doc:MS Word 97");
  TempDir folder;
  auto input = folder.write("01-张三/推介表.doc", read_file(doc));
  REQUIRE(nominate::office::sniff_document(as_bytes(read_file(input))) == DocumentType::doc);

  TempDir work;
  auto converted = convert_to_docx(input, work.path(), options());
  REQUIRE(converted);
  CHECK(nominate::office::sniff_document(as_bytes(read_file(*converted))) == DocumentType::docx);

  auto reading = form_of(*converted);
  CHECK(reading.title == "“百姓学习之星”推介表");
  CHECK(value(reading, "姓名") == "张三");
  CHECK(value(reading, "出生年月") == "1958年3月");
  CHECK(value(reading, "参加工作时间") == "1978年9月");
  CHECK(value(reading, "手机") == "13912345678");
  CHECK(value(reading, "填表人") == "王五");

  SECTION("nothing is left beside the user's file")
  {
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(input.parent_path())) {
      ++files;
    }
    CHECK(files == 1);
  }
}

TEST_CASE("an RTF or an HTML page saved as .doc is converted by its content", "[office]")
{
  std::string docx = nominate::test::star_form_docx(nominate::test::filled_star(200));
  TempDir folder;
  TempDir work;

  SECTION("RTF")
  {
    auto rtf = nominate::test::soffice_convert(docx, "推介表.docx", "rtf");
    auto input = folder.write("推介表.doc", read_file(rtf));
    REQUIRE(nominate::office::sniff_document(as_bytes(read_file(input))) == DocumentType::rtf);
    auto converted = convert_to_docx(input, work.path(), options());
    REQUIRE(converted);
    CHECK(value(form_of(*converted), "姓名") == "张三");
  }
  SECTION("HTML with merged cells, as Word's “save as web page” leaves it")
  {
    std::string html = R"(<!DOCTYPE html><html><head><meta charset="utf-8"><title>推介表</title></head><body>
<p>“百姓学习之星”推介表</p>
<table border="1">
<tr><td>姓    名</td><td>赵六</td><td>性   别</td><td>女</td><td rowspan="2">照片</td></tr>
<tr><td>民    族</td><td>满族</td><td>政治面貌</td><td>群众</td></tr>
<tr><td>所在单位<br>及 职 务</td><td colspan="4">社区学校 志愿者</td></tr>
<tr><td>联系方式</td><td>电话：010-5555</td><td colspan="2">手机：13700001234</td><td>邮箱：</td></tr>
</table><p>填表人：钱七　　联系电话：010-6666</p></body></html>)";
    auto input = folder.write("推介表.doc", html);
    REQUIRE(nominate::office::sniff_document(as_bytes(html)) == DocumentType::html);
    auto converted = convert_to_docx(input, work.path(), options());
    REQUIRE(converted);
    auto reading = form_of(*converted);
    CHECK(reading.title == "“百姓学习之星”推介表");
    CHECK(value(reading, "姓名") == "赵六");
    CHECK(value(reading, "性别") == "女");
    CHECK(value(reading, "民族") == "满族");
    CHECK(value(reading, "政治面貌") == "群众");
    CHECK(value(reading, "所在单位及职务") == "社区学校 志愿者");
    CHECK(value(reading, "手机") == "13700001234");
    CHECK(value(reading, "邮箱").empty());
    CHECK(value(reading, "填表人") == "钱七");
  }
}

TEST_CASE("a conversion that hangs, fails or cannot start is conversion_failed", "[office]")
{
  TempDir dir;
  auto input = dir.write("推介表.doc", "{\\rtf1 姓名}");
  TempDir work;

  SECTION("killed after the time limit, with the helpers it started")
  {
    auto marker = dir.path() / "still-running";
    ConvertOptions slow;
    slow.soffice = script(dir, "soffice", "(sleep 3; touch '" + marker.string() + "') &\nsleep 60");
    slow.timeout = std::chrono::seconds(1);
    auto started = std::chrono::steady_clock::now();
    auto converted = convert_to_docx(input, work.path(), slow);
    auto took = std::chrono::steady_clock::now() - started;
    REQUIRE_FALSE(converted);
    CHECK(converted.error().code == ErrorCode::conversion_failed);
    CHECK(took < std::chrono::seconds(10));
    std::this_thread::sleep_for(std::chrono::seconds(4));
    CHECK_FALSE(std::filesystem::exists(marker)); // the background helper was killed too
  }
  SECTION("exits with an error and produces nothing")
  {
    ConvertOptions failing;
    failing.soffice = script(dir, "soffice", "exit 1");
    auto converted = convert_to_docx(input, work.path(), failing);
    REQUIRE_FALSE(converted);
    CHECK(converted.error().code == ErrorCode::conversion_failed);
  }
  SECTION("no such program")
  {
    ConvertOptions missing;
    missing.soffice = dir.path() / "no-soffice";
    auto converted = convert_to_docx(input, work.path(), missing);
    REQUIRE_FALSE(converted);
    CHECK(converted.error().code == ErrorCode::conversion_failed);
  }
  SECTION("no input")
  {
    auto converted = convert_to_docx(dir.path() / "none.doc", work.path(), options());
    REQUIRE_FALSE(converted);
    CHECK(converted.error().code == ErrorCode::not_found);
  }
}

TEST_CASE("the command for IT staff, and finding LibreOffice", "[office]")
{
  CHECK(nominate::office::convert_command("海淀区/01-张三/推介表.doc") ==
        "soffice --headless --convert-to docx --outdir \"海淀区/01-张三\" \"海淀区/01-张三/推介表.doc\"");
  CHECK(nominate::office::convert_command("a/$x.xls", nominate::office::ConvertTarget::xlsx) ==
        "soffice --headless --convert-to xlsx --outdir \"a\" \"a/\\$x.xls\"");
  TempDir dir;
  auto own = script(dir, "soffice", "exit 0");
  CHECK(nominate::office::find_soffice(dir.path().string() + ":/usr/bin") == own);
  CHECK(nominate::office::find_soffice("").has_value() == nominate::test::have_tool("soffice"));
}

TEST_CASE("a web archive (单个文件网页, .mht) saved as .doc is converted from its page", "[office]")
{
  // As Word writes one: MIME headers, the page in gb2312 as quoted-printable, an image part beside it.
  TempDir folder;
  TempDir work;
  const auto input = folder.path() / "推介表.doc";
  auto made = nominate::test::run_tool(
      {"python3", "-c",
       "import sys\n"
       "from email.mime.multipart import MIMEMultipart\n"
       "from email.mime.text import MIMEText\n"
       "from email.mime.image import MIMEImage\n"
       "from email import charset\n"
       "charset.add_charset('gb2312', charset.QP, charset.QP)\n"
       "page = '<html><head><title>推介表</title></head><body><p>“百姓学习之星”推介表</p>"
       "<table border=1><tr><td>姓    名</td><td>赵六</td><td>性   别</td><td>女</td></tr>"
       "<tr><td>民    族</td><td>满族</td><td>政治面貌</td><td>群众</td></tr></table></body></html>'\n"
       "message = MIMEMultipart('related', type='text/html')\n"
       "message.attach(MIMEText(page, 'html', 'gb2312'))\n"
       "image = MIMEImage(b'\\x89PNG\\r\\n\\x1a\\n' + bytes(64), 'png')\n"
       "image['Content-Location'] = 'file:///C:/推介表.files/image001.png'\n"
       "message.attach(image)\n"
       "open(sys.argv[1], 'wb').write(message.as_bytes())\n",
       input.string()});
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  REQUIRE(nominate::office::sniff_document(as_bytes(read_file(input))) == DocumentType::html);
  auto converted = convert_to_docx(input, work.path(), options());
  REQUIRE(converted);
  auto reading = form_of(*converted);
  CHECK(reading.title == "“百姓学习之星”推介表");
  CHECK(value(reading, "姓名") == "赵六");
  CHECK(value(reading, "民族") == "满族");
}
