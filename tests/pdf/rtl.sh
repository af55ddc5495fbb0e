#!/bin/sh
# rtl.sh LCS [PERSIAN]: right-to-left text as PDF readers read it back.
# A résumé written twice, in English and then in Persian: the Persian
# part begins a page of its own (and the HTML page prints it so), where
# pdftotext, which guesses each page's direction from its letters, reads
# it in order, a zero-width non-joiner kept inside its word
# ("نرم‌افزار"), every line flush right.  One Persian section at the end
# of an English résumé does not move, nor goes to the sidebar.  And the corpus's bilingual
# résumé (PERSIAN, from ../shared: passed over with a message where
# absent), in every theme: pdftotext recovers at least 95 % of the words
# of --txt in order (a sidebar's read first, as the outline lists them).
. "$(dirname "$0")/../cli/lib.sh"
lcs=$1 fa=${2:-}
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not installed"; exit 77; }

cat >"$T/en.md" <<'MD'
# Sara Karimi

Backend Engineer · sara@example.com

## Experience

### Platform Engineer — Acme · 2020 – 2024

- Built the deployment pipeline for forty services.
- Cut build times in half.

## Skills

Go, Python, Kubernetes
MD
cat >"$T/fa.md" <<'MD'
# سارا کریمی

مهندس نرم‌افزار

## تجربه کاری

### مهندس پلتفرم — اکمه · 2020 – 2024

- طراحی و پیاده‌سازی خط استقرار برای چهل سرویس با Go و Python
- کاهش زمان ساخت به نصف در پروژه‌های تیم

## مهارت‌ها

پایتون، کوبرنتیز، پایگاه‌های داده
MD
cat "$T/en.md" "$T/fa.md" >"$T/bi.md"

"$RESUME" render --pdf -o "$T/bi.pdf" "$T/bi.md"
expect_status 0 $? "render the bilingual résumé"
pdfinfo "$T/bi.pdf" | grep -q '^Pages: *2$' || fail "the bilingual résumé is not two pages: $(pdfinfo "$T/bi.pdf" | grep Pages)"
pdftotext -f 1 -l 1 -enc UTF-8 "$T/bi.pdf" "$T/p1.txt"
pdftotext -f 2 -l 2 -enc UTF-8 "$T/bi.pdf" "$T/p2.txt"
grep -q 'سارا' "$T/p1.txt" && fail "Persian on the English page"
# the Persian page, words and order, as --txt of the Persian part alone
# writes them (its footer aside)
"$RESUME" render --txt "$T/fa.md" >"$T/fa.txt"
grep -v -E "$("$FOOTERS")" "$T/p2.txt" >"$T/p2.body"
"$lcs" 1 "$T/fa.txt" "$T/p2.body" >"$T/r" ||
	fail "pdftotext reads the Persian page out of order: $(cat "$T/r")"
grep -q 'نرم‌افزار' "$T/p2.txt" || fail "the non-joiner is not in the text layer"
grep -q 'پیاده‌سازی' "$T/p2.txt" || fail "the non-joiner is not in the text layer"
# every Persian line ends at the right edge, one-line paragraphs too
pdftotext -bbox-layout -f 1 -l 2 "$T/bi.pdf" - >"$T/bbox"
LC_ALL=C awk -f "$(dirname "$0")/flush-right.awk" "$T/bbox" >"$T/r" ||
	{ fail "Persian lines not flush right:"; sed 's/^/    /' "$T/r"; }
# in a sidebar theme too: the Persian skills stay with the Persian part,
# not in the English page's sidebar
"$RESUME" render --pdf --theme sidebar -o "$T/bs.pdf" "$T/bi.md"
pdftotext -f 1 -l 1 -enc UTF-8 "$T/bs.pdf" "$T/bs1.txt"
grep -q 'مهارت' "$T/bs1.txt" && fail "sidebar: the Persian skills are on the English page"
# one Persian section after English ones stays in the flow
printf '## زبان‌ها\n\nفارسی، انگلیسی\n' >"$T/one.md"
cat "$T/en.md" "$T/one.md" >"$T/en1.md"
"$RESUME" render --pdf -o "$T/en1.pdf" "$T/en1.md"
pdfinfo "$T/en1.pdf" | grep -q '^Pages: *1$' || fail "one Persian section took a page of its own"
# Persian alone: one page, none left blank before it
"$RESUME" render --pdf -o "$T/fa.pdf" "$T/fa.md"
pdfinfo "$T/fa.pdf" | grep -q '^Pages: *1$' || fail "a Persian résumé alone is not one page"
# the HTML page prints the Persian part from a new page
"$RESUME" render --html -o "$T/bi.html" "$T/bi.md"
expect_eq 1 "$(grep -o '<section class="[a-z]* turn"' "$T/bi.html" | wc -l)" "one section begins the turned part"
grep -o '<section class="[a-z]* turn"[^>]*><h2[^>]*>[^<]*' "$T/bi.html" | grep -q 'سارا کریمی' ||
	fail "the turned part does not begin at the Persian name"
grep -q '\.turn{break-before:page}' "$T/bi.html" || fail "no page break before the turned part in print"
"$RESUME" render --html -o "$T/en1.html" "$T/en1.md"
grep -q 'class="[a-z]* turn"' "$T/en1.html" && fail "one Persian section turns the HTML page"

if [ -f "$fa" ]; then
	"$RESUME" render --txt "$fa" >"$T/c.txt" 2>/dev/null
	for theme in $("$RESUME_REAL" themes | awk '{ print $1 }'); do
		"$RESUME" render --pdf --theme "$theme" -o "$T/c.pdf" "$fa" 2>/dev/null
		expect_status 0 $? "render $fa ($theme)"
		# a sidebar's sections are read first, as the outline lists them
		cp "$T/c.txt" "$T/e.txt"
		if command -v mutool >/dev/null 2>&1; then
			mutool show "$T/c.pdf" outline >"$T/outline" 2>/dev/null
			awk -f "$(dirname "$0")/outline-order.awk" "$T/outline" "$T/c.txt" >"$T/e.txt"
		fi
		pdftotext -enc UTF-8 "$T/c.pdf" - | grep -v -E "$("$FOOTERS")" >"$T/c.pt"
		"$lcs" 0.95 "$T/e.txt" "$T/c.pt" >"$T/r" ||
			fail "$theme: pdftotext recovers too few of $fa's words in order: $(cut -d' ' -f1 "$T/r")"
		echo "pdftotext of $fa ($theme): $(cut -d' ' -f1 "$T/r")"
	done
else
	echo "note: ${fa:-the Persian corpus résumé} is absent (../shared): its extraction ratio is not measured"
fi
echo "$checks checks, $failures failures"
[ "$failures" -eq 0 ]
