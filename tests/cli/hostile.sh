#!/bin/sh
# Hostile and broken input: each case checks the message, the exit status
# and that nothing was lost (an existing -o file keeps its bytes).  Inputs
# are made here; none is timed (bench/hostile.sh measures them).
. "$(dirname "$0")/lib.sh"

keep=$T/keep.out
# refused INPUT STATUS MESSAGE WHAT [OPTIONS...]: the run fails with
# STATUS, says MESSAGE on stderr, writes nothing to stdout and leaves an
# existing -o file as it was
refused() {
	in=$1 want=$2 msg=$3 what=$4
	shift 4
	echo "precious" >"$keep"
	"$RESUME" render "$@" -o "$keep" "$in" >"$T/out" 2>"$T/err"
	expect_status "$want" $? "$what"
	expect_contains "$T/err" "$msg" "$what"
	expect_eq "precious" "$(cat "$keep")" "$what: the -o file after the failed run"
	expect_empty "$T/out" "" "$what: stdout"
	ls "$T" | grep -q '^\.keep\.out\.' && fail "$what: a temporary file was left"
}

# an empty file, and one of blank lines
: >"$T/empty.md"
refused "$T/empty.md" 1 "empty.md:1:1: error: the file is empty" "empty file"
printf '\n  \n\t\n' >"$T/blank.md"
refused "$T/blank.md" 1 "blank.md:1:1: error: there is no résumé here" "blank file"
printf '' | "$RESUME" render >"$T/out" 2>"$T/err"
expect_status 1 $? "empty stdin"
expect_contains "$T/err" "<stdin>:1:1: error: the file is empty" "empty stdin"

# a binary file (an ELF header): the NUL byte gives it away
printf '\177ELF\002\001\001\000\000\000' >"$T/prog"
refused "$T/prog" 1 "prog:1:8: error: NUL byte at byte offset 7 (is this a binary file?)" "binary file"
printf '\211PNG\r\n\032\n\000\000' >"$T/pic.md"
refused "$T/pic.md" 1 "pic.md:1:1: error: invalid UTF-8 byte 0x89 at byte offset 0" "PNG file"

# Latin-1, not UTF-8: line, column and byte offset of the first bad byte
printf '# Zo\n\nCaf\351 owner\n' >"$T/latin1.md"
refused "$T/latin1.md" 1 "latin1.md:3:4: error: invalid UTF-8 byte 0xe9 at byte offset 9" "Latin-1 file"
# a JSON file with a bad byte inside a string
printf '{"basics": {"name": "Zo\351"}}\n' >"$T/latin1.json"
refused "$T/latin1.json" 1 "latin1.json:1:24: error: invalid UTF-8 byte 0xe9" "Latin-1 JSON" --json

# the size cap: 16 MiB by default, --max-size to change it; stdin too
head -c 17000000 /dev/zero | tr '\0' 'x' >"$T/big.md"
refused "$T/big.md" 1 "input is larger than the 16777216-byte limit (--max-size to raise it)" "over 16 MiB"
head -c 3000 "$T/big.md" >"$T/3k.md"
refused "$T/3k.md" 1 "larger than the 2000-byte limit" "over --max-size 2000" --max-size 2000
"$RESUME" render --max-size 4000 "$T/3k.md" >"$T/out" 2>"$T/err"
expect_status 0 $? "--max-size raised"
"$RESUME" validate --max-size 2000 "$T/3k.md" >"$T/out" 2>"$T/err"
expect_status 1 $? "validate over --max-size"
expect_contains "$T/err" "3k.md: error: input is larger than the 2000-byte limit" "validate over --max-size"
"$RESUME" validate --max-size 0 "$T/3k.md" >"$T/out" 2>"$T/err"
expect_status 2 $? "validate --max-size 0"
expect_contains "$T/err" "--max-size takes a size in bytes, with an optional unit (16MiB, 500K), not '0'" "validate --max-size 0"
"$RESUME" render --max-size 50 - <"$T/cv.md" >"$T/out" 2>"$T/err"
expect_status 1 $? "stdin over --max-size"
expect_contains "$T/err" "<stdin>: error: input is larger than the 50-byte limit" "stdin over --max-size"
"$RESUME" render --max-size 0 "$T/cv.md" >"$T/out" 2>"$T/err"
expect_status 2 $? "--max-size 0"

