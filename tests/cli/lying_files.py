# lying_files.py CASE EXAMPLES OUT: a copy of a shipped example whose files lie about what they are, in one
# way (issue 13): by their extension, by [Content_Types].xml, or by the brands of their ftyp box.
import os, re, shutil, subprocess, sys, zipfile

case, examples, out = sys.argv[1:4]
shutil.rmtree(out, ignore_errors=True)
star = os.path.join(examples, "star-compliant")

def copy(example):
    shutil.copytree(os.path.join(examples, example), out)

def rewrite_zip(path, change):  # change(name, data) -> data, or None to drop the part
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            data = change(info.filename, data)
            if data is not None:
                z.writestr(info.filename, data)

def content_types(change):
    rewrite_zip(os.path.join(out, "推介表.docx"),
                lambda name, data: change(data.decode()).encode() if name == "[Content_Types].xml" else data)

def brands(path, major, compatible):  # rewrite the ftyp box's brands in place, keeping its size
    data = bytearray(open(path, "rb").read())
    assert data[4:8] == b"ftyp"
    size = int.from_bytes(data[0:4], "big")
    data[8:12] = major
    for at in range(16, size, 4):
        data[at:at + 4] = compatible
    open(path, "wb").write(data)

if case == "content-type-other":      # the main part declared a spreadsheet
    copy("star-compliant")
    content_types(lambda xml: re.sub(r'(PartName="/word/document.xml" ContentType=")[^"]*',
                                     r"\1application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", xml))
elif case == "content-type-missing":  # no content type for the main part at all
    copy("star-compliant")
    content_types(lambda xml: re.sub(r'<Override PartName="/word/document.xml"[^>]*/>', "", xml))
elif case == "xlsx-as-docx":
    copy("star-compliant")
    shutil.copy(os.path.join(examples, "海淀区", "登记表.xlsx"), os.path.join(out, "推介表.docx"))
elif case == "docx-as-xlsx":         # the district's registration table is a Word file named .xlsx
    copy("海淀区")
    shutil.copy(os.path.join(star, "推介表.docx"), os.path.join(out, "登记表.xlsx"))
elif case == "zip-as-docx":
    copy("star-compliant")
    with zipfile.ZipFile(os.path.join(out, "推介表.docx"), "w") as z:
        z.writestr("推介表.txt", "姓名：张三\n")
elif case == "png-as-jpg":
    copy("star-compliant")
    shutil.copy(os.path.join(examples, "beijing-star-compliant", "证件照.png"), os.path.join(out, "证件照.jpg"))
elif case == "jpg-as-png":
    copy("star-compliant")
    os.rename(os.path.join(out, "证件照.jpg"), os.path.join(out, "证件照.png"))
elif case == "mp4-as-mov":
    copy("star-compliant")
    os.rename(os.path.join(out, "事迹视频.mp4"), os.path.join(out, "事迹视频.mov"))
elif case == "mov-as-mp4":
    copy("star-compliant")
    video = os.path.join(out, "事迹视频.mp4")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", video, "-c", "copy", "-f", "mov", video + ".mov"], check=True)
    os.replace(video + ".mov", video)
elif case == "heic-brand-mp4":       # an HEIC photo whose ftyp claims an MP4 video
    copy("star-compliant")
    photo = os.path.join(out, "生活照.heic")
    subprocess.run(["convert", os.path.join(out, "生活照.jpg"), "-resize", "800x800", photo], check=True)
    os.remove(os.path.join(out, "生活照.jpg"))
    brands(photo, b"mp42", b"isom")
elif case == "mp4-brand-heic":       # an MP4 video whose ftyp claims an HEIC photo
    copy("star-compliant")
    brands(os.path.join(out, "事迹视频.mp4"), b"heic", b"mif1")
elif case == "text-as-docx":
    copy("star-compliant")
    open(os.path.join(out, "推介表.docx"), "w").write("百姓学习之星推介表\n姓名：张三\n")
elif case == "pdf-as-doc":
    copy("star-compliant")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(out, "推介表.docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(os.path.join(out, "推介表.docx"))
    os.rename(os.path.join(out, "推介表.pdf"), os.path.join(out, "推介表.doc"))
elif case == "docx-two-documents":   # word/document.xml twice: the second one another text
    copy("star-compliant")
    path = os.path.join(out, "推介表.docx")
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml")
    with zipfile.ZipFile(path, "a") as z, __import__("warnings").catch_warnings():
        __import__("warnings").simplefilter("ignore")  # zipfile warns of the duplicate name it is asked for
        z.writestr("word/document.xml", body.replace("张三".encode(), "李四".encode()))
elif case == "docx-gbk":             # document.xml declared and written in GBK, as some generators do
    copy("star-compliant")
    rewrite_zip(os.path.join(out, "推介表.docx"), lambda name, data: data.decode().replace(
        'encoding="UTF-8"', 'encoding="GBK"', 1).encode("gbk", "replace") if name == "word/document.xml" else data)
elif case == "docx-not-utf8":        # two bytes in the form's text that are no UTF-8
    copy("star-compliant")
    rewrite_zip(os.path.join(out, "推介表.docx"), lambda name, data: re.sub(
        rb"(<w:t[ >][^<]*)", lambda m: m.group(1) + b"\xc3\x28", data, count=1) if name == "word/document.xml" else data)
else:
    raise SystemExit("unknown case " + case)
