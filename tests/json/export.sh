#!/bin/sh
# export.sh RESUME FILE...: --json of every input is JSON Resume that
# `resume validate` accepts, the same bytes twice, and reads back to the
# same JSON.  Missing inputs are passed over.
bin=$1
shift
. "$(dirname "$0")/lib.sh"
for f in "$@"; do
	not_resume "$f" && continue
	n=$((n + 1))
	if ! "$bin" render --json "$f" >"$T/a.json" 2>/dev/null; then
		echo "FAIL: $f: render --json"
		bad=$((bad + 1))
		continue
	fi
	"$bin" render --json "$f" 2>/dev/null | cmp -s - "$T/a.json" ||
		{ echo "FAIL: $f: two renders differ"; bad=$((bad + 1)); }
	"$bin" validate "$T/a.json" 2>"$T/err" ||
		{ echo "FAIL: $f: output does not validate"; cat "$T/err"; bad=$((bad + 1)); }
	# JSON -> model -> JSON is a fixed point
	"$bin" render --json "$T/a.json" >"$T/b.json" 2>/dev/null
	cmp -s "$T/a.json" "$T/b.json" ||
		{ echo "FAIL: $f: JSON output read back differs"; diff "$T/a.json" "$T/b.json" | head -20; bad=$((bad + 1)); }
done
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
