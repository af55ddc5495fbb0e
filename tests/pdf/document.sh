#!/bin/sh
# The PDF as a document: pages, metadata, embedded subset fonts, links,
# outline, byte-identical rebuilds, paper sizes, missing-glyph warnings.
. "$(dirname "$0")/../cli/lib.sh"
EX=$(dirname "$0")/../../data/examples

"$RESUME" render --pdf -o "$T/a.pdf" "$EX/alex-rivera.md" 2>"$T/err"
expect_status 0 $? "render --pdf"
expect_empty "$T/err" "" "stderr"
head -c 5 "$T/a.pdf" >"$T/magic"
expect_eq "%PDF-" "$(cat "$T/magic")" "PDF magic"

pdfinfo "$T/a.pdf" >"$T/info"
expect_contains "$T/info" "Pages:           1" "one page"
expect_contains "$T/info" "Page size:       595.276 x 841.89 pts (A4)" "A4 by default"
expect_contains "$T/info" "Title:           Alex Rivera – Résumé" "Title"
expect_contains "$T/info" "Author:          Alex Rivera" "Author"
expect_contains "$T/info" "Subject:         Site Reliability Engineer" "Subject"
expect_contains "$T/info" "Keywords:        Go, C, Python, Bash, SQL, Linux" "Keywords: the skills"
expect_contains "$T/info" "Creator:         resume 0.1.0" "Creator"
# SOURCE_DATE_EPOCH=1700000000 is 2023-11-14 22:13:20 UTC
expect_contains "$T/info" "CreationDate:    Tue Nov 14 22:13:20 2023 UTC" "CreationDate"
expect_contains "$T/info" "ModDate:         Tue Nov 14 22:13:20 2023 UTC" "ModDate"

# every font embedded and subset
pdffonts "$T/a.pdf" | tail -n +3 >"$T/fonts"
[ -s "$T/fonts" ] || fail "no fonts listed"
awk '$(NF-4) != "yes" || $(NF-3) != "yes" { print "not embedded+subset: " $0; bad = 1 } END { exit bad }' "$T/fonts" ||
	fail "a font is not embedded and subset"
expect_contains "$T/fonts" "Lato-Regular" "the default family is Lato"

# links: exact targets, no file paths, none for '#'
pdfinfo -url "$T/a.pdf" | tail -n +2 | awk '{ print $3 }' | sort >"$T/urls"
printf '%s\n' "https://alexrivera.dev" "https://example.com/exporter" \
	"https://github.com/arivera" "https://github.com/arivera/tinyraft" \
	"mailto:alex.rivera@example.com" >"$T/want"
sort -u "$T/urls" >"$T/urls.u"
diff -u "$T/want" "$T/urls.u" || fail "link targets differ"
grep -q "file:" "$T/urls" && fail "a file: link"

# one outline entry per section
pdftohtml -xml -i -stdout "$T/a.pdf" 2>/dev/null | sed -n 's/.*<item page="[0-9]*">\(.*\)<\/item>.*/\1/p' >"$T/outline"
printf '%s\n' Experience Education Skills Projects Languages Awards >"$T/want"
diff -u "$T/want" "$T/outline" || fail "outline differs"

# the same input gives the same bytes
"$RESUME" render --pdf -o "$T/b.pdf" "$EX/alex-rivera.md"
cmp -s "$T/a.pdf" "$T/b.pdf" || fail "two renders differ"
"$RESUME" render --pdf "$EX/alex-rivera.md" >"$T/c.pdf"
cmp -s "$T/a.pdf" "$T/c.pdf" || fail "stdout render differs"

# tagged PDF that mirrors the model: the structure, the language, the
# title shown by viewers; a bullet is read before its text
pdfinfo "$T/a.pdf" | grep -q '^Tagged: *yes' || fail "the PDF is not tagged"
pdfinfo -struct "$T/a.pdf" | sed 's/ *(.*)//; s/^ *//' | grep -v '^Object' | sort -u >"$T/struct"
for el in Document H1 H2 H3 P L LI Lbl LBody Link Sect; do
	grep -qx "$el" "$T/struct" || fail "no $el in the structure tree: $(tr '\n' ' ' <"$T/struct")"
