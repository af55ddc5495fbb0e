#!/bin/sh
# lang.sh: the language tables, both ways.  Written: with --lang CODE a
# JSON Resume's section titles, months, open end, labels, the HTML's
# language and direction and the PDF's footer are in that language.
# Read: a small Markdown résumé of each language (written here) with its
# work section's title and a range ending "until now" comes out of --json
# as a work entry with a startDate and no endDate.
. "$(dirname "$0")/lib.sh"

cat >"$T/r.json" <<'J'
{"basics": {"name": "Li Wei", "phone": "on request"},
 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-03",
   "highlights": ["Built things"]}],
 "education": [{"institution": "Uni", "area": "Physics",
   "startDate": "2012-09", "endDate": "2016-06"}]}
J

# CODE|work title|start as shown|open end|phone label
while IFS='|' read -r code title start now phone; do
	"$RESUME" render --txt --lang "$code" "$T/r.json" >"$T/$code.txt" 2>"$T/err"
	expect_empty "$T/err" "" "$code: no warning"
	expect_contains "$T/$code.txt" "$title" "$code: the work section's title"
	expect_contains "$T/$code.txt" "$start – $now" "$code: the start and open end"
	expect_contains "$T/$code.txt" "$phone" "$code: the phone's label"
done <<'L'
en|Experience|Mar 2019|Present|Phone
fr|Expérience|mars 2019|aujourd'hui|Téléphone
de|Berufserfahrung|März 2019|heute|Telefon
es|Experiencia|mar 2019|actualidad|Teléfono
it|Esperienza|mar 2019|oggi|Telefono
pt|Experiência|mar 2019|atual|Telefone
nl|Werkervaring|mrt 2019|heden|Telefoon
pl|Doświadczenie zawodowe|marzec 2019|obecnie|Telefon
ru|Опыт работы|март 2019|настоящее время|Телефон
uk|Досвід роботи|березень 2019|теперішній час|Телефон
tr|İş Deneyimi|Mart 2019|günümüz|Telefon
zh|工作经历|2019年3月|至今|电话
ja|職歴|2019年3月|現在|電話
ko|경력|2019년 3월|현재|전화
fa|سوابق کاری|مارس 2019|اکنون|تلفن
ar|الخبرة العملية|مارس 2019|حتى الآن|الهاتف
vi|Kinh nghiệm làm việc|03/2019|hiện tại|Điện thoại
L

# a closed range, each month in the language
"$RESUME" render --txt --lang de "$T/r.json" >"$T/de.txt"
expect_contains "$T/de.txt" "Sept. 2012 – Juni 2016" "de: a closed range"
# the document's language when --lang is not given: a Chinese résumé
sed 's/Li Wei/李伟/; s/Built things/负责后端开发与维护工作/' "$T/r.json" >"$T/zh.json"
"$RESUME" render --txt "$T/zh.json" >"$T/zh-auto.txt"
expect_contains "$T/zh-auto.txt" "2019年3月 – 至今" "zh detected: months and open end"
expect_contains "$T/zh-auto.txt" "工作经历" "zh detected: the title"
# an unknown language is a usage error that names it
"$RESUME" render --txt --lang xx "$T/r.json" >"$T/out" 2>"$T/err"
expect_status 2 $? "--lang xx"
expect_contains "$T/err" "'xx'" "--lang xx: named"

# a Markdown résumé's dates and titles, in the language asked for: an end
# that is a date and nothing more, the open end, a range in words; the
# note after it stays, and without --lang all is as written
printf '# Ann\n\n## Experience\n\n### Eng, Acme\n\nMarch 2019 – Present\n\n### Eng, Beta\n\nvon 2016 bis 2019 (Teilzeit)\n\n### Eng, Gamma\n\nSummer 2015\n' >"$T/d.md"
"$RESUME" render --txt --lang fr "$T/d.md" >"$T/d-fr.txt" 2>/dev/null
expect_contains "$T/d-fr.txt" "mars 2019 – aujourd'hui" "fr: a Markdown date and its open end"
expect_contains "$T/d-fr.txt" "2016 – 2019 (Teilzeit)" "fr: a range in words, its note kept"
expect_contains "$T/d-fr.txt" "été 2015" "fr: a season"
expect_contains "$T/d-fr.txt" "Expérience" "fr: a title the tables know"
"$RESUME" render --txt "$T/d.md" >"$T/d-en.txt" 2>/dev/null
expect_contains "$T/d-en.txt" "von 2016 bis 2019 (Teilzeit)" "no --lang: as written"

