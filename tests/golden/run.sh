#!/bin/sh
# Golden output test: run.sh RESUME INPUT EXPECTED [RENDER-ARGS...]
# Renders INPUT and compares it byte for byte with EXPECTED (diff -u, no
# white space ignored).  REGEN=1 rewrites EXPECTED instead: read the diff
# before committing it.
set -u
bin=$1 in=$2 exp=$3
shift 3
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000 "$bin" render "$@" "$in" >"$out"
status=$?
if [ $status -ne 0 ]; then
	echo "FAIL: resume exited $status on $in"
	exit 1
fi
if [ -n "${REGEN:-}" ]; then
	cp "$out" "$exp"
	echo "regenerated $exp"
	exit 0
fi
if ! diff -u "$exp" "$out"; then
	echo "FAIL: $in differs from $exp (REGEN=1 to accept on purpose)"
	exit 1
fi
echo "ok: $in matches $(basename "$exp")"