# every backend: exit 0, and the output holds the text
all_formats() {
	in=$1 what=$2 needle=$3
	for f in txt html json md pdf; do
		"$RESUME" render --"$f" --max-pages 5000 -o "$T/o.$f" "$in" 2>"$T/err"
		expect_status 0 $? "$what --$f"
	done
	grep -q "$needle" "$T/o.txt" || fail "$what: '$needle' not in the text"
	grep -q "$needle" "$T/o.html" || fail "$what: '$needle' not in the HTML"
	grep -q "$needle" "$T/o.md" || fail "$what: '$needle' not in the Markdown"
	pdftotext "$T/o.pdf" - | grep -q "$needle" || fail "$what: '$needle' not in the PDF"
	# no text line wider than the 80 columns
	awk 'length($0) > 80 { bad = 1 } END { exit bad }' "$T/o.txt" ||
		fail "$what: a text line over 80 columns"
}

# 10,000-deep nested lists and blockquotes, and 100,000 deep (the
# depth the stack once overflowed at): drawn 10 levels deep at most
deep() {
	awk -v n="$1" -v s="$2" 'BEGIN { printf "# Deep\n\n## Notes\n\n";
	    for (i = 0; i < n; i++) printf "%s", s; print "bottom" }' >"$3"
}
deep 10000 '- ' "$T/list.md"
all_formats "$T/list.md" "10,000 nested lists" bottom
expect_eq 11 "$(grep -o '<ul' "$T/o.html" | wc -l | tr -d ' ')" "nested lists: <ul> levels in the HTML"
deep 10000 '> ' "$T/quote.md"
all_formats "$T/quote.md" "10,000 nested quotes" bottom
deep 100000 '> ' "$T/quote2.md"
"$RESUME" render -o "$T/o.txt" "$T/quote2.md"
expect_status 0 $? "100,000 nested quotes"
deep 100000 '- ' "$T/list2.md"
"$RESUME" render --html -o "$T/o.html" "$T/list2.md"
expect_status 0 $? "100,000 nested lists"
awk 'BEGIN { printf "# Deep\n\n"; for (i = 0; i < 50000; i++) printf "**_";
    printf "bold"; for (i = 0; i < 50000; i++) printf "_**"; print "" }' >"$T/emph.md"
"$RESUME" render -o "$T/o.txt" "$T/emph.md"
expect_status 0 $? "emphasis 100,000 deep"
tr -d '\n' <"$T/o.txt" | grep -q bold || fail "emphasis 100,000 deep: the word is gone"

# 100,000 bullets: every one comes out
awk 'BEGIN { printf "# Many\n\n## Notes\n\n";
    for (i = 1; i <= 100000; i++) printf "- item %d\n", i }' >"$T/many.md"
all_formats "$T/many.md" "100,000 bullets" "item 100000"
expect_eq 100000 "$(grep -c '^• item [0-9]*$' "$T/o.txt")" "100,000 bullets in the text"
expect_eq 100000 "$(grep -o '<li dir="auto">item [0-9]*</li>' "$T/o.html" | wc -l | tr -d ' ')" "100,000 bullets in the HTML"
# (a page's first line starts with pdftotext's form feed)
expect_eq 100000 "$(pdftotext "$T/o.pdf" - | grep -c '• item [0-9]*$')" "100,000 bullets in the PDF"

# one 50,000-character word and a 50,000-character URL: every character
# is kept, text lines stay within the width, the PDF breaks it
awk 'BEGIN { printf "# Long\n\n## Notes\n\n"; for (i = 0; i < 50000; i++) printf "w";
    printf "\n\nhttps://example.com/"; for (i = 0; i < 50000; i++) printf "u"; print "" }' >"$T/long.md"
all_formats "$T/long.md" "50,000-character word" www
count() { tr -cd "$1" | wc -c | tr -d ' '; }
longest() { awk '{ if (length($0) > m) m = length($0) } END { print m }'; } # the longest line's length
expect_eq 50000 "$(count w <"$T/o.txt")" "long word in the text"
expect_eq 50000 "$(count u <"$T/o.txt")" "long URL in the text"
# the longest run of w in the HTML is the word, unbroken
expect_eq 50000 "$(tr -c w '\n' <"$T/o.html" | longest)" "long word in the HTML"
expect_eq 50000 "$(pdftotext "$T/o.pdf" - | count w)" "long word in the PDF"
expect_eq 50000 "$(pdftotext "$T/o.pdf" - | count u)" "long URL in the PDF"
w=$(pdftotext -layout "$T/o.pdf" - | longest)
[ "$w" -le 120 ] || fail "long word: a PDF line of $w characters runs off the page"

