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
# -o LINK writes the file the link names, and the link stays a link
echo old >"$T/target.txt"
ln -s target.txt "$T/link.txt"
"$RESUME" render -o "$T/link.txt" "$T/cv.md"
expect_status 0 $? "-o a symbolic link"
checks=$((checks + 1))
[ -L "$T/link.txt" ] || fail "the link was replaced by a file"
expect_contains "$T/target.txt" "Pat Doe" "the link's target is written"
# a UTF-8 byte-order mark (Windows Notepad) is no text, from a file or
# standard input; UTF-16 gets a message that says so
printf '\357\273\277{"basics":{"name":"Bom Lee"}}' >"$T/bom.json"
"$RESUME" render "$T/bom.json" >"$T/bom.txt"
expect_status 0 $? "JSON with a byte-order mark"
expect_contains "$T/bom.txt" "Bom Lee" "JSON with a byte-order mark"
"$RESUME" render - <"$T/bom.json" >"$T/bom2.txt"
expect_contains "$T/bom2.txt" "Bom Lee" "JSON with a byte-order mark on standard input"
printf '\377\376{\000}\000' >"$T/u16.json"
"$RESUME" render "$T/u16.json" >/dev/null 2>"$T/err"
expect_status 1 $? "UTF-16"
expect_contains "$T/err" "u16.json:1:1: error: the file is UTF-16" "UTF-16 named"
# help, -V, and sizes with units
"$RESUME" help >"$T/help"
expect_status 0 $? "resume help"
expect_contains "$T/help" "Usage: resume COMMAND" "resume help"
"$RESUME" help render >"$T/help"
expect_contains "$T/help" "Usage: resume render" "resume help render"
"$RESUME" -V >"$T/v"
expect_contains "$T/v" "resume " "resume -V"
"$RESUME" render --max-size 16MiB "$T/cv.md" >/dev/null
expect_status 0 $? "--max-size 16MiB"
{ cat "$T/cv.md"; i=0; while [ $i -lt 40 ]; do echo "- a line of forty bytes or so, to pad it"; i=$((i + 1)); done; } >"$T/big.md"
"$RESUME" render --max-size 1K "$T/big.md" >/dev/null 2>"$T/err"
expect_status 1 $? "--max-size 1K: a file larger"
expect_contains "$T/err" "larger than the 1000-byte limit" "--max-size 1K is 1000 bytes"
"$RESUME" render --max-size 1Mi "$T/cv.md" >/dev/null
expect_status 0 $? "--max-size 1Mi"
printf '\377\376\000\000{\000\000\000' >"$T/u32.json"
"$RESUME" render "$T/u32.json" >/dev/null 2>"$T/err"
expect_contains "$T/err" "the file is UTF-32" "UTF-32 named"
"$RESUME" render --max-size 1X "$T/cv.md" >/dev/null 2>"$T/err"
expect_status 2 $? "--max-size 1X"
"$RESUME" validate - <"$T/bom.json"
expect_status 0 $? "validate: JSON with a byte-order mark on standard input"
"$RESUME" validate "$T/u16.json" 2>"$T/err"
expect_status 1 $? "validate: UTF-16"
expect_contains "$T/err" "the file is UTF-16" "validate: UTF-16 named"
# no FILE and a terminal on standard input: a hint before the wait, not
# silence (script(1) gives the command a terminal)
if command -v script >/dev/null 2>&1; then
	# a hint, then the read: at once over, as script's input is empty
	script -qec "$RESUME render --txt" /dev/null </dev/null >"$T/tty" 2>&1
	expect_contains "$T/tty" "reading the résumé from the terminal: end it with Ctrl-D, or give a FILE" "a terminal for input: a hint"
fi
# an option for other formats is a warning, and ignored
"$RESUME" render --ascii --pdf -o "$T/o.pdf" "$T/cv.md" 2>"$T/err"
expect_status 0 $? "--ascii --pdf"
expect_contains "$T/err" "warning: --ascii is for txt only; ignored for pdf" "--ascii with --pdf warns"
"$RESUME" render --txt --theme classic "$T/cv.md" >/dev/null 2>"$T/err"
expect_contains "$T/err" "warning: --theme is for pdf, png, html only; ignored for txt" "--theme with --txt warns"
"$RESUME" render --json --theme nope "$T/cv.md" >/dev/null 2>"$T/err"
expect_status 0 $? "--json --theme nope: ignored, as --txt --theme is"
"$RESUME" render --txt --width 50 "$T/cv.md" >/dev/null 2>"$T/err"
expect_empty "$T/err" "" "--txt --width: no warning"
# validate of Markdown says what a reader would miss
printf 'just some text\n' >"$T/plain.md"
"$RESUME" validate "$T/plain.md" 2>"$T/err"
expect_status 0 $? "validate: readable Markdown is valid"
expect_contains "$T/err" "plain.md:1:1: warning: no name" "validate warns of no name"
expect_contains "$T/err" "warning: no section" "validate warns of no section"
"$RESUME" validate --strict "$T/plain.md" 2>"$T/err"
expect_status 1 $? "validate --strict: no name, no section"
# and what it was read as, on stdout, escaped for the terminal; with the
# warnings render gives
printf '# Ann\033]0;x\007 Lee\n\nann@example.org · GitHub: annlee\n\n## Experience\n\n### Engineer | Acme (2022 – 2019)\n\n- Built\n- Ran\n\n## Sk\342\200\256ills\n\n- Go\n' >"$T/read.md"
"$RESUME" validate "$T/read.md" >"$T/out" 2>"$T/err"
expect_status 0 $? "validate: a Markdown résumé"
expect_contains "$T/out" "read.md: read as a Markdown résumé" "validate says what it read"
expect_contains "$T/out" '  name: Ann\x1b]0;x\x07 Lee' "the name, escaped"
expect_contains "$T/out" "  contacts: e-mail, GitHub" "the contacts"
expect_contains "$T/out" "  section Experience (work): 1 entry, 2 bullets" "a section with its kind"
expect_contains "$T/out" '  section Sk\u202eills (custom)' "a title, escaped"
expect_contains "$T/err" "read.md:7:1: warning: '2022 – 2019' ends before it starts [end-before-start]" "validate warns as render does"
"$RESUME" validate --strict "$T/read.md" >/dev/null 2>&1
expect_status 1 $? "validate --strict: a content warning"
finish
