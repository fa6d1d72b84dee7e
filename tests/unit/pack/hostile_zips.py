#!/usr/bin/env python3
"""Writes the zips nominate verify is tested on into the folder argv[1]: hostile ones (built with zipfile
or by hand-assembled headers, struct.pack) and a valid BagIt bag laid out by hand (RFC 8493)."""
import hashlib
import io
import os
import struct
import sys
import tarfile
import unicodedata
import zipfile
import zlib

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def save(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def build(entries, compression=zipfile.ZIP_DEFLATED):
    """entries: (ZipInfo or name, bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as z:
        for info, data in entries:
            z.writestr(info, data)
    return buffer.getvalue()


def info(name, **attrs):
    i = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 12, 0, 0))
    i.compress_type = zipfile.ZIP_DEFLATED
    for key, value in attrs.items():
        setattr(i, key, value)
    return i


save("slip.zip", build([(info("../../evil.txt"), b"x")]))
save("absolute.zip", build([(info("/etc/evil.txt"), b"x")]))
save("backslash.zip", build([(info("a\\..\\evil.txt"), b"x")]))
save("drive.zip", build([(info("C:/evil.txt"), b"x")]))
save("home.zip", build([(info("~/evil.txt"), b"x")]))
save("colon.zip", build([(info("材料/a:b.txt"), b"x")]))
import warnings
warnings.simplefilter("ignore")
save("duplicate.zip", build([(info("材料/推介表.txt"), b"a"), (info("材料/推介表.txt"), b"b")]))
save("folded.zip", build([(info("Café.txt"), b"a"), (info("CAFE\u0301.txt"), b"b")]))
save("symlink.zip", build([(info("link", create_system=3, external_attr=(0o120777 << 16)), b"/etc/passwd")]))
save("fifo.zip", build([(info("pipe", create_system=3, external_attr=(0o010644 << 16)), b"")]))
save("bomb.zip", build([(info("zeros.txt"), b"\0" * (20 * 1024 * 1024))]))
save("many.zip", build([(info(f"f{i}.txt"), b"x") for i in range(50)]))

# Encrypted: bit 0 of the flags set in both headers (the data need not really be encrypted to be refused).
data = bytearray(build([(info("secret.txt"), b"secret")], zipfile.ZIP_STORED))
data[6] |= 1
central = data.rfind(b"PK\x01\x02")
data[central + 8] |= 1
save("encrypted.zip", bytes(data))

# A method nominate does not read (LZMA = 14), set by hand.
data = bytearray(build([(info("a.txt"), b"abc")], zipfile.ZIP_STORED))
data[8] = 14
data[central_m := data.rfind(b"PK\x01\x02") + 10] = 14
save("method.zip", bytes(data))

# A CRC that lies.
data = bytearray(build([(info("a.txt"), b"hello")], zipfile.ZIP_STORED))
struct.pack_into("<I", data, 14, 0x12345678)
struct.pack_into("<I", data, data.rfind(b"PK\x01\x02") + 16, 0x12345678)
save("crc.zip", bytes(data))

# A GBK name without bit 11 (old Chinese Windows archivers): 推介表.txt in GBK, patched over ASCII.
gbk = "推介表.txt".encode("gbk")
placeholder = "X" * (len(gbk) - 4) + ".txt"
data = build([(info(placeholder), b"hello")], zipfile.ZIP_STORED).replace(placeholder.encode(), gbk)
save("gbk.zip", data)
# A zip of `names` in GBK without bit 11, each patched over an ASCII placeholder of its length (a folder
# when it ends in "/"): what an old Chinese Windows archiver writes.
def gbk_names(names):
    placeholders = [f"N{i}" + "X" * (len(name.encode("gbk")) - 2) for i, name in enumerate(names)]
    data = build([(info(p), b"" if n.endswith("/") else b"x") for p, n in zip(placeholders, names)],
                 zipfile.ZIP_STORED)
    for placeholder, name in zip(placeholders, names):
        data = data.replace(placeholder.encode(), name.encode("gbk"))
    return data


# An old archiver writes every name so: one warning for the zip, counting them.
save("gbk-many.zip", gbk_names(["材料/", "材料/推介表.txt", "材料/证件照.txt"]))
# 谢志强 in GBK is also valid UTF-8 (of other characters): in a zip whose other names are GBK it is GBK too,
# as Windows' "Send to > Compressed folder" wrote it, and no second folder appears.
save("gbk-lookalike.zip", gbk_names(["01-谢志强/", "01-谢志强/谢志强.txt", "01-谢志强/推介表.txt"]))
# Bytes neither UTF-8 nor GB18030, twice: one error each, no unsafe name or duplicate made of a placeholder.
entries = [(info("a/XXX.txt"), b"x"), (info("a/YYY.txt"), b"y")]
data = build(entries, zipfile.ZIP_STORED).replace(b"XXX", b"\xff\xfe\x80").replace(b"YYY", b"\xff\xfe\x81")
save("undecodable.zip", data)
# 誠 in GBK ends in 0x5C, the byte of a backslash: still a safe name.
gbk = "誠信.txt".encode("gbk")
placeholder = "X" * (len(gbk) - 4) + ".txt"
save("gbk-5c.zip", build([(info(placeholder), b"hello")], zipfile.ZIP_STORED).replace(placeholder.encode(), gbk))


# Overlapping: one local entry, two central records pointing at it (the overlapping zip bomb's shape).
def overlapping():
    payload = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = payload.compress(b"A" * 1000) + payload.flush()
    crc = zlib.crc32(b"A" * 1000)
    name = b"a.txt"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(body), 1000, len(name), 0)
    blob = local + name + body
    central = b""
    for other in (b"a.txt", b"b.txt"):
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(body), 1000,
                               len(other), 0, 0, 0, 0, 0, 0) + other
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 2, 2, len(central), len(blob), 0)
    return blob + central + end


save("overlap.zip", overlapping())

full = build([(info("a.txt"), os.urandom(4000))], zipfile.ZIP_STORED)
save("truncated.zip", full[: len(full) // 2])
# A download cut short whose last stored entry is itself a zip (pack stores .docx and .xlsx): the inner end
# record lies near the new end, and is no end record of this zip.
inner = build([(info("word/document.xml"), b"<w:document/>" * 50)])
stored = build([(info("海淀区/01-张三/说明.txt", compress_type=zipfile.ZIP_STORED), b"x" * 3000),
                (info("海淀区/01-张三/推介表.docx", compress_type=zipfile.ZIP_STORED), inner)])
save("truncated-stored-docx.zip", stored[: len(stored) - 50])
save("empty-file.zip", b"")
save("not-a-zip.zip", b"plain text, not a zip at all")
# Other archives renamed .zip, by their first bytes (RAR 5's signature, 7z's, and a real .tar.gz).
save("renamed-rar.zip", b"Rar!\x1a\x07\x01\x00" + bytes(64))
save("renamed-7z.zip", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(64))
_tar = io.BytesIO()
with tarfile.open(fileobj=_tar, mode="w:gz") as _archive:
    _info = tarfile.TarInfo("材料/说明.txt")
    _info.size = 3
    _archive.addfile(_info, io.BytesIO(b"abc"))
save("renamed-tgz.zip", _tar.getvalue())
save("no-entries.zip", build([]))
save("zip-of-zips.zip", build([(info("海淀区/a.zip"), full), (info("海淀区/b.zip"), full)]))


# Hand-assembled zips (stored entries, struct.pack), where zipfile would not write what is wanted.
def assemble(entries, count=None, end=None, comment=b""):
    """entries: (name, data, made_by, external_attr, extra); count and end (disk, cd_disk, here, total) override
    the end record's fields."""
    out, central = bytearray(), bytearray()
    for name, data, made_by, attr, extra, *rest in entries:
        method, size = (rest + [0, None])[:2] if rest else (0, None)
        name = name.encode() if isinstance(name, str) else name
        crc, flags = zlib.crc32(data), 0 if extra else 0x0800
        body = data if method == 0 else deflate(data)
        size = len(data) if size is None else size
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, 20, flags, method, 0, 0x5821, crc,
                               len(body), size, len(name), len(extra), 0, 0, 0, attr, len(out)) + name + extra
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x5821, crc, len(body), size,
                           len(name), len(extra)) + name + extra + body
    fields = dict(disk=0, cd_disk=0, here=len(entries) if count is None else count)
    fields["total"] = fields["here"]
    fields.update(end or {})
    return bytes(out + central + struct.pack("<IHHHHIIH", 0x06054B50, fields["disk"], fields["cd_disk"],
                                             fields["here"] & 0xFFFF, fields["total"] & 0xFFFF, len(central),
                                             len(out), len(comment)) + comment)