# words the author chose over the tables': the front matter, x-words, a
# theme (the document's win), each in its language or in all
printf -- '---\nwords:\n  present: to date\n  fr.work: Parcours\n  bogus: x\n  page: "%%s"\n---\n# Ann\n\n## Experience\n\n### Eng, Acme\n\n2019 – Present\n' >"$T/w.md"
"$RESUME" render --txt "$T/w.md" >"$T/w.txt" 2>"$T/err"
expect_contains "$T/w.txt" "Experience" "words: another language's word unused"
expect_contains "$T/err" "w.md:5:3: warning: the word 'bogus' is left out" "words: an unknown key named"
expect_contains "$T/err" "w.md:6:3: warning: the word 'page' is left out" "words: a page without {page}"
"$RESUME" render --txt --lang fr "$T/w.md" >"$T/w.txt" 2>/dev/null
expect_contains "$T/w.txt" "Parcours" "words: fr.work in French"
expect_contains "$T/w.txt" "2019 – to date" "words: present in every language"
printf '{"basics": {"name": "A"}, "work": [{"name": "X", "position": "Y", "startDate": "2019-03"}], "x-words": {"present": "ongoing", "work": "Career"}}' >"$T/w.json"
"$RESUME" render --txt "$T/w.json" >"$T/w.txt"
expect_contains "$T/w.txt" "Career" "x-words: a title"
expect_contains "$T/w.txt" "Mar 2019 – ongoing" "x-words: the open end"
"$RESUME" render --json "$T/w.json" >"$T/w2.json"
expect_eq '{"present":"ongoing","work":"Career"}' "$(jq -c '."x-words"' "$T/w2.json")" "--json writes x-words"
"$RESUME" render --md "$T/w.json" >"$T/w2.md"
"$RESUME" render --txt "$T/w2.md" >"$T/w2.txt"
expect_eq "$(cat "$T/w.txt")" "$(cat "$T/w2.txt")" "--md keeps the words"
printf 'word.present = still\nword.de.work = Werdegang\nword.page = S. {page}/{pages}\n' >"$T/w.theme"
sed 's/, "x-words".*}$/}/' "$T/w.json" >"$T/w3.json"
"$RESUME" render --html --lang de --theme "$T/w.theme" -o "$T/w.html" "$T/w3.json"
expect_contains "$T/w.html" "Werdegang" "theme word: a title"
expect_contains "$T/w.html" "– still</p>" "theme word: the open end"
"$RESUME" render --html --theme "$T/w.theme" -o "$T/w.html" "$T/w.json"
expect_contains "$T/w.html" "ongoing" "the document's word wins over the theme's"
printf 'word.page = %%n\n' >"$T/bad.theme"
"$RESUME" render --html --theme "$T/bad.theme" -o "$T/w.html" "$T/w.json" 2>"$T/err"
expect_status 1 $? "a theme word that is no page footer"
expect_contains "$T/err" "bad.theme:1:1: error: word.page" "the theme word named"

# HTML: the page's language and direction
for code in fa ar; do
	"$RESUME" render --html --lang $code -o "$T/$code.html" "$T/r.json"
	expect_contains "$T/$code.html" "<html lang=\"$code\" dir=\"rtl\">" "$code: html right to left"
done
"$RESUME" render --html --lang fr -o "$T/fr.html" "$T/r.json"
expect_contains "$T/fr.html" '<html lang="fr">' "fr: html lang"
expect_contains "$T/fr.html" "Formation" "fr: html title"

