# zsh -f zsh_complete.zsh FPATH_DIR LINE...: types each LINE and a TAB into an interactive zsh (in a
# pseudo-terminal, with compinit and FPATH_DIR on $fpath) and prints the command line the completion left.
zmodload zsh/zpty || exit 77
dir=$1
shift
zpty shell zsh -f -i
drain() { local chunk; out=""; sleep ${1:-1}; while zpty -r -t shell chunk 2>/dev/null; do out+=$chunk; done; }
zpty -w shell "PS1='> '; fpath=($dir \$fpath); autoload -U compinit; compinit -u -D; setopt nobeep; nominate() { :; }"
# On a busy machine compinit takes longer than a fixed pause: wait (up to 20 s) until the prompt is drawn, so
# that it is not read as part of the first line's completion.
setup=""
for i in {1..20}; do
  drain 1
  setup+=$out
  [[ $setup == *[$'\r\n']'> '* ]] && break # the new prompt, not the echo of PS1='> '
done
for line in "$@"; do
  zpty -w -n shell "$line"$'\t'
  drain 1.5
  # What the terminal shows last, without escape sequences and carriage returns: the completed line.
  # A prompt drawn late (zsh's PROMPT_SP mark, spaces, then "> ") can share that line: keep what follows it.
  print -r -- "$(print -r -- "$out" | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g; s/.\x08//g' | grep -v '^$' | tail -1 | sed 's/.*> /> /')"
  zpty -w -n shell $'\x03'
  drain 0.5
done
zpty -d shell
