#!/bin/sh
# corpus.sh RESUME JSONWORDS DIR: every JSON Resume file in DIR renders to
# text with every string a reader expects; FRESH files and the schema
# itself are refused with a clear error.  Skips (77) without DIR.
set -u
bin=$1 tool=$2 dir=$3
[ -d "$dir" ] || { echo "SKIP: $dir not found (../shared absent)"; exit 77; }
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
n=0 bad=0
for f in "$dir"/*.json; do
	n=$((n + 1))
	base=$(basename "$f")
	LC_ALL=C.UTF-8 "$bin" render --txt "$f" >"$T/out" 2>"$T/err"
	st=$?
	case "$base" in
	fresh-test-fresh-*)
		if [ $st -ne 1 ] || ! grep -q "this is a FRESH résumé" "$T/err"; then
			echo "FAIL: $base: not refused as FRESH (exit $st)"
			cat "$T/err"
			bad=$((bad + 1))
		fi
		continue
		;;
	jsonresume-schema.json)
		if [ $st -ne 1 ] || ! grep -q "no JSON Resume section in it" "$T/err"; then
			echo "FAIL: $base: the schema is no résumé (exit $st)"
			bad=$((bad + 1))
		fi
		continue
		;;
	esac
	if [ $st -ne 0 ]; then
		echo "FAIL: $base: exit $st"
		cat "$T/err"
		bad=$((bad + 1))
		continue
	fi
	"$tool" "$f" "$T/out" >"$T/words" || {
		echo "FAIL: $base"
		cat "$T/words"
		bad=$((bad + 1))
	}
done
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
