#!/bin/sh
# Errors: exact messages on stderr, exit codes, and nothing lost.
. "$(dirname "$0")/lib.sh"

"$RESUME" render --bogus "$T/cv.md" >"$T/out" 2>"$T/err"
expect_status 2 $? "unknown option"
expect_contains "$T/err" "resume: unknown option '--bogus'" "unknown option"
expect_contains "$T/err" "Try 'resume render --help'" "unknown option hint"
expect_empty "$T/out" "" "stdout of a usage error"

"$RESUME" render --width >"$T/out" 2>"$T/err"
expect_status 2 $? "missing argument"
expect_contains "$T/err" "needs an argument" "missing argument"

"$RESUME" render --width 5 "$T/cv.md" 2>"$T/err" >/dev/null
expect_status 2 $? "bad --width"
expect_contains "$T/err" "--width takes a number from 20 to 1000, not '5'" "bad --width"

"$RESUME" frobnicate 2>"$T/err" >/dev/null
expect_status 2 $? "unknown command"
expect_contains "$T/err" "resume: unknown command 'frobnicate'" "unknown command"

"$RESUME" render "$T/nope.md" >"$T/out" 2>"$T/err"
expect_status 1 $? "missing file"
expect_eq "resume: $T/nope.md: error: cannot open: No such file or directory" "$(cat "$T/err")" "missing file"

"$RESUME" render "$T" >"$T/out" 2>"$T/err"
expect_status 1 $? "directory as input"
expect_contains "$T/err" "is a directory" "directory as input"

# invalid UTF-8: file, line and column of the bad byte
printf '# A\n\nok\nbad \377 byte\n' >"$T/bad.md"
"$RESUME" render "$T/bad.md" >"$T/out" 2>"$T/err"
expect_status 1 $? "invalid UTF-8"
expect_contains "$T/err" "resume: $T/bad.md:4:5: error: invalid UTF-8 byte 0xff at byte offset 12 " "invalid UTF-8"

printf 'a\000b' >"$T/nul.md"
"$RESUME" render "$T/nul.md" >"$T/out" 2>"$T/err"
expect_status 1 $? "NUL byte"
expect_contains "$T/err" "nul.md:1:2: error: NUL byte at byte offset 1 (is this a binary file?)" "NUL byte"

# a failed run never truncates an existing output file
echo "precious" >"$T/keep.txt"
"$RESUME" render -o "$T/keep.txt" "$T/bad.md" 2>/dev/null
expect_status 1 $? "failed run with -o"
expect_eq "precious" "$(cat "$T/keep.txt")" "existing -o file after a failed run"

# unwritable output: a directory that does not exist
"$RESUME" render -o "$T/no/such/dir/out.txt" "$T/cv.md" 2>"$T/err"
expect_status 1 $? "unwritable -o"
expect_contains "$T/err" "cannot write" "unwritable -o"

# output that is a directory: standard input has no name to write there
"$RESUME" render -o "$T" - <"$T/cv.md" 2>"$T/err"
expect_status 1 $? "-o directory"
expect_contains "$T/err" "output is a directory" "-o directory"

# a full device
if [ -w /dev/full ]; then
	"$RESUME" render -o /dev/full "$T/cv.md" 2>"$T/err"
	expect_status 1 $? "-o /dev/full"
	expect_contains "$T/err" "No space left on device" "-o /dev/full"
	"$RESUME" render "$T/cv.md" >/dev/full 2>"$T/err"
	expect_status 1 $? "stdout on /dev/full"
	expect_contains "$T/err" "write error" "stdout on /dev/full"
fi

# output path equal to the input: refused before anything is written
cp "$T/cv.md" "$T/same.md"
"$RESUME" render -o "$T/same.md" "$T/same.md" 2>"$T/err"
expect_status 2 $? "output = input"
expect_contains "$T/err" "output would overwrite the input" "output = input"
cmp -s "$T/cv.md" "$T/same.md" || fail "input changed by a refused run"

# the size cap
"$RESUME" render --max-size 10 "$T/cv.md" >/dev/null 2>"$T/err"
expect_status 1 $? "--max-size"
expect_contains "$T/err" "larger than the 10-byte limit" "--max-size"

# a JSON syntax error: line and column, and the old output kept
printf '{"basics": {"name": "X",}}\n' >"$T/cv.json"
"$RESUME" render -o "$T/keep.txt" "$T/cv.json" >/dev/null 2>"$T/err"
expect_status 1 $? "JSON syntax error"
expect_contains "$T/err" "cv.json:1:" "JSON syntax error position"
expect_eq "precious" "$(cat "$T/keep.txt")" "-o file after a JSON error"
# a YAML résumé is refused by name, not read as one long paragraph
printf 'cv:\n  name: Jo Doe\n' >"$T/cv.yaml"
"$RESUME" render "$T/cv.yaml" >"$T/out" 2>"$T/err"
expect_status 1 $? "YAML input"
expect_contains "$T/err" "cv.yaml:1:1: error: this is a YAML file; resume reads Markdown and JSON Resume" "YAML input"
expect_empty "$T/out" "" "YAML input stdout"
finish
