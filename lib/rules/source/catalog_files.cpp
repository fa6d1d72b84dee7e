// The rules about a submission's files and the form's fields: material.*, form.revisions, field.*,
// text.length. Texts are for a district clerk first (WPS/Word, a phone), then for IT staff.
#include "catalog_data.hpp"

namespace nominate::rules::detail {

using core::Severity;

std::vector<RuleInfo> material_and_text_rules()
{
  std::vector<RuleInfo> rules;

  rules.push_back(RuleInfo{
      .id = "material.missing",
      .title = {"缺少材料", "Missing material"},
      .what =
          {"通知要求的材料没有找到：推介表、证件照、照片、工作总结，或要求提交的视频。",
           "A material the notice requires was not found: the form, the ID photo, the photos, the work summary, or a required video."},
      .fix =
          {"把缺少的文件放进该推介对象的文件夹。文件名写明用途更容易识别，例如“推介表.docx”“证件照.jpg”“工作总结.docx”“事迹视频.mp4”。",
           "Put the missing file into the nomination's folder. Names that say what a file is are recognised best: 推介表.docx (form), 证件照.jpg (ID photo), 工作总结.docx (summary), 事迹视频.mp4 (video)."},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::materials,
  });

  rules.push_back(RuleInfo{
      .id = "material.count",
      .title = {"材料数量不符", "Wrong number of files"},
      .what =
          {"某类材料的数量不在通知要求的范围内，例如“百姓学习之星”照片2张（含1张证件照），品牌项目照片3—5张。",
           "Too few or too many of a material: a learning star brings 2 photos (one of them the ID photo), a brand project 3–5 photos."},
      .fix =
          {"按要求增加或删去文件。扫描件请在文件名中写“盖章”或“扫描”，它们不计入照片数量。",
           "Add or remove files as required. Scans should have 盖章 or 扫描 in their name; they are not counted as photos."},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::materials,
  });

  rules.push_back(RuleInfo{
      .id = "material.ambiguous",
      .title = {"无法确定使用哪个文件", "Two files could be the same material"},
      .what =
          {"两个文件都可能是同一份材料（如“推介表.docx”和“推介表(1).docx”），报告会写明实际使用了哪一个。",
           "Two files could be the same material (推介表.docx and 推介表(1).docx); the report says which one was used."},
      .fix = {"删除旧版本或多余的副本，只保留要报送的那一份。",
              "Delete the old version or the extra copy; keep only the file to be sent."},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::warning,
  });

  rules.push_back(RuleInfo{
      .id = "material.unreadable",
      .title = {"文件无法读取", "File cannot be read"},
      .what = {"文件已损坏、是空文件，或内容与扩展名不符（例如改了扩展名的文件）。",
               "A file that is damaged, empty, or not what its name says (an extension changed by hand)."},
      .fix =
          {"用原来的软件重新打开并“另存为”正确的格式，或向推介对象重新索取文件。",
           "Open the file in the program that made it and use Save As with the right format, or ask for the file again."},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::intake,
  });

  rules.push_back(RuleInfo{
      .id = "material.open-elsewhere",
      .title = {"文件可能正在编辑中", "A file may be open in another program"},
      .what =
          {"Office 文件旁边有 WPS、Word 或 LibreOffice 的锁定文件（如“~$推介表.docx”），说明它正在被打开编辑（或程序上次没有正常关闭）。检查和打包读到的是最后一次保存的内容，屏幕上未保存的修改不在其中。",
           "An Office file has a WPS, Word or LibreOffice lock file beside it (~$推介表.docx), so it is open for editing now (or the program last stopped without closing it). Check and pack read what was last saved; unsaved edits on the screen are not in it."},
      .fix =
          {"在 WPS、Word 或 Excel 中保存并关闭这个文件，再检查一次。若它并没有打开（电脑曾死机或断电），删除报告中写的那个锁定文件（以“~$”“.~lock.”或“.~”开头的隐藏文件：在文件资源管理器的“查看”中勾选“隐藏的项目”才看得到）。",
           "Save and close the file in WPS, Word or Excel, then check again. If it is not open (the computer crashed or lost power), delete the lock file the report names (a hidden file beginning with ~$, .~lock. or .~: tick View > Hidden items in File Explorer to see it)."},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::warning,
  });

  rules.push_back(RuleInfo{
      .id = "material.legacy-format",
      .title = {"旧版文件格式", "Legacy file format"},
      .what =
          {"文件为 .doc、.wps 或 .xls 旧格式。装有 LibreOffice 时会自动转换后检查，否则无法检查其内容。",
           "A .doc, .wps or .xls file. Where LibreOffice is installed it is converted and checked; otherwise its content cannot be checked."},
      .fix =
          {"在 WPS 或 Word 中打开，选择“文件—另存为”，保存类型选“Word 文档(*.docx)”或“Excel 工作簿(*.xlsx)”。\n"
           "soffice --headless --convert-to docx 推介表.doc",
           "Open it in WPS or Word, choose File > Save As, and save as Word Document (*.docx) or Excel Workbook (*.xlsx).\nsoffice --headless --convert-to docx form.doc"},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::warning,
  });

  rules.push_back(RuleInfo{
      .id = "material.encrypted",
      .title = {"文件设有密码", "Password-protected file"},
      .what =
          {"文档或压缩包设置了打开密码，上级单位和专家无法打开。",
           "A document or archive is password-protected: the offices above and the experts cannot open it."},
      .fix =
          {"在 WPS 或 Word 中打开，选择“文件—文档加密”（或“信息—保护文档”），清除密码后保存。",
           "Open it in WPS or Word, go to File > Encrypt (or Info > Protect Document), clear the password and save."},
      .target = Target::material,
      .target_required = false,
      .trigger = Trigger::intake,
  });

  rules.push_back(RuleInfo{
      .id = "form.revisions",
      .title = {"推介表有未处理的修订", "Form has tracked changes"},
      .what =
          {"推介表中还有未接受的修订（修改痕迹），打印或专家查看时会显示删改内容。",
           "The form has tracked changes not yet accepted: printed or read by the experts, the deletions and insertions show."},
      .fix = {"在 WPS 或 Word 中选择“审阅—接受—接受对文档所做的所有修订”，再关闭“修订”后保存。",
              "In WPS or Word choose Review > Accept > Accept All Changes, turn Track Changes off and save."},
      .target = Target::material,
      .target_required = false,
      .roles = {"form", "summary"},
      .trigger = Trigger::intake,
  });

  rules.push_back(RuleInfo{
      .id = "field.required",
      .title = {"必填项为空", "Required field empty"},
      .what =
          {"推介表中的必填项为空，或只有模板自带的提示文字（如“（不少于1500字）”）。",
           "A required field of the form is empty, or holds only the template's hint (such as （不少于1500字）)."},
      .fix = {"在推介表的该栏填写内容，并删除模板的提示文字。",
              "Fill in that field of the form and delete the template's hint."},
      .target = Target::field,
      .target_required = false,
      .trigger = Trigger::fields,
  });

  rules.push_back(RuleInfo{
      .id = "field.format",
      .title = {"填写格式不正确", "Value not in the expected form"},
      .what =
          {"某项的内容不符合应有的格式：手机号、电话、邮箱、日期、性别、民族、政治面貌、学历等（报告写明是哪一项）。年份只写两位的日期（57年4月）按四位年份理解，给出警告。",
           "A value is not of its form: mobile or phone number, e-mail, date, gender, ethnicity, political status, education (the finding names the field). A date whose year has two digits (57年4月) is read with the year in full, with a warning."},
      .fix =
          {"按常见写法改正，例如手机号11位、日期写成“1965年3月”或“1965-03”、政治面貌写“中共党员”“群众”等。",
           "Correct it in the usual form: an 11-digit mobile number, a date as 1965年3月 or 1965-03, a political status such as 中共党员 or 群众."},
      .target = Target::field,
      .target_required = false,
      .trigger = Trigger::fields,
  });

  rules.push_back(RuleInfo{
      .id = "text.length",
      .title = {"字数不符合要求", "Text length outside its bounds"},
      .what =
          {"文字的字数（按 WPS/Word 的“字数统计”计算）不在要求范围内：“不少于1500字”“2000字以内”为硬性要求，“200字左右”允许一定浮动。",
           "A text's count (as WPS/Word's word count counts it) is outside its bounds: 不少于1500字 (at least) and 2000字以内 (at most) are firm; 200字左右 (about) allows a margin."},
      .fix =
          {"在 WPS 或 Word 中选中该栏文字，点“审阅—字数统计”查看字数，再增删内容。模板的提示文字不计入。\n"
           "nominate count 推介表.docx --field deeds",
           "Select the text in WPS or Word and use Review > Word Count, then add or cut. The template's hint does not count.\nnominate count form.docx --field deeds"},
      .params =
          {
              ParamInfo{.name = "min",
                        .type = ParamType::integer,
                        .meaning = {"最少字数（“不少于N字”）", "the least count (不少于N字)"},
                        .minimum = 0},
              ParamInfo{.name = "max",
                        .type = ParamType::integer,
                        .meaning = {"最多字数（“N字以内”）", "the most count (N字以内)"},
                        .minimum = 0},
              ParamInfo{.name = "about",
                        .type = ParamType::integer,
                        .meaning = {"约数（“N字左右”），允许 band 的浮动",
                                    "an approximate count (N字左右), within band"},
                        .minimum = 1},
              ParamInfo{.name = "band",
                        .type = ParamType::number,
                        .meaning = {"“左右”允许的浮动比例，0.2 即 ±20%",
                                    "the margin of 'about' as a fraction: 0.2 is ±20%"},
                        .default_value = Param{0.2},
                        .minimum = 0,
                        .maximum = 1},
              ParamInfo{
                  .name = "count",
                  .type = ParamType::string,
                  .meaning =
                      {"计数方式：words＝WPS/Word 字数；all＝所有非空白字符（网上表单的计数）；han＝只计汉字",
                       "how to count: words = WPS/Word's count; all = every non-space character (as web forms count); han = Han characters only"},
                  .default_value = Param{std::string{"words"}},
                  .choices = {"words", "all", "han"}},
          },
      .target = Target::field_or_material,
      .roles = {"summary"},
      .ordered = {{"min", "max"}},
      .one_of = {"min", "max", "about"},
  });

  return rules;
}

} // namespace nominate::rules::detail