# no fonts at all: an error, not a PDF of boxes
cat >"$T/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>$T/nofonts</dir><cachedir>$T/fccache</cachedir></fontconfig>
EOF
FONTCONFIG_FILE=$T/fonts.conf refused "$T/cv.md" 1 "error: no fonts are installed (fontconfig finds none)" "no fonts" --pdf
# a theme font that is not installed: a warning, and the PDF is made
printf 'base = modern\nfont_body = Nonesuch Sans\n' >"$T/t.theme"
"$RESUME" render --pdf --theme "$T/t.theme" -o "$T/o.pdf" "$T/cv.md" 2>"$T/err"
expect_status 0 $? "missing theme font"
expect_contains "$T/err" "warning: the theme's font 'Nonesuch Sans' is not installed" "missing theme font"

# inputs that once took time or memory quadratic in their size: each made
# at a size the old code could not render in 2 GB of address space (the
# sanitizers reserve more than that, so not under them; bench/hostile.sh
# measures how time and memory grow)
if [ -z "${LSAN_OPTIONS:-}" ] && [ -z "${ASAN_OPTIONS:-}" ]; then
	# (front matter never closed: one paragraph of 100,000 lines)
	awk 'BEGIN { printf "---\ntitle: x\n"; for (i = 0; i < 100000; i++) print "k: v" }' >"$T/fm.md"
	awk 'BEGIN { printf "# N\n\n"; for (i = 0; i < 40000; i++) print "k: v" }' >"$T/headkv.md"
	awk 'BEGIN { printf "# N\n\n"; for (i = 0; i < 100000; i++) printf "<span>x</span>"; print "" }' >"$T/spans.md"
	awk 'BEGIN { printf "# N\n\n"; for (i = 0; i < 50000; i++) printf "x[^1] "; printf "\n\n[^1]: note\n" }' >"$T/footnotes.md"
	for f in fm headkv spans footnotes; do
		for fmt in txt pdf; do
			(ulimit -v 2000000 && exec "$RESUME_REAL" render --$fmt -o "$T/q.$fmt" "$T/$f.md") 2>"$T/err"
			expect_status 0 $? "$f.md --$fmt in 2 GB"
		done
	done
	expect_eq 50000 "$(tr -cd x <"$T/q.txt" | wc -c | tr -d ' ')" "footnotes.md: the text"
fi

# the PDF stops at --max-pages (1000 by default) with an error: memory
# grows with the document, and no résumé runs to a thousand pages
awk 'BEGIN { printf "# Many\n\n## Notes\n\n"; for (i = 1; i <= 70000; i++) printf "- item %d\n", i }' >"$T/many2.md"
refused "$T/many2.md" 1 "many2.md: error: the PDF would run past 1000 pages (--max-pages raises the limit)" "over 1000 pages" --pdf
refused "$T/cv.md" 2 "--max-pages takes a number from 1 to 1000000, not '0'" "--max-pages 0" --pdf --max-pages 0
"$RESUME" render --pdf --max-pages 1 -o "$T/o.pdf" "$T/cv.md"
expect_status 0 $? "--max-pages 1 for one page"

# no fixed cap drops content: a contact line of 12 items, 60 contact
# lines, an entry head of 10 parts, a table of 40 columns (text and PDF),
# a table before the first section (JSON)
printf '# Pat Doe\n\na@pat.example · +1 555 0100 · https://pat.example · GitHub: pat1 · GitLab: pat2 · Mastodon: @pat3@m.example · X: pat4 · Codeberg: pat5 · Keybase: pat6 · Telegram: pat7 · Matrix: pat8 · Signal: pat9\n\n## Work\n\n### A1 | B2 | C3 | D4 | E5 | F6 | G7 | H8 | I9 | J10\n\n- did\n' >"$T/caps.md"
for f in txt html json md; do
	"$RESUME" render --$f -o "$T/caps.$f" "$T/caps.md"
	for w in pat1 pat5 pat9 A1 E5 J10; do
		expect_contains "$T/caps.$f" "$w" "caps.md --$f"
	done
