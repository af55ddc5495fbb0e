#!/bin/sh
# tailor.sh: one master résumé, many versions.  Each tailoring option
# (--tag, --exclude-tag, --since, --max-bullets, --sections, --redact,
# --lang with the author's alternatives) in every backend, from Markdown
# and from JSON Resume; the tailored --json and --md read back as the same
# résumé; a batch tailors each input; bad values are usage errors.
. "$(dirname "$0")/lib.sh"

cat >"$T/master.md" <<'M'
# Ann Lee

ann@example.com · +1 555 010 0199 · 12 Main Street, 10115 Berlin · [GitHub](https://github.com/annlee)

## Experience <!-- fr: Expérience professionnelle -->

### Backend Engineer, Acme <!-- tags: backend -->

2020 – 2023

- Built the billing API <!-- tags: backend -->
- Bâti le service de facturation <!-- lang: fr -->
- Led the storefront rewrite <!-- tags: frontend -->
- Mentored three engineers
- Ran the on-call rota

### Frontend Developer, Beta <!-- tags: frontend -->

2015 – 2018

- Drew the pages

### Développeur frontend, Beta <!-- lang: fr -->

2015 – 2018

- Dessiné les pages

## Education

### BSc Computer Science, University of Leeds

2010 – 2014

## Skills

- Languages: Go, TypeScript
M

# the JSON Resume twin, written by hand
cat >"$T/master.json" <<'J'
{"basics": {"name": "Ann Lee", "email": "ann@example.com", "phone": "+1 555 010 0199",
  "location": {"address": "12 Main Street", "postalCode": "10115", "city": "Berlin"},
  "profiles": [{"network": "GitHub", "username": "annlee", "url": "https://github.com/annlee"}]},
 "work": [
  {"name": "Acme", "position": "Backend Engineer", "startDate": "2020", "endDate": "2023",
   "x-tags": ["backend"],
   "highlights": ["Built the billing API",
     "Led the storefront rewrite <!-- tags: frontend -->",
     "Mentored three engineers", "Ran the on-call rota"],
   "x-highlightTags": [["backend"]]},
  {"name": "Beta", "position": "Frontend Developer", "startDate": "2015", "endDate": "2018",
   "x-tags": ["frontend"], "highlights": ["Drew the pages"],
   "x-lang": {"fr": {"position": "Développeur frontend", "highlights": ["Dessiné les pages"]}}}],
 "education": [{"institution": "University of Leeds", "studyType": "BSc",
   "area": "Computer Science", "startDate": "2010", "endDate": "2014"}],
 "skills": [{"name": "Languages", "keywords": ["Go", "TypeScript"]}]}
J

have_pdf=false
command -v pdftotext >/dev/null 2>&1 && have_pdf=true

# words FORMAT INPUT OPTIONS...: what a reader of that output reads, in
# $T/words (lib.sh's render)
words() {
	render "$@"
	cp "$T/out.$1" "$T/words"
}

# has / lacks WHAT TEXT
has() {
	checks=$((checks + 1))
	grep -qF -- "$2" "$T/words" || fail "$1: '$2' missing"
}
lacks() {
	checks=$((checks + 1))
	! grep -qF -- "$2" "$T/words" || fail "$1: '$2' is there"
}

formats="txt html md json"
$have_pdf && formats="$formats pdf"
for in in master.md master.json; do
	for f in $formats; do
		w="$in $f"
		# nothing asked: everything but the alternatives, no markers
		words $f "$T/$in"
		has "$w" "Built the billing API"
		has "$w" "Drew the pages"
		lacks "$w" "Dessiné les pages"
		lacks "$w" "Bâti"
		[ $f = md ] || [ $f = json ] || lacks "$w" "tags:"
		# --tag: the tagged entries and bullets, and the untagged
		words $f "$T/$in" --tag backend
		has "$w --tag" "Built the billing API"
		has "$w --tag" "Mentored three engineers"
		has "$w --tag" "University of Leeds"
		lacks "$w --tag" "Led the storefront rewrite"
		lacks "$w --tag" "Drew the pages"
		# two tags: either
		words $f "$T/$in" --tag backend --tag frontend
		has "$w --tag x2" "Drew the pages"
		has "$w --tag x2" "Led the storefront rewrite"
		# --exclude-tag
		words $f "$T/$in" --exclude-tag frontend
		lacks "$w --exclude-tag" "Drew the pages"
		lacks "$w --exclude-tag" "Led the storefront rewrite"
		has "$w --exclude-tag" "Ran the on-call rota"
		# --since: what ended before is gone, a section emptied too
		words $f "$T/$in" --since 2019
		has "$w --since" "Backend Engineer"
		lacks "$w --since" "Frontend Developer"
		lacks "$w --since" "University of Leeds"
		# --max-bullets
		words $f "$T/$in" --max-bullets 2
		has "$w --max-bullets" "Led the storefront rewrite"
		lacks "$w --max-bullets" "Mentored three engineers"
		# --redact contact
		words $f "$T/$in" --redact contact
		has "$w --redact" "Ann Lee"
		lacks "$w --redact" "ann@example.com"
		lacks "$w --redact" "555"
		lacks "$w --redact" "12 Main Street"
		lacks "$w --redact" "github.com/annlee"
		# --lang fr: the alternatives, the tables' words
		words $f "$T/$in" --lang fr
		has "$w --lang" "Dessiné les pages"
		lacks "$w --lang" "Drew the pages"
		# a JSON Resume's titles are its keys
		[ $f = json ] && [ $in = master.json ] || has "$w --lang" "Formation"
		[ $in = master.md ] && has "$w --lang" "Bâti le service de facturation"
		[ $in = master.md ] && has "$w --lang" "Expérience professionnelle"
		[ $in = master.md ] && lacks "$w --lang" "Built the billing API"
	done
done

# --sections: chosen and ordered, by kind or by title
for f in txt md; do
	"$RESUME" render --$f --sections skills,Experience "$T/master.md" >"$T/s" 2>"$T/err"
	got=$(grep -o -E '^(## )?(Experience|Education|Skills)' "$T/s" | sed 's/^## //' | tr '\n' ' ')
	expect_eq "Skills Experience " "$got" "$f --sections skills,Experience"
done
"$RESUME" render --json --sections education "$T/master.json" >"$T/s.json"
expect_eq "education" "$(jq -r 'del(.basics, .meta, ."$schema") | keys | join(" ")' "$T/s.json")" "json --sections education"
"$RESUME" render --txt --sections work,nothing "$T/master.md" >/dev/null 2>"$T/err"
expect_status 0 $? "--sections with a name the résumé lacks"
expect_contains "$T/err" "no section 'nothing'" "--sections: the name it lacks"

# the tailored résumé saved and read back is the same résumé
for f in json md; do
	"$RESUME" render --$f --tag backend --max-bullets 3 "$T/master.md" >"$T/saved.$f"
	"$RESUME" render --txt --tag backend --max-bullets 3 "$T/master.md" >"$T/want.txt"
	"$RESUME" render --txt "$T/saved.$f" >"$T/got.txt" 2>/dev/null
	checks=$((checks + 1))
	cmp -s "$T/want.txt" "$T/got.txt" || { fail "--$f then --txt differs"; diff "$T/want.txt" "$T/got.txt"; }
	# and keeps its tags to be tailored again
	"$RESUME" render --txt --exclude-tag backend "$T/saved.$f" >"$T/again.txt"
	checks=$((checks + 1))
	grep -q "Built the billing API" "$T/again.txt" && fail "--$f kept no tags"
done
expect_eq '["backend"]' "$(jq -c '.work[0]."x-tags"' "$T/saved.json")" "--json writes x-tags"
# a highlight's tags stand beside it, not in the string a theme prints
expect_eq '[["backend"],[],[]]' "$(jq -c '.work[0]."x-highlightTags"' "$T/saved.json")" "--json writes x-highlightTags"
checks=$((checks + 1))
grep -q "<!--" "$T/saved.json" && fail "--json wrote a comment into a string themes print"
# a skills line's tags, through --md and back
printf '# Ann\n\n## Skills\n\n- **Languages:** Go, Rust <!-- tags: backend -->\n- **Web:** React <!-- tags: frontend -->\n' >"$T/sk.md"
"$RESUME" render --md "$T/sk.md" | "$RESUME" render --txt --exclude-tag frontend --from markdown - >"$T/sk.txt"
expect_contains "$T/sk.txt" "Languages: Go, Rust" "a skills line kept"
checks=$((checks + 1))
grep -q "React" "$T/sk.txt" && fail "--md lost a skills line's tags"
expect_contains "$T/saved.md" "Built the billing API <!-- tags: backend -->" "--md writes a bullet's tags"

# a batch tailors every input
mkdir "$T/out"
"$RESUME" render --txt --json --exclude-tag frontend -o "$T/out/" "$T/master.md" "$T/master.json" 2>"$T/err"
expect_status 0 $? "batch"
for o in master.txt master.json; do
	checks=$((checks + 1))
	grep -q "Drew the pages" "$T/out/$o" && fail "batch: $o not tailored"
done

# check and validate see what render shows: an alternative is no second
# entry overlapping the first
for in in master.md master.json; do
	"$RESUME" check --no-layout "$T/$in" >/dev/null 2>"$T/err"
	checks=$((checks + 1))
	grep -q "overlaps" "$T/err" && fail "check $in: an alternative checked as an entry: $(cat "$T/err")"
done
"$RESUME" validate "$T/master.json" >/dev/null 2>"$T/err"
checks=$((checks + 1))
grep -q "overlaps" "$T/err" && fail "validate: an alternative checked as an entry"

# a bullet's version stands for the bullet, sub-bullets and all, not for
# the last of its sub-bullets
printf '# A\n\n## Experience\n\n### Eng, Acme\n\n2019 - 2020\n\n- Built X\n  - with Y\n- A construit X <!-- lang: fr -->\n- Ran Z\n' >"$T/alt.md"
"$RESUME" render --txt --lang fr "$T/alt.md" >"$T/alt.txt"
expect_contains "$T/alt.txt" "• A construit X" "a bullet's version"
checks=$((checks + 1))
grep -q -e "Built X" -e "with Y" "$T/alt.txt" && fail "a bullet's version left the original or its sub-bullet"
"$RESUME" render --txt "$T/alt.md" >"$T/alt.txt"
expect_contains "$T/alt.txt" "◦ with Y" "the original with its sub-bullet"

# a comment that is no marker is a comment like any
printf '# A\n\n## Experience\n\n### Eng, Acme <!-- TODO: say more -->\n\n- x <!-- tags: a; nonsense -->\n' >"$T/c.md"
"$RESUME" render --txt --tag b "$T/c.md" >"$T/c.txt"
expect_contains "$T/c.txt" "Eng — Acme" "an ordinary comment marks nothing"
expect_contains "$T/c.txt" "• x" "a comment with a part of no kind marks nothing"

# usage errors name what is wrong and write nothing
echo keep >"$T/keep.txt"
for bad in "--since 19" "--since x" "--max-bullets -1" "--redact phone" "--lang xx"; do
	# shellcheck disable=SC2086
	"$RESUME" render --txt $bad -o "$T/keep.txt" "$T/master.md" 2>"$T/err"
	expect_status 2 $? "$bad"
	expect_eq keep "$(cat "$T/keep.txt")" "$bad: the output kept"
done
finish
