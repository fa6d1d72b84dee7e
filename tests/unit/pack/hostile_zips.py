#!/usr/bin/env python3
"""Writes the zips nominate verify is tested on into the folder argv[1]: hostile ones (built with zipfile
or by hand-assembled headers, struct.pack) and a valid BagIt bag laid out by hand (RFC 8493)."""
import hashlib
import io
import os
import struct
import sys
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
save("empty-file.zip", b"")
save("not-a-zip.zip", b"Rar!\x1a\x07\x00 not a zip at all")
save("no-entries.zip", build([]))
save("zip-of-zips.zip", build([(info("海淀区/a.zip"), full), (info("海淀区/b.zip"), full)]))


# BagIt bags laid out by hand. `payload`: {path under data/: bytes}.
def bag(root, payload, lie=None, drop=None, extra=None, oxum=None):
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
    tags["tagmanifest-sha256.txt"] = "".join(f"{sha(tags[t])}  {t}\n" for t in sorted(tags)).encode()
    if drop:
        del files[drop]
    if extra:
        files.update(extra)
    entries = [(info(f"{root}/{t}"), tags[t]) for t in sorted(tags)]
    entries += [(info(f"{root}/data/{p}"), files[p]) for p in sorted(files)]
    return build(entries)


simple = {"01-张三/说明.txt": "你好".encode(), "01-张三/材料.txt": b"materials"}
save("bag.zip", bag("海淀区-测试", simple))
save("bag-lie.zip", bag("海淀区-测试", simple, lie="01-张三/材料.txt"))
save("bag-missing.zip", bag("海淀区-测试", simple, drop="01-张三/材料.txt"))
save("bag-unlisted.zip", bag("海淀区-测试", simple, extra={"01-张三/后加.txt": b"added"}))
save("bag-oxum.zip", bag("海淀区-测试", simple, oxum="1.1"))

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
