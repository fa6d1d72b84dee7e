// Errors that stop a job, as a user reads them: in Chinese, one sentence that says what to do, without the
// library's English detail where the error's reason words it.
#include <nominate/messages/errors.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace nominate;

namespace {

std::string zh(const core::Error& error)
{
  return messages::render_error(error, core::Language::zh);
}

} // namespace

TEST_CASE("an error's reason gives its own sentence in Chinese, without the English detail", "[messages]")
{
  const auto error = [](core::ErrorCode code, const char* reason, const char* file) {
    return core::fail_because(code, reason, "English detail for logs", file).error();
  };
  CHECK(zh(error(core::ErrorCode::invalid_argument, "output-inside-input", "海淀区/上报")) ==
        "输出位置“海淀区/上报”在要处理的文件夹里面：请用 -o 换一个在它外面的位置（例如上一级文件夹）。");
  CHECK(zh(error(core::ErrorCode::already_exists, "copy-exists", "01-张三-已修正"))
            .starts_with("修正副本“01-张三-已修正”已经存在，没有覆盖：要重新生成，加 --force"));
  CHECK(zh(error(core::ErrorCode::already_exists, "copy-not-ours", "备份"))
            .starts_with("“备份”已经存在，但不是 nominate fix 写的副本"));
  CHECK(zh(error(core::ErrorCode::already_exists, "table-exists", "登记表.xlsx"))
            .ends_with("要替换 nominate table 以前生成的表，加 --force。"));
  CHECK(zh(error(core::ErrorCode::already_exists, "extract-exists", "收到"))
            .starts_with("“收到”和它旁边的“(2)”到“(100)”都已经存在，verify 不会覆盖它们"));
  for (const char* reason :
       {"output-inside-input", "copy-exists", "copy-not-ours", "table-exists", "extract-exists"}) {
    INFO(reason);
    CHECK(zh(error(core::ErrorCode::already_exists, reason, "x")).find("English") == std::string::npos);
  }
}

TEST_CASE("an error without a reason, or with one not worded, reads as its code's sentence", "[messages]")
{
  auto plain = core::fail(core::ErrorCode::already_exists, "already exists", "a.xlsx").error();
  CHECK(zh(plain) == "“a.xlsx”已经存在，没有覆盖（其中可能有手工填写的内容）：请换一个名称，或先把它移走。");
  plain.reason = "no-such-reason";
  CHECK(zh(plain).starts_with("“a.xlsx”已经存在，没有覆盖"));
  // English: the library's own message, as ever.
  CHECK(messages::render_error(plain, core::Language::en) == "a.xlsx: already exists");
}

TEST_CASE("a refusal to choose a notice names, in Chinese too, the title read and the documents not taken",
          "[messages]")
{
  auto title = core::fail_because(core::ErrorCode::no_rules, "form-title-unknown", "the form's title …",
                                  "01-张三/推介表.docx")
                   .error();
  title.subject = "‘百姓学习之星’推选表";
  CHECK(
      zh(title).starts_with("推介表“01-张三/推介表.docx”的标题“‘百姓学习之星’推选表”没有说明它属于哪个通知"));
  title.subject.clear();
  CHECK(zh(title).starts_with("推介表“01-张三/推介表.docx”的标题（没有读到标题）没有说明"));

  auto none = core::fail(core::ErrorCode::no_rules, "cannot tell which notice …", "01-张三").error();
  CHECK(zh(none).find("未被认作推介表") == std::string::npos);
  none.subject = "王秀兰.docx、个人情况.docx（标题：“个人情况表”）";
  CHECK(zh(none).find("未被认作推介表的 Word 文档：王秀兰.docx、个人情况.docx（标题：“个人情况表”）。") !=
        std::string::npos);
}

TEST_CASE(
    "an error naming two things (a misspelt key and the nearest, a pattern and its placeholder) names both",
    "[messages]")
{
  auto placeholder = core::fail_because(core::ErrorCode::invalid_argument, "name-placeholder",
                                        "the package name … names an unknown {year}")
                         .error();
  placeholder.subject = "{district}-{year}.zip";
  placeholder.also = "{year}";
  const auto text = zh(placeholder);
  CHECK(text.starts_with("材料包名称“{district}-{year}.zip”里的“{year}”nominate 不认识"));
  CHECK(text.find("{seq:02}（推介序号）") != std::string::npos);
  CHECK(text.find("unknown") == std::string::npos);

  auto key = core::fail_because(core::ErrorCode::invalid_config, "config-unknown-key-near", "unknown key",
                                "01/nomination.yaml")
                 .error();
  key.position = {2, 1};
  key.subject = "knid";
  key.also = "kind";
  CHECK(zh(key).find("里的键“knid”nominate 不认识，是不是想写“kind”？") != std::string::npos);
}
