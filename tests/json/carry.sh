#!/bin/sh
# What Markdown carries for JSON Resume: a photo, the parts of a place and
# the document's meta in a YAML front matter; a work entry's description
# as an italic line; keywords holding commas; a dated entry with no name;
# a category with no items.  Each goes JSON -> Markdown -> JSON unchanged,
# hostile strings included, and is read from hand-written Markdown too.
. "$(dirname "$0")/../cli/lib.sh"

# reads_back STEM WHAT: $T/STEM.json, the export of $T/STEM.md, reads
# back to the same text, and JSON -> Markdown -> JSON is a fixed point
reads_back() {
	"$RESUME" render --txt "$T/$1.md" >"$T/$1.txt"
	"$RESUME" render --txt "$T/$1.json" >"$T/$1.2.txt" 2>/dev/null
	checks=$((checks + 1))
	cmp -s "$T/$1.txt" "$T/$1.2.txt" ||
		{ fail "$2: the JSON reads back otherwise:"; diff -u "$T/$1.txt" "$T/$1.2.txt"; }
	"$RESUME" render --md "$T/$1.json" | "$RESUME" render --json - >"$T/$1.3.json" 2>/dev/null
	checks=$((checks + 1))
	cmp -s "$T/$1.json" "$T/$1.3.json" ||
		{ fail "$2: JSON -> Markdown -> JSON changed:"; diff -u "$T/$1.json" "$T/$1.3.json"; }
}


# U+2028, NEL, a quote, a backslash, a newline and a front matter's end
# in the values; a key YAML would take for syntax
printf '%s\n' '{"basics": {"name": "Ada Byron", "image": "https://ada.example/me.jpg",
  "location": {"address": "12 Loom Lane\nFlat 3", "postalCode": "W1 4AB",
    "city": "London", "countryCode": "GB", "region": "Greater London"}},
 "work": [{"name": "Analytical Co", "position": "Programmer",
   "description": "Engines, \"difference\" and analytical",
   "summary": "Wrote notes.", "startDate": "1842"}],
 "skills": [{"name": "Web", "keywords": ["HTML5, HTML", "CSS3, CSS", "Sass"]},
   {"name": "Looms"}],
 "education": [{"startDate": "1833", "endDate": "1835", "courses": ["Maths"]},
   {"institution": "Home", "startDate": "1830", "endDate": "1832"}],
 "meta": {"canonical": "https://ada.example/cv.json",
   "lastModified": "a\u2028b\u0085c\u009b\u0007 \\ \" x\n---\n# Evil\n",
   "#: [x]": "k"}}' >"$T/a.json"
"$RESUME" render --json "$T/a.json" >"$T/a.out.json" 2>"$T/err"
expect_status 0 $? "export"
expect_empty "$T/err" "" "export stderr"
"$RESUME" render --md "$T/a.json" >"$T/b.md" 2>"$T/err"
expect_status 0 $? "--md"
expect_empty "$T/err" "" "--md stderr"
"$RESUME" render --json "$T/b.md" >"$T/c.json" 2>"$T/err"
expect_status 0 $? "--json of the Markdown"
expect_empty "$T/err" "" "--json of the Markdown: stderr"
checks=$((checks + 1))
cmp -s "$T/a.out.json" "$T/c.json" ||
	{ fail "JSON -> Markdown -> JSON changed:"; diff -u "$T/a.out.json" "$T/c.json"; }
for k in '"image": "https://ada.example/me.jpg"' '"postalCode": "W1 4AB"' \
	'"region": "Greater London"' '"countryCode": "GB"' '"address": "12 Loom Lane\nFlat 3"' \
	'"description": "Engines, \"difference\" and analytical"' '"summary": "Wrote notes."' \
	'"HTML5, HTML"' '"name": "Looms"' '"startDate": "1833"' '"#: [x]": "k"' \
	'"canonical": "https://ada.example/cv.json"'; do
	expect_contains "$T/c.json" "$k" "carried"