def plain(name, data=b"x", made_by=0x0314, attr=0o100644 << 16, extra=b"", method=0, size=None):
    """An entry for assemble: stored, or deflated (method 8); `size` overrides the uncompressed size recorded."""
    return (name, data, made_by, attr, extra, method, size)


def deflate(data):
    stream = zlib.compressobj(9, zlib.DEFLATED, -15)
    return stream.compress(data) + stream.flush()


# A second end record hidden in the comment, with its own directory of one escaping entry: Python's zipfile
# and Info-ZIP read that one. "exact": the fake record reaches the end of the file, as a genuine one does.
def comment_eocd(exact):
    good = assemble([plain("a.txt", b"hello")])
    name, data = b"../../evil.txt", b"pwned\n"
    hidden = len(good)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, zlib.crc32(data), len(data), len(data),
                        len(name), 0) + name + data
    cen = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0, 0, 0, 0, zlib.crc32(data), len(data),
                      len(data), len(name), 0, 0, 0, 0, 0o100644 << 16, hidden) + name
    fake = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(cen), hidden + len(local), 0)
    comment = local + cen + fake + (b"" if exact else b"X")
    return good[:-2] + struct.pack("<H", len(comment)) + comment


save("comment-eocd.zip", comment_eocd(False))
save("comment-eocd-exact.zip", comment_eocd(True))
# The end record counts fewer entries than its directory holds: the last one, escaping, stays unread.
save("count-short.zip", assemble([plain("a.txt"), plain("../../evil.txt")], count=1))
# No ZIP64: 65,537 entries' 16-bit count wraps to 1, hiding 65,536 past the entry limit.
save("count-wraps.zip", assemble([plain("a.txt")] + [plain(f"../../e{i}") for i in range(65536)]))
save("multi-disk.zip", assemble([plain("a.txt")], end={"disk": 1, "cd_disk": 1}))
save("count-differ.zip", assemble([plain("a.txt"), plain("b.txt")], end={"here": 1}))
# A symbolic link under hosts other than Unix (VMS, Atari, BeOS, AtheOS), which unzip honours all the same.
for host in (2, 5, 16, 30):
    save(f"symlink-host{host}.zip", assemble([plain("link", b"/etc/passwd", (host << 8) | 20, 0o120777 << 16)]))
