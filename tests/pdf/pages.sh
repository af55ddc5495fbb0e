#!/bin/sh
# Pagination: the reference fits one A4 and one Letter page; a long résumé
# breaks between lines, never leaves a section title or an entry head at
# the foot of a page, nor one line of a paragraph alone, and numbers its
# pages (one page too).
. "$(dirname "$0")/../cli/lib.sh"
REF=${REFERENCE:-}

if [ -n "$REF" ] && [ -f "$REF" ]; then
	for paper in a4 letter; do
		"$RESUME" render --pdf --paper $paper -o "$T/ref.pdf" "$REF"
		pages=$(pdfinfo "$T/ref.pdf" | awk '/^Pages:/ { print $2 }')
		expect_eq 1 "$pages" "the reference on one $paper page"
		# the footer, on one page too, at the end of the foot: what
		# pdftotext needs to read each date with its entry
		pdftotext "$T/ref.pdf" - | grep -q " · page 1 of 1" ||
			fail "the one-page résumé's footer"
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
	p=$((p + 1))
done

# keep-together, wherever the page breaks fall: twenty résumés, each moved
# down by one more line.  Every paragraph and bullet starts with its own
# token Sn and ends with En (Fn: the last bullet of an entry), entry heads
# carry Hn.  At no page break may a page end with a head or within two
# lines after one, end on the first line of a paragraph (an orphan), or
# start with the last line of one (a widow), or start with an entry's last
# bullet alone when that bullet is one line.
words() {
	i=0
	while [ "$i" -lt "$1" ]; do
		printf ' word'
		i=$((i + 1))
	done
}
for shift in 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19; do
	{
		echo "# Kim Keep"
		echo
		echo "kim@example.com"
		echo
		echo "## Summary"
		k=0
		while [ "$k" -lt "$shift" ]; do
			echo
			echo "Filler line $k."
			k=$((k + 1))
		done
		n=0
		for s in 1 2 3; do
			echo
			echo "## Section $s"
			for e in 1 2 3 4 5 6; do
				echo
				echo "### Engineer H$s$e, Acme (2010 - 2012)"
				echo
				for b in 1 2 3 4; do
					n=$((n + 1))
					# one, two or three lines, by turns
					len=$(((n % 3) * 22 + 6))
					end=E$n
					# an entry's last bullet: one line
					[ "$b" -eq 4 ] && end=F$n len=6
					echo "- S$n$(words $len) $end"
				done
			done
		done
	} >"$T/keep.md"
	"$RESUME" render --pdf -o "$T/keep.pdf" "$T/keep.md" || fail "keep $shift: no PDF"
	pages=$(pdfinfo "$T/keep.pdf" | awk '/^Pages:/ { print $2 }')
	p=1
	while [ "$p" -le "$pages" ]; do
		pdftotext -layout -f "$p" -l "$p" "$T/keep.pdf" - |
			grep -v -e '^[[:space:]]*$' -e 'page [0-9]* of' >"$T/page$p"
		p=$((p + 1))
	done
	p=1
	while [ "$p" -lt "$pages" ]; do
		checks=$((checks + 1))
		last=$(tail -n 1 "$T/page$p")
		tail -n 2 "$T/page$p" | grep -q 'H[0-9]' &&
			fail "keep $shift: page $p ends within two lines of an entry head"
		s=$(printf '%s\n' "$last" | grep -o 'S[0-9]*' | tail -n 1)
		if [ -n "$s" ] && ! printf '%s\n' "$last" | grep -q "[EF]${s#S}\$"; then
			fail "keep $shift: page $p ends on the first line of ${s#S}: $last"
		fi
		first=$(head -n 1 "$T/page$((p + 1))")
		e=$(printf '%s\n' "$first" | grep -o '[EF][0-9]*$')
		if [ -n "$e" ] && ! printf '%s\n' "$first" | grep -q "S${e#?}[^0-9]"; then
			fail "keep $shift: page $((p + 1)) starts with the last line of ${e#?}: $first"
		fi
		case "$e" in
		F*) printf '%s\n' "$first" | grep -q "S${e#F}[^0-9]" &&
			fail "keep $shift: page $((p + 1)) starts with an entry's last bullet alone: $first" ;;
		esac
		p=$((p + 1))
	done
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
