#!/bin/sh
# resume check: each content finding, at its line and column (Markdown) or
# JSON pointer (JSON Resume), with its code; the layout findings of the
# rendered PDF; --format json, --strict and the exit status; render
# printing the same findings; --ats reading the PDF back with poppler; and
# the project's own examples (and the reference, when ../shared is there)
# clean.
. "$(dirname "$0")/lib.sh"
D=$(dirname "$0")/../../data/examples
REF=$(dirname "$0")/../../../shared/reference/resume.md

# resume check --ats ARGS...: without LeakSanitizer's leak check in a
# sanitizer build (its tracer now and then dies of signal 11 stopping the
# threads pango's font set-up leaves running once poppler has read the
# PDF); valgrind_check holds this path to no leak
check_ats() {
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
	    "$RESUME" check --ats "$@"
}

# expect_finding FILE LOCATION CODE: one line of FILE says LOCATION (a
# line:col or a pointer) and ends in [CODE]
expect_finding() {
	checks=$((checks + 1))
	grep -F -- "$2" "$1" | grep -qF -- "[$3]" ||
		{ fail "no [$3] at $2 in:"; sed 's/^/    /' "$1"; }
}

# expect_no_code FILE CODE
expect_no_code() {
	checks=$((checks + 1))
	! grep -qF -- "[$2]" "$1" || { fail "[$2] where there is none:"; sed 's/^/    /' "$1"; }
}

cat >"$T/a.md" <<'EOF'
# Ann Lee

