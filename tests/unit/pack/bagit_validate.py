#!/usr/bin/env python3
"""An independent BagIt 1.0 (RFC 8493) validator for the tests, in the standard library only.

Debian 12 has no python3-bagit, so this checks what RFC 8493 asks of a complete, valid bag: bagit.txt
(version and encoding, no BOM), every payload file listed in each manifest and every listed file present
with the right digest, Payload-Oxum, and the tag manifest over the tag files. Given a .zip, it first reads
it with Python's zipfile (testzip: every CRC), requires one top folder, and extracts it to a temporary
folder. Prints "valid" and exits 0, or prints each problem and exits 1.
"""
import hashlib
import os
import sys
import tempfile
import zipfile


def digest(path):
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def read_manifest(path, problems):
    entries = {}
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: starts with a BOM")
    for line in raw.decode("utf-8").splitlines():
        if not line.strip():
            continue
        value, _, name = line.partition("  ")
        name = name.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        entries[name] = value
    return entries


def validate(bag):
    problems = []
    bagit = open(os.path.join(bag, "bagit.txt"), "rb").read()
    if bagit != b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n":
        problems.append(f"bagit.txt is {bagit!r}")
    info = {}
    for line in open(os.path.join(bag, "bag-info.txt"), encoding="utf-8"):
        key, _, value = line.rstrip("\n").partition(": ")
        info.setdefault(key, []).append(value)
    payload = []
    for root, _, files in os.walk(os.path.join(bag, "data")):
        for name in files:
            payload.append(os.path.relpath(os.path.join(root, name), bag).replace(os.sep, "/"))
    if "Payload-Oxum" in info:
        size = sum(os.path.getsize(os.path.join(bag, p)) for p in payload)
        if info["Payload-Oxum"][0] != f"{size}.{len(payload)}":
            problems.append(f"Payload-Oxum {info['Payload-Oxum'][0]} but the payload is {size}.{len(payload)}")
    manifests = [m for m in os.listdir(bag) if m.startswith("manifest-") and m.endswith(".txt")]
    if not manifests:
        problems.append("no payload manifest")
    for manifest in manifests:
        entries = read_manifest(os.path.join(bag, manifest), problems)
        for p in payload:
            if p not in entries:
                problems.append(f"{manifest}: {p} is not listed")
        for name, value in entries.items():
            path = os.path.join(bag, name)
            if not os.path.isfile(path):
                problems.append(f"{manifest}: {name} is missing")
            elif digest(path) != value:
                problems.append(f"{manifest}: {name} has another digest")
    for tag in [m for m in os.listdir(bag) if m.startswith("tagmanifest-")]:
        entries = read_manifest(os.path.join(bag, tag), problems)
        for name, value in entries.items():
            path = os.path.join(bag, name)
            if not os.path.isfile(path) or digest(path) != value:
                problems.append(f"{tag}: {name} is missing or has another digest")
        for name in os.listdir(bag):
            if os.path.isfile(os.path.join(bag, name)) and not name.startswith("tagmanifest-") and name not in entries:
                problems.append(f"{tag}: tag file {name} is not listed")
    return problems


def main():
    target = sys.argv[1]
    if target.endswith(".zip"):
        with zipfile.ZipFile(target) as archive, tempfile.TemporaryDirectory() as folder:
            bad = archive.testzip()
            if bad:
                print(f"bad CRC: {bad}")
                return 1
            tops = {name.split("/")[0] for name in archive.namelist()}
            if len(tops) != 1:
                print(f"not one top folder: {sorted(tops)}")
                return 1
            archive.extractall(folder)
            problems = validate(os.path.join(folder, tops.pop()))
    else:
        problems = validate(target)
    for problem in problems:
        print(problem)
    print("valid" if not problems else "invalid")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
