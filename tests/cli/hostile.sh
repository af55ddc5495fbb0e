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
expect_contains "$T/err" "--max-size takes a positive number of bytes, not '0'" "validate --max-size 0"
"$RESUME" render --max-size 50 - <"$T/cv.md" >"$T/out" 2>"$T/err"
expect_status 1 $? "stdin over --max-size"
expect_contains "$T/err" "<stdin>: error: input is larger than the 50-byte limit" "stdin over --max-size"
"$RESUME" render --max-size 0 "$T/cv.md" >"$T/out" 2>"$T/err"
expect_status 2 $? "--max-size 0"

# every backend: exit 0, and the output holds the text
all_formats() {
	in=$1 what=$2 needle=$3
	for f in txt html json md pdf; do
		"$RESUME" render --"$f" -o "$T/o.$f" "$in" 2>"$T/err"
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
