#!/bin/sh
# JSON Resume on the command line: validate and render, exact messages.
. "$(dirname "$0")/../cli/lib.sh"

cat >"$T/ok.json" <<'J'
{"basics": {"name": "Ada Byron", "label": "Engineer", "email": "ada@example.com",
  "url": "https://ada.example", "location": {"city": "London", "countryCode": "GB"},
  "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}]},
 "work": [{"name": "Analytical Co", "position": "Programmer", "startDate": "1842-07",
   "highlights": ["Wrote the first program"], "x-internal": "not shown"}],
 "skills": [{"name": "Maths", "keywords": ["Bernoulli numbers", "Looms"]}]}
J
"$RESUME" validate "$T/ok.json" >"$T/out" 2>"$T/err"
expect_status 0 $? "validate a valid file"
expect_empty "$T/out" "" "validate stdout"
expect_empty "$T/err" "" "validate stderr"
"$RESUME" validate - <"$T/ok.json"
expect_status 0 $? "validate from stdin"

"$RESUME" render "$T/ok.json" >"$T/out" 2>"$T/err"
expect_status 0 $? "render JSON"
expect_empty "$T/err" "" "render stderr"
expect_contains "$T/out" "Ada Byron" "name"
expect_contains "$T/out" "ada@example.com · ada.example · London, GB" "contacts"
expect_contains "$T/out" "GitHub: ada <https://github.com/ada>" "a profile, with its address"
expect_contains "$T/out" "Programmer — Analytical Co" "work entry"
expect_contains "$T/out" "Jul 1842 – Present" "an open end is Present"
expect_contains "$T/out" "Maths: Bernoulli numbers, Looms" "skills"
grep -q "not shown" "$T/out" && fail "an x- extension was shown"

# every violation, at its JSON pointer, in one run
cat >"$T/bad.json" <<'J'
{"basics": {"name": null, "email": "not-an-address", "url": "ada.example"},
 "work": [{"startDate": "May 2020", "highlights": "one"}, {"endDate": "2020-13"}],
 "skills": {}}
J
"$RESUME" validate "$T/bad.json" >"$T/out" 2>"$T/err"
expect_status 1 $? "validate an invalid file"
expect_empty "$T/out" "" "validate stdout"
cat >"$T/want" <<W
resume: $T/bad.json: /basics/name: error: expected a string, got null [schema]
resume: $T/bad.json: /basics/email: error: expected an e-mail address, got 'not-an-address' [schema]
resume: $T/bad.json: /basics/url: error: expected an absolute URL such as https://..., got 'ada.example' [schema]
resume: $T/bad.json: /work/0/startDate: error: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'May 2020' (write 2020-05) [schema]
resume: $T/bad.json: /work/0/highlights: error: expected an array, got a string [schema]
resume: $T/bad.json: /work/1/endDate: error: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2020-13' [schema]
resume: $T/bad.json: /skills: error: expected an array, got an object [schema]
W
diff -u "$T/want" "$T/err" || fail "validate messages"
# rendering shows what it can, with the same problems as warnings
"$RESUME" render "$T/bad.json" >"$T/out" 2>"$T/err"
expect_status 0 $? "render with schema problems"
expect_contains "$T/err" "/work/0/startDate: warning: expected YYYY" "warnings when rendering"

# syntax errors: line and column
printf '{\n  "basics": {\n    "name": "x",\n  }\n}\n' >"$T/syntax.json"
"$RESUME" validate "$T/syntax.json" 2>"$T/err"
expect_status 1 $? "syntax error"
expect_contains "$T/err" "resume: $T/syntax.json:4:3: error:" "syntax error position"
"$RESUME" render -o "$T/keep.txt" "$T/syntax.json" 2>/dev/null
expect_status 1 $? "render a syntax error"

# FRESH is not JSON Resume
printf '{"name": "Jane", "info": {"label": "x"}, "employment": {"history": []}}\n' >"$T/fresh.json"
"$RESUME" render "$T/fresh.json" 2>"$T/err"
expect_status 1 $? "FRESH"
expect_contains "$T/err" "this is a FRESH résumé" "FRESH message"
printf '{"title": "not a résumé", "items": [1, 2]}\n' >"$T/other.json"
"$RESUME" render "$T/other.json" 2>"$T/err"
expect_status 1 $? "not a résumé"
expect_contains "$T/err" "no JSON Resume section in it" "not a résumé"

# old names are read, with a warning naming the new one
printf '{"basics": {"name": "Old", "website": "https://old.example"}, "work": [{"company": "Acme", "position": "Dev"}]}\n' >"$T/old.json"
"$RESUME" render "$T/old.json" >"$T/out" 2>"$T/err"
expect_status 0 $? "old names"
expect_contains "$T/err" "/basics/website: warning: 'website' is an old name; JSON Resume 1.0 calls it 'url'" "website"
expect_contains "$T/err" "/work/0/company: warning: 'company' is an old name; JSON Resume 1.0 calls it 'name'" "company"
expect_contains "$T/out" "Dev — Acme" "company read as name"
expect_contains "$T/out" "old.example" "website read as url"

# a Markdown résumé validates when it can be read
"$RESUME" validate "$T/cv.md"
expect_status 0 $? "validate Markdown"
# labelled lines under an entry name its fields; "GitHub: user" is a profile
cat >"$T/lab.md" <<'M'
# Maya Okonkwo

maya@example.com · Phone: upon request · GitHub: mayaok

## Projects

### *DormSwap* | Capstone (2024)

*Roles:* Developer, Team lead

**Tech stack:** Next.js, PostgreSQL

A campus marketplace.
M
"$RESUME" render --json "$T/lab.md" >"$T/out" 2>"$T/err"
expect_status 0 $? "labelled lines"
tr -d ' \n' <"$T/out" >"$T/flat"
expect_contains "$T/flat" '"profiles":[{"network":"GitHub","username":"mayaok"}]' "network label and user name"
expect_contains "$T/flat" '"phone":"uponrequest"' "a labelled phone that is no number"
expect_contains "$T/flat" '"description":"Acampusmarketplace.","keywords":["Next.js","PostgreSQL"]' "tech stack line as keywords"
expect_contains "$T/flat" '"roles":["Developer","Teamlead"],"entity":"Capstone"' "roles line"
"$RESUME" render --md "$T/out" >"$T/back.md"
expect_contains "$T/back.md" "*Roles:* Developer, Team lead" "roles written back"
expect_contains "$T/back.md" "Phone: upon request" "phone label written back"
expect_contains "$T/back.md" "*Keywords:* Next.js, PostgreSQL" "keywords written back"

# a JSON file's sections render in the file's order, and --json keeps
# the résumé's order
printf '{"basics":{"name":"N"},"education":[{"institution":"MIT","startDate":"2014","endDate":"2018"}],"work":[{"name":"W","startDate":"2016"}]}' >"$T/order.json"
"$RESUME" render "$T/order.json" >"$T/order.txt"
expect_eq "Education Experience" "$(grep -o '^Education\|^Experience' "$T/order.txt" | tr '\n' ' ' | sed 's/ $//')" "the file's section order"
expect_contains "$T/order.txt" "2016 – Present" "no endDate: to the present"
printf '# N\n\n## Education\n\n### BSc, MIT (2018)\n\n## Experience\n\n### Engineer, Acme (Summer 2017)\n' >"$T/order.md"
"$RESUME" render --json "$T/order.md" >"$T/order2.json"
expect_eq '"education" "work"' "$(grep -o '^  "\(work\|education\)"' "$T/order2.json" | sed 's/^  //' | tr '\n' ' ' | sed 's/ $//')" "--json in the résumé's order"
# one date is the end too: JSON Resume reads a missing endDate as ongoing
expect_contains "$T/order2.json" '"endDate": "2018"' "a single date has its endDate"
# what themes read without looking first is there, if empty
expect_contains "$T/order2.json" '"location": {}' "an empty location for the themes"
expect_contains "$T/order2.json" '"profiles": []' "empty profiles for the themes"
printf '## Skills\n\nGo, C\n' | "$RESUME" render --json - >"$T/noname.json"
expect_contains "$T/noname.json" '"name": ""' "an empty name for the themes"
"$RESUME" validate "$T/noname.json"
expect_status 0 $? "the export with empty fields validates"
# validate says what render warns of; --strict makes it fail
printf '{"basics":{"name":"N","website":"https://x.example"}}' >"$T/old.json"
"$RESUME" validate "$T/old.json" 2>"$T/verr"
expect_status 0 $? "validate: an old name is valid"
expect_contains "$T/verr" "/basics/website: warning: 'website' is an old name" "validate warns as render does"
"$RESUME" validate --strict "$T/old.json" 2>"$T/verr"
expect_status 1 $? "validate --strict: a warning fails"
expect_contains "$T/verr" "/basics/website: error:" "--strict reports it as an error"
"$RESUME" validate --strict "$T/order2.json"
expect_status 0 $? "validate --strict: a clean file"
"$RESUME" render "$T/order2.json" >"$T/order2.txt"
checks=$((checks + 1))
grep -q "Present" "$T/order2.txt" && fail "a single date reads as ongoing"
# strings are inline Markdown, as the ecosystem's themes read them:
# emphasis, code and links in every backend; HTML reduced to its text;
# entities decoded; --json writes the Markdown back, a fixed point
cat >"$T/inl.json" <<'EOF'
{"basics": {"name": "Ann Lee", "summary": "**Imaginary full-stack** dev with <b>middle-out compression</b> &amp; more. See [**Quantum Diorama**](https://example.com/q).\n\n- Feature: what it is\n- Benefit: what you get"},
 "work": [{"name": "Acme", "position": "Dev", "startDate": "2019-01",
   "highlights": ["Built *fast* `code` things", "<p>Para <i>one</i></p>", "snake_case and 3 < 4, C++ & Go"]}]}
EOF
"$RESUME" render --txt "$T/inl.json" >"$T/inl.txt"
expect_contains "$T/inl.txt" "Imaginary full-stack dev with middle-out compression & more" "txt: markup and tags gone, entity decoded"
expect_contains "$T/inl.txt" "Built fast code things" "txt: emphasis and code as text"
expect_contains "$T/inl.txt" "Para one" "txt: an HTML block's text"
expect_contains "$T/inl.txt" "• Feature: what it is" "txt: a list in a summary is a list"
"$RESUME" render --html "$T/inl.json" >"$T/inl.html"
expect_contains "$T/inl.html" "<strong>Imaginary full-stack</strong> dev with middle-out compression &amp; more" "html: bold kept, tags and entity read"
expect_contains "$T/inl.html" '<a href="https://example.com/q"><strong>Quantum Diorama</strong></a>' "html: a link with bold text"
expect_contains "$T/inl.html" "Built <em>fast</em> <code>code</code> things" "html: italic and code"
checks=$((checks + 1))
grep -q "&lt;b&gt;\|&lt;p&gt;\|\*\*" "$T/inl.html" && fail "html: markup shown as text"
"$RESUME" render --json "$T/inl.json" >"$T/inl2.json"
expect_contains "$T/inl2.json" '"summary": "**Imaginary full-stack** dev with middle-out compression & more. See [**Quantum Diorama**](https://example.com/q).' "json: inline Markdown written back"
expect_contains "$T/inl2.json" '"snake_case and 3 < 4, C++ & Go"' "json: plain text stays plain"
"$RESUME" render --json "$T/inl2.json" >"$T/inl3.json"
checks=$((checks + 1))
cmp -s "$T/inl2.json" "$T/inl3.json" || { fail "json: not a fixed point"; diff "$T/inl2.json" "$T/inl3.json" | head; }
if command -v pdftotext >/dev/null 2>&1; then
	"$RESUME" render --pdf -o "$T/inl.pdf" "$T/inl.json"
	pdftotext "$T/inl.pdf" "$T/inl.pdftxt"
	checks=$((checks + 1))
	grep -q '\*\*\|<b>\|&amp;' "$T/inl.pdftxt" && fail "pdf: markup shown as text"
fi
finish