done
# the hostile value stays a value: one name heading, no "# Evil"
checks=$((checks + 1))
[ "$(grep -c '^# ' "$T/b.md")" = 1 ] || fail "a meta value broke out of the front matter"
expect_contains "$T/b.md" '*Engines, "difference" and analytical*' "the description in italics"
expect_contains "$T/b.md" '**Web:** HTML5, HTML; CSS3, CSS; Sass' "keywords holding commas"
"$RESUME" render --txt "$T/a.json" >"$T/a.txt"
expect_contains "$T/a.txt" "12 Loom Lane, Flat 3, London, Greater London, W1 4AB, GB" "the place shown"

# by hand: the place only in the front matter is the place; a photo that
# is a file of this machine is left out, with a warning at its line
cat >"$T/h.md" <<'M'
---
layout: resume
image: /etc/passwd
location:
  city: Lyon
  countryCode: FR
---
# Léa Martin

lea@example.org

## Experience

### Engineer | Acme (2020 – 2022)

*A maker of anvils*

- Did things

## Skills

- **Web:** HTML5, HTML; CSS
- **Looms**
M
"$RESUME" render --json "$T/h.md" >"$T/h.json" 2>"$T/err"
expect_status 0 $? "hand-written front matter"
expect_contains "$T/err" "h.md:3:8: warning: the image '/etc/passwd' is neither an http(s) URL nor a JPEG or PNG file beside the résumé; it is left out" "a local image"
expect_contains "$T/h.json" '"city": "Lyon"' "front matter city"
expect_contains "$T/h.json" '"countryCode": "FR"' "front matter country"
expect_contains "$T/h.json" '"description": "A maker of anvils"' "an italic line is the description"
expect_contains "$T/h.json" '"HTML5, HTML"' "semicolons split"
expect_contains "$T/h.json" '"name": "Looms"' "a bold category alone"
grep -q passwd "$T/h.json" && fail "a local file became the image"
"$RESUME" render --txt "$T/h.md" >"$T/h.txt"
expect_contains "$T/h.txt" "Lyon, FR" "the front matter's place shown"

# a contact line naming another place wins, and says so
printf -- '---\nlocation:\n  city: Lyon\n---\n# Léa\n\nlea@example.org · Paris, France\n\n## Skills\n\n- Go\n' >"$T/p.md"
"$RESUME" render --json "$T/p.md" >"$T/p.json" 2>"$T/err"
expect_contains "$T/err" "p.md:2:1: warning: the front matter's location (\"Lyon\") is not the place the contact line names (\"Paris, France\")" "a place in two minds"
expect_contains "$T/p.json" '"city": "Paris, France"' "the contact line's place"

# what JSON Resume has no section for goes where the themes show it: a
# section of no kind among the projects, text before a section's entries
# as an entry of its kind, an education paragraph among the courses, a
# labelled contact as a profile; each reads back as it was
cat >"$T/k.md" <<'M'
# Kim Park

kim@example.org · QQ: 61234