save("socket.zip", assemble([plain("sock", b"", 0x0014, 0o140644 << 16)]))


# Info-ZIP Unicode Path extra field (0x7075): version 1, the CRC-32 of the header's name, the UTF-8 name.
def unicode_path(header, name):
    return struct.pack("<HHBI", 0x7075, 5 + len(name), 1, zlib.crc32(header)) + name


save("unicode-path.zip", assemble([plain("a.txt", extra=unicode_path(b"a.txt", "证件照.jpg".encode()))]))
save("unicode-path-escape.zip", assemble([plain("a.txt", extra=unicode_path(b"a.txt", b"../../evil.txt"))]))
# An old archiver's GBK name with the same name in UTF-8 beside it: what the field is for.
gbk = "推介表.txt".encode("gbk")
save("unicode-path-same.zip", assemble([plain(gbk, extra=unicode_path(gbk, "推介表.txt".encode()))]))
# A name neither UTF-8 nor GB18030 (Big5 bytes GB18030 refuses) that the field names: unzip takes the field's.
big5 = b"\xb1\xc0\xa4\xb6\xaa\xed\xff.txt"
save("unicode-path-only.zip", assemble([plain(big5, extra=unicode_path(big5, "推介表.txt".encode()))]))

# Names unzip writes to one path, or that are a file and a folder at once; names that show as others.
save("dot-slash.zip", assemble([plain("材料/x.txt"), plain("材料/./x.txt")]))
save("double-slash.zip", assemble([plain("材料/x.txt"), plain("材料//x.txt")]))
save("file-and-folder.zip", assemble([plain("材料/x"), plain("材料/x/y.txt")]))
save("dot-name.zip", assemble([plain("材料/."), plain("材料/y.txt")]))
save("del.zip", assemble([plain("a\x7fb.txt")]))
save("c1.zip", assemble([plain("a\u0085b.txt")]))
save("bidi.zip", assemble([plain("推介表\u202excod.exe")]))
# Names that look like others: characters that show as nothing (zero-width space, soft hyphen, variation
# selector, a tag character, a BOM inside the name).
save("zero-width.zip", assemble([plain("材料/推介表.docx"), plain("材料/推介表\u200b.docx")]))
for label, mark in (("shy", "\u00ad"), ("vs16", "\ufe0f"), ("tag", "\U000e0041"), ("feff", "\ufeff"),
                    ("word-joiner", "\u2060")):
    save(f"invisible-{label}.zip", assemble([plain(f"推介{mark}表.docx")]))
