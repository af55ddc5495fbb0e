#!/bin/sh
# The composition layer: what an entry and the contact line say, the same
# in every backend, and the defects found on real files that it ends.
# Needs pdftotext for the PDF's side of each check (skipped without it).
. "$(dirname "$0")/lib.sh"
have_pdf=false
command -v pdftotext >/dev/null 2>&1 && have_pdf=true

# every FORMAT... shows TEXT for FILE
all_say() {
	in=$1 text=$2 what=$3
	shift 3
	for f in "$@"; do
		[ "$f" = pdf ] && ! $have_pdf && continue
		render "$f" "$in"
		expect_contains "$T/out.$f" "$text" "$what ($f)"
	done
}

# no FORMAT... shows TEXT for FILE
none_say() {
	in=$1 text=$2 what=$3
	shift 3
	for f in "$@"; do
		[ "$f" = pdf ] && ! $have_pdf && continue
		render "$f" "$in"
		checks=$((checks + 1))
		if grep -qF -- "$text" "$T/out.$f"; then
			fail "$what ($f): '$text' is there"
			sed 's/^/    /' "$T/out.$f" | head -20
		fi
	done
}

# One education entry, one story: text, HTML and PDF alike, and --md
# keeps the score.
cat >"$T/edu.json" <<'EOF'
{"basics": {"name": "Ada"},
 "education": [{"studyType": "BSc", "area": "Computer Science",
   "institution": "MIT", "score": "3.9", "startDate": "2014", "endDate": "2018"}]}
EOF
all_say "$T/edu.json" "BSc, Computer Science · GPA: 3.9 — MIT" "an education head" txt html pdf
render md "$T/edu.json"
expect_contains "$T/out.md" "*GPA:* 3.9" "--md keeps the score"
"$RESUME" render --md "$T/edu.json" | "$RESUME" render --from markdown - >"$T/back.txt"
render txt "$T/edu.json"
expect_eq "$(cat "$T/out.txt")" "$(cat "$T/back.txt")" "the --md of it renders to the same text"

# a start equal to its end is one date
echo '{"work":[{"name":"W","startDate":"2016","endDate":"2016"}]}' >"$T/same.json"
all_say "$T/same.json" "2016" "one date" txt html pdf md
none_say "$T/same.json" "2016 – 2016" "no range of one date" txt html pdf
echo '{"work":[{"name":"W","position":"P","startDate":"2016-08-01","endDate":"2016-08-01"}]}' >"$T/same2.json"
all_say "$T/same2.json" "Aug 2016" "a day shown as its month" txt html pdf
none_say "$T/same2.json" "Aug 2016 – Aug 2016" "no range of one month" txt html pdf

# labels: a bare score, type or number says what it is
cat >"$T/labels.json" <<'EOF'
{"basics": {"name": "Ada"},
 "education": [{"institution": "MIT", "score": "4.0"}],
 "projects": [{"name": "Tiny", "type": "application"}]}
EOF
all_say "$T/labels.json" "MIT · GPA: 4.0" "a bare score" txt html pdf
all_say "$T/labels.json" "Tiny · Type: application" "a project type" txt html pdf

# empty entries, and sections with nothing in them, are not shown
cat >"$T/empty.json" <<'EOF'
{"basics": {"name": "Ada"},
 "work": [{"name": "", "position": "", "highlights": [""]}],
 "education": [{}], "skills": [{"name": "", "keywords": []}],
 "projects": [{"name": "Tiny"}]}
EOF
for t in Experience Education Skills; do
	none_say "$T/empty.json" "$t" "an empty $t section" txt html pdf md
done
all_say "$T/empty.json" "Projects" "a section with something in it" txt html pdf md

# places say each part once, on one line
cat >"$T/place.json" <<'EOF'
{"basics": {"name": "Li", "email": "li@example.com",
  "location": {"city": "上海", "region": "上海", "countryCode": "CN"}}}
EOF
all_say "$T/place.json" "li@example.com · 上海, CN" "a city that is its region" txt
cat >"$T/place2.json" <<'EOF'
{"basics": {"name": "Jane",
  "location": {"address": "123 Somewhere Rd.\nMountain View, CA 94035",
   "city": "Mountain View", "region": "CA", "postalCode": "94035",
   "countryCode": "US"}}}
EOF
all_say "$T/place2.json" "123 Somewhere Rd., Mountain View, CA 94035, US" "an address of two lines" txt html pdf

