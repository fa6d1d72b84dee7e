# zsh -f zsh_complete.zsh FPATH_DIR LINE...: types each LINE and a TAB into an interactive zsh (in a
# pseudo-terminal, with compinit and FPATH_DIR on $fpath) and prints the command line the completion left.
zmodload zsh/zpty || exit 77
dir=$1
shift
zpty shell zsh -f -i
drain() { local chunk; out=""; sleep ${1:-1}; while zpty -r -t shell chunk 2>/dev/null; do out+=$chunk; done; }
zpty -w shell "PS1='> '; fpath=($dir \$fpath); autoload -U compinit; compinit -u -D; setopt nobeep; nominate() { :; }"
drain 2
for line in "$@"; do
  zpty -w -n shell "$line"$'\t'
  drain 1.5
  # What the terminal shows last, without escape sequences and carriage returns: the completed line.
  print -r -- "$(print -r -- "$out" | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g; s/.\x08//g' | grep -v '^$' | tail -1)"
  zpty -w -n shell $'\x03'
  drain 0.5
done
zpty -d shell