# Case as Windows compares names (each code point upper-cased on its own): ß is no SS there.
save("strasse.zip", assemble([plain("Straße.txt"), plain("STRASSE.txt")]))
save("case.zip", assemble([plain("Abc.txt"), plain("ABC.txt")]))
save("nfd.zip", assemble([plain("Café.txt"), plain("Cafe\u0301.txt")]))
# A folder entry that carries data, which unzip drops unseen; deflated as Java's jar writes folders (a
# 2-byte empty stream, harmless); a short stream recorded as empty that unpacks to data.
folder = 0o040755 << 16
save("folder-data.zip", assemble([plain("材料/", b"hidden bytes", attr=folder), plain("材料/a.txt")]))
save("folder-empty-deflate.zip", assemble([plain("材料/", b"", attr=folder, method=8), plain("材料/a.txt")]))
save("folder-short-deflate.zip", assemble([plain("材料/", b"hi", attr=folder, method=8, size=0),
                                           plain("材料/a.txt")]))
# Sizes that lie: a stored entry longer than recorded (its real length is known), a deflate stream that
# unpacks past the record (read only one byte past it), one that ends short of it.
save("size-stored.zip", assemble([plain("a.txt", b"0123456789", size=5)]))
save("size-over.zip", assemble([plain("a.txt", b"A" * 1000, method=8, size=5)]))
save("size-short.zip", assemble([plain("a.txt", b"A" * 1000, method=8, size=2000)]))
# An ESC and a BEL in a name: no report may pass them to a terminal or a CI log.
save("escape-bel.zip", assemble([plain("推介表\x1b[31m红\x07.txt")]))
save("only-folders.zip", assemble([plain("海淀区/", b"", attr=0o040755 << 16), plain("海淀区/01-张三/", b"", attr=0o040755 << 16)]))