done
qpdf --qdf --object-streams=disable "$T/a.pdf" "$T/qdf.pdf"
grep -a -q '/Lang (en)' "$T/qdf.pdf" || fail "no /Lang (en) in the catalogue"
grep -a -q '/DisplayDocTitle true' "$T/qdf.pdf" || fail "viewers are not asked to show the title"
expect_eq '•' "$(pdfinfo -struct-text "$T/a.pdf" | grep -A1 '^ *Lbl' | sed -n 2p | tr -d ' "')" "a list label holds the bullet"
mutool draw -F txt -o "$T/m.txt" "$T/a.pdf" 2>/dev/null
grep -q '^• Cut p99 write latency' "$T/m.txt" || fail "mutool: the bullet is not before its text"
printf '# T\n\n## School\n\n| Period | School |\n|---|---|\n| 2010 | MIT |\n\n- one\n  - nested\n- two\n' >"$T/tab.md"
"$RESUME" render --pdf -o "$T/tab.pdf" "$T/tab.md"
pdfinfo -struct "$T/tab.pdf" | sed 's/ *(.*)//; s/^ *//' | tr '\n' ' ' >"$T/tstruct"
for el in "Table TR TH TH TR TD TD" "L LI Lbl LBody L LI Lbl LBody LI Lbl LBody"; do
	grep -q "$el" "$T/tstruct" || fail "structure lacks '$el': $(cat "$T/tstruct")"
done
for lang in zh fa; do
	case $lang in zh) t='# 测试\n\n如果\n' ;; fa) t='# محمد حسین‌زاده\n\nمهندس نرم‌افزار\n' ;; esac
	printf "$t" >"$T/$lang.md"
	"$RESUME" render --pdf -o "$T/$lang.pdf" "$T/$lang.md" 2>/dev/null
	pdfinfo "$T/$lang.pdf" | grep -q '^Tagged: *yes' || fail "$lang: the PDF is not tagged"
	qpdf --qdf --object-streams=disable "$T/$lang.pdf" "$T/qdf.pdf"
	grep -a -q "/Lang ($lang" "$T/qdf.pdf" || fail "$lang: no /Lang ($lang…)"
done
# Arabic script in Noto Sans Arabic in every theme (the mono font's
# DejaVu once covered it, and set the body text in DejaVu Sans)
for th in $("$RESUME_REAL" themes | awk '{ print $1 }'); do
	"$RESUME" render --pdf --theme "$th" -o "$T/fa-$th.pdf" "$T/fa.md" 2>/dev/null
	pdffonts "$T/fa-$th.pdf" | tail -n +3 | awk '{ print $1 }' | sed 's/^[A-Z]*+//' | sort -u >"$T/fa-fonts"
	grep -q '^NotoSansArabic' "$T/fa-fonts" || fail "$th: Persian not in Noto Sans Arabic: $(tr '\n' ' ' <"$T/fa-fonts")"
	grep -q '^DejaVuSans' "$T/fa-fonts" && fail "$th: Persian in DejaVu Sans"
done

"$RESUME" render --pdf --paper letter -o "$T/l.pdf" "$EX/alex-rivera.md"
pdfinfo "$T/l.pdf" >"$T/info"
expect_contains "$T/info" "Page size:       612 x 792 pts (letter)" "--paper letter"
# the default paper follows the locale; the flag wins over it
LC_ALL=en_US.UTF-8 "$RESUME" render --pdf -o "$T/us.pdf" "$EX/alex-rivera.md"
pdfinfo "$T/us.pdf" >"$T/info"
expect_contains "$T/info" "(letter)" "letter in a US locale"
LC_ALL= LC_PAPER=fr_CA.UTF-8 LANG=de_DE.UTF-8 "$RESUME" render --pdf -o "$T/ca.pdf" "$EX/alex-rivera.md"
pdfinfo "$T/ca.pdf" >"$T/info"
expect_contains "$T/info" "(letter)" "LC_PAPER before LANG"
LC_ALL=de_DE.UTF-8 "$RESUME" render --pdf -o "$T/de.pdf" "$EX/alex-rivera.md"
pdfinfo "$T/de.pdf" >"$T/info"
expect_contains "$T/info" "(A4)" "A4 in a German locale"
LC_ALL=en_US.UTF-8 "$RESUME" render --pdf --paper a4 -o "$T/us4.pdf" "$EX/alex-rivera.md"
pdfinfo "$T/us4.pdf" >"$T/info"
expect_contains "$T/info" "(A4)" "--paper a4 over the locale"
LC_ALL=en_US.UTF-8 "$RESUME" render --html "$EX/alex-rivera.md" >"$T/us.html"
expect_contains "$T/us.html" "letter" "HTML print size follows the locale"
"$RESUME" render --pdf --paper a5 -o "$T/x.pdf" "$EX/alex-rivera.md" 2>"$T/err"
expect_status 2 $? "--paper a5"
expect_contains "$T/err" "--paper takes a4 or letter, not 'a5'" "--paper a5"

