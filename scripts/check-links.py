#!/usr/bin/env python3
"""The build tells the truth: each part's CMakeLists names exactly what the part includes.

For every part lib/<part> (and the CLI), compares the `#include` lines of its sources with the links its
CMakeLists declares, and fails on any mismatch:
  - a part or third-party library that is included but not linked (it compiles today only through another
    part's PUBLIC link, so the dependency is hidden);
  - one that is linked but never included (a stale link);
  - one that a public header includes (lib/<part>/include/...) but that is linked PRIVATE (users of the part
    would not get its include path), or one that is linked PUBLIC but only included by sources.
Third-party headers are mapped to their CMake targets below; an unknown non-system header is an error too,
so a new dependency is added here on purpose.

Usage: scripts/check-links.py [REPO]   (exit 0: consistent; 1: mismatches, each printed)
"""
import re
import sys
from pathlib import Path

# Header (prefix) → the CMake target (or pseudo-target) that provides it.
THIRD_PARTY = {
    "yaml.h": "PkgConfig::LIBYAML",
    "iconv.h": "Iconv::Iconv",
    "utf8proc.h": "PkgConfig::UTF8PROC",
    "pcre2.h": "PkgConfig::PCRE2",
    "poppler/": "PkgConfig::POPPLER_CPP",
    "pugixml.hpp": "PkgConfig::PUGIXML",
    "zip.h": "PkgConfig::LIBZIP",
    "zipconf.h": "PkgConfig::LIBZIP",
    "libavformat/": "FFmpeg::headers",
    "libavcodec/": "FFmpeg::headers",
    "libavutil/": "FFmpeg::headers",
    "libavfilter/": "FFmpeg::headers",
    "libswscale/": "FFmpeg::headers",
    "libswresample/": "FFmpeg::headers",
    "stb_image.h": "${STB_INCLUDE_DIR}",
    "stb_image_write.h": "${STB_INCLUDE_DIR}",
    "stb_image_resize.h": "${STB_INCLUDE_DIR}",
    "fmt/": "fmt::fmt",
    "nlohmann/": "nlohmann_json::nlohmann_json",
    "openssl/": "OpenSSL::Crypto",
    "zlib.h": "ZLIB::ZLIB",
    "xlsxwriter.h": "PkgConfig::XLSXWRITER",
    "libheif/": "HEIF::headers",
    "turbojpeg.h": "PkgConfig::TURBOJPEG",
    "jpeglib.h": "PkgConfig::JPEG",
    "jerror.h": "PkgConfig::JPEG",
    "webp/": "PkgConfig::WEBP",
    "libdeflate.h": "PkgConfig::LIBDEFLATE",
    "CLI/": "CLI11::CLI11",
    "catch2/": "Catch2::Catch2",
    "dlfcn.h": "${CMAKE_DL_LIBS}",
}

# C and POSIX headers that come with the compiler and libc: no link to declare.
SYSTEM = re.compile(
    r"^(sys/.*|unistd\.h|fcntl\.h|signal\.h|poll\.h|errno\.h|dirent\.h|spawn\.h|termios\.h|time\.h|"
    r"pthread\.h|stdio\.h|string\.h|stdlib\.h|limits\.h|setjmp\.h|cstdarg|langinfo\.h|locale\.h|wchar\.h|"
    r"stdint\.h|stddef\.h|stdarg\.h|ftw\.h|glob\.h|pwd\.h|grp\.h|libgen\.h|sched\.h|semaphore\.h|malloc\.h)$"
)
INCLUDE = re.compile(r'^\s*#\s*include\s*<([^>]+)>', re.M)
KEYWORDS = {"SOURCES", "PUBLIC", "PRIVATE", "INTERFACE", "LINKS"}