# BagIt bags laid out by hand. `payload`: {path under data/: bytes}.
def bag(root, payload, lie=None, drop=None, extra=None, oxum=None, no_bagit=False, tweak=None, outside=None,
        after=None, stored=()):
    """`tweak`, when given, edits the tag files (name: bytes) before the tag manifest is written, `after`
    once it is written (a change made to the package after packing); `outside`: {path in the zip: bytes}
    beside the bag; `stored`: tag files written stored, not deflated."""
    files = dict(payload)
    sha = lambda b: hashlib.sha256(b).hexdigest()
    manifest = "".join(f"{sha(files[p])}  data/{p}\n" for p in sorted(files))
    if lie:
        manifest = manifest.replace(sha(files[lie]), "0" * 64)
    octets = sum(len(b) for b in files.values())
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": f"Source-Organization: 海淀区\nPayload-Oxum: {oxum or f'{octets}.{len(files)}'}\n".encode(),
        "manifest-sha256.txt": manifest.encode(),
    }
    if tweak:
        tweak(tags)
    tags["tagmanifest-sha256.txt"] = "".join(f"{sha(tags[t])}  {t}\n" for t in sorted(tags)).encode()
    if after:
        after(tags)
    if drop:
        del files[drop]
    if extra:
        files.update(extra)
    entries = [(info(f"{root}/{t}", compress_type=zipfile.ZIP_STORED if t in stored else zipfile.ZIP_DEFLATED),
                tags[t]) for t in sorted(tags) if not (no_bagit and t == "bagit.txt")]
    entries += [(info(f"{root}/data/{p}"), files[p]) for p in sorted(files)]
    entries += [(info(p), data) for p, data in sorted((outside or {}).items())]
    return build(entries)


simple = {"01-张三/说明.txt": "你好".encode(), "01-张三/材料.txt": b"materials"}
save("bag.zip", bag("海淀区-测试", simple))
save("bag-lie.zip", bag("海淀区-测试", simple, lie="01-张三/材料.txt"))
save("bag-missing.zip", bag("海淀区-测试", simple, drop="01-张三/材料.txt"))
save("bag-unlisted.zip", bag("海淀区-测试", simple, extra={"01-张三/后加.txt": b"added"}))
save("bag-oxum.zip", bag("海淀区-测试", simple, oxum="1.1"))
save("bag-empty.zip", bag("海淀区-测试", {}))
# bagit.txt gone and a file changed after packing: the manifest still tells.
save("bag-no-bagit.zip", bag("海淀区-测试", simple, lie="01-张三/材料.txt", no_bagit=True))
# Files that land in the payload or beside it without the manifests' say-so: a name unzip writes into data/
# ("//", "/./"), a file beside data/, and "Data/" (data/ on Windows).
save("bag-double-slash.zip", bag("海淀区-测试", simple, outside={"海淀区-测试//data/01-张三/evil.exe": b"MZ"}))
save("bag-dot-segment.zip", bag("海淀区-测试", simple, outside={"海淀区-测试/./data/01-张三/evil.exe": b"MZ"}))
save("bag-beside-data.zip", bag("海淀区-测试", simple, outside={"海淀区-测试/evil.exe": b"MZ"}))
save("bag-case-data.zip", bag("海淀区-测试", simple, outside={"海淀区-测试/Data/01-张三/new.exe": b"MZ"}))


# Tag files as RFC 8493 reads them: a path is all after the whitespace (trailing spaces too); CR LF line
# ends; a path listed twice; a Payload-Oxum past 64 bits; BagIt versions; a byte-order mark.
save("bag-trailing-space.zip", bag("海淀区-测试", {**simple, "01-张三/材料.txt ": b"another file"}))


def edit(name, change):
    return lambda tags: tags.__setitem__(name, change(tags[name]))

