#!/bin/sh
# noloss.sh RESUME NOLOSS FILE: renders FILE as text and checks that every
# word of its visible Markdown text is in the output.  Skips (77) when FILE
# is absent (the shared corpus is not cloned beside this repository).
set -u
bin=$1 tool=$2 in=$3
if [ ! -f "$in" ]; then
	echo "SKIP: $in not found (../shared absent)"
	exit 77
fi
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
LC_ALL=C.UTF-8 "$bin" render --txt "$in" >"$out" || {
	echo "FAIL: resume exited $? on $in"
	exit 1
}
"$tool" "$in" "$out"
