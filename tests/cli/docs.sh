#!/bin/sh
# The man page and the completions name every option --help lists, the
# man page has no groff warnings, and bash completion completes.
# docs.sh SOURCE_DIR
. "$(dirname "$0")/lib.sh"
src=$1
man=$src/docs/resume.1 bc=$src/data/completions/resume.bash zc=$src/data/completions/_resume
# the man page's SYNOPSIS, and the README's usage block, one command each
synopsis() {
	sed -n '/^\.SH SYNOPSIS/,/^\.SH DESCRIPTION/p' "$man" |
		awk -v c="$1" '/^\.B resume/ { on = ($3 == c) } on'
}
usage() {
	sed -n '/^## Usage/,/^- /p' "$src/README.md" |
		awk -v c="$1" '/^    resume / { on = ($2 == c) } on'
}
for cmd in render check validate init themes; do
	# the options --help lists, one a line ("  -o, --output FILE  ...")
	"$RESUME" "$cmd" --help | grep -E '^ +(-[a-zA-Z], )?--[a-z]' |
		sed 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/' | sort -u >"$T/opts"
	synopsis "$cmd" >"$T/syn"
	usage "$cmd" >"$T/use"
	while read -r o; do
		checks=$((checks + 1))
		# roff writes - as \-
		ro=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
		grep -q -- "$ro" "$man" || fail "man page lacks $cmd $o"
		# (-o stands for --output there)
		short=$o
		[ "$o" = --output ] && short=-o
		rs=$(printf '%s' "$short" | sed 's/-/\\\\-/g')
		[ "$o" = --help ] || grep -q -- "$rs" "$T/syn" ||
			fail "the man page's SYNOPSIS lacks $cmd $o"
		[ "$o" = --help ] || grep -q -- "$short" "$T/use" ||
			fail "the README's usage block lacks $cmd $o"
		grep -q -- "$o" "$bc" || fail "bash completion lacks $cmd $o"
		grep -q -- "$o" "$zc" || fail "zsh completion lacks $cmd $o"
	done <"$T/opts"
done
if command -v groff >/dev/null 2>&1; then
	groff -man -Tutf8 -ww -z "$man" >"$T/w" 2>&1
	expect_empty "$T/w" "" "groff warnings"
fi
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$zc" 2>"$T/z"
	expect_status 0 $? "zsh reads the completion"
	expect_empty "$T/z" "" "zsh completion syntax"
fi
if command -v bash >/dev/null 2>&1; then
	bash -c '. "$1"; COMP_WORDS=(resume render --pap); COMP_CWORD=2; _resume; echo "${COMPREPLY[*]}"' sh "$bc" >"$T/c1"
	expect_eq "--paper" "$(cat "$T/c1")" "bash completes --pap"
	bash -c '. "$1"; COMP_WORDS=(resume render --to p); COMP_CWORD=3; _resume; echo "${COMPREPLY[*]}"' sh "$bc" >"$T/c2"
	expect_eq "pdf png" "$(cat "$T/c2")" "bash completes a format"
	bash -c '. "$1"; COMP_WORDS=(resume v); COMP_CWORD=1; _resume; echo "${COMPREPLY[*]}"' sh "$bc" >"$T/c3"
	expect_eq "validate" "$(cat "$T/c3")" "bash completes a command"
fi
finish