# A bag unzipped and zipped again on a Mac whose disk keeps names decomposed: pinyin with tone marks ("Lǚ" as
# u, U+0308, U+030C) is NFD in the zip and NFC in the manifest pack wrote; and a manifest written decomposed.
pinyin = {"01-吕小明/Lǚ Xiǎomíng 说明.txt": "你好".encode(), "01-吕小明/材料.txt": b"materials"}
decomposed = {unicodedata.normalize("NFD", p): b for p, b in pinyin.items()}
# A manifest over the 16 MiB verify reads of a tag file (195,000 lines, 16.6 MiB): named as unread.
padding = "".join(f"{hashlib.sha256(str(i).encode()).hexdigest()}  data/填充/{i:06d}.txt\n" for i in range(195000))
save("bag-huge-manifest.zip", bag("海淀区-测试", simple, tweak=edit(
    "manifest-sha256.txt", lambda m: m + padding.encode())))
# bagit.txt and bag-info.txt over the limit too: named as unread, never passed in silence.
save("bag-huge-bagit.zip", bag("海淀区-测试", simple, tweak=edit("bagit.txt", lambda t: t + padding.encode())))
save("bag-huge-bag-info.zip", bag("海淀区-测试", simple, tweak=edit(
    "bag-info.txt", lambda t: t + "".join(f"X-Note-{i}: {'备注' * 40}\n" for i in range(70000)).encode())))


def claim_size(data, name, size):
    """The zip `data` with the entry `name`'s uncompressed size set to `size` in both its headers."""
    data = bytearray(data)
    encoded = name.encode()
    local = data.find(b"PK\x03\x04")
    while data[local + 30:local + 30 + len(encoded)] != encoded:
        local = data.find(b"PK\x03\x04", local + 4)
    struct.pack_into("<I", data, local + 22, size)
    central = data.find(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(encoded)] != encoded:
        central = data.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, size)
    return bytes(data)


# A manifest whose headers claim 17 MiB and hold 110 KB, stored (a forged or damaged directory; within the
# compression ratio verify allows): read by what it holds, its size reported, never taken for missing.
many = {f"01-张三/{i:04d}.txt": str(i).encode() for i in range(1200)}
save("bag-manifest-claims-huge.zip", claim_size(bag("海淀区-测试", many, stored=("manifest-sha256.txt",)),
                                                "海淀区-测试/manifest-sha256.txt", 17 * 1024 * 1024))
save("bag-nfd-names.zip", bag("海淀区-测试", decomposed, tweak=edit(
    "manifest-sha256.txt", lambda m: unicodedata.normalize("NFC", m.decode()).encode())))
save("bag-nfd-manifest.zip", bag("海淀区-测试", pinyin, tweak=edit(
    "manifest-sha256.txt", lambda m: unicodedata.normalize("NFD", m.decode()).encode())))


save("bag-crlf.zip", bag("海淀区-测试", simple, tweak=edit("manifest-sha256.txt", lambda m: m.replace(b"\n", b"\r\n"))))
sha_zhang = hashlib.sha256(b"materials").hexdigest()
save("bag-repeated.zip", bag("海淀区-测试", simple, tweak=edit("manifest-sha256.txt", lambda m: m + (
    f"{sha_zhang}  data/01-张三/材料.txt\n{'0' * 64}  data/01-张三/说明.txt\n").encode())))
save("bag-oxum-overflow.zip", bag("海淀区-测试", simple, oxum="99999999999999999999999.5"))
# A sender's text where a value belongs: 100,000 characters a report must not quote whole.
save("bag-oxum-long.zip", bag("海淀区-测试", simple, oxum="机密" * 50000))
for version in ("9.9", "0.97"):
    save(f"bag-version-{version}.zip", bag("海淀区-测试", simple, tweak=edit(
        "bagit.txt", lambda b, v=version: b.replace(b"1.0", v.encode()))))
save("bag-no-version.zip", bag("海淀区-测试", simple, tweak=edit("bagit.txt", lambda b: b.replace(b"BagIt-Version: 1.0\n", b""))))
save("bag-bom.zip", bag("海淀区-测试", simple, tweak=edit("manifest-sha256.txt", lambda m: b"\xef\xbb\xbf" + m)))

