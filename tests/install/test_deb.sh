#!/bin/sh
# cpack -G DEB: the package's metadata and computed Depends, its files, and — unpacked into a scratch root, the
# host's /usr untouched — `nominate --version` and a check of an example from a folder under /tmp. lintian,
# where installed, must report no error (its warnings are printed). Exit 77 (skipped) without dpkg-dev.
# Usage: test_deb.sh BUILD SOURCE
set -eu
build=$1
source=$2
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (apt-get install dpkg-dev)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$tmp"/out/nominate_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb --field "$deb")
echo "$info"
for field in 'Package: nominate' 'Section: utils' 'Maintainer: ' 'Description: ' 'Priority: optional'; do
  echo "$info" | grep -q "$field" || fail "control lacks '$field'"
done
depends=$(dpkg-deb --field "$deb" Depends)
# dpkg-shlibdeps computed the libraries, not a hand-kept list; FFmpeg's, loaded with dlopen, come from the
# sonames of its headers (cmake/Packaging.cmake).
for library in libavformat libavcodec libavfilter libswscale libswresample libavutil libzip libyaml-0-2 libheif libssl libxlsxwriter libjpeg62-turbo libpoppler-cpp libc6; do
  echo "$depends" | grep -q "$library" || fail "Depends lacks $library: $depends"
done

contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/nominate ./usr/lib/nominate/plugins/nominate-pdf.so ./usr/share/nominate/rules/national/star.yaml ./usr/share/man/man1/nominate.1.gz \
  ./usr/share/bash-completion/completions/nominate ./usr/share/zsh/vendor-completions/_nominate \
  ./usr/share/doc/nominate/copyright ./usr/share/doc/nominate/changelog.Debian.gz; do
  echo "$contents" | grep -q " $file\$" || fail "the package lacks $file"
done

# The computed Depends resolve against this machine's Debian archive (a simulation: nothing is installed).
if command -v apt-get >/dev/null; then
  apt-get -s -q install "$deb" >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; fail "apt-get -s install: Depends do not resolve"; }
fi

dpkg-deb -x "$deb" "$tmp/root"
nominate=$tmp/root/usr/bin/nominate
"$nominate" --version
mkdir -p "$tmp/work"
cp -r "$source/examples/star-compliant" "$tmp/work/01-张三"
(cd "$tmp/work" && "$nominate" check 01-张三 --lang zh) || fail "check of an example from $tmp/work exited $?"
(cd "$tmp/work" && "$nominate" rules list) | grep -q 'national/star' || fail "rules list from the unpacked package"
# The PDF module is found beside the unpacked binary: poppler itself refuses a PDF that is none.
printf '%%PDF-1.4\nno PDF after all\n' >"$tmp/work/总结.pdf"
pdf_error=$("$nominate" count "$tmp/work/总结.pdf" 2>&1 || true)
echo "$pdf_error" | grep -q 'not a PDF that can be opened' || fail "the unpacked package's PDF reader: $pdf_error"

if command -v lintian >/dev/null; then
  # Root-run lintian refuses without --allow-root.
  lintian --allow-root --info --display-info --no-tag-display-limit "$deb" >"$tmp/lintian.log" 2>&1 || true
  echo "lintian:"
  cat "$tmp/lintian.log"
  if grep -q '^E: ' "$tmp/lintian.log"; then
    fail "lintian reports errors"
  fi
else
  echo "lintian is not installed: not run (apt-get install lintian)"
fi
echo "deb: ok"