# words that look like tags are the user's words; real HTML is reduced
# to its text
printf '# Pat\n\nWrote List<T> and std::vector<int>; a<b and c>d; <u>under</u> <!-- note --> x\n' >"$T/tags.md"
for w in "List<T>" "std::vector<int>" "a<b and c>d" "under x"; do
	all_say "$T/tags.md" "$w" "kept: $w" txt html pdf
done
all_say "$T/tags.md" 'List\<T\> and std::vector\<int\>; a\<b and c\>d; under x' "kept, escaped" md
none_say "$T/tags.md" "note" "an HTML comment" txt html pdf
none_say "$T/tags.md" "<u>" "a real tag" txt pdf

# a keyword sentence keeps its full stop
printf '# Pat\n\n## Skills\n\nRust, C, C++, Linux, asynchronous paradigm (Tokio).\n' >"$T/kw.md"
all_say "$T/kw.md" "asynchronous paradigm (Tokio)." "the sentence's full stop" txt html pdf md
printf '# Pat\n\n## Skills\n\n- **Languages:** Go, Rust, C and a little Lisp.\n' >"$T/kw2.md"
all_say "$T/kw2.md" "Go, Rust, C and a little Lisp." "a named list's full stop" txt html pdf md
"$RESUME" render --json "$T/kw.md" >"$T/kw.json"
expect_contains "$T/kw.json" '"asynchronous paradigm (Tokio)"' "no full stop in the JSON keyword"

# --ascii writes ASCII only
printf '# Zoë Nguyễn\n\n## Notes\n\n- ½ of € £ ¥ ﬁle ʼs\n  - nested\n\n```\ncafé ◦\n```\n' >"$T/ascii.md"
"$RESUME" render --ascii "$T/ascii.md" >"$T/a.txt"
checks=$((checks + 1))
if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/a.txt"; then
	fail "--ascii wrote non-ASCII:"
	LC_ALL=C grep -n "$(printf '[\200-\377]')" "$T/a.txt"
fi
expect_contains "$T/a.txt" "1/2 of EUR GBP JPY file 's" "--ascii transliterates"
expect_contains "$T/a.txt" "Zoe Nguyen" "--ascii drops accents"
expect_contains "$T/a.txt" "o nested" "--ascii nested bullet"

# narrow widths: no line past the width, contact items whole, URLs cut
# after "/", no continuation line starting with a space
cat >"$T/narrow.md" <<EOF
# Sam Quinn

sam@example.net · San Francisco, CA · https://example.com/an/extremely/long/path/that/cannot/fit

## Experience

### Engineer, Acme (2020 - 2022)

- $(printf 'x%.0s' $(seq 300)) end
- A bullet with words enough to wrap more than once at forty columns wide.

    indented <u>text</u> with *emphasis* under a definition, long enough to wrap