# Labels matched whatever their case (RFC 8493 §2.2.2): a lower-case Payload-Oxum that disagrees is still read.
save("bag-oxum-lower.zip", bag("海淀区-测试", simple, tweak=edit(
    "bag-info.txt", lambda b: b.replace(b"Payload-Oxum: ", b"payload-oxum: 1.1\nX-Old: "))))
# Lines ended by a lone CR (RFC 8493 §2.3), a tab or several spaces between checksum and path: all valid.
save("bag-cr.zip", bag("海淀区-测试", simple, tweak=edit("manifest-sha256.txt", lambda m: m.replace(b"\n", b"\r"))))
save("bag-tabs.zip", bag("海淀区-测试", simple, tweak=edit(
    "manifest-sha256.txt", lambda m: m.replace("  data/01-张三/说明".encode(), "\t \tdata/01-张三/说明".encode())
    .replace("  data/01-张三/材料".encode(), "     data/01-张三/材料".encode()))))
# A line with a checksum and no path (line 2); a checksum that is no SHA-256, cut short (line 1).
save("bag-no-path.zip", bag("海淀区-测试", simple, tweak=edit(
    "manifest-sha256.txt", lambda m: m.replace(b"\n", b"\n" + b"ab" * 32 + b"\n", 1))))
save("bag-short-checksum.zip", bag("海淀区-测试", simple, tweak=edit(
    "manifest-sha256.txt", lambda m: m[:10] + m[20:])))

# A bag made by another tool with SHA-512 only (RFC 8493 allows any algorithm; this reader checks SHA-256).


def sha512_only(tags):
    tags["manifest-sha512.txt"] = "".join(
        f"{hashlib.sha512(simple[p]).hexdigest()}  data/{p}\n" for p in sorted(simple)).encode()
    del tags["manifest-sha256.txt"]


save("bag-sha512.zip", bag("海淀区-测试", simple, tweak=sha512_only))

# A bag unzipped and zipped again with the folder around it: 外层/<bag>/bagit.txt; and so, with a file changed.
save("bag-deeper.zip", bag("外层/海淀区-测试", simple))
save("bag-deeper-lie.zip", bag("外层/海淀区-测试", simple, lie="01-张三/材料.txt"))
# Files Windows Explorer and macOS Finder add on their own, in the payload and beside the bag.
save("bag-system-files.zip", bag("海淀区-测试", simple, extra={
    "Thumbs.db": b"\xd0\xcf\x11\xe0", "01-张三/desktop.ini": b"[.ShellClassInfo]\r\n", "01-张三/.DS_Store": b"Bud1",
    "01-张三/._材料.txt": b"\0\5\26\7", "01-张三/材料.txt:Zone.Identifier": b"[ZoneTransfer]\r\nZoneId=3\r\n"},
    outside={"__MACOSX/海淀区-测试/._bagit.txt": b"\0\5\26\7"}))


# Tag files whose line endings a Windows editor or a text-mode transfer made CR LF after packing: only that
# (a warning), and that with the text changed as well (still a mismatch).
def to_crlf(*names, change=lambda b: b):
    def apply(tags):
        for name in names:
            tags[name] = change(tags[name]).replace(b"\n", b"\r\n")
    return apply


save("bag-crlf-tags.zip", bag("海淀区-测试", simple, after=to_crlf("bagit.txt", "bag-info.txt")))
# Notepad before Windows 10 1903: a byte-order mark, the line endings kept.
def with_bom(name):
    def apply(tags):
        tags[name] = b"\xef\xbb\xbf" + tags[name]
    return apply


save("bag-bom-tags.zip", bag("海淀区-测试", simple, after=with_bom("bag-info.txt")))
save("bag-crlf-tags-changed.zip", bag("海淀区-测试", simple, after=to_crlf(
    "bag-info.txt", change=lambda b: b.replace("海淀区".encode(), "朝阳区".encode()))))

