#!/bin/sh
# clang-tidy (the checks of .clang-tidy) on the C++ sources of lib/ and cli/ that the last commit changed, or
# on those named. Needs a configured build folder with compile_commands.json (default: build).
#
# Debian 12's clang-tidy-16 reads the code with libstdc++ 12, whose <expected> asks for a newer
# __cpp_concepts than clang 16 announces although it supports what <expected> uses: the macro is raised for
# the analysis only. -std=c++2b because clang 16 does not know the -std=c++23 spelling GCC is given.
set -eu
cd "$(dirname "$0")/.."
build=${BUILD:-build}
tidy=$(command -v clang-tidy-16 || true)
if [ -z "$tidy" ]; then
  echo "tidy: clang-tidy-16 is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
if [ $# -gt 0 ]; then
  files="$*"
else
  files=$(git diff --name-only --diff-filter=AM HEAD~1 HEAD -- 'lib/*.cpp' 'cli/*.cpp' 2>/dev/null || true)
fi
if [ -z "$files" ]; then
  echo "tidy: no C++ source changed by the last commit"
  exit 0
fi
# A file clang cannot compile (GCC 12 accepts a few things clang 16 refuses, such as yaml::Node's map of
# pairs holding the incomplete Node) is said to be unanalysed, not passed and not failed: its output is shown.
status=0
unanalysed=0
out=$(mktemp)
for file in $files; do
  if "$tidy" -p "$build" --quiet --extra-arg=-std=c++2b --extra-arg=-Wno-macro-redefined \
    --extra-arg=-Wno-builtin-macro-redefined --extra-arg=-U__cpp_concepts \
    --extra-arg=-D__cpp_concepts=202002L "$file" >"$out" 2>/dev/null; then
    echo "tidy: $file: clean"
  elif grep -q 'clang-diagnostic-error' "$out"; then
    echo "tidy: $file: NOT ANALYSED: clang could not compile it"
    unanalysed=$((unanalysed + 1))
  else
    cat "$out"
    echo "tidy: $file: findings above"
    status=1
  fi
done
rm -f "$out"
[ "$unanalysed" -eq 0 ] || echo "tidy: $unanalysed file(s) not analysed (clang could not compile them)"
exit $status
