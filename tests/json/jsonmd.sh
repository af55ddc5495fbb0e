#!/bin/sh
# jsonmd.sh RESUME FILE...: JSON Resume -> Markdown -> JSON keeps every
# field: our export of each file reads back from its Markdown byte for
# byte (score, level, image, the parts of a place, meta, descriptions
# included).  Inputs may be Markdown: their JSON is the start.  Without
# ../shared only our examples are run; the schema and FRESH-format files
# are skipped.
bin=$1
shift
# Corpus files that lose a field on the way, and why.  Listed by name so
# the test fails when one of them starts passing, or another starts losing.
known() {
	case "$1" in
	# FRESH test files: an empty skill {}
	fresh-test-jrs-empty.json) return 0 ;;
	# an award with an awarder and no title; skills with names only
	# read back as one list of keywords
	resume-cli-thomasdavis-2014-preschema.json) return 0 ;;
	# studyType "Перевод и переводоведение" is no degree word, so the
	# head reads back as institution
	timurrin-resume-ru.json) return 0 ;;
	esac
	return 1
}
. "$(dirname "$0")/lib.sh"
for f in "$@"; do
	not_resume "$f" && continue
	n=$((n + 1))
	"$bin" render --json "$f" >"$T/a.json" 2>/dev/null &&
		"$bin" render --md "$T/a.json" >"$T/b.md" 2>/dev/null ||
		{ echo "FAIL: $f: render"; bad=$((bad + 1)); continue; }
	# the schema's valid "{}": no Markdown to carry it, and an empty
	# Markdown file is refused
	if [ ! -s "$T/b.md" ]; then
		grep -q '"name": ""' "$T/a.json" && ! grep -q '"name": "[^"]' "$T/a.json" ||
			{ echo "FAIL: $f: empty Markdown"; bad=$((bad + 1)); }
		continue
	fi
	"$bin" render --json "$T/b.md" >"$T/c.json" 2>/dev/null ||
		{ echo "FAIL: $f: render"; bad=$((bad + 1)); continue; }
	if cmp -s "$T/a.json" "$T/c.json"; then
		if known "$(basename "$f")"; then
			echo "FAIL: $f: listed as lossy but kept every field; take it off the list"
			bad=$((bad + 1))
		fi
	elif known "$(basename "$f")"; then
		echo "known loss: $f"
	else
		echo "FAIL: $f: a field the Markdown dialect carries was lost"
		diff -u "$T/a.json" "$T/c.json" | head -30
		bad=$((bad + 1))
	fi
done
[ -d "$(dirname "$0")/../../../shared/corpus" ] ||
	echo "note: ../shared/corpus is absent; ran our examples only"
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
