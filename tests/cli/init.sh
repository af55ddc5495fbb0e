#!/bin/sh
# resume init: a starter in our dialect or JSON Resume, never over a file.
. "$(dirname "$0")/lib.sh"
EX=$(dirname "$0")/../../data/examples/alex-rivera.md

"$RESUME" init >"$T/out.md" 2>"$T/err"
expect_status 0 $? "init"
expect_empty "$T/err" "" "init stderr"
expect_contains "$T/out.md" "# Alex Rivera" "init writes our example"
expect_contains "$T/out.md" "### *Senior Site Reliability Engineer* | Northwind Storage (Mar 2021 – Present)" "init writes the dialect"
# the starter is our example: it reads as the same résumé
"$RESUME" render --json "$EX" >"$T/want.json"
"$RESUME" render --json "$T/out.md" >"$T/got.json"
expect_eq "" "$(diff "$T/want.json" "$T/got.json")" "starter reads as the example"

"$RESUME" init --json >"$T/out.json"
expect_status 0 $? "init --json"
"$RESUME" validate "$T/out.json"
expect_status 0 $? "init --json validates"
expect_eq "" "$(diff "$T/want.json" "$T/out.json")" "init --json is the example's JSON"

"$RESUME" init -o "$T/starter.md"
expect_status 0 $? "init -o"
expect_eq "" "$(diff "$T/out.md" "$T/starter.md")" "init -o writes the same"

echo "my own" >"$T/mine.md"
"$RESUME" init -o "$T/mine.md" 2>"$T/err"
expect_status 1 $? "init over a file"
expect_contains "$T/err" "mine.md: error: file exists; use --force to replace it" "init over a file"
expect_eq "my own" "$(cat "$T/mine.md")" "init leaves an existing file alone"
"$RESUME" init --force -o "$T/mine.md"
expect_status 0 $? "init --force"
expect_contains "$T/mine.md" "# Alex Rivera" "init --force replaces"

"$RESUME" init extra.md 2>"$T/err"
expect_status 2 $? "init with an input file"
"$RESUME" init --help >"$T/out"
expect_contains "$T/out" "--force" "init --help lists --force"
# -o's suffix picks the format
"$RESUME" init -o "$T/s.json"
expect_contains "$T/s.json" '"$schema"' "init -o x.json writes JSON"
"$RESUME" init --json -o "$T/s2.md" 2>"$T/err"
expect_contains "$T/err" "warning: writing json to a file named as md" "init --json -o x.md warns"
# a school's city survives the JSON (JSON Resume has no field for it)
"$RESUME" render --txt "$T/s.json" >"$T/s.txt"
expect_contains "$T/s.txt" "University of Toronto, Toronto" "init --json keeps the school's city"
# init and init --json hold one résumé: the same text, contact line and all
"$RESUME" render --txt "$T/out.md" >"$T/md.txt"
checks=$((checks + 1))
cmp -s "$T/md.txt" "$T/s.txt" || { fail "init and init --json differ:"; diff -u "$T/md.txt" "$T/s.txt"; }
finish