done
awk 'BEGIN { printf "# N\n\n"; for (i = 1; i <= 60; i++) printf "GitHub: https://github.com/user%d\n\n", i }' >"$T/contacts.md"
"$RESUME" render -o "$T/contacts.txt" "$T/contacts.md"
expect_eq 60 "$(grep -o 'user[0-9]*' "$T/contacts.txt" | sort -u | wc -l | tr -d ' ')" "60 contacts in the text"
awk 'BEGIN { printf "# N\n\n## Table\n\n"; for (i = 1; i <= 40; i++) printf "| h%d ", i; print "|";
    for (i = 1; i <= 40; i++) printf "|---"; print "|"; for (i = 1; i <= 40; i++) printf "| c%d ", i; print "|" }' >"$T/wide.md"
"$RESUME" render -o "$T/wide.txt" "$T/wide.md"
expect_eq 40 "$(grep -o 'c[0-9][0-9]*' "$T/wide.txt" | sort -u | wc -l | tr -d ' ')" "40 table columns in the text"
# (20 in the PDF: 40 columns are too narrow on a page for "c40" to stay
# whole, though nothing is lost)
awk 'BEGIN { printf "# N\n\n## Table\n\n"; for (i = 1; i <= 20; i++) printf "| h%d ", i; print "|";
    for (i = 1; i <= 20; i++) printf "|---"; print "|"; for (i = 1; i <= 20; i++) printf "| c%d ", i; print "|" }' >"$T/wide20.md"
"$RESUME" render --pdf -o "$T/wide.pdf" "$T/wide20.md"
expect_eq 20 "$(pdftotext "$T/wide.pdf" - | grep -o 'c[0-9][0-9]*' | sort -u | wc -l | tr -d ' ')" "20 table columns in the PDF"
pdftotext -layout "$T/wide.pdf" - | grep -q 'h1 *h2 *h3 .*h20' || fail "a table's head row on one line in the PDF"
printf '# Ann\n\n| a1 | b1 |\n|---|---|\n| a2 | b2 |\n\n## Work\n\n### Dev, Acme\n' >"$T/lead.md"
"$RESUME" render --json -o "$T/lead.json" "$T/lead.md"
expect_contains "$T/lead.json" "a2 | b2" "--json: a table before the first section"

# SOURCE_DATE_EPOCH out of range or not a number: a warning, and the PDF
# has a valid date
for sde in 99999999999999999 abc -5; do
	SOURCE_DATE_EPOCH=$sde "$RESUME" render --pdf -o "$T/sde.pdf" "$T/cv.md" 2>"$T/err"
	expect_status 0 $? "SOURCE_DATE_EPOCH=$sde"
	expect_contains "$T/err" "warning: SOURCE_DATE_EPOCH '$sde' is not a number of seconds" "SOURCE_DATE_EPOCH=$sde"
	pdfinfo "$T/sde.pdf" 2>&1 | grep -q '^CreationDate: *[A-Z][a-z][a-z] ' ||
		fail "SOURCE_DATE_EPOCH=$sde: no valid date in the PDF: $(pdfinfo "$T/sde.pdf" 2>&1 | grep -i date)"
done
# a newline inside a JSON string starts no heading or bullet in --md, and
# Markdown written from Markdown is written again the same
printf '{"basics": {"name": "Eve\\n\\n## Hacked Section", "label": "x\\n- bullet"}, "work": [{"name": "W\\n# H", "position": "P\\n> q", "url": "https://w.example/a(b)c"}]}' >"$T/nl.json"
"$RESUME" render --md -o "$T/nl.md" "$T/nl.json"
expect_status 0 $? "--md of strings with newlines"
grep -n -E '^(## Hacked|- bullet|# H|> q)' "$T/nl.md" >"$T/bad"
expect_empty "$T/bad" "" "--md: a newline in a string made markup"
"$RESUME" render --md -o "$T/nl2.md" "$T/nl.md"
cmp -s "$T/nl.md" "$T/nl2.md" || fail "--md of --md is not a fixed point: $(diff "$T/nl.md" "$T/nl2.md" | head -5)"
"$RESUME" render --json "$T/nl.md" | grep -q '"url": "https://w.example/a(b)c"' ||
	fail "--md: a link target with brackets did not come back whole"
