#!/bin/sh
# Input and output: stdin, -, -o FILE, -o -, same bytes every way.
. "$(dirname "$0")/lib.sh"

"$RESUME" render "$T/cv.md" >"$T/a.txt" 2>"$T/err"
expect_status 0 $? "render FILE"
expect_contains "$T/a.txt" "Engineer — Acme" "render FILE"
expect_empty "$T/err" "" "stderr of a good run"

"$RESUME" render <"$T/cv.md" >"$T/b.txt"
expect_status 0 $? "render from stdin"
cmp -s "$T/a.txt" "$T/b.txt" || fail "stdin output differs from FILE output"

"$RESUME" render --txt - <"$T/cv.md" >"$T/c.txt"
expect_status 0 $? "render -"
cmp -s "$T/a.txt" "$T/c.txt" || fail "'-' output differs"

"$RESUME" render --txt -o "$T/d.txt" "$T/cv.md" >"$T/stdout"
expect_status 0 $? "render -o FILE"
cmp -s "$T/a.txt" "$T/d.txt" || fail "-o FILE output differs"
expect_empty "$T/stdout" "" "stdout with -o FILE"

"$RESUME" render -o - "$T/cv.md" >"$T/e.txt"
cmp -s "$T/a.txt" "$T/e.txt" || fail "-o - output differs"

"$RESUME" render --to=txt "$T/cv.md" >"$T/f.txt"
cmp -s "$T/a.txt" "$T/f.txt" || fail "--to=txt output differs"

# -o leaves no temporary file behind and keeps a normal mode
ls -a "$T" | grep -q '^\.resume-' && fail "temporary file left behind"
mode=$(stat -c %a "$T/d.txt")
[ "$mode" = 644 ] || [ "$mode" = 664 ] || fail "-o file mode $mode"

# deterministic: the same input twice gives the same bytes
"$RESUME" render "$T/cv.md" >"$T/g.txt"
cmp -s "$T/a.txt" "$T/g.txt" || fail "two runs differ"

# --width and --ascii
"$RESUME" render --width 40 "$T/cv.md" >"$T/w.txt"
w=$(wc -L <"$T/w.txt")
[ "$w" -le 40 ] || fail "--width 40 gave a $w-column line"
printf '# Zoë “Q” Ng\n\n## Notes\n\n- naïve – “quoted” … ☑\n' >"$T/u.md"
"$RESUME" render --ascii "$T/u.md" >"$T/u.txt"
expect_contains "$T/u.txt" 'Zoe "Q" Ng' "--ascii transliterates"
expect_contains "$T/u.txt" '* naive - "quoted" ...' "--ascii bullets and dashes"
grep -v '☑' "$T/u.txt" | LC_ALL=C grep -q '[^ -~]' && fail "--ascii left non-ASCII bytes"
# with no format option, -o's suffix names the format; one that
# contradicts it is a warning
"$RESUME" render -o "$T/s.pdf" "$T/cv.md" 2>"$T/err"
expect_status 0 $? "-o x.pdf"
expect_eq "%PDF" "$(head -c 4 "$T/s.pdf")" "-o x.pdf writes a PDF"
"$RESUME" render -o "$T/s.htm" "$T/cv.md"
expect_eq "<!DOCTYPE html>" "$(head -1 "$T/s.htm")" "-o x.htm writes HTML"
"$RESUME" render -o "$T/s.JSON" "$T/cv.md"
expect_contains "$T/s.JSON" '"$schema"' "-o x.JSON writes JSON"
"$RESUME" render -o "$T/s.txt" "$T/cv.md"
expect_contains "$T/s.txt" "Pat Doe" "-o x.txt writes text"
"$RESUME" render -o "$T/s.cv" "$T/cv.md"
expect_contains "$T/s.cv" "Pat Doe" "an unknown suffix: text"
"$RESUME" render --txt -o "$T/t.pdf" "$T/cv.md" 2>"$T/err"
expect_status 0 $? "--txt -o x.pdf"
expect_contains "$T/err" "t.pdf: warning: writing txt to a file named as pdf" "a format against the suffix warns"
finish