# a character no installed font has: a warning with its code point and
# place, and still a PDF
printf '# X\n\nx@example.com\n\n## Notes\n\nSiyaq \360\236\264\201 number.\n' >"$T/g.md"
"$RESUME" render --pdf -o "$T/g.pdf" "$T/g.md" 2>"$T/err"
expect_status 0 $? "missing glyph"
expect_eq "resume: $T/g.md:7:1: warning: no installed font has U+1ED01 '𞴁' (tried Lato, Noto Sans, Noto Sans Arabic, then every font fontconfig knows); it shows as a box [missing-glyph]" "$(cat "$T/err")" "missing glyph warning"
# Chinese, Japanese, Russian and Persian find real glyphs
printf '# 陈静 Léa\n\n## Notes\n\n日本語のテキスト, Опыт работы, مهندس نرم‌افزار\n' >"$T/s.md"
"$RESUME" render --pdf -o "$T/s.pdf" "$T/s.md" 2>"$T/err"
expect_empty "$T/err" "" "scripts: no missing glyphs"
pdffonts "$T/s.pdf" >"$T/fonts"
expect_contains "$T/fonts" "NotoSansCJK" "CJK falls back to Noto CJK"
expect_contains "$T/fonts" "NotoSansArabic" "Persian falls back to Noto Arabic"

# word spaces keep their width before A, T, W and Y (no kerning across a
# space, as in a browser): each gap at least 60 % of the widest on the
# line
printf '# Kern Test\n\n## Summary\n\nWe power AWS and ship ASICs to Tokyo with Wayne of York.\n' >"$T/kern.md"
"$RESUME" render --pdf -o "$T/kern.pdf" "$T/kern.md"
pdftotext -bbox "$T/kern.pdf" - | awk 'BEGIN { n = 0 }
    /<word / { match($0, /xMin="[0-9.]+"/); x0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
               match($0, /xMax="[0-9.]+"/); x1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
               match($0, /yMin="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
               w = $0; sub(/.*">/, "", w); sub(/<.*/, "", w)
               if (started && y == ly) { g[n] = x0 - px; name[n++] = w }
               if (w == "We") { started = 1; ly = y }
               px = x1 }
    END { for (i = 0; i < n; i++) if (g[i] > max) max = g[i]
          for (i = 0; i < n; i++) if (g[i] < 0.6 * max) printf "%s %.2f of %.2f\n", name[i], g[i], max }' >"$T/narrow"
checks=$((checks + 1))
[ ! -s "$T/narrow" ] || { fail "word spaces narrowed by kerning:"; cat "$T/narrow"; }
# nor after a letter (Lato kerns "y " and "//"): the content stream's
# words, as pdftotext -raw reads them, are the text's
printf '# Kern Test\n\n## Summary\n\nValuable to any company. Company proved it at http://piedpiper.example.com every day.\n' >"$T/kern2.md"
"$RESUME" render --pdf --theme compact -o "$T/kern2.pdf" "$T/kern2.md"
# (the lines joined: where the line breaks is not the point)
pdftotext -raw "$T/kern2.pdf" - | tr '\n' ' ' >"$T/kern2.txt"
expect_contains "$T/kern2.txt" "to any company. Company proved it at http://piedpiper.example.com every" "words apart after 'y' and in a URL"
finish
