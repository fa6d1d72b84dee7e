// The rules about a received zip itself (package.*), judged by `nominate verify` before and while it
// extracts anything: safety, then integrity. The payload's own rules follow as for `check`.
#include "catalog_data.hpp"

namespace nominate::rules::detail {

using core::Severity;

std::vector<RuleInfo> package_rules()
{
  std::vector<RuleInfo> rules;

  rules.push_back(RuleInfo{
      .id = "package.unsafe-name",
      .title = {"压缩包中的路径不安全", "Unsafe path in the zip"},
      .what =
          {"压缩包中有可能解压到别处或显示为别的名字的文件名：含“../”、以“/”或盘符开头、含反斜杠“\\”、以“~”开头，含控制字符、文字方向控制符（如 U+202E）或不显示的字符（零宽空格 U+200B、软连字符 U+00AD、变体选择符等，两个名字看起来一样），或另带一个与之不同的 Unicode Path 文件名。发现后不解压任何文件。",
           "A name that could unzip outside its folder or show as another: '../', an absolute path or drive letter, a backslash, a leading '~', control characters (C0, DEL, C1), direction overrides (U+202E) or characters that show as nothing (a zero-width space U+200B, a soft hyphen U+00AD, variation selectors …: two names that look the same), or a different second name in an Info-ZIP Unicode Path field. Nothing is extracted."},
      .fix = {"不要解压。请报送单位用 nominate pack 重新打包后发送。",
              "Do not unzip it. Ask the sender to pack it again with `nominate pack`."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.link",
      .title = {"符号链接或特殊文件", "Symbolic link or special file"},
      .what =
          {"压缩包中有符号链接、设备或管道等非普通文件（按文件的 Unix 权限位判断，无论由哪种系统创建），或带有数据的文件夹条目（解压软件丢弃这些数据，没有人会看到）。",
           "A symbolic link, device or pipe inside the zip (by the entry's unix mode, whatever system made it), or a folder entry that carries data (unzip tools drop it unseen)."},
      .fix = {"请报送单位只打包普通文件。", "Ask the sender to pack plain files only."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.encrypted",
      .title = {"加密的压缩包", "Encrypted entry"},
      .what = {"压缩包中有设置了密码的文件，无法检查。",
               "An entry protected by a password: it cannot be checked."},
      .fix = {"请报送单位去掉密码重新打包。", "Ask for the package without a password."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.method",
      .title = {"不支持的压缩方式", "Unsupported compression method"},
      .what = {"压缩包中的文件使用了存储(stored)和 deflate 以外的压缩方式。",
               "An entry compressed with a method other than store or deflate."},
      .fix = {"请报送单位用 nominate pack 或系统自带的压缩功能重新打包。",
              "Ask for a zip made with `nominate pack`."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.duplicate",
      .title = {"压缩包中文件重名", "Duplicate names in the zip"},
      .what =
          {"同一个文件名出现两次（也包括“./”“//”写法不同的同一路径），两个文件名只有大小写（按 Windows 的方式逐个字母比较，“Straße”与“STRASSE”不算）、Unicode 组合方式不同（在 Windows 上是同一个文件），或一个名字既是文件又是文件夹。",
           "A name that appears twice, also once './' and '//' are dropped and after Unicode NFC normalisation and case, each letter upper-cased on its own as Windows compares names (the same file there: 'Abc' and 'ABC', but not 'Straße' and 'STRASSE'), or a name that is both a file and a folder."},
      .fix = {"请报送单位改名后重新打包。", "Ask the sender to rename and pack again."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.overlap",
      .title = {"压缩包数据重叠", "Overlapping entries"},
      .what =
          {"压缩包中文件的数据相互重叠或与目录重叠，文件头与目录记录不一致，结尾有不止一个目录结束记录，或记录的文件数少于目录中的条目：这是“压缩炸弹”或被篡改的特征，不同的解压软件会得到不同的文件。",
           "Entries whose data overlap each other or the central directory, a local header that disagrees with the directory, more than one end record, or an entry count short of what the directory holds: an overlapping zip bomb or a tampered zip that different unzip tools read differently."},
      .fix = {"不要解压，请联系报送单位核实来源。", "Do not unzip it; ask the sender where it came from."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.bomb",
      .title = {"压缩包超过安全上限", "Zip over the safety limits"},
      .what =
          {"文件数、解压后总大小或压缩比超过上限（默认 10000 个文件、16 GiB、大于 1 MiB 的文件压缩比 200:1）。",
           "More entries, total uncompressed size or compression ratio than the limits allow (by default 10000 entries, 16 GiB, 200:1 for entries over 1 MiB)."},
      .fix = {"确认来源可靠后，可用 --max-entries、--max-total、--max-ratio 放宽上限。",
              "If the source is trusted, raise the limits with --max-entries, --max-total, --max-ratio."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.truncated",
      .title = {"压缩包不完整或不是压缩包", "Truncated or not a zip"},
      .what =
          {"文件为空、不是 zip，压缩包被截断、已损坏（常见于传输未完成）或是分卷压缩包的一部分，压缩包或材料文件夹中没有文件，或文件无法解压（如文件名太长）。",
           "An empty file, not a zip, a zip cut short or damaged (often an unfinished transfer) or one part of a split zip, a zip or payload without files, or an entry that cannot be written (a name too long)."},
      .fix = {"请报送单位重新发送。", "Ask for the file again."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.crc",
      .title = {"文件校验失败（CRC）", "CRC check failed"},
      .what =
          {"压缩包中文件解压后的 CRC 或大小与记录不符：文件在传输中损坏。大小以实际解压所得为准；超过记录时读到记录的大小即停止，报告为“超过”。",
           "An entry whose CRC-32 or size after unpacking differs from the zip's record: damaged in transfer. The size reported is the real one; past the record, reading stops there and it is reported as \"more than\"."},
      .fix = {"请报送单位重新发送。", "Ask for the package again."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.checksum",
      .title = {"文件与清单不符（SHA-256）", "Checksum mismatch"},
      .what =
          {"文件的 SHA-256 与材料包清单（manifest-sha256.txt、tagmanifest-sha256.txt）记录的不同：打包后被改动或损坏。标签文件只是换行符被改成 CRLF 的，只是警告。",
           "A file whose SHA-256 differs from the bag's manifest or tag manifest: changed or damaged after packing. A tag file whose line endings alone were made CR LF is only a warning."},
      .fix = {"请报送单位重新打包发送。", "Ask the sender to pack it again."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.missing",
      .title = {"清单中的文件缺失", "File in the manifest is missing"},
      .what =
          {"清单列出的文件不在压缩包中，或有清单的材料包缺少 bagit.txt。",
           "A file listed in a manifest is not in the zip, or a bag with a manifest lacks its bagit.txt."},
      .fix = {"请报送单位重新打包发送。", "Ask the sender to pack it again."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.unlisted",
      .title = {"文件不在清单中", "File not in the manifest"},
      .what =
          {"压缩包中的材料文件没有列在清单中（打包后加入），或在材料包文件夹之外；Windows 或 macOS 自动生成的文件（Thumbs.db、desktop.ini、.DS_Store、__MACOSX）只是提示，不影响结果（`--strict` 也不）。",
           "A payload file not listed in the manifest (added after packing), or a file outside the bag; files Windows or macOS make on their own (Thumbs.db, desktop.ini, .DS_Store, __MACOSX) are only a note, which does not fail the package, not even with `--strict`."},
      .fix = {"请核实文件来源，或请报送单位重新打包。",
              "Check where it came from, or ask for a new package."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.oxum",
      .title = {"文件总量与记录不符", "Payload-Oxum mismatch"},
      .what =
          {"材料的总字节数和文件数与 bag-info.txt 的 Payload-Oxum 不同，或 Payload-Oxum 不是“字节数.文件数”（数字过大也算）；bag-info.txt 超过 16 MB 读不了时，给出警告说明 Payload-Oxum 未核对。",
           "The payload's byte and file counts differ from bag-info.txt's Payload-Oxum, or the Payload-Oxum is not <bytes>.<files> (numbers too large included); a bag-info.txt over the 16 MB read of it gets a warning that its Payload-Oxum went unchecked."},
      .fix = {"请报送单位重新打包发送。", "Ask the sender to pack it again."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.bagit",
      .title = {"材料包格式不符合 BagIt", "Bag not as BagIt (RFC 8493) says"},
      .what =
          {"材料包的标签文件不符合 BagIt（RFC 8493）：bagit.txt 声明的版本不是 1.0（或 0.97）、没有版本或大到读不了（超过 16 MB）（错误）；标签文件以 UTF-8 BOM 开头（警告，去掉后照常核对）；清单中同一路径列出不止一次（警告，文件按每一行核对）；清单某行只有校验值没有路径，或校验值不是 64 位十六进制（错误，指明清单和行号）；材料包在压缩包中深了一层（警告：解压后连同外层文件夹重新压缩过，照常核对）。",
           "The bag's tag files break BagIt (RFC 8493): bagit.txt declares a version other than 1.0 (or 0.97), none, or is too large to read (over 16 MB) (an error); a tag file starts with a UTF-8 byte-order mark (a warning; read without it); a manifest lists a path more than once (a warning; the file is checked against each line); a manifest line has a checksum and no path, or a checksum that is not 64 hex digits (an error naming the manifest and the line); the bag lies a folder deeper in the zip (a warning: unzipped and zipped again with the folder around it; checked all the same)."},
      .fix = {"请报送单位用 nominate pack 重新打包，不要手工编辑清单。",
              "Ask for a package made with `nominate pack`, its manifests not edited by hand."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.renamed",
      .title = {"包内文件改名", "A file renamed in the package"},
      .what =
          {"打包时，Windows 不能使用的文件名（含 <>:\"/\\|?* 或控制字符、以点或空格结尾、CON、COM1 等保留名、路径过长）按固定规则改名（提示）；每个改名列在材料包的检查报告中，也写在 bag-info.txt 的 Nominate-Renamed 行。",
           "While packing, a name Windows cannot use (with <>:\"/\\|?* or a control character, ending in a dot or a space, a reserved name such as CON or COM1, a path too long) is renamed by fixed rules (a note); each rename is listed in the package's check report and as a Nominate-Renamed line of bag-info.txt."},
      .fix = {"无需处理；要保留原名，先把文件改成 Windows 可用的名字再打包。",
              "Nothing to do; to keep the name, rename the file to one Windows accepts before packing."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::info,
  });

  rules.push_back(RuleInfo{
      .id = "package.no-manifest",
      .title = {"没有校验清单", "No manifest"},
      .what =
          {"压缩包没有 SHA-256 清单：手工压缩的文件夹（警告，仍检查 CRC 和材料），或缺少清单的材料包（错误）。",
           "No SHA-256 manifest: a folder zipped by hand (a warning; CRCs and the rules are still checked), or a bag without its manifest (an error)."},
      .fix = {"请报送单位用 nominate pack 打包。", "Ask for a package made with `nominate pack`."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::warning,
  });

  rules.push_back(RuleInfo{
      .id = "package.nested",
      .title = {"压缩包里套压缩包", "A zip of zips"},
      .what = {"压缩包里只有压缩包，没有可以直接检查的材料。",
               "The zip holds only other zips; nothing can be checked directly."},
      .fix = {"分别用 nominate verify 检查里面的每个压缩包。", "Run `nominate verify` on each inner zip."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::error,
  });

  rules.push_back(RuleInfo{
      .id = "package.name-encoding",
      .title = {"文件名编码", "Name encoding"},
      .what =
          {"文件名没有标明 UTF-8，已按 GBK/GB18030 读取（旧版中文 Windows 压缩软件，警告）；两者都不是时为错误。",
           "A name without the UTF-8 flag, read as GBK/GB18030 (old Chinese Windows archivers; a warning); an error when it is neither."},
      .fix = {"建议报送单位用 nominate pack 重新打包，文件名在任何解压软件中都不会乱码。",
              "`nominate pack` writes UTF-8 names that every archiver reads."},
      .target = Target::none,
      .target_required = false,
      .trigger = Trigger::intake,
      .severity = Severity::warning,
  });

  return rules;
}

} // namespace nominate::rules::detail