# a NUL in a JSON string: our message, not jansson's flag name
printf '{"basics": {"name": "A\\u0000"}}' >"$T/nul.json"
refused "$T/nul.json" 1 'nul.json:1:29: error: a string holds \u0000, a NUL character' "a NUL in JSON"
grep -q JSON_ALLOW_NUL "$T/err" && fail "a NUL in JSON: jansson's flag in the message"
# a module directory that is not absolute is not used, with a warning
mkdir -p "$T/mods" && : >"$T/mods/resume-pdf.so"
(cd "$T" && RESUME_MODULE_DIR=mods "$RESUME" render --pdf -o "$T/m.pdf" "$T/cv.md") 2>"$T/err"
expect_status 0 $? "a relative RESUME_MODULE_DIR"
expect_contains "$T/err" "warning: RESUME_MODULE_DIR 'mods' is not an absolute directory; ignored" "a relative RESUME_MODULE_DIR"
RESUME_MODULE_DIR=$T/mods "$RESUME" --version >"$T/out" 2>"$T/err"
expect_status 0 $? "--version with RESUME_MODULE_DIR"
expect_contains "$T/out" "cairo" "--version reads the installed module, not RESUME_MODULE_DIR's"
# a write error names the output, not the input
if [ -w /dev/full ]; then
	"$RESUME" render --pdf -o /dev/full "$T/cv.md" 2>"$T/err"
	expect_status 1 $? "-o /dev/full, PDF"
	expect_contains "$T/err" "resume: /dev/full: error: write error: No space left on device" "-o /dev/full names the output"
fi
# -o onto a read-only file: refused, the file kept
echo "read only" >"$T/ro.txt" && chmod 444 "$T/ro.txt"
"$RESUME" render -o "$T/ro.txt" "$T/cv.md" 2>"$T/err"
expect_status 1 $? "-o onto a read-only file"
expect_contains "$T/err" "ro.txt: error: cannot write: the file is read-only" "-o onto a read-only file"
expect_eq "read only" "$(cat "$T/ro.txt")" "-o onto a read-only file: kept"
# --width 20: nothing runs past the width
printf '# Ann\n\n## Professional Experience Abroad\n\n### Engineer, Acme (September 2018 – November 2021)\n\n- did\n' >"$T/w20.md"
printf '{"basics": {"name": "G"}, "publications": [{"name": "Paper", "publisher": "A very long publisher name", "releaseDate": "2020-01"}]}' >"$T/w20.json"
for f in "$T/w20.md" "$T/w20.json"; do
	"$RESUME" render --width 20 -o "$T/w20.txt" "$f"
	# (wc -L: display columns, not bytes)
	w=$(wc -L <"$T/w20.txt")
	[ "$w" -le 20 ] || fail "$f --width 20: a line of $w columns: $(cat "$T/w20.txt")"
done

# missing input, a directory, an unreadable file
refused "$T/nope.md" 1 "nope.md: error: cannot open: No such file or directory" "missing input"
refused "$T" 1 "error: is a directory, not a résumé file" "directory as input"
if [ "$(id -u)" -ne 0 ]; then
	cp "$T/cv.md" "$T/locked.md" && chmod 000 "$T/locked.md"
	refused "$T/locked.md" 1 "Permission denied" "unreadable input"
fi

# output: unwritable, a full device, a closed stdout, the input itself
"$RESUME" render -o "$T/no/dir/x.txt" "$T/cv.md" 2>"$T/err"
expect_status 1 $? "unwritable output"
expect_contains "$T/err" "no/dir/x.txt: error: cannot write: No such file or directory" "unwritable output"
if [ -w /dev/full ]; then
	for f in txt pdf html; do
		"$RESUME" render --$f "$T/cv.md" >/dev/full 2>"$T/err"
		expect_status 1 $? "--$f to /dev/full"
		expect_contains "$T/err" "No space left on device" "--$f to /dev/full"
	done
fi
"$RESUME" render "$T/cv.md" >&- 2>"$T/err"
expect_status 1 $? "closed stdout"
expect_contains "$T/err" "<stdout>: error: write error: Bad file descriptor" "closed stdout"
"$RESUME" render --pdf "$T/cv.md" >&- 2>"$T/err"
expect_status 1 $? "closed stdout, PDF"
cp "$T/cv.md" "$T/same.md"
ln -s same.md "$T/alias.md"
for o in "$T/same.md" "$T/alias.md" "$T/./same.md"; do
	"$RESUME" render -o "$o" "$T/same.md" 2>"$T/err"
	expect_status 2 $? "output = input ($o)"
	expect_contains "$T/err" "error: output would overwrite the input" "output = input ($o)"
	cmp -s "$T/cv.md" "$T/same.md" || fail "output = input ($o): the input changed"
done
finish
