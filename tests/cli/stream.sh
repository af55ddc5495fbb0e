#!/bin/sh
# resume render --stream: JSON Lines in, one JSON line out for each, in
# input order, with and without worker processes; bad lines answered
# with an error and the stream going on; outputs the same as a file's
# render; a request-and-answer producer never left waiting; and the GNU
# parallel example of docs/scaling.md run as written there.
. "$(dirname "$0")/lib.sh"
EX=$(dirname "$0")/../../data/examples
GOLD=$(dirname "$0")/../golden
DOCS=$(dirname "$0")/../../docs
command -v jq >/dev/null 2>&1 || { echo "SKIP: jq is not installed"; exit 77; }

# the lines: our examples as Markdown lines, two JSON Resume documents
# with ids, and bad lines between them
for f in "$EX"/*.md; do
	jq -Rsc --arg id "$(basename "$f" .md)" '{id: $id, markdown: .}' "$f"
done >"$T/md.jsonl"
jq -c '. + {id: "lea-json"}' "$GOLD/lea-martin.json" >"$T/doc.jsonl"
{
	cat "$T/md.jsonl"
	echo 'not json at all'
	echo
	echo '[1, 2]'
	cat "$T/doc.jsonl"
	echo '{"id": 42, "markdown": 5}'
	echo '{"id": "fresh", "name": "Ada", "info": {"label": "x"}, "employment": {}}'
	printf '{"id": "bad-utf8", "basics": {"name": "\377"}}\n'
	printf '%s\n' '{"id": "last", "markdown": "# Sam Roe\n\nsam@example.com\n"}'
} >"$T/in.jsonl"
nin=$(grep -c -v '^[[:space:]]*$' "$T/in.jsonl")

for jobs in 1 3; do
	"$RESUME" render --stream txt --jobs "$jobs" <"$T/in.jsonl" \
		>"$T/out$jobs.jsonl" 2>"$T/err"
	expect_status 0 $? "--stream txt --jobs $jobs with bad lines"
	expect_eq "$nin" "$(wc -l <"$T/out$jobs.jsonl" | tr -d ' ')" \
		"--jobs $jobs: an answer a line"
	# (a line that is not UTF-8 is not JSON: its id cannot be read)
	expect_eq "alex-rivera chen-jing lea-martin null null lea-json 42 fresh null last" \
		"$(jq -r '.id' "$T/out$jobs.jsonl" | tr '\n' ' ' | sed 's/ $//')" \
		"--jobs $jobs: the ids in input order"
	expect_eq "ok ok ok error error ok error error error ok" \
		"$(jq -r '.status' "$T/out$jobs.jsonl" | tr '\n' ' ' | sed 's/ $//')" \
		"--jobs $jobs: the statuses"
done
cmp -s "$T/out1.jsonl" "$T/out3.jsonl" ||
	fail "--jobs 3 answers differ from --jobs 1"
checks=$((checks + 1))

# each answer's output is the file's render; the diagnostics say why
for s in alex-rivera chen-jing lea-martin; do
	"$RESUME" render --txt "$EX/$s.md" >"$T/$s.txt" 2>/dev/null
	jq -j --arg id "$s" 'select(.id == $id) | .output' "$T/out3.jsonl" >"$T/$s.stream.txt"
	checks=$((checks + 1))
	cmp -s "$T/$s.txt" "$T/$s.stream.txt" || fail "$s: the stream's text differs from the file's"
done
jq -c 'select(.id == null) | .diagnostics[0].message' "$T/out1.jsonl" >"$T/why"
expect_contains "$T/why" "not JSON" "a line that is not JSON"
expect_contains "$T/why" "unable to decode byte 0xff" "a line that is not UTF-8"
expect_contains "$T/why" "a line is a JSON object" "a line that is no object"
jq -r 'select(.id == 42) | .diagnostics[0].pointer' "$T/out1.jsonl" >"$T/why"
expect_contains "$T/why" "/markdown" "a markdown that is no string, at its pointer"
jq -r 'select(.id == "fresh") | .diagnostics[].message' "$T/out1.jsonl" >"$T/why"
expect_contains "$T/why" "FRESH" "a FRESH résumé named"
jq -r 'select(.id == null) | .diagnostics[0].file' "$T/out1.jsonl" | head -n 1 >"$T/why"
expect_eq "<stdin>:4" "$(cat "$T/why")" "a bad line named by its number"

# quotes, backslashes and control characters in the output, escaped
printf '# Ann "Q" Back\\slash\n\nann@example.com\n\n## Skills\n\nC\tGo\n' >"$T/q.md"
jq -Rsc '{id: "q", markdown: .}' "$T/q.md" | "$RESUME" render --stream txt >"$T/q.jsonl"
"$RESUME" render --txt "$T/q.md" >"$T/q.txt"
jq -j .output "$T/q.jsonl" >"$T/q.stream.txt"
checks=$((checks + 1))
cmp -s "$T/q.txt" "$T/q.stream.txt" || fail "quotes and backslashes: the stream's text differs"
expect_contains "$T/q.jsonl" 'Ann \"Q\" Back\\slash' "quotes and backslashes escaped"

# a line over --max-size is refused without being kept
{
	printf '%s\n' '{"id": 1, "markdown": "# A\n"}'
	printf '{"id": 2, "markdown": "%s"}\n' "$(head -c 300000 /dev/zero | tr '\0' x)"
	printf '%s\n' '{"id": 3, "markdown": "# C\n"}'
} >"$T/big.jsonl"
"$RESUME" render --stream txt --max-size 100K <"$T/big.jsonl" >"$T/big.out" 2>"$T/err"
expect_status 0 $? "a line over --max-size"
expect_eq "ok error ok" "$(jq -r .status "$T/big.out" | tr '\n' ' ' | sed 's/ $//')" \
	"the long line refused, the others rendered"
expect_contains "$T/big.out" "over the 100000 of --max-size" "the refusal says why"

# PDF in base64: the file's PDF, byte for byte, and a valid one
printf '%s\n' "$(head -n 1 "$T/md.jsonl")" | "$RESUME" render --stream pdf --jobs 2 >"$T/pdf.jsonl"
expect_eq "ok base64 1" "$(jq -r '"\(.status) \(.encoding) \(.pages)"' "$T/pdf.jsonl")" \
	"a PDF answer"
jq -r .output "$T/pdf.jsonl" | base64 -d >"$T/stream.pdf"
"$RESUME" render --pdf -o "$T/file.pdf" "$EX/alex-rivera.md" 2>/dev/null
checks=$((checks + 1))
cmp -s "$T/stream.pdf" "$T/file.pdf" || fail "the stream's PDF differs from the file's"
if [ -n "${PDFCHECK:-}" ]; then
	checks=$((checks + 1))
	"$PDFCHECK" "$T/stream.pdf" >"$T/chk" 2>&1 || { cat "$T/chk"; fail "the stream's PDF does not pass the check"; }
fi

# nothing in, nothing out; blank lines only, the same
"$RESUME" render --stream txt </dev/null >"$T/empty.out" 2>"$T/err"
expect_status 0 $? "an empty stream"
expect_empty "$T/empty.out" "an empty stream's answers"
printf '\n  \n\t\n' | "$RESUME" render --stream txt --jobs 2 >"$T/empty.out" 2>"$T/err"
expect_status 0 $? "a stream of blank lines"
expect_empty "$T/empty.out" "a stream of blank lines' answers"

# usage: no input file, no -o, a page format refused
"$RESUME" render --stream txt "$EX/alex-rivera.md" </dev/null >/dev/null 2>"$T/err"
expect_status 2 $? "--stream with a FILE"
"$RESUME" render --stream png </dev/null >/dev/null 2>"$T/err"
expect_status 2 $? "--stream png"
"$RESUME" render --stream nope </dev/null >/dev/null 2>"$T/err"
expect_status 2 $? "--stream of an unknown format"

# a producer that waits for each answer before it writes the next line
mkfifo "$T/to" "$T/from"
timeout 60 "$RESUME" render --stream txt --jobs 2 <"$T/to" >"$T/from" 2>/dev/null &
pid=$!
exec 3>"$T/to" 4<"$T/from"
got=
for id in a b c; do
	printf '{"id": "%s", "markdown": "# %s\\n"}\n' "$id" "$id" >&3
	IFS= read -r line <&4 || break
	got="$got$(printf '%s' "$line" | jq -r .id)"
done
exec 3>&- 4<&-
wait "$pid"
expect_status 0 $? "a request-and-answer producer"
expect_eq "abc" "$got" "each answer before the next line"

# a worker killed: the line it had gets an error answer naming the
# signal, another worker takes its place, the stream goes on
if command -v pgrep >/dev/null 2>&1; then
	rm -f "$T/to" "$T/from"
	mkfifo "$T/to" "$T/from"
	"$RESUME_REAL" render --stream txt --jobs 2 <"$T/to" >"$T/from" 2>/dev/null &
	pid=$!
	exec 3>"$T/to" 4<"$T/from"
	printf '{"id": "w1", "markdown": "# A\\n"}\n' >&3
	IFS= read -r line <&4
	for k in $(pgrep -P "$pid"); do kill -9 "$k"; done
	sleep 0.2
	for id in w2 w3 w4 w5; do
		printf '{"id": "%s", "markdown": "# A\\n"}\n' "$id" >&3
	done
	exec 3>&-
	cat <&4 >"$T/killed.jsonl"
	exec 4<&-
	wait "$pid"
	expect_status 0 $? "a stream whose workers were killed"
	expect_eq "w2 w3 w4 w5" "$(jq -r .id "$T/killed.jsonl" | tr '\n' ' ' | sed 's/ $//')" \
		"every line answered after the workers were killed"
	# (which lines meet a dead worker depends on timing: each dead one
	# takes one line before it is found out and replaced)
	expect_contains "$T/killed.jsonl" "killed by signal 9" "the line of a killed worker says so"
	expect_eq "" "$(jq -r 'select(.status != "ok" and (.diagnostics[0].message | test("killed by signal 9") | not)) | .id' "$T/killed.jsonl")" \
		"every other line rendered"
	checks=$((checks + 1))
	grep -q '"status":"ok"' "$T/killed.jsonl" || fail "new workers render"
else
	echo "note: no pgrep; the killed-worker case is not run"
fi

# the GNU parallel example of docs/scaling.md, run as it is written there
if command -v parallel >/dev/null 2>&1; then
	# (it reads resumes.jsonl and writes answers.jsonl, in $T)
	for i in 1 2 3 4 5 6 7 8 9 10; do cat "$T/md.jsonl"; done >"$T/resumes.jsonl"
	cmd=$(awk '/<!-- parallel-example -->/ { on = 1 } on && /^parallel / { print; exit }' \
		"$DOCS/scaling.md")
	checks=$((checks + 1))
	[ -n "$cmd" ] || fail "docs/scaling.md has no parallel example"
	cmd=$(printf '%s' "$cmd" | sed "s|resume render|$RESUME render|")
	(cd "$T" && HOME=$T eval "$cmd" 2>par.err)
	expect_status 0 $? "the GNU parallel example"
	expect_eq 30 "$(wc -l <"$T/answers.jsonl" | tr -d ' ')" "parallel: an answer a line"
	expect_eq 30 "$(jq -r .status "$T/answers.jsonl" | grep -c '^ok$')" "parallel: every line rendered"
	expect_eq "$(jq -r .id "$T/resumes.jsonl" | tr '\n' ' ')" \
		"$(jq -r .id "$T/answers.jsonl" | tr '\n' ' ')" "parallel --keep-order: the input's order"
else
	echo "note: GNU parallel is not installed; its example is not run"
fi
finish
