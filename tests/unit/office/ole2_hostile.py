# ole2_hostile.py KIND IN OUT: a real compound file (MS-CFB, 512-byte sectors: a .doc, .xls or .wps that
# LibreOffice wrote) made hostile in one way, as a damaged copy or a crafted file can be (issue 13). KIND:
#   fat-self-loop       the main stream's (WordDocument or Workbook) first sector is followed by itself
#   fat-past-end        the main stream's and the directory's chains lead to a sector far past the end
#   directory-loop      the directory's last sector leads back to its first
#   directory-past-end  the directory starts past the end of the file
#   difat-loop          200 FAT sectors claimed, the DIFAT chain one sector that points at itself
#   huge-counts         FAT, mini FAT and DIFAT sector counts of 2^32-1
#   sector-shift        a sector shift of 31 (2 GiB sectors) and a mini sector shift of 255
#   fat-all-loops       every FAT entry points at itself (the directory too)
import struct, sys

END, FREE = 0xFFFFFFFE, 0xFFFFFFFF
kind, source, target = sys.argv[1:4]
b = bytearray(open(source, "rb").read())
assert b[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and struct.unpack_from("<H", b, 0x1E)[0] == 9
u32 = lambda off: struct.unpack_from("<I", b, off)[0]
fat_sectors = [u32(0x4C + 4 * i) for i in range(109) if u32(0x4C + 4 * i) < 0xFFFFFFFA]
def fat_slot(sector):  # where FAT[sector] is stored in the file
    return 512 + fat_sectors[sector // 128] * 512 + (sector % 128) * 4
def chain(start):
    out = []
    while start < 0xFFFFFFFA and len(out) < 10000 and start not in out:
        out.append(start)
        start = u32(fat_slot(start))
    return out
directory = chain(u32(0x30))
def stream_start(name):
    for sector in directory:
        for off in range(512 + sector * 512, 512 + sector * 512 + 512, 128):
            length = struct.unpack_from("<H", b, off + 0x40)[0]
            if b[off:off + length].decode("utf-16le").rstrip("\0") == name:
                return u32(off + 0x74)
    return None
def main_stream():
    for name in ("WordDocument", "Workbook", "Book"):
        if stream_start(name) is not None:
            return stream_start(name)
    raise SystemExit("no WordDocument or Workbook stream")

if kind == "fat-self-loop":        # the main stream's first sector points at itself
    start = main_stream()
    struct.pack_into("<I", b, fat_slot(start), start)
elif kind == "fat-past-end":       # the main stream's chain goes to a sector far past the end of the file
    start = main_stream()
    struct.pack_into("<I", b, fat_slot(start), 0x00FFFFF0)
    struct.pack_into("<I", b, fat_slot(directory[-1]), 0x00FFFFF0)
elif kind == "directory-loop":     # the directory's last sector leads back to its first
    struct.pack_into("<I", b, fat_slot(directory[-1]), directory[0])
elif kind == "directory-past-end": # the directory starts past the end of the file
    struct.pack_into("<I", b, 0x30, 0x00FFFFF0)
elif kind == "difat-loop":         # 200 FAT sectors claimed; the DIFAT chain, one sector, points at itself
    difat = (len(b) - 512) // 512
    b += struct.pack("<128I", *([FREE] * 127 + [difat]))
    struct.pack_into("<III", b, 0x2C, 200, u32(0x30), u32(0x34))
    struct.pack_into("<II", b, 0x44, difat, 1)
elif kind == "huge-counts":        # FAT, mini FAT and DIFAT sector counts of 2^32-1, a DIFAT past the end
    struct.pack_into("<I", b, 0x2C, 0xFFFFFFFF)
    struct.pack_into("<II", b, 0x3C, 0x00FFFFF0, 0xFFFFFFFF)
    struct.pack_into("<II", b, 0x44, 0x00FFFFF0, 0xFFFFFFFF)
elif kind == "sector-shift":       # a sector shift of 31 (2 GiB sectors); and a mini sector shift of 255
    struct.pack_into("<HH", b, 0x1E, 31, 255)
elif kind == "fat-all-loops":      # every FAT entry points at itself
    for i in range(len(fat_sectors) * 128):
        struct.pack_into("<I", b, fat_slot(i), i)
else:
    raise SystemExit("unknown kind " + kind)
open(target, "wb").write(b)
