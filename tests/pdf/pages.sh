#!/bin/sh
# Pagination: the reference fits one A4 and one Letter page; a long résumé
# breaks between lines, never leaves a section title or an entry head at
# the foot of a page, and numbers its pages.
. "$(dirname "$0")/../cli/lib.sh"
REF=${REFERENCE:-}

if [ -n "$REF" ] && [ -f "$REF" ]; then
	for paper in a4 letter; do
		"$RESUME" render --pdf --paper $paper -o "$T/ref.pdf" "$REF"
		pages=$(pdfinfo "$T/ref.pdf" | awk '/^Pages:/ { print $2 }')
		expect_eq 1 "$pages" "the reference on one $paper page"
		pdftotext "$T/ref.pdf" - | grep -q "page 1 of" &&
			fail "a one-page résumé has a page footer"
	done
else
	echo "note: reference résumé absent, its page checks skipped"
fi

# a long résumé: 6 sections of 8 entries of 4 bullets
{
	echo "# Morgan Long"
	echo
	echo "morgan@example.com"
	for s in 1 2 3 4 5 6; do
		echo
		echo "## Section$s Experience"
		for e in 1 2 3 4 5 6 7 8; do
			echo
			echo "### Engineer $s.$e, Company$s$e Inc (2010 - 2012)"
			echo
			for b in 1 2 3 4; do
				echo "- Bullet $s.$e.$b: built and ran a service that took many words to describe, so that this line wraps onto a second one."
			done
		done
	done
} >"$T/long.md"
"$RESUME" render --pdf -o "$T/long.pdf" "$T/long.md"
expect_status 0 $? "render a long résumé"
pages=$(pdfinfo "$T/long.pdf" | awk '/^Pages:/ { print $2 }')
[ "$pages" -ge 4 ] || fail "long résumé: $pages pages"
p=1
while [ "$p" -le "$pages" ]; do
	pdftotext -layout -f $p -l $p "$T/long.pdf" "$T/p.txt"
	grep -v '^[[:space:]]*$' "$T/p.txt" >"$T/lines"
	expect_contains "$T/lines" "Morgan Long · page $p of $pages" "footer of page $p"
	# the last line above the footer is no title and no entry head
	last=$(tail -n 2 "$T/lines" | head -n 1)
	case "$last" in
	*Section*Experience*) fail "page $p ends with a section title: $last" ;;
	*Engineer*Company*) fail "page $p ends with an entry head: $last" ;;
	esac
	# a page never starts with the second line of a bullet alone
	first=$(head -n 1 "$T/lines")
	case "$first" in
	*"onto a second one."*) fail "page $p starts with a widow line: $first" ;;
	esac
	p=$((p + 1))
done

# tokens that must not be split at a line end
{
	echo "# Tok En"
	echo
	echo "## Skills List"
	echo
	i=0
	while [ $i -lt 60 ]; do
		printf 'word C/C++ C++ name.surname@example.com '
		i=$((i + 1))
	done
	echo
} >"$T/tok.md"
"$RESUME" render --pdf -o "$T/tok.pdf" "$T/tok.md"
pdftotext -layout "$T/tok.pdf" - | grep -E '(C/|C\+|@|example\.)$' >"$T/bad"
expect_empty "$T/bad" "" "tokens split across lines"
finish
