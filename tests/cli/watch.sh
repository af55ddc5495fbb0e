#!/bin/sh
# render --watch: renders, renders again on each change of the input or
# the theme file, keeps the last good output through a bad edit, and stops
# cleanly on SIGINT.
. "$(dirname "$0")/lib.sh"

# wait_for CMD...: retries for up to 10 s (a slow machine, not a timing test)
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		"$@" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
has() { grep -q -- "$2" "$1" 2>/dev/null; }
count() { [ "$(grep -c -- "$2" "$1" 2>/dev/null)" -ge "$3" ]; }

cd "$T" || exit 1
echo '{"basics": {"name": "Ada Byron"}}' >cv.json
"$RESUME" render --watch -o out.txt cv.json 2>err &
pid=$!
wait_for has out.txt "Ada Byron" || fail "first render"
wait_for count err "wrote out.txt" 1 || fail "first report"

# an editor that renames a new file over the input
echo '{"basics": {"name": "Ada Lovelace"}}' >cv.json.new && mv cv.json.new cv.json
wait_for has out.txt "Ada Lovelace" || fail "render after a rename"

# a bad edit: the error is shown and the last output kept
echo '{"basics": {"name": ' >cv.json
wait_for has err "cv.json:2:" || fail "error of a bad edit"
wait_for has err "out.txt kept as it was" || fail "bad edit reported"
expect_contains out.txt "Ada Lovelace" "output kept through a bad edit"

# fixed again, written in place
echo '{"basics": {"name": "Augusta Ada King"}}' >cv.json
wait_for has out.txt "Augusta Ada King" || fail "render after the fix"

# a change to another file in the directory does not render
n=$(grep -c "wrote out.txt" err)
echo x >other.txt
sleep 0.3
expect_eq "$n" "$(grep -c "wrote out.txt" err)" "other files are ignored"

kill -INT $pid
wait $pid
expect_status 0 $? "exit after SIGINT"
expect_contains err "stopped watching" "SIGINT"
expect_eq "" "$(ls -a | grep '^\.resume-' || true)" "no temporary file left"

# PDF: the page count is reported
printf '# Ada Byron\n\n## Experience\n\n- Notes on the engine\n' >cv.md
echo 'paper = a4' >my.theme
"$RESUME" render --pdf --theme my.theme --watch -o out.pdf cv.md 2>perr &
pid=$!
wait_for has perr "wrote out.pdf: 1 page in" || fail "page count reported"
# saving the theme file renders again
echo 'paper = letter' >my.theme
wait_for count perr "wrote out.pdf" 2 || fail "render after a theme edit"
pdfinfo out.pdf >info
expect_contains info "(letter)" "the edited theme is used"
kill -INT $pid
wait $pid

"$RESUME" render --watch cv.json 2>err2
expect_status 2 $? "--watch without -o"
expect_contains err2 "--watch needs an input FILE and -o FILE" "--watch without -o"
finish
