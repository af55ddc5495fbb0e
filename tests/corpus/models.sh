#!/bin/sh
# models.sh RESUME JSONSHAPE DIR FILE...: the expected model of each
# Markdown résumé, as its --json export holds it, kept in DIR and checked
# by hand field by field when it was written.  A résumé of the shared
# corpus is not ours: its model is kept as a digest a field (jsonshape),
# so that any change of any field fails the test while no word of it is
# copied here; the changed fields are then shown with what they now hold.
# Ours (data/examples) are kept as the values themselves.  The test fails
# on any difference; REGEN=1 rewrites the models, and the diff is read
# before it is committed.  Missing files are passed over; skips (77) when
# none of them exists (../shared absent and no example given).
set -u
bin=$1 shape=$2 dir=$3
shift 3
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	b=$(basename "$f" .md)
	case $f in
	*data/examples/*) opt=-v ;;
	*) opt= ;;
	esac
	if ! "$bin" render --json "$f" >"$T/m.json" 2>/dev/null; then
		echo "FAIL: $f: no --json export"
		bad=$((bad + 1))
		continue
	fi
	# the model, not the version of resume that wrote it
	# shellcheck disable=SC2086
	"$shape" $opt "$T/m.json" >"$T/all" || exit 2
	grep -v '^/meta/x-generator	' "$T/all" >"$T/got"
	want=$dir/$b.model
	if [ "${REGEN:-}" = 1 ]; then
		cp "$T/got" "$want"
		continue
	fi
	if [ ! -f "$want" ]; then
		echo "FAIL: $f: no expected model $want (REGEN=1 writes it)"
		bad=$((bad + 1))
		continue
	fi
	if ! cmp -s "$want" "$T/got"; then
		echo "FAIL: $f: the model differs from $want"
		"$shape" -v "$T/m.json" >"$T/values"
		# each changed or new field with what it holds now; a field
		# gone is named
		diff "$want" "$T/got" | sed -n 's/^> //p' | cut -f1 |
			while read -r p; do
				grep -F "$(printf '%s\t' "$p")" "$T/values" |
					sed 's/^/    now: /' | head -1
			done
		diff "$want" "$T/got" | sed -n 's/^< //p' | cut -f1 |
			while read -r p; do
				grep -qF "$(printf '%s\t' "$p")" "$T/values" ||
					echo "    gone: $p"
			done
		bad=$((bad + 1))
	fi
done
if [ "$n" -eq 0 ]; then
	echo "SKIP: no résumé to check (../shared/corpus not found)"
	exit 77
fi
echo "$n models, $bad differ"
[ "$bad" -eq 0 ]
