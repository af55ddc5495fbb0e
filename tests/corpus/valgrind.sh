#!/bin/sh
# valgrind.sh RESUME FORMAT FILE...: memcheck over every input through the
# backend FORMAT: no errors, no definite, indirect or possible leaks.
# ("Still reachable" blocks are library caches: cmark-gfm's extension
# registry, fontconfig's and pango's font caches.)  tests/valgrind.supp
# holds the library-internal leaks, each explained.  Missing inputs are
# passed over; skips (77) without valgrind.
set -u
bin=$1 format=$2
shift 2
supp=$(dirname "$0")/../valgrind.supp
# No memory error and not even a possible leak, in every backend.  pango
# and fontconfig keep font caches for the life of the process (the PDF
# backend keeps its font maps so that a batch sets fonts up once); those
# are suppressed in valgrind.supp, each rule explained.
leaks="--leak-check=full --errors-for-leak-kinds=definite,indirect,possible"
if ! command -v valgrind >/dev/null 2>&1; then
	echo "SKIP: valgrind not installed"
	exit 77
fi
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	# exit 9 is valgrind's; a refused input (exit 1) is not a failure here.
	# 200 frames: fontconfig's expression evaluator recurses deeper than
	# 40, and a cut-off stack no longer matches its suppression
	# (FORMAT "check": resume check --ats, the PDF read back too)
	if [ "$format" = check ]; then
		set -- check --ats "$f"
	else
		set -- render --"$format" -o /dev/null "$f"
	fi
	valgrind -q --error-exitcode=9 $leaks \
	    --suppressions="$supp" --num-callers=200 \
	    "$bin" "$@" 2>"${TMPDIR:-/tmp}/vg.$$"
	if [ $? -eq 9 ] || grep -q '^==[0-9]*==' "${TMPDIR:-/tmp}/vg.$$"; then
		echo "FAIL: $f"
		cat "${TMPDIR:-/tmp}/vg.$$"
		bad=$((bad + 1))
	fi
done
rm -f "${TMPDIR:-/tmp}/vg.$$"
echo "$n passed, $bad failed"
[ "$bad" -eq 0 ]
