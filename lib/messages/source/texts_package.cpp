// Messages of `nominate verify` about a received zip itself (package.*): its safety, then its integrity.

#include "texts.hpp"

#include <array>

namespace nominate::messages {
namespace {

constexpr std::array k_package{
    MessageText{"package.unsafe-name.escape", "压缩包中的“{file}”文件名不安全：{reason_zh}。",
                "\"{file}\" in the zip has an unsafe name: {reason_en}.",
                "不要解压这个压缩包。请报送单位用 nominate pack 重新打包后再发送。",
                "Do not unzip it. Ask the sender to pack it again with `nominate pack`."},
    MessageText{
        "package.unsafe-name.unicode-path",
        "压缩包中的“{file}”还带有另一个文件名“{other}”（Info-ZIP Unicode Path 扩展字段），unzip 会按后者解压。",
        "\"{file}\" in the zip carries a second name, \"{other}\" (an Info-ZIP Unicode Path extra field), which unzip extracts it under instead.",
        "不同的解压软件会得到不同的文件名。不要解压，请报送单位用 nominate pack 重新打包。",
        "Different unzip tools would write different files. Do not unzip it; ask for a package made with `nominate pack`."},
    MessageText{
        "package.link.symlink", "压缩包中的“{file}”是符号链接，可能指向本机其他文件。",
        "\"{file}\" in the zip is a symbolic link, which could point at other files on this computer.",
        "不要解压这个压缩包。请报送单位只打包普通文件后重新发送。",
        "Do not unzip it. Ask the sender to pack plain files only."},
    MessageText{"package.link.special", "压缩包中的“{file}”不是普通文件（设备或管道等特殊文件）。",
                "\"{file}\" in the zip is a special file (a device or a pipe), not a plain file.",
                "不要解压这个压缩包。请报送单位只打包普通文件后重新发送。",
                "Do not unzip it. Ask the sender to pack plain files only."},
    MessageText{
        "package.link.folder-symlink",
        "收到的文件夹中“{file}”是符号链接（快捷方式），未作核对：它可能指向本机其他文件。",
        "\"{file}\" in the received folder is a symbolic link and was not checked: it could point at other files on this computer.",
        "请向报送单位要原始压缩包；解压时不要创建链接。",
        "Ask the sender for the original zip; unzip it without creating links."},
    MessageText{
        "package.link.folder-special",
        "收到的文件夹中“{file}”不是普通文件（设备或管道等特殊文件），未作核对。",
        "\"{file}\" in the received folder is a special file (a device or a pipe) and was not checked.",
        "请向报送单位要原始压缩包，重新解压。", "Ask the sender for the original zip and unzip it again."},
    MessageText{"package.truncated.unreadable", "收到的文件夹中“{file}”无法读取，未作核对。",
                "\"{file}\" in the received folder cannot be read and was not checked.",
                "请 IT 人员检查这个文件的权限和磁盘；或向报送单位要原始压缩包重新解压。",
                "Have IT check the file's permissions and the disk, or unzip the original zip again."},
    MessageText{
        "package.link.folder-data",
        "压缩包中的“{file}”是文件夹，却带有数据：解压软件只建文件夹、丢弃这些数据，没有人会看到它们。",
        "\"{file}\" in the zip is a folder that carries data: unzip tools make the folder and drop its bytes, which no one would see.",
        "不要解压这个压缩包，请联系报送单位核实来源。",
        "Do not unzip it; ask the sender where it came from."},
    MessageText{"package.encrypted.entry", "压缩包中的“{file}”设置了密码，无法检查。",
                "\"{file}\" in the zip is encrypted (password-protected) and cannot be checked.",
                "请报送单位去掉密码重新打包；材料不需要加密压缩。",
                "Ask the sender to pack it again without a password."},
    MessageText{"package.method.unknown", "压缩包中的“{file}”使用了不常见的压缩方式（{method}），无法读取。",
                "\"{file}\" in the zip uses an unusual compression method ({method}) that cannot be read.",
                "请报送单位用系统自带的“压缩”功能或 nominate pack 重新打包（不要选 7z、LZMA 等格式）。",
                "Ask for a zip using store or deflate only, e.g. from `nominate pack`."},
    MessageText{"package.duplicate.same", "压缩包中“{file}”出现了两次。",
                "\"{file}\" appears twice in the zip.",
                "解压时后一个会覆盖前一个。请报送单位重新打包后再发送。",
                "One would overwrite the other when unzipped; ask the sender to pack it again."},
    MessageText{
        "package.duplicate.folded",
        "压缩包中“{file}”与“{other}”只有大小写或字符编码不同，在 Windows 上是同一个名称。",
        "\"{file}\" and \"{other}\" in the zip differ only in case or Unicode form: on Windows they are one name.",
        "请报送单位改名后重新打包。", "Ask the sender to rename one and pack again."},
    MessageText{
        "package.duplicate.path", "压缩包中“{file}”与“{other}”解压后是同一个路径（“./”“//”在解压时被忽略）。",
        "\"{file}\" and \"{other}\" in the zip unzip to the same path (\"./\" and \"//\" are dropped).",
        "解压时后一个会覆盖前一个。请报送单位重新打包后再发送。",
        "One would overwrite the other when unzipped; ask the sender to pack it again."},
    MessageText{"package.duplicate.file-folder", "压缩包中“{file}”既是一个文件，又是其他文件所在的文件夹。",
                "\"{file}\" in the zip is a file and also the folder of other entries.",
                "两者不能同时解压。请报送单位改名后重新打包。",
                "Both cannot be unzipped; ask the sender to rename one and pack again."},
    MessageText{"package.overlap.entries",
                "压缩包中“{file}”与“{other}”的数据相互重叠，这是“压缩炸弹”的特征。",
                "The data of \"{file}\" and \"{other}\" overlap in the zip: the mark of a zip bomb.",
                "不要解压这个压缩包，请联系报送单位核实来源。",
                "Do not unzip it; ask the sender where it came from."},
    MessageText{"package.overlap.directory", "压缩包中“{file}”的数据与压缩包目录重叠。",
                "The data of \"{file}\" overlaps the zip's central directory.",
                "不要解压这个压缩包，请联系报送单位核实来源。",
                "Do not unzip it; ask the sender where it came from."},
    MessageText{"package.overlap.local-header", "压缩包中“{file}”的两处记录（文件头与目录）不一致。",
                "The two records of \"{file}\" in the zip (local header and directory) disagree.",
                "不同的解压软件会得到不同的文件。请报送单位重新打包。",
                "Different unzip tools would extract different files; ask for a new package."},
    MessageText{
        "package.overlap.end-record",
        "压缩包的结尾有不止一个目录结束记录（或注释中藏有目录记录，或目录不在记录所说的位置），不同的解压软件会读到不同的文件。",
        "The zip's end holds more than one end-of-directory record (or one hides in its comment, or the directory is not where the record says): different unzip tools would read different files.",
        "不要解压这个压缩包，请联系报送单位核实来源。",
        "Do not unzip it; ask the sender where it came from."},
    MessageText{
        "package.overlap.entry-count",
        "压缩包目录记录的文件数为 {count}，但目录中还有更多条目：不同的解压软件会读到不同的文件。",
        "The zip's end record counts {count} entries, but its directory holds more: different unzip tools would read different files.",
        "不要解压这个压缩包，请联系报送单位核实来源。",
        "Do not unzip it; ask the sender where it came from."},
    MessageText{"package.bomb.ratio",
                "压缩包中“{file}”的压缩比为 {ratio}:1，超过上限 {limit}:1（可能是“压缩炸弹”）。",
                "\"{file}\" in the zip expands {ratio} times, over the limit of {limit} (a zip bomb?).",
                "确认来源可靠后，可用 --max-ratio 放宽上限。",
                "If the source is trusted, raise the limit with --max-ratio."},
    MessageText{"package.bomb.total", "压缩包解压后共 {size} 字节，超过上限 {limit} 字节。",
                "The zip expands to {size} bytes, over the limit of {limit}.",
                "确认来源可靠后，可用 --max-total 放宽上限。",
                "If the source is trusted, raise the limit with --max-total."},
    MessageText{"package.bomb.entries", "压缩包中有 {count} 个文件和文件夹，超过上限 {limit} 个。",
                "The zip holds {count} entries, more than the limit of {limit}.",
                "确认来源可靠后，可用 --max-entries 放宽上限。",
                "If the source is trusted, raise the limit with --max-entries."},
    MessageText{"package.truncated.empty-file", "文件是空的（0 字节），不是压缩包。",
                "The file is empty (0 bytes), not a zip.",
                "请报送单位重新发送；通过邮件或网盘传输时请等上传完成。",
                "Ask for the file again; it may have been sent before its upload finished."},
    MessageText{"package.truncated.not-zip", "文件不是 zip 压缩包。", "The file is not a zip.",
                "如果是 .rar 或 .7z，请报送单位改用 zip 格式（nominate pack）重新打包。",
                "A .rar or .7z is not accepted: ask for a zip made with `nominate pack`."},
    MessageText{
        "package.truncated.other-archive",
        "这是 {format} 格式的压缩包，不是 zip（多半是改了扩展名，或压缩时选了别的格式）。",
        "This is a {format} archive, not a zip (renamed, or made in another format).",
        "请报送单位用系统自带的“发送到→压缩(zipped)文件夹”或 nominate pack 重新打包成 zip；也可以先用 7-Zip、Bandizip 或 WinRAR 解压，再对解压出的文件夹运行 nominate check。\nIT：7z x 文件 -o文件夹 && nominate check 文件夹",
        "Ask for a zip made with the system's \"Compressed (zipped) folder\" or `nominate pack`; or extract it with 7-Zip and run `nominate check` on the folder.\nIT: 7z x FILE -oDIR && nominate check DIR"},
    MessageText{"package.truncated.damaged", "压缩包不完整或已损坏，读不出其中的文件目录。",
                "The zip is incomplete or damaged: {detail}.",
                "请报送单位重新发送；通过邮件或网盘传输时请等上传完成。\nIT（详情）：{detail}",
                "Ask for the file again; it was probably cut short in transfer."},
    MessageText{
        "package.truncated.office-document",
        "这是一个 {kind} 文档（这类文档内部也是 zip 格式），不是材料包。",
        "This is a {kind} document (such documents are zips inside), not a package.",
        "要检查推介材料，请对它所在的文件夹运行 nominate check；nominate verify 用来核对收到的材料包（.zip）。",
        "To check nomination materials, run `nominate check` on their folder; `nominate verify` checks a "
        "package received (.zip)."},
    MessageText{"package.truncated.no-entries", "压缩包是空的，里面没有任何文件。",
                "The zip is empty: it holds no files.", "请报送单位把材料放进压缩包后重新发送。",
                "Ask the sender for the package with its files."},
    MessageText{"package.truncated.no-payload", "材料包的材料文件夹“{file}”是空的，没有任何材料。",
                "The package's payload folder \"{file}\" is empty: it holds no materials.",
                "请报送单位把材料放进材料包后重新打包发送。",
                "Ask the sender for the package with its files."},
    MessageText{"package.truncated.multi-part", "这是分卷压缩包的一部分（多卷 zip），无法单独检查。",
                "This is one part of a split (multi-part) zip and cannot be checked on its own.",
                "请报送单位打包成一个完整的 zip 文件（不要分卷）后重新发送。",
                "Ask for the package as one whole zip, not split into parts."},
    MessageText{"package.truncated.entry", "压缩包中的“{file}”不完整，数据在文件末尾之外。",
                "\"{file}\" in the zip is incomplete: its data lies past the end of the file.",
                "请报送单位重新发送；通过邮件或网盘传输时请等上传完成。",
                "Ask for the file again; it was probably cut short in transfer."},
    MessageText{"package.truncated.write", "无法把“{file}”解压到临时文件夹（磁盘已满？）。",
                "\"{file}\" could not be written to the temporary folder (disk full?).",
                "清理磁盘空间后重试。", "Free some disk space (TMPDIR) and try again."},
    MessageText{
        "package.truncated.name-too-long",
        "无法把“{file}”解压到临时文件夹：文件名对本机的文件系统来说太长（每段不能超过 255 字节，约 85 个汉字）。",
        "\"{file}\" could not be written to the temporary folder: its name is too long for this file system (255 bytes a part, about 85 Chinese characters).",
        "请报送单位把文件名改短后重新打包。", "Ask the sender to shorten the name and pack again."},
    MessageText{
        "package.truncated.name-shortened",
        "“{file}”的文件名对本机的文件系统来说太长（每段不能超过 255 字节，约 85 个汉字），检查时按缩短后的名字“{shortened}”解压并读取了它的内容。",
        "\"{file}\" has a name too long for this file system (255 bytes a part, about 85 Chinese characters); it was "
        "unpacked and checked as \"{shortened}\".",
        "请报送单位把文件名改短后重新打包：有的电脑和上传系统打不开这样长的名字。",
        "Ask the sender to shorten the name and pack again: some computers and upload forms cannot open such a "
        "name."},
    MessageText{"package.truncated.create", "无法在临时文件夹中创建“{file}”：{detail}。",
                "\"{file}\" could not be created in the temporary folder: {detail}.",
                "请报送单位改用简单的文件名重新打包。", "Ask the sender to rename the file and pack again."},
    MessageText{"package.crc.damaged", "压缩包中的“{file}”已损坏，无法解压。",
                "\"{file}\" in the zip is damaged and cannot be unpacked.", "请报送单位重新发送。",
                "Ask for the package again."},
    MessageText{"package.crc.size", "压缩包中的“{file}”解压后为 {actual} 字节，目录记录为 {expected} 字节。",
                "\"{file}\" in the zip unpacks to {actual} bytes; its directory says {expected}.",
                "请报送单位重新发送。", "Ask for the package again."},
    MessageText{
        "package.crc.size-over",
        "压缩包中的“{file}”解压后超过目录记录的 {expected} 字节（读到记录的大小即停止）。",
        "\"{file}\" in the zip unpacks to more than the {expected} bytes its directory says (reading stopped there).",
        "请报送单位重新发送。", "Ask for the package again."},
    MessageText{"package.crc.mismatch", "压缩包中的“{file}”校验失败（CRC 不符），文件在传输中已损坏。",
                "\"{file}\" in the zip fails its CRC check: it was damaged in transfer.",
                "请报送单位重新发送。", "Ask for the package again."},
    MessageText{
        "package.checksum.mismatch", "“{file}”与清单记录的 SHA-256 不符：打包后文件被改动或损坏。",
        "\"{file}\" does not match its SHA-256 in the manifest: it was changed or damaged after packing.",
        "请报送单位重新打包发送，并说明是否改动过材料。",
        "Ask the sender to pack it again and say whether the file was changed."},
    MessageText{
        "package.checksum.line-endings",
        "“{file}”与清单记录的 SHA-256 不符，但只是被 Windows 的记事本等软件另存过（换行符改成 CRLF，或开头加了 BOM 标记）：文字内容与打包时相同。",
        "\"{file}\" does not match its SHA-256 in the manifest, but only as a Windows editor saves it (CR LF line endings, or a byte-order mark added): its text is as packed.",
        "多半是用记事本等软件打开后保存过，或传输时按文本方式转换了。内容无误可以接收；BagIt 校验工具会把它判为不符，如需严格一致请报送单位重新发送原压缩包。",
        "Likely saved by a Windows editor or converted by a text-mode transfer. The content is intact; strict BagIt validators will reject it, so ask for the original zip if that matters."},
    MessageText{"package.missing.file", "清单中列出的“{file}”不在收到的材料包中。",
                "\"{file}\" is listed in the manifest but missing from the package received.",
                "请报送单位重新打包发送。", "Ask the sender to pack it again."},
    MessageText{
        "package.missing.bagit",
        "材料包缺少“{file}”：有校验清单，但不是完整的 BagIt 材料包（清单仍已核对）。",
        "\"{file}\" is missing: the package has a manifest but is no whole BagIt bag (its manifest was checked all the same).",
        "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{"package.unlisted.file", "“{file}”不在清单中：它是打包后加入的。",
                "\"{file}\" is not in the manifest: it was added after packing.",
                "请核实这个文件的来源，或请报送单位重新打包。",
                "Check where the file came from, or ask for a new package."},
    MessageText{"package.unlisted.outside", "“{file}”在材料包的文件夹之外。",
                "\"{file}\" lies outside the package's bag folder.",
                "请核实这个文件的来源，或请报送单位重新打包。",
                "Check where the file came from, or ask for a new package."},
    MessageText{
        "package.unlisted.system-file",
        "“{file}”不在清单中：这是 {system} 浏览、复制或压缩文件夹时自动生成的文件（如 Thumbs.db、desktop.ini、.DS_Store、__MACOSX），不属于材料，未作检查。",
        "\"{file}\" is not in the manifest: {system} makes such files on its own when a folder is browsed, copied or zipped (Thumbs.db, desktop.ini, .DS_Store, __MACOSX); it is no part of the materials and was not checked.",
        "无需处理。", "Nothing to do."},
    MessageText{
        "package.oxum.mismatch",
        "收到的材料共 {actual_files} 个文件、{actual_bytes} 字节，而打包时 bag-info.txt 记录的是 "
        "{expected_files} 个文件、{expected_bytes} 字节：有文件被增删或改动过。",
        "The payload holds {actual_files} files of {actual_bytes} bytes; bag-info.txt records "
        "{expected_files} files of {expected_bytes} bytes when packed: files were added, removed or changed.",
        "请报送单位重新打包发送。", "Ask the sender to pack it again."},
    MessageText{
        "package.oxum.malformed",
        "bag-info.txt 的 Payload-Oxum 写作“{value}”，不是“字节数.文件数”（或数字过大）。",
        "bag-info.txt's Payload-Oxum reads \"{value}\", which is not <bytes>.<files> (or too large a number).",
        "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{
        "package.oxum.too-large",
        "bag-info.txt 有 {size_mb} MB，超过本工具能读取的 {limit_mb} MB，其中记录的文件数和字节数（Payload-Oxum）没有核对；各文件已照常按清单核对。",
        "bag-info.txt is {size_mb} MB, more than the {limit_mb} MB this tool reads of it: the file count and "
        "bytes it records (Payload-Oxum) were not checked; the files were checked against the manifest all the same.",
        "正常的 bag-info.txt 只有几百字节。请报送单位用 nominate pack 重新打包。",
        "A bag-info.txt is normally a few hundred bytes. Ask for a package made anew with `nominate pack`."},
    MessageText{
        "package.bagit.too-large",
        "bagit.txt 有 {size_mb} MB，超过本工具能读取的 {limit_mb} MB；它本应只有两行，这不是有效的 BagIt 材料包声明。",
        "bagit.txt is {size_mb} MB, more than the {limit_mb} MB this tool reads of it; it should hold two lines: "
        "this is no valid BagIt declaration.",
        "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{
        "package.bagit.version",
        "bagit.txt 声明的 BagIt 版本为 {version}，nominate 只读 1.0（及 0.97）版的材料包。",
        "bagit.txt declares BagIt version {version}; nominate reads bags of version 1.0 (and 0.97) only.",
        "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{"package.bagit.no-version", "“{file}”没有 BagIt-Version 一行，不是有效的 BagIt 材料包声明。",
                "\"{file}\" has no BagIt-Version line: it is no valid BagIt declaration.",
                "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{
        "package.bagit.bom",
        "“{file}”以 UTF-8 字节顺序标记（BOM）开头（常见于 Windows 记事本保存的文件）；已忽略该标记后核对。",
        "\"{file}\" starts with a UTF-8 byte-order mark (as Windows Notepad saves files); it was read without it.",
        "BagIt 规定标签文件不带 BOM。建议报送单位用 nominate pack 重新打包，不要手工编辑清单。",
        "BagIt tag files carry no BOM; ask for a package made with `nominate pack`, its manifests not edited by hand."},
    MessageText{
        "package.bagit.repeated-path",
        "“{file}”在 {manifest} 中列出了不止一次（第 {first} 行和第 {line} 行）；文件已按每一行核对。",
        "\"{file}\" is listed more than once in {manifest} (lines {first} and {line}); the file was checked against each.",
        "清单中每个文件只应列出一次。请报送单位用 nominate pack 重新打包。",
        "A manifest lists each file once; ask for a package made with `nominate pack`."},
    MessageText{
        "package.bagit.no-path",
        "“{file}”第 {line} 行只有校验值“{checksum}”，没有文件路径：清单不完整，这一行核对不了任何文件。",
        "Line {line} of \"{file}\" holds the checksum \"{checksum}\" and no file path: the manifest is incomplete and the line checks no file.",
        "清单每行应为“校验值 空格 路径”。请报送单位用 nominate pack 重新打包，不要手工编辑清单。",
        "Each manifest line is <checksum> <path>; ask for a package made with `nominate pack`, its manifests not edited by hand."},
    MessageText{
        "package.bagit.checksum",
        "“{file}”第 {line} 行的校验值“{checksum}”不是 64 位十六进制的 SHA-256，这一行所列文件无法核对。",
        "Line {line} of \"{file}\" gives \"{checksum}\", which is no SHA-256 (64 hex digits): the file it lists cannot be checked.",
        "清单每行应为“校验值 空格 路径”。请报送单位用 nominate pack 重新打包，不要手工编辑清单。",
        "Each manifest line is <checksum> <path>; ask for a package made with `nominate pack`, its manifests not edited by hand."},
    MessageText{
        "package.bagit.deeper",
        "材料包在压缩包的“{folder}”文件夹里，比 nominate pack 打的包深一层：有人解压后连同外层文件夹重新压缩过。文件已照常按清单核对。",
        "The bag lies inside the folder \"{folder}\", one level deeper than `nominate pack` writes it: someone unzipped it and zipped it again with the folder around it. Its files were checked against the manifest all the same.",
        "无需处理；如需存档，建议请报送单位发送 nominate pack 生成的原始压缩包。",
        "Nothing to do; for the archive, ask for the zip exactly as `nominate pack` wrote it."},
    MessageText{"package.no-manifest.bag", "材料包没有校验清单（manifest-sha256.txt），无法确认文件完整。",
                "The bag has no manifest (manifest-sha256.txt): its files cannot be proved whole.",
                "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{
        "package.no-manifest.other-algorithm",
        "材料包的校验清单不是 SHA-256 的（只有 {manifest}），nominate 只核对 SHA-256，文件是否完整未能核对。",
        "The bag's manifest is not SHA-256 (only {manifest}); nominate checks SHA-256 only, so its files "
        "were not proved whole.",
        "请报送单位用 nominate pack 重新打包；或请信息技术人员用其他 BagIt 工具核对。\nIT：bagit.py --validate 解压后的文件夹",
        "Ask for a package made with `nominate pack`, or have IT staff validate it with another BagIt "
        "tool.\nIT: bagit.py --validate UNZIPPED_FOLDER"},
    MessageText{
        "package.no-manifest.too-large",
        "材料包的清单“{manifest}”有 {size_mb} MB，超过本工具能读取的 {limit_mb} MB，因此没能按清单核对文件是否完整。",
        "The bag's \"{manifest}\" is {size_mb} MB, more than the {limit_mb} MB this tool reads of a manifest: "
        "nothing was checked against it.",
        "正常的材料包清单只有几 KB。请报送单位用 nominate pack 重新打包，并确认包里没有混入大量无关文件。",
        "A package's manifest is normally a few KB. Ask for a package made anew with `nominate pack`, and "
        "make sure no mass of unrelated files went into it."},
    MessageText{"package.no-manifest.tags", "材料包没有标签清单（tagmanifest-sha256.txt）。",
                "The bag has no tag manifest (tagmanifest-sha256.txt).",
                "请报送单位用 nominate pack 重新打包。", "Ask for a package made with `nominate pack`."},
    MessageText{
        "package.no-manifest.plain",
        "这是手工压缩的文件夹，没有校验清单：只能检查压缩包是否完好，无法证明材料与报送时一致。",
        "A folder zipped by hand, without a manifest: the zip was checked for damage, but nothing proves the files are those that were sent.",
        "请报送单位用 nominate pack 打包，附带校验清单和检查报告。",
        "Ask for a package made with `nominate pack`, which carries a manifest and the check report."},
    MessageText{
        "package.no-manifest.folder",
        "这个文件夹没有校验清单（nominate verify --extract 取出的材料、从手工压缩包解压出的材料都不带清单）：材料已照常检查，但无法证明与报送时一致。",
        "The folder has no manifest (what `nominate verify --extract` took out, or a zip made by hand unzipped, carries none): its materials were checked, but nothing proves they are those that were sent.",
        "要证明材料完整，请核对报送单位发来的原始压缩包：nominate verify 压缩包.zip。",
        "To prove the files whole, verify the zip as it was received: nominate verify PACKAGE.zip."},
    MessageText{
        "package.renamed.windows", "“{from}”在材料包中改名为“{to}”：原名在 Windows 上不能使用。",
        "\"{from}\" is packed as \"{to}\": its name cannot be used on Windows.",
        "无需处理；要保留原名，先把文件改成 Windows 可用的名字（不含 \\ / : * ? \" < > |，结尾不是点或空格）再打包。",
        "Nothing to do; to keep the name, rename the file to one Windows accepts (no \\ / : * ? \" < > |, "
        "not ending in a dot or a space) and pack again."},
    MessageText{
        "package.renamed.reserved",
        "“{from}”在材料包中改名为“{to}”：原名是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1、LPT1 等），不能用作文件名。",
        "\"{from}\" is packed as \"{to}\": its name is one Windows reserves for a device (CON, PRN, AUX, NUL, COM1, LPT1, …).",
        "无需处理；要保留原名，先把文件改成别的名字（例如加上中文说明）再打包。",
        "Nothing to do; to keep a name of your choosing, rename the file (for example, add a word to it) and "
        "pack again."},
    MessageText{
        "package.renamed.invisible",
        "“{from}”在材料包中改名为“{to}”：原名里有看不见的格式字符（如表情符号后的变体选择符、零宽空格），有的解压软件会出错，已去掉；名字看起来不变。",
        "\"{from}\" is packed as \"{to}\": its name held characters that show as nothing (an emoji's variation "
        "selector, a zero-width space), which some archivers mishandle; they were left out and the name looks "
        "the same.",
        "无需处理。", "Nothing to do."},
    MessageText{
        "package.renamed.long",
        "“{from}”在材料包中改名为“{to}”：完整路径太长，解压到 Windows 电脑上会超出长度上限，名字被截短了。",
        "\"{from}\" is packed as \"{to}\": its full path is too long for Windows once unzipped, so the name was "
        "shortened.",
        "无需处理；要保留完整的名字，先把文件名或文件夹名改短再打包。",
        "Nothing to do; to keep a name of your choosing, shorten the file's or its folders' names and pack "
        "again."},
    MessageText{"package.nested.zips", "压缩包里只有 {count} 个压缩包，没有可以直接检查的材料。",
                "The zip holds only {count} zip file(s): nothing in it can be checked directly.",
                "把里面的压缩包分别用 nominate verify 检查。", "Run `nominate verify` on each inner zip."},
    MessageText{
        "package.name-encoding.gb18030",
        "压缩包中有 {count} 个文件名（如“{file}”）未标明编码，已按 GBK/GB18030 读取（旧版 Windows 压缩软件）。",
        "{count} names in the zip (\"{file}\" the first) have no encoding flag and were read as GBK/GB18030 (an old Windows archiver).",
        "解压时部分软件会显示乱码。建议报送单位用 nominate pack 或新版压缩软件重新打包。",
        "Some unzip tools will garble it; `nominate pack` writes UTF-8 names."},
    MessageText{"package.name-encoding.unreadable", "“{file}”的文件名既不是 UTF-8 也不是 GBK，无法识别。",
                "The name \"{file}\" is neither UTF-8 nor GBK and cannot be read.",
                "请报送单位改用简单的文件名重新打包。", "Ask the sender to rename the file and pack again."},
};

} // namespace

std::span<const MessageText> package_messages()
{
  return k_package;
}

} // namespace nominate::messages