\`\`\`
a code line that is longer than forty columns for sure, with spaces
\`\`\`
EOF
"$RESUME" render --width 40 "$T/narrow.md" >"$T/n.txt"
expect_eq 40 "$(wc -L <"$T/n.txt")" "the widest line at --width 40"
expect_contains "$T/n.txt" "San Francisco, CA" "a contact item whole"
expect_contains "$T/n.txt" "https://example.com/an/extremely/long/" "a URL cut after /"
expect_contains "$T/n.txt" "indented text with emphasis" "an indented prose block read as prose"
checks=$((checks + 1))
grep -n '^\( \{2\}\)* [^ ]' "$T/n.txt" | grep -v '[0-9]\{4\}' && fail "a line starts one column off"
for w in 80 40 20; do
	for f in "$T/narrow.md" "$T/place2.json"; do
		"$RESUME" render --width $w "$f" >"$T/w.txt"
		checks=$((checks + 1))
		grep -q ' ·$\| |$' "$T/w.txt" && fail "a contact line ends with its separator at width $w"
	done
done
if $have_pdf; then
	printf '# Sam Quinn\n\nsam.quinn@example.net · +1 415 555 0100 · github.com/samquinn · samquinn.dev · linkedin.com/in/samquinn · San Francisco, CA\n' >"$T/wide.md"
	render pdf "$T/wide.md"
	checks=$((checks + 1))
	grep -q '·[[:space:]]*$' "$T/out.pdf" && fail "a PDF contact line ends with its separator"
	expect_contains "$T/out.pdf" "San Francisco, CA" "the PDF's contact line wraps between items"
fi

# one rule for link targets: where the text does not show it, once,
# after the text, in every backend; Markdown keeps the link itself
printf '# Pat\n\n## Projects\n\n- Built [tinyraft](https://github.com/pat/tinyraft), then [tinyraft again](https://github.com/pat/tinyraft).\n' >"$T/link.md"
all_say "$T/link.md" "tinyraft <https://github.com/pat/tinyraft>" "a link's target after it" txt
all_say "$T/link.md" "tinyraft https://github.com/pat/tinyraft" "a link's target after it" html pdf
all_say "$T/link.md" "[tinyraft](https://github.com/pat/tinyraft)" "the link itself" md
for f in txt html pdf; do
	$have_pdf || [ $f != pdf ] || continue
	render $f "$T/link.md"
	checks=$((checks + 1))
	n=$(grep -o 'github.com/pat/tinyraft' "$T/out.$f" | wc -l)
	[ "$n" -eq 1 ] || fail "the target is shown $n times in $f, not once"
done
# a date line with a note in brackets: the note belongs with the dates,
# and the heading stays an entry (it was a group over an empty entry)
printf '# Ann Lee\n\n## Experience\n\n### Engineer, Acme\n\n2018 – 2020 (part-time)\n\n- did things\n\n### Lead, Beta\n\n2020 – Present (remote)\n\n- more\n' >"$T/note.md"
"$RESUME" render "$T/note.md" >"$T/note.txt"
expect_contains "$T/note.txt" "Engineer — Acme                                          2018 – 2020 (part-time)" "a date note stays with the dates"
"$RESUME" render --json "$T/note.md" >"$T/note.json"
expect_contains "$T/note.json" '"position": "Engineer"' "the heading is the entry's head"
expect_contains "$T/note.json" '"x-date": "2018 – 2020 (part-time)"' "the note kept in JSON"
expect_contains "$T/note.json" '"startDate": "2018"' "and the dates read"
"$RESUME" render --json "$T/note.json" >"$T/note2.json"
checks=$((checks + 1))
cmp -s "$T/note.json" "$T/note2.json" || fail "JSON with a date note: not a fixed point"
"$RESUME" render --md "$T/note.md" >"$T/note2.md"
"$RESUME" render --md "$T/note2.md" >"$T/note3.md"
checks=$((checks + 1))
cmp -s "$T/note2.md" "$T/note3.md" || fail "Markdown with a date note: not a fixed point"
"$RESUME" render "$T/note2.md" >"$T/note2.txt"
checks=$((checks + 1))
cmp -s "$T/note.txt" "$T/note2.txt" || fail "--md of a date note reads back otherwise"
# pipe-separated heads read alike: most of the document's put the title
# first, so one whose words suggest otherwise ("IT EXPERT") does too
printf '# Ann Lee\n\n## Experience\n\n### Lead Developer | Acme | Berlin\n\n2019 – 2021\n\n- a\n\n### Senior Engineer | Beta GmbH | Munich\n\n2017 – 2019\n\n- b\n\n### Engineer | Gamma AG | Hamburg\n\n2015 – 2017\n\n- c\n\n### Workshop on Systems Design | IT EXPERT | Berlin\n\n2014\n\n- d\n' >"$T/pipes.md"
"$RESUME" render "$T/pipes.md" >"$T/pipes.txt"
expect_contains "$T/pipes.txt" "Workshop on Systems Design — IT EXPERT, Berlin" "a pipe head read as the others are"
expect_contains "$T/pipes.txt" "Lead Developer — Acme, Berlin" "the others as written"

# several roles under one employer: the employer once, as a head, each
# role under it without the organisation again, in every backend; the
# JSON has each role with its employer, as JSON Resume writes them
printf '# Ann Lee\n\n## Experience\n\n### Acme Corp, Berlin\n\n#### Senior Engineer\n\n2020 – 2022\n\n- Led the payments team\n\n#### Engineer\n\n2018 – 2020\n\n- Built the ledger\n' >"$T/roles.md"
all_say "$T/roles.md" "Acme Corp, Berlin" "the employer" txt html pdf
all_say "$T/roles.md" "Senior Engineer" "a role" txt html pdf
for f in txt html pdf; do
	[ "$f" = pdf ] && ! $have_pdf && continue
	render "$f" "$T/roles.md"
	expect_eq 1 "$(grep -o "Acme Corp" "$T/out.$f" | wc -l)" "$f: the employer said once"
done
render json "$T/roles.md"
expect_eq "Acme Corp Acme Corp" "$(jq -r '[.work[].name] | join(" ")' "$T/out.json")" "json: each role with its employer"
finish
