#!/bin/sh
# The man page and the completions name every option --help lists, the
# man page has no groff warnings, and bash completion completes.
# docs.sh SOURCE_DIR
. "$(dirname "$0")/lib.sh"
src=$1
man=$src/docs/resume.1 bc=$src/data/completions/resume.bash zc=$src/data/completions/_resume
for cmd in render check validate init themes; do
	"$RESUME" "$cmd" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$T/opts"
	while read -r o; do
		checks=$((checks + 1))
		# roff writes - as \-
		grep -q -- "$(printf '%s' "$o" | sed 's/-/\\\\-/g')" "$man" ||
			fail "man page lacks $cmd $o"
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
