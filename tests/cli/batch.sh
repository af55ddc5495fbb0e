#!/bin/sh
# Several inputs and formats in one process: -o DIR gets STEM.SUFFIX for
# each; a broken input is reported and the others still render.
. "$(dirname "$0")/lib.sh"
EX=$(dirname "$0")/../../data/examples

cp "$EX/alex-rivera.md" "$EX/lea-martin.md" "$T/"
echo '{"basics": {"name": "Ada Byron"}}' >"$T/ada.json"
echo '{"basics": ' >"$T/broken.json"
"$RESUME" render --txt --html --json "$T/alex-rivera.md" "$T/broken.json" \
	"$T/ada.json" "$T/lea-martin.md" -o "$T/out" 2>"$T/err"
expect_status 1 $? "a batch with a broken input"
expect_contains "$T/err" "broken.json:2:1: error:" "the broken input is named"
for s in alex-rivera lea-martin ada; do
	for f in txt html json; do
		checks=$((checks + 1))
		[ -s "$T/out/$s.$f" ] || fail "no $s.$f"
	done
done
expect_eq "" "$(ls "$T/out" | grep broken || true)" "nothing written for the broken input"
# the same bytes as one render at a time
"$RESUME" render --html "$T/lea-martin.md" >"$T/one.html"
expect_eq "" "$(diff "$T/one.html" "$T/out/lea-martin.html")" "batch HTML equals a single render"
"$RESUME" render --txt "$T/ada.json" >"$T/one.txt"
expect_eq "" "$(diff "$T/one.txt" "$T/out/ada.txt")" "batch text equals a single render"

# worker processes: one, three and more than inputs give the same files,
# and a broken input fails the run whichever worker had it
for n in 1 3 9; do
	"$RESUME" render --jobs $n --pdf --txt --html "$T/alex-rivera.md" "$T/broken.json" \
		"$T/ada.json" "$T/lea-martin.md" -o "$T/j$n" 2>"$T/err"
	expect_status 1 $? "--jobs $n with a broken input"
	expect_contains "$T/err" "broken.json:2:1: error:" "--jobs $n names the broken input"
	expect_eq 9 "$(ls "$T/j$n" | wc -l | tr -d ' ')" "--jobs $n: three formats of three inputs"
done
expect_eq "" "$(diff -r "$T/j1" "$T/j3")" "--jobs 3 writes what --jobs 1 does"
expect_eq "" "$(diff -r "$T/j1" "$T/j9")" "--jobs 9 writes what --jobs 1 does"
"$RESUME" render --jobs 0 "$T/ada.json" "$T/lea-martin.md" -o "$T/j0" 2>"$T/err"
expect_status 2 $? "--jobs 0"
expect_contains "$T/err" "--jobs takes a number from 1 to 256, not '0'" "--jobs 0"

# one input, several formats, PDF among them
"$RESUME" render --pdf --txt "$T/alex-rivera.md" -o "$T/two"
expect_status 0 $? "one input, two formats"
head -c 5 "$T/two/alex-rivera.pdf" >"$T/magic"
expect_eq "%PDF-" "$(cat "$T/magic")" "batch PDF"
expect_contains "$T/two/alex-rivera.txt" "Alex Rivera" "batch text"

"$RESUME" render --txt --html "$T/alex-rivera.md" 2>"$T/err"
expect_status 2 $? "several formats without -o"
expect_contains "$T/err" "several inputs or formats need -o DIRECTORY" "several formats without -o"
mkdir -p "$T/x"
cp "$T/ada.json" "$T/x/ada.json"
cp "$T/alex-rivera.md" "$T/x/other.md"
cp "$T/ada.json" "$T/x/ada.md"
"$RESUME" render "$T/ada.json" "$T/x/ada.json" "$T/x/ada.md" "$T/x/other.md" -o "$T/o3" 2>"$T/err"
expect_status 0 $? "inputs of one name: all render"
expect_contains "$T/err" "x/ada.json: note: another input has its name; written as $T/o3/ada-json.*" "inputs of one name: said"
for f in ada.txt ada-json.txt ada-md.txt other.txt; do
	checks=$((checks + 1))
	[ -f "$T/o3/$f" ] || fail "inputs of one name: no $f"
done
# -o DIR with one input: the file in it is named after the input
"$RESUME" render --pdf -o "$T/one/" "$T/alex-rivera.md"
expect_status 0 $? "-o NEWDIR/ with one input"
checks=$((checks + 1))
[ -f "$T/one/alex-rivera.pdf" ] || fail "-o NEWDIR/ wrote no alex-rivera.pdf"
mkdir "$T/two"
"$RESUME" render -o "$T/two" "$T/alex-rivera.md"
expect_status 0 $? "-o DIR with one input"
checks=$((checks + 1))
[ -f "$T/two/alex-rivera.txt" ] || fail "-o DIR wrote no alex-rivera.txt"
"$RESUME" render --txt --html - -o "$T/o4" <"$T/ada.json" 2>"$T/err"
expect_status 2 $? "standard input in a batch"
finish
