#!/bin/sh
# tidy.sh RESUME FILE...: `tidy -q -e` reports no errors and no warnings on
# the HTML of every input, and its headings never skip a level (an h4
# after an h2 is what checkers and screen readers flag).  Missing inputs are passed over; skips (77)
# without tidy.
set -u
bin=$1
shift
command -v tidy >/dev/null 2>&1 || { echo "SKIP: tidy not installed"; exit 77; }
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	"$bin" render --html "$f" >"$T/p.html" || { echo "FAIL: render $f"; bad=$((bad + 1)); continue; }
	skip=$(grep -o '<h[1-6]' "$T/p.html" | tr -d '<h' |
		awk 'NR > 1 && $1 > p + 1 { print "h" p " then h" $1; exit } { p = $1 }')
	if [ -n "$skip" ]; then
		echo "FAIL: $f: a heading skips a level: $skip"
		bad=$((bad + 1))
		continue
	fi
	if ! tidy -q -e "$T/p.html" >"$T/out" 2>&1; then
		echo "FAIL: $f"
		cat "$T/out"
		bad=$((bad + 1))
	fi
done
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
