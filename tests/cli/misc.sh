#!/bin/sh
# --help, --version, and a closed pipe.
. "$(dirname "$0")/lib.sh"

"$RESUME" --help >"$T/out" 2>"$T/err"
expect_status 0 $? "--help"
expect_contains "$T/out" "Usage: resume COMMAND" "--help"
expect_empty "$T/err" "" "--help stderr"

"$RESUME" render --help >"$T/out"
expect_status 0 $? "render --help"
expect_contains "$T/out" "--width N" "render --help lists --width"
expect_contains "$T/out" "-o, --output FILE" "render --help lists -o"

"$RESUME" --version >"$T/out"
expect_status 0 $? "--version"
expect_contains "$T/out" "resume 0.1.0" "--version"
expect_contains "$T/out" "cmark-gfm" "--version names libraries"
expect_contains "$T/out" ", cairo 1." "--version names cairo"
expect_contains "$T/out" ", pango 1." "--version names pango"

"$RESUME" >/dev/null 2>"$T/err"
expect_status 2 $? "no command"

# a reader that stops early: no complaint on stderr
i=0
{
	echo "# Long Doe"
	echo
	echo "## Experience"
	while [ $i -lt 3000 ]; do
		echo "- item number $i with some words to fill the line"
		i=$((i + 1))
	done
} >"$T/long.md"
( "$RESUME" render "$T/long.md" 2>"$T/err"; echo $? >"$T/status" ) | head -n 1 >"$T/first"
expect_eq "Long Doe" "$(cat "$T/first")" "first line through head"
expect_empty "$T/err" "" "stderr with a closed pipe"
st=$(cat "$T/status")
[ "$st" = 0 ] || [ "$st" = 141 ] || fail "exit status $st after a closed pipe"
# a PDF is not written to a terminal
if command -v script >/dev/null 2>&1; then
	script -qec "'$RESUME' render --pdf '$T/cv.md'" /dev/null >"$T/tty" 2>&1
	expect_status 2 $? "--pdf to a terminal"
	expect_contains "$T/tty" "not writing pdf to a terminal; use -o FILE" "--pdf to a terminal"
fi
finish