# PDF: the footer and the titles
if command -v pdftotext >/dev/null 2>&1; then
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40; do
		printf '"Delivered item %s of a long list so that the page is full and a second one follows",' "$i"
	done >"$T/items"
	sed "s/\"Built things\"/$(sed 's/,$//' "$T/items")/" "$T/r.json" >"$T/long.json"
	"$RESUME" render --pdf --lang de -o "$T/de.pdf" "$T/long.json"
	pdftotext "$T/de.pdf" "$T/de-pdf.txt"
	expect_contains "$T/de-pdf.txt" "Seite 1 von 2" "de: the PDF's footer"
	"$RESUME" render --pdf --lang de --theme "$T/w.theme" -o "$T/dew.pdf" "$T/long.json"
	pdftotext "$T/dew.pdf" "$T/dew.txt"
	expect_contains "$T/dew.txt" "S. 2/2" "a theme's page footer"
	expect_contains "$T/de-pdf.txt" "Berufserfahrung" "de: the PDF's title"
	# right to left: the titles end at the column's right end, 54 pt in
	# from the A4 page's (the only Arabic letters above the footer)
	printf '{"basics": {"name": "Li Wei"}, "work": [{"name": "Acme", "position": "Engineer", "highlights": ["Built things"]}]}' >"$T/plain.json"
	for code in ar fa; do
		"$RESUME" render --pdf --paper a4 --lang $code -o "$T/$code.pdf" "$T/plain.json"
		pdftotext -bbox "$T/$code.pdf" - | LC_ALL=C awk '
			/<word / && />[\330-\333]/ {
				match($0, /xMax="[0-9.]+"/); x = substr($0, RSTART + 6, RLENGTH - 7) + 0
				match($0, /yMin="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
				if (y < 700 && x > max) max = x
			}
			END { print max + 0 }' >"$T/x"
		checks=$((checks + 1))
		awk '{ exit !($1 > 536 && $1 < 542) }' "$T/x" ||
			fail "$code: the PDF's title ends at x=$(cat "$T/x"), not at the right margin (541)"
	done
	if command -v qpdf >/dev/null 2>&1; then
		qpdf --check "$T/de.pdf" >"$T/q" 2>&1
		expect_status 0 $? "de: qpdf --check"
	fi
else
	echo "pdftotext not installed: the PDF checks are skipped"
fi

# read: a work section titled and dated in each language
while IFS='|' read -r code title dates; do
	printf '# Ann Example\n\n## %s\n\n### Engineer, Acme\n\n%s\n\n- Built things\n' "$title" "$dates" >"$T/$code.md"
	"$RESUME" render --json "$T/$code.md" >"$T/$code-md.json" 2>"$T/err"
	got=$(jq -r '[.work[0].position, .work[0].name, .work[0].startDate, (.work[0].endDate // "open")] | join(" ")' "$T/$code-md.json" 2>/dev/null)
	expect_eq "Engineer Acme 2019-03 open" "$got" "$code: read '$title' / '$dates'"
done <<'L'
en|Work Experience|March 2019 – Present
fr|Expériences professionnelles|depuis 03/2019
de|Berufserfahrung|03/2019 – heute
es|Experiencia laboral|marzo 2019 - actualidad
it|Esperienza lavorativa|marzo 2019 - oggi
pt|Experiência profissional|mar/2019 - atual
nl|Werkervaring|maart 2019 - heden
pl|Doświadczenie zawodowe|marzec 2019 - obecnie
ru|Опыт работы|март 2019 — по настоящее время
uk|Досвід роботи|березень 2019 – дотепер
tr|İş Deneyimi|Mart 2019 - Günümüz
zh|工作经历|2019年3月 - 至今
ja|職歴|2019年3月 〜 現在
ko|경력|2019년 3월 – 현재
fa|سوابق کاری|مارس 2019 - اکنون
ar|الخبرة العملية|مارس 2019 - حتى الآن
vi|Kinh nghiệm làm việc|Tháng 3/2019 - Hiện tại
L
finish