def provider(header):
    if header.startswith("nominate/"):
        part = header.split("/")[1]
        return "nominate::" + part
    if "/" not in header and "." not in header:
        return None  # a C++ standard header
    if SYSTEM.match(header):
        return None
    for prefix, target in THIRD_PARTY.items():
        if header == prefix or (prefix.endswith("/") and header.startswith(prefix)):
            return target
    return "?" + header


def includes(paths):
    found = {}
    for path in paths:
        for header in INCLUDE.findall(path.read_text(encoding="utf-8")):
            target = provider(header)
            if target:
                found.setdefault(target, path)
    return found


def calls(text, name):
    """The token lists of each `name(...)` call in a CMake file."""
    out = []
    for match in re.finditer(r"\b" + name + r"\s*\(", text):
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        body = re.sub(r"#[^\n]*", "", text[match.end():i - 1])
        out.append(body.split())
    return out


def declared_links(cmake, target):
    """{link: "PUBLIC"|"PRIVATE"} declared for `target` in a CMakeLists."""
    links = {}
    text = cmake.read_text(encoding="utf-8")
    for tokens in calls(text, "nominate_part"):
        mode = None
        for token in tokens[1:]:
            if token in KEYWORDS:
                mode = token
            elif mode in ("PUBLIC", "PRIVATE"):
                links[token] = mode
            elif mode == "LINKS":
                links[token] = "PUBLIC"
    for call in ("target_link_libraries", "target_include_directories"):
        for tokens in calls(text, call):
            # The part's target, and the modules it builds beside it (nominate_office_pdf).
            if not tokens or (tokens[0] != target and not tokens[0].startswith(target + "_")):
                continue
            mode = "PRIVATE"
            for token in tokens[1:]:
                if token in ("PUBLIC", "PRIVATE", "INTERFACE"):
                    mode = token
                elif token.startswith("${CMAKE_CURRENT") or token.startswith("${PROJECT"):
                    continue
                else:
                    links[token] = mode
    return links


def check_part(name, folder, cmake, target, self_target, problems):
    public = includes(sorted((folder / "include").rglob("*.hpp"))) if (folder / "include").exists() else {}
    sources = sorted(p for p in folder.rglob("*") if p.suffix in (".cpp", ".hpp", ".h") and p.is_file())
    used = includes(sources)
    links = {k: v for k, v in declared_links(cmake, target).items()
             if k.startswith(("nominate::", "PkgConfig::", "${")) or "::" in k}
    for ignored in ("nominate_settings", "nominate_warnings"):
        links.pop(ignored, None)
    used.pop(self_target, None)
    public.pop(self_target, None)
    for dep, where in sorted(used.items()):
        if dep.startswith("?"):
            problems.append(f"{name}: {where} includes <{dep[1:]}>, which scripts/check-links.py does not "
                            "know: add it to THIRD_PARTY")
        elif dep not in links:
            problems.append(f"{name}: {where} includes {dep} but {cmake} does not link it")
        elif dep in public and links[dep] != "PUBLIC":
            problems.append(f"{name}: public header {public[dep]} includes {dep}, so link it PUBLIC in {cmake}")
        elif dep not in public and links[dep] == "PUBLIC":
            problems.append(f"{name}: {dep} is linked PUBLIC in {cmake} but no public header includes it: "
                            "link it PRIVATE")
    for dep in sorted(links):
        if dep not in used:
            problems.append(f"{name}: {cmake} links {dep}, which no file of the part includes")


def main():
    repo = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems = []
    parts = sorted(p for p in (repo / "lib").iterdir() if (p / "CMakeLists.txt").exists())
    for folder in parts:
        part = folder.name
        check_part(f"lib/{part}", folder, folder / "CMakeLists.txt", f"nominate_{part}",
                   f"nominate::{part}", problems)
    cli = repo / "cli"
    if (cli / "CMakeLists.txt").exists():
        check_part("cli", cli, cli / "CMakeLists.txt", "nominate", None, problems)
    for problem in problems:
        print("check-links: " + problem)
    print(f"check-links: {len(parts)} parts and the CLI, {len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