# A directory that does not end where its end record starts: unzip and zipfile take the gap for bytes
# prepended to the zip and read the directory before the record. So a record in the comment whose offsets
# are all short by `shift` makes them read an entry hidden in the comment.
def comment_eocd_shifted(shift=7):
    good = assemble([plain("a.txt", b"hello")])
    name, data = b"zz-evil.exe", b"MZ\x90\x00"
    hidden = len(good)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, zlib.crc32(data), len(data), len(data),
                        len(name), 0) + name + data
    cen = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0, 0, 0, 0, zlib.crc32(data), len(data),
                      len(data), len(name), 0, 0, 0, 0, 0o100644 << 16, hidden - shift) + name
    fake = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(cen), hidden + len(local) - shift, 0)
    comment = local + cen + fake
    return good[:-2] + struct.pack("<H", len(comment)) + comment


save("comment-eocd-shifted.zip", comment_eocd_shifted())
# Bytes before an ordinary zip whose offsets were not moved (a self-extractor's stub): read at an offset.
save("prepended.zip", b"MZ" + b"\0" * 62 + assemble([plain("a.txt", b"hello")]))


# Local headers that disagree with the directory in what a streaming unzip goes by: the CRC, the sizes, the
# encryption bit. A data descriptor (bit 3, as zipfile writes to a pipe) that holds the directory's values
# is fine; one that does not is not.
def patched_local(offset, fmt, value):
    data = bytearray(assemble([plain("a.txt", b"hello")]))
    struct.pack_into(fmt, data, offset, value)
    return bytes(data)


save("local-crc.zip", patched_local(14, "<I", 0x12345678))
save("local-size.zip", patched_local(22, "<I", 99999))
save("local-encrypted.zip", patched_local(6, "<H", 0x0001))


class Unseekable(io.RawIOBase):
    def __init__(self):
        self.data = io.BytesIO()

    def writable(self):
        return True

    def write(self, b):
        return self.data.write(b)


def streamed(entries):
    sink = Unseekable()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(info(name), data)
    return sink.data.getvalue()


save("descriptor.zip", streamed([("材料/a.txt", b"hello " * 100), ("材料/b.txt", b"world")]))
descriptor = bytearray(streamed([("材料/a.txt", b"hello " * 100)]))
at = descriptor.find(b"PK\x07\x08")
struct.pack_into("<I", descriptor, at + 4, 0xDEADBEEF)
save("descriptor-crc.zip", bytes(descriptor))
# Names Windows refuses: a character it forbids, a device name, a trailing dot or space.
for label, name in (("question", "材料/照片?.jpg"), ("device", "材料/CON.txt"), ("com1", "COM1/a.txt"),
                    ("dot", "材料/推介表.docx."), ("space", "材料 /a.txt"), ("pipe", "a|b.txt")):
    save(f"windows-{label}.zip", assemble([plain(name)]))

# A bag of a real example folder (argv[2], when given), laid out as `nominate pack` lays out a submission's
# package (its files right under data/): what `nominate verify` checks end to end.
if len(sys.argv) > 2:
    source = sys.argv[2]
    payload = {}
    for folder, _, names in os.walk(source):
        for name in names:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, source)
            with open(path, "rb") as f:
                payload[relative.replace(os.sep, "/")] = f.read()
    save("example-bag.zip", bag("example-bag", payload))
    first = sorted(p for p in payload if p.endswith(".jpg"))[0]
    save("example-bag-lie.zip", bag("example-bag", payload, lie=first))
    # A legitimate long Chinese name: 100 × 长 is 304 bytes in UTF-8, past Linux's 255 a part (fine on
    # Windows); and a 0-byte file whose name cannot be created either.
    save("example-bag-long-name.zip", bag("example-bag", {**payload, "长" * 100 + ".txt": b"x"}))
    save("example-bag-long-empty.zip", bag("example-bag", {**payload, "a" * 300 + ".jpg": b""}))
