#!/bin/sh
# valgrind.sh RESUME FILE...: memcheck over every input through the text
# backend: no errors, no definite, indirect or possible leaks.  ("Still
# reachable" blocks are cmark-gfm's extension registry, a process-wide
# cache it never frees.)  Missing inputs are passed over; skips (77)
# without valgrind.
set -u
bin=$1
shift
if ! command -v valgrind >/dev/null 2>&1; then
	echo "SKIP: valgrind not installed"
	exit 77
fi
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	if ! valgrind -q --error-exitcode=9 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect,possible \
	    "$bin" render --txt "$f" >/dev/null 2>"${TMPDIR:-/tmp}/vg.$$"; then
		echo "FAIL: $f"
		cat "${TMPDIR:-/tmp}/vg.$$"
		bad=$((bad + 1))
	fi
done
rm -f "${TMPDIR:-/tmp}/vg.$$"
echo "$n passed, $bad failed"
[ "$bad" -eq 0 ]
