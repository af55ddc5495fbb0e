#!/bin/sh
# leaves.sh RESUME JSONLEAVES SCHEMA FILE...: the standard fields of each
# JSON Resume file survive, value for value, both an export (--json of
# the file) and the round trip through Markdown (--md, then --json of
# that): at least 99 % of the leaf values the schema defines, counted
# over all the files, sit at the same place with the same value.  Prints
# what each file loses.  Skips without the corpus and its schema.
bin=$1 leaves=$2 schema=$3
shift 3
. "$(dirname "$0")/lib.sh"
if [ ! -f "$schema" ]; then
	echo "skip: $schema is absent (../shared/corpus); no JSON Resume files to count"
	exit 77
fi
ok_json=0 ok_md=0 all=0
for f in "$@"; do
	not_resume "$f" && continue
	n=$((n + 1))
	"$bin" render --json "$f" >"$T/a.json" 2>/dev/null &&
		"$bin" render --md "$f" >"$T/b.md" 2>/dev/null ||
		{ echo "FAIL: $f: render"; bad=$((bad + 1)); continue; }
	# the schema's valid "{}" has no Markdown: nothing to carry
	if [ -s "$T/b.md" ]; then
		"$bin" render --json "$T/b.md" >"$T/c.json" 2>/dev/null ||
			{ echo "FAIL: $f: --json of the Markdown"; bad=$((bad + 1)); continue; }
	else
		cp "$T/a.json" "$T/c.json"
	fi
	r=$("$leaves" "$schema" "$f" "$T/a.json" 2>"$T/lost.json") &&
		sj=${r% *} tot=${r#* } &&
		r=$("$leaves" "$schema" "$f" "$T/c.json" 2>"$T/lost.md") &&
		sm=${r% *} ||
		{ echo "FAIL: $f: jsonleaves"; bad=$((bad + 1)); continue; }
	ok_json=$((ok_json + sj)) ok_md=$((ok_md + sm)) all=$((all + tot))
	echo "$(basename "$f"): export $sj/$tot, through Markdown $sm/$tot"
	sed 's/^/  export lost/' "$T/lost.json"
	sed 's/^/  Markdown lost/' "$T/lost.md"
done
[ "$all" -gt 0 ] || { echo "skip: no JSON Resume file among the inputs"; exit 77; }
# in tenths of a per cent, rounded down
pj=$((ok_json * 1000 / all)) pm=$((ok_md * 1000 / all))
echo "export: $ok_json of $all leaf values ($((pj / 10)).$((pj % 10)) %)"
echo "through Markdown: $ok_md of $all leaf values ($((pm / 10)).$((pm % 10)) %)"
[ "$pj" -ge 990 ] || { echo "FAIL: the export keeps less than 99 %"; bad=$((bad + 1)); }
[ "$pm" -ge 990 ] || { echo "FAIL: the round trip keeps less than 99 %"; bad=$((bad + 1)); }
[ "$bad" -eq 0 ]