This template comes from [Example Jobs](https://jobs.example.com), thanks.

## Experience

Newest first.

### Engineer | Acme (2020 – 2022)

- Did things

## Education

### BSc, Physics | Uni (2016 – 2020)

Thesis on lasers.

- Optics

## Speaking

### Keynote | PyCon (2021)

- On lasers

## Quotes

> Stay curious.
M
"$RESUME" render --json "$T/k.md" >"$T/k.json" 2>"$T/err"
expect_status 0 $? "sections of no kind"
sed -n '/"projects": \[/,/^  \]/p' "$T/k.json" >"$T/k.projects"
for k in '"x-section": "Speaking"' '"x-custom": true' '"name": "Keynote"' '"entity": "PyCon"' \
	'"x-section": "Quotes"' '"x-intro": "> Stay curious.'; do
	expect_contains "$T/k.projects" "$k" "a section of no kind among the projects"
done
expect_contains "$T/k.json" '"x-intro": "Newest first.' "a work section's text before its entries"
expect_contains "$T/k.json" '"summary": "Newest first."' "shown as a work entry's summary"
expect_contains "$T/k.json" '"Thesis on lasers."' "an education paragraph among the courses"
expect_contains "$T/k.json" '"x-paragraphs": [' "and marked as one"
expect_contains "$T/k.json" '"network": "QQ"' "a labelled contact as a profile"
expect_contains "$T/k.json" '"summary": "This template comes from [Example Jobs](https://jobs.example.com), thanks."' "a sentence with a link is no contact"
checks=$((checks + 1))
grep -q '"x-sections"' "$T/k.json" && fail "x-sections written"
reads_back k "sections of no kind"

# the words a web address is shown as, which basics.url cannot hold, are
# basics.x-url-text and read back as the link's words, brackets and all;
# an address shown as itself writes none.  (Its one skill without a name
# must go back to Markdown as a list item: alone on a line, it read back
# as a paragraph.)
printf '%s\n' '# Ann Lee' '' 'ann@example.org · [My *wiki* page [en]](https://en.wikipedia.org/wiki/Ann_Lee)' '' \
	'## Skills' '' '- Optics' >"$T/u.md"
"$RESUME" render --json "$T/u.md" >"$T/u.json" 2>"$T/err"
expect_status 0 $? "a labelled web address"
expect_contains "$T/u.json" '"url": "https://en.wikipedia.org/wiki/Ann_Lee"' "the address in basics.url"
expect_contains "$T/u.json" '"x-url-text": "My wiki page [en]"' "its words beside it"
"$RESUME" render --md "$T/u.json" >"$T/u2.md"
expect_contains "$T/u2.md" '[My wiki page \[en\]](https://en.wikipedia.org/wiki/Ann_Lee)' "the words read back as the link's"
reads_back u "a labelled web address"
printf '%s\n' '# Ann Lee' '' 'ann@example.org · https://www.ann.example/' '' '## Skills' '' '- Optics' >"$T/v.md"
"$RESUME" render --json "$T/v.md" >"$T/v.json" 2>"$T/err"
checks=$((checks + 1))
grep -q '"x-url-text"' "$T/v.json" && fail "an address shown as itself wrote x-url-text"
expect_contains "$T/v.json" '"url": "https://www.ann.example/"' "a bare address in basics.url"

# dates in Arabic-Indic or Persian digits are dates: ISO values in
# ASCII, the text as written in x-date; a Persian résumé's Solar Hijri
# years are the Gregorian dates they fall in (1398 began in March 2019,
# Dey lies mostly in January); the check sees no overlap or future
printf '%s\n' '# أحمد علي' '' 'ahmad@example.org' '' '## الخبرة' '' '### مهندس | شركة (٢٠١٩ – ٢٠٢٣)' '' '- عمل' '' \
	'### متدرب | شركة أخرى (١٤٣٨ هـ)' '' '- عمل' >"$T/ar.md"
"$RESUME" render --json "$T/ar.md" >"$T/ar.json" 2>"$T/err"
expect_status 0 $? "Arabic-Indic digits"
# (a lunar Hijri year with its mark: 1438 ran from October 2016 to
# September 2017)
for k in '"x-date": "٢٠١٩ – ٢٠٢٣"' '"startDate": "2019"' '"endDate": "2023"' '"name": "شركة"' \
	'"x-date": "١٤٣٨ هـ"' '"name": "شركة أخرى"' '"startDate": "2017"'; do
	expect_contains "$T/ar.json" "$k" "Arabic-Indic digits"
done
reads_back ar "Arabic-Indic digits"
printf '%s\n' '# علی رضایی' '' 'ali@example.org' '' '## سوابق کاری' '' \
	'### مهندس | شرکت الف (۱۴۰۱/۰۱ – تاکنون)' '' '- کار' '' '### کارآموز | شرکت ب (1398/10 – 1400/12)' '' '- کار' >"$T/fa.md"
"$RESUME" render --json "$T/fa.md" >"$T/fa.json" 2>"$T/err"
expect_status 0 $? "Solar Hijri dates"
for k in '"x-date": "۱۴۰۱/۰۱ – تاکنون"' '"startDate": "2022-04"' '"x-date": "1398/10 – 1400/12"' \
	'"startDate": "2020-01"' '"endDate": "2022-03"'; do
	expect_contains "$T/fa.json" "$k" "Solar Hijri dates"
done
reads_back fa "Solar Hijri dates"
"$RESUME" render --txt "$T/fa.md" >"$T/fa.txt"
expect_contains "$T/fa.txt" "۱۴۰۱/۰۱ – تاکنون" "Solar Hijri dates shown as written"
"$RESUME" check "$T/fa.md" >"$T/out" 2>&1
expect_status 0 $? "check of Solar Hijri dates"
expect_empty "$T/out" "" "check of Solar Hijri dates"

# a place where JSON Resume has none (a school's town, an award's city)
# joins the organisation's name, which themes show; one the name says
# already, or one with no organisation, stays in x-location
printf '%s\n' '# Ann Lee' '' '## Education' '' '**B.Sc. in Physics, Trinity College** (2014-2017, Cambridge)' '' \
	'**M.Sc. in Physics, University of Toronto** (2018, Toronto)' '' '## Awards' '' '### Fellow — Royal Society, London, UK (2020)' >"$T/p.md"
"$RESUME" render --json "$T/p.md" >"$T/p.json" 2>"$T/err"
expect_status 0 $? "places of schools and awards"
expect_contains "$T/p.json" '"institution": "Trinity College, Cambridge"' "a school's town with its name"
expect_contains "$T/p.json" '"awarder": "Royal Society, London, UK"' "an award's place with its awarder"
expect_contains "$T/p.json" '"x-location": "Toronto"' "a town the name says already"
expect_contains "$T/p.json" '"institution": "University of Toronto"' "is not said twice"
reads_back p "places"

# a contact section: a sentence in it is no place; one whose lines are
# no contacts keeps its text, among the projects as a section of no kind
printf '%s\n' '# Ann Lee' '' '## Contact' '' 'Call me any time.' '' '- Email: ann@example.com' >"$T/c1.md"
"$RESUME" render --json "$T/c1.md" >"$T/c1.json" 2>"$T/err"
expect_status 0 $? "a contact section"
expect_contains "$T/c1.json" '"email": "ann@example.com"' "its e-mail address"
checks=$((checks + 1))
grep -q '"city"' "$T/c1.json" && fail "a sentence read as a place: $(grep '"city"' "$T/c1.json")"
printf '%s\n' '# Ann Lee' '' '## 联系方式' '' '（HR会打印你的简历）' '' '- 手机：135 0101 2030' >"$T/c4.md"
"$RESUME" render --json "$T/c4.md" >"$T/c4.json" 2>/dev/null
checks=$((checks + 1))
grep -q '"city"' "$T/c4.json" && fail "a note in brackets read as a place: $(grep '"city"' "$T/c4.json")"
printf '%s\n' '# Ann Lee' '' '## 联系方式' '' '（HR会打印你的简历）' '' '- 请在面试前联系HR，他们会安排时间。' >"$T/c2.md"
"$RESUME" render --json "$T/c2.md" >"$T/c2.json" 2>"$T/err"
expect_status 0 $? "a contact section of no contacts"
expect_contains "$T/c2.json" '"x-section": "联系方式"' "kept as a section"
expect_contains "$T/c2.json" '"description": "（HR会打印你的简历）' "with its text"
reads_back c2 "a contact section of no contacts"

# a front matter that is not YAML still names the person, with a warning
printf -- '---\ntitle: CV: Ann Lee\nname: Ann Lee\n---\n\n## Skills\n\n- Go\n' >"$T/y.md"
"$RESUME" render --txt "$T/y.md" >"$T/y.txt" 2>"$T/err"
expect_status 0 $? "a front matter that is not YAML"
expect_contains "$T/err" "y.md:2:10: warning: the front matter is not YAML" "its line and column"
expect_contains "$T/y.txt" "Ann Lee" "its name: line still read"
finish
