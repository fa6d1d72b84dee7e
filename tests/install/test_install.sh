#!/bin/sh
# cmake --install into a temporary prefix; then, from another folder: the rule sets are found beside the
# binary (also after the prefix is moved), NOMINATE_RULES_PATH adds folders, an example checks, the man page
# renders without warnings, and the bash completion completes subcommands, options, rule sets and rule ids.
# Usage: test_install.sh BUILD SOURCE
set -eu
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
for file in bin/nominate lib/nominate/plugins/nominate-pdf.so share/nominate/rules/national/star.yaml share/man/man1/nominate.1.gz \
  share/bash-completion/completions/nominate share/zsh/vendor-completions/_nominate \
  share/doc/nominate/guide.zh.md share/doc/nominate/install.md share/doc/nominate/copyright; do
  [ -e "$tmp/prefix/$file" ] || fail "cmake --install did not install $file"
done

mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
nominate=$tmp/prefix/bin/nominate

# The installed rule sets are the ones used: one taken out of the prefix is gone from the list.
"$nominate" rules list | grep -q 'national/star' || fail "rules list from another folder"
rm "$tmp/prefix/share/nominate/rules/beijing/capital-star-2018.yaml"
if "$nominate" rules list | grep -q 'beijing/capital-star'; then
  fail "rules list used rule sets other than the installed ones"
fi
# NOMINATE_RULES_PATH adds folders (':'-separated), searched after the shipped ones.
mkdir -p "$tmp/office/beijing"
cp "$source/rules/beijing/capital-star-2018.yaml" "$tmp/office/beijing/"
NOMINATE_RULES_PATH="$tmp/nothing-here:$tmp/office" "$nominate" rules list | grep -q 'beijing/capital-star' ||
  fail "NOMINATE_RULES_PATH was not searched"

# An example checks from another folder (exit 0: it complies).
cp -r "$source/examples/star-compliant" "$tmp/elsewhere/张三"
"$nominate" check 张三 --lang en --quiet || fail "check of an example from $tmp/elsewhere exited $?"

# A moved installation still finds its rule sets.
mv "$tmp/prefix" "$tmp/moved"
nominate=$tmp/moved/bin/nominate
# ... and its PDF module (lib/nominate/plugins/nominate-pdf.so, through the RUNPATH
# $ORIGIN/../lib/nominate/plugins): poppler itself refuses a PDF that is none, where a module not found would
# say it could not be loaded.
printf '%%PDF-1.4\nno PDF after all\n' >"$tmp/elsewhere/总结.pdf"
pdf_error=$("$nominate" count "$tmp/elsewhere/总结.pdf" 2>&1 || true)
echo "$pdf_error" | grep -q 'not a PDF that can be opened' || fail "the moved installation's PDF reader: $pdf_error"
"$nominate" check 张三 --quiet || fail "check after moving the prefix exited $?"
"$nominate" rules show national/star >/dev/null || fail "rules show after moving the prefix"

# --version names the libraries.
version=$("$nominate" --version)
for library in libavformat libavcodec libzip libyaml stb_image pugixml libjpeg-turbo libheif libxlsxwriter OpenSSL; do
  echo "$version" | grep -q "$library" || fail "--version does not name $library"
done

# The man page renders, without a groff warning.
man_page=$tmp/moved/share/man/man1/nominate.1.gz
rendered=$(MANWIDTH=80 MANPAGER=cat man -l "$man_page" 2>"$tmp/man-warnings") || fail "man -l failed"
echo "$rendered" | grep -q 'NOMINATE_RULES_PATH' || fail "man page lacks ENVIRONMENT"
echo "$rendered" | grep -q 'nominate rules show NAME' || fail "man page lacks the rules show command"
echo "$rendered" | grep -q 'max-entries' || fail "man page lacks verify's options"
warnings=$(MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man --warnings: $warnings"

# bash completion: source it and ask, as bash does on TAB.
completion=$tmp/moved/share/bash-completion/completions/nominate
complete_words() { # WORDS...: the completions of the last word
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _nominate; echo "${COMPREPLY[*]}"' \
    _ "$completion" "$@"
}
expect() { # EXPECTED WORDS...
  expected=$1
  shift
  got=$(complete_words "$@")
  case " $got " in
  *" $expected "*) ;;
  *) fail "completing '$*' gave '$got', not '$expected'" ;;
  esac
}
expect check nominate ch
expect show nominate rules sh
expect --rules nominate check --ru
expect national/star nominate check --rules nat
expect national nominate check --rules nat
expect beijing/capital-star-2018 nominate check --rules bei
expect video.frame-rate nominate explain video.fra
expect zh nominate check --lang ''
expect json nominate check --format j
expect brand nominate init x --kind b
expect national/brand nominate rules show national/b
expect --max-entries nominate verify --max-e
expect --strict nominate check ./x --rules national/star --st

# zsh: the completion function parses, and completes when typed into an interactive zsh.
if command -v zsh >/dev/null; then
  zsh_dir=$tmp/moved/share/zsh/vendor-completions
  zsh -n "$zsh_dir/_nominate" || fail "zsh -n _nominate"
  zsh -f "$(dirname "$0")/zsh_complete.zsh" "$zsh_dir" 'nominate ch' 'nominate rules sh' 'nominate check --ru' \
    'nominate check --rules national/s' 'nominate explain video.fra' 'nominate init x --kind b' >"$tmp/zsh.out"
  for completed in 'nominate check' 'nominate rules show' 'nominate check --rules' \
    'nominate check --rules national/star' 'nominate explain video.frame-rate' 'nominate init x --kind brand'; do
    grep -q "^\(> \)\?$completed[= ]*\$" "$tmp/zsh.out" || fail "zsh did not complete to '$completed': $(cat "$tmp/zsh.out")"
  done
else
  echo "zsh is not installed: its completion is not tried"
fi
echo "install: ok"
