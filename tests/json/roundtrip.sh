#!/bin/sh
# roundtrip.sh RESUME FILE...: Markdown -> JSON -> Markdown -> JSON reaches
# its fixed point after one step: the second JSON is the first.  Missing
# inputs are passed over.
bin=$1
shift
. "$(dirname "$0")/lib.sh"
for f in "$@"; do
	not_resume "$f" && continue
	n=$((n + 1))
	"$bin" render --json "$f" >"$T/a.json" 2>/dev/null || { echo "FAIL: $f: --json"; bad=$((bad + 1)); continue; }
	"$bin" render --md "$T/a.json" >"$T/b.md" 2>/dev/null || { echo "FAIL: $f: --md"; bad=$((bad + 1)); continue; }
	"$bin" render --json "$T/b.md" >"$T/c.json" 2>/dev/null || { echo "FAIL: $f: --json of the Markdown"; bad=$((bad + 1)); continue; }
	if ! cmp -s "$T/a.json" "$T/c.json"; then
		echo "FAIL: $f: JSON -> Markdown -> JSON differs"
		diff -u "$T/a.json" "$T/c.json" | head -30
		bad=$((bad + 1))
	fi
done
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
