#!/bin/sh
# fixtures.sh RESUME DIR: `resume validate` agrees with the JSON Resume
# schema repository's own test fixtures (DIR/jsonresume-schema-test-*.json),
# fragment by fragment: a key ending in "Valid", "Valid2"... or naming a
# good date must validate, one ending in "Invalid" must not.  Skips (77)
# without DIR.
set -u
bin=$1 dir=$2
split=$(dirname "$bin")/tests/jsonsplit
[ -d "$dir" ] || { echo "SKIP: $dir not found (../shared absent)"; exit 77; }
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
n=0 bad=0
for f in "$dir"/jsonresume-schema-test-*.json; do
	rm -rf "$T/frag"
	mkdir "$T/frag"
	"$split" "$f" "$T/frag" || { echo "FAIL: cannot split $f"; exit 1; }
	for frag in "$T"/frag/*.json; do
		key=$(basename "$frag" .json)
		case "$key" in
		*Invalid | invalid) want=1 ;;
		*) want=0 ;;
		esac
		n=$((n + 1))
		"$bin" validate "$frag" >"$T/out" 2>"$T/err"
		got=$?
		if [ "$got" != "$want" ]; then
			echo "FAIL: $(basename "$f") $key: exit $got, want $want"
			cat "$T/err"
			bad=$((bad + 1))
		elif [ "$want" = 1 ] && ! grep -q "error: expected" "$T/err"; then
			echo "FAIL: $(basename "$f") $key: no 'expected' message"
			cat "$T/err"
			bad=$((bad + 1))
		fi
		[ -s "$T/out" ] && { echo "FAIL: $key: validate wrote to stdout"; bad=$((bad + 1)); }
	done
done
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
