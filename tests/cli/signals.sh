#!/bin/sh
# Signals: SIGINT, SIGTERM and SIGHUP during a long render remove the
# temporary output, leave an existing output as it was and end resume by
# the same signal; in a batch, the workers go too and leave nothing.
. "$(dirname "$0")/lib.sh"
bin=${RESUME_REAL:-$RESUME}

awk 'BEGIN { printf "# Long\n\n## Notes\n\n"; for (i = 1; i <= 40000; i++) printf "- item %d of a long list\n", i }' >"$T/long.md"
cp "$T/long.md" "$T/long2.md"
mkdir "$T/out"

# waits (up to 20 s) until DIR holds a temporary output; true when it does
wait_tmp() {
	for _i in $(seq 200); do
		ls -A "$1" | grep -q '^\.resume-' && return 0
		sleep 0.1
	done
	return 1
}

for spec in INT:2 TERM:15 HUP:1; do
	sig=${spec%:*} num=${spec#*:}
	echo "precious" >"$T/out/cv.pdf"
	# (a background job of a script starts with SIGINT ignored: reset)
	env --default-signal=INT,TERM,HUP "$bin" render --pdf \
	    -o "$T/out/cv.pdf" "$T/long.md" 2>"$T/err" &
	pid=$!
	if wait_tmp "$T/out"; then
		kill -s "$sig" "$pid"
		wait "$pid"
		st=$?
		expect_eq "$((128 + num))" "$st" "SIG$sig: ended by the signal"
		expect_eq "" "$(ls -A "$T/out" | grep '^\.resume-')" "SIG$sig: temporary file removed"
		expect_eq "precious" "$(cat "$T/out/cv.pdf")" "SIG$sig: the old output kept"
	else
		wait "$pid"
		fail "SIG$sig: no temporary file appeared during the render"
	fi
done

# a batch in two workers: SIGTERM to the parent ends them all, cleanly
rm -f "$T/out/"*
env --default-signal=INT,TERM,HUP "$bin" render --pdf --txt --jobs 2 \
    -o "$T/out/" "$T/long.md" "$T/long2.md" 2>"$T/err" &
pid=$!
if wait_tmp "$T/out"; then
	kill -s TERM "$pid"
	wait "$pid"
	expect_eq 143 "$?" "batch: ended by SIGTERM"
	sleep 1 # the workers' own handlers run
	expect_eq "" "$(ls -A "$T/out" | grep '^\.resume-')" "batch: no temporary file left"
	pgrep -f "render --pdf --txt --jobs 2" >"$T/left"
	expect_empty "$T/left" "" "batch: workers still running"
else
	wait "$pid"
	fail "batch: no temporary file appeared"
fi
finish