[ann@@example.com](mailto:ann@@example.com) · [site](<https://exa mple.com>)

## Experience

### Engineer, Acme

Jan 2019 – Mar 2021

- Built the ingestion service that handles all the events.
- Built the ingestion service that handles all the events.

### Developer, Initech

2020-01 – 2022-06

- Wrote code, see [the notes](http://-bad-.com).

### Intern, Hooli

March 2023 – June 2022

- Fetched coffee.

### Lead, Future Corp

Jan 2998 – Present

- Will lead.

## Projects

## Education

Studied at MIT, 2010 – 2014, computer science.
EOF
"$RESUME" check "$T/a.md" >"$T/out" 2>"$T/err"
expect_status 0 $? "check of warnings only"
expect_empty "$T/out" "" "check stdout in text format"
expect_finding "$T/err" "a.md:3:1: warning: 'ann@@example.com'" bad-email
expect_finding "$T/err" "a.md:3:1: warning: 'site' links to" bad-url
expect_finding "$T/err" "a.md:18:1: warning: 'http://-bad-.com'" bad-url
expect_finding "$T/err" "a.md:12:1: warning: the same bullet as on line 11" duplicate-bullet
expect_finding "$T/err" "a.md:14:1: warning: '2020-01 – 2022-06' is more recent" dates-order
expect_finding "$T/err" "a.md:14:1: warning: '2020-01 – 2022-06' overlaps 'Jan 2019 – Mar 2021' by 14 months" dates-overlap
expect_finding "$T/err" "a.md:14:1: warning: dates are written two ways" date-formats
expect_finding "$T/err" "a.md:20:1: warning: 'March 2023 – June 2022' ends before it starts" end-before-start
expect_finding "$T/err" "a.md:26:1: warning: 'Jan 2998 – Present' starts in the future" future-date
expect_finding "$T/err" "a.md:32:1: warning: the section 'Projects' is empty" empty-section
expect_finding "$T/err" "a.md:36:1: warning: this has dates but is kept as text, not read as an entry of 'Education': an entry starts with a heading like" free-content

# several roles under one employer (a heading, then a dated sub-heading a
# role): their order and overlaps are checked within the employer, as
# they are between employers
cat >"$T/roles.md" <<'EOF'
# Ann Lee

ann@example.com

## Experience

### Acme Corp, Berlin

#### Engineer

Jan 2016 – Jun 2019

#### Senior Engineer

Jan 2019 – Mar 2022
EOF
"$RESUME" check "$T/roles.md" >"$T/out" 2>"$T/err"
expect_finding "$T/err" "roles.md:13:1: warning: 'Jan 2019 – Mar 2022' is more recent" dates-order
expect_finding "$T/err" "roles.md:13:1: warning: 'Jan 2019 – Mar 2022' overlaps 'Jan 2016 – Jun 2019' by 5 months" dates-overlap

# a range whose end is a word ("death", "?") may be as recent as any: no
# order is claimed against it, either way
printf '%s\n' '# Isaac Newton' '' 'isaac@example.org' '' '## Experience' '' '### Professor, Trinity (1661 – death)' '' \
	'- Taught' '' '### Fellow, Trinity (1661 – 1667)' '' '- Studied' '' '### Warden, Mint (1696 – 1699)' '' '- Minted' >"$T/open.md"
"$RESUME" check "$T/open.md" >"$T/out" 2>"$T/err"
checks=$((checks + 1))
grep -q "death.*dates-order" "$T/err" && fail "an end that is a word ordered: $(cat "$T/err")"
# (the order is still checked between dated entries)
expect_finding "$T/err" "open.md:15:1: warning: '1696 – 1699' is more recent than '1661 – 1667' above it" dates-order

# the same in JSON
"$RESUME" check --format json "$T/a.md" >"$T/out" 2>"$T/err"
expect_status 0 $? "check --format json"
expect_empty "$T/err" "" "check --format json stderr"
expect_eq 13 "$(wc -l <"$T/out" | tr -d ' ')" "findings in JSON, one a line"
expect_contains "$T/out" '{"file":"'"$T"'/a.md","line":20,"column":1,"severity":"warning","code":"end-before-start","message":"'"'March 2023 \\u2013 June 2022' ends before it starts"'"}' "a finding in JSON"

# --strict: warnings are errors
"$RESUME" check --strict "$T/a.md" 2>"$T/err"
expect_status 1 $? "check --strict with warnings"
"$RESUME" check --strict --no-layout "$D/alex-rivera.md" 2>"$T/err"
expect_status 0 $? "check --strict of a clean résumé"
expect_empty "$T/err" "" "check --strict of a clean résumé"

# render says the same
"$RESUME" render --txt -o "$T/a.txt" "$T/a.md" 2>"$T/err"
expect_status 0 $? "render of a résumé with findings"
expect_finding "$T/err" "a.md:20:1: warning:" end-before-start
expect_finding "$T/err" "a.md:32:1: warning:" empty-section

# what the checks leave alone: one date format, old dates, dates in
# order, a one-month overlap (a handover), short distinct bullets, an
# education end in the future, a good address and number
cat >"$T/ok.md" <<'EOF'
# Ann Lee

[ann@example.com](mailto:ann@example.com) · +1 415 555 0142 · [ann.dev](https://ann.dev/about)

## Experience

### Engineer, Acme

Mar 2021 – Present

- Built the ingestion service that handles all the events.
- Go, Go

### Developer, Initech

Jan 2018 – Mar 2021

- Wrote the billing code.

## Education

### M.Sc., Computing, Some University

Sep 2024 – Jun 2999
EOF
"$RESUME" check "$T/ok.md" 2>"$T/err"
expect_status 0 $? "check of a clean résumé"
expect_empty "$T/err" "" "check of a clean résumé"

# a bullet over 40 words is a note (advice on style), not a warning: 40
# words pass
words() {
	i=0
	while [ $i -lt "$1" ]; do
		i=$((i + 1))
		printf 'word%d ' $i
	done
}
printf '# Ann Lee\n\n## Skills\n\n- %s\n- %s\n' "$(words 40)" "$(words 41)" >"$T/long.md"
"$RESUME" check --strict "$T/long.md" 2>"$T/err"
expect_status 0 $? "check --strict with a note"
expect_finding "$T/err" "long.md:6:1: note: a bullet of 41 words" long-bullet
expect_eq 1 "$(grep -c long-bullet "$T/err")" "long bullets found"

# JSON Resume: JSON pointers; a malformed address said once (the schema
# check says it)
cat >"$T/b.json" <<'EOF'
{"basics": {"name": "Ann Lee", "email": "ann@@example", "phone": "+1 (555) 12"},
 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01", "endDate": "2018-03",
           "highlights": ["Shipped it to every customer.", "Shipped it to every customer."]}]}
EOF
"$RESUME" check "$T/b.json" 2>"$T/err"
expect_finding "$T/err" "b.json: /basics/email: warning: expected an e-mail address" schema
expect_eq 1 "$(grep -c /basics/email "$T/err")" "findings on /basics/email"
expect_finding "$T/err" "b.json: /basics/phone: warning: '+1 (555) 12' is not a phone number" bad-phone
expect_finding "$T/err" "b.json: /work/0: warning: '2019-01 – 2018-03' ends before it starts" end-before-start
expect_finding "$T/err" "b.json: /work/0/highlights/1: warning: the same bullet as at /work/0/highlights/0" duplicate-bullet

# layout: an entry across pages, a section title alone at a page's foot,
# a nearly empty last page, a character no font has
{
	printf '# Ann Lee\n\n## Experience\n\n### Engineer, Acme\n\n2019 – 2020\n\n'
	i=0
	while [ $i -lt 70 ]; do
		i=$((i + 1))
		echo "- Ran the on-call rotation for quarter $i and wrote its review."
	done
} >"$T/split.md"
"$RESUME" check "$T/split.md" 2>"$T/err"
expect_finding "$T/err" "split.md:5:1: warning: the entry 'Engineer' breaks across pages 1 and 2" entry-split
"$RESUME" check --no-layout "$T/split.md" 2>"$T/err"
expect_empty "$T/err" "" "check --no-layout"
{
	printf '# Ann Lee\n\n'
	i=0
	while [ $i -lt 45 ]; do
		i=$((i + 1))
		printf '## Part %d\n\n' $i
	done
	echo "Some text under the last."
} >"$T/heads.md"
"$RESUME" check "$T/heads.md" 2>"$T/err"
expect_finding "$T/err" "heads.md:45:1: warning: a section title ends page 2, apart from its section" heading-at-bottom
expect_finding "$T/err" "heads.md: warning: the last of 4 pages is only 14 % full: --fit-pages 3 may take it in" last-page-empty
printf '# Ann Lee\n\n## Skills\n\n- Symbols \364\217\277\275 here\n' >"$T/glyph.md"
"$RESUME" check "$T/glyph.md" 2>"$T/err"
expect_finding "$T/err" "glyph.md:5:1: warning: no installed font has U+10FFFD" missing-glyph
expect_contains "$T/err" "(tried Lato, " "the fonts tried"
# the layout is the theme's and the paper's
"$RESUME" check --theme compact "$T/split.md" 2>"$T/err"
expect_finding "$T/err" "split.md:5:1: warning: the entry 'Engineer' breaks across pages 1 and 2" entry-split
"$RESUME" check --theme nope "$T/split.md" 2>"$T/err"
expect_status 2 $? "check --theme nope"

# the examples, and the reference, are clean in every theme and paper
for f in "$D"/*.md "$REF"; do
	[ -f "$f" ] || {
		echo "note: $f absent (../shared), not checked"
		continue
	}
	for theme in $("$RESUME" themes | awk '{ print $1 }'); do
		for paper in a4 letter; do
			"$RESUME" check --strict --theme $theme --paper $paper "$f" 2>"$T/err"
			expect_status 0 $? "check of $(basename "$f"), $theme, $paper"
			grep -v ': note: ' "$T/err" >"$T/warn"
			expect_empty "$T/warn" "" "check of $(basename "$f"), $theme, $paper"
		done
	done
done

# --ats: needs resume-ats.so (libpoppler-glib at build time)
check_ats "$D/alex-rivera.md" 2>"$T/err"
if grep -q "needs resume-ats.so" "$T/err"; then
	echo "note: resume-ats.so not built (no libpoppler-glib): --ats not checked"
	finish
fi
expect_status 0 $? "check --ats of the example"
expect_empty "$T/err" "" "check --ats of the example"
# every example and the reference, read back in each theme whose page
# reads in the order of --txt (one column, dates after their heads): each
# date with its entry, every word in order.  A date column, a sidebar and
# contacts beside the name are read otherwise, and --ats says where
for f in "$D"/*.md "$REF"; do
	[ -f "$f" ] || continue
	for theme in modern engineer academic; do
		for paper in a4 letter; do
			check_ats --theme $theme --paper $paper "$f" 2>"$T/err"
			grep -v ': note: ' "$T/err" >"$T/warn"
			expect_empty "$T/warn" "" "check --ats of $(basename "$f"), $theme, $paper"
		done
	done
done
# entries with no body, one under the other: poppler's page text runs
# each title into its date ("GoogleJan"), pdftotext does not, nor --ats
cat >"$T/glue.md" <<'EOF'
# Jane Doe

## Recognition

### Honorable Mention, Google

Jan 2012

### Summa cum laude, Cornell University

Jan 2012
EOF
for theme in modern engineer academic; do
	check_ats --theme $theme "$T/glue.md" 2>"$T/err"
	expect_empty "$T/err" "" "check --ats of titles over dates, $theme"
done
# the sidebar's sections are read before the main column: --ats says so
check_ats --theme sidebar "$D/alex-rivera.md" 2>"$T/err"
expect_contains "$T/err" "read out of order" "check --ats of a sidebar page"
# (each --ats finding on PDFs made for it: tests/tools/atscheck.c)
finish
