#!/bin/sh
# run.sh FUZZER SECONDS WORKDIR SEED...: fuzzes for SECONDS from the seeds
# (copied into WORKDIR/corpus, which keeps what the fuzzer learns between
# runs).  A finding is written to WORKDIR as crash-*, leak-*, timeout-* or
# oom-* and fails the test; keep it in tests/fuzz/regress/ once it is fixed.
set -u
fuzzer=$1 seconds=$2 work=$3
shift 3
# LeakSanitizer: fontconfig's and cairo's own leaks, as in every test
: "${LSAN_OPTIONS:=suppressions=$(dirname "$0")/../lsan.supp:print_suppressions=0}"
export LSAN_OPTIONS
mkdir -p "$work/corpus" || exit 1
for f in "$@"; do
	cp "$f" "$work/corpus/" || exit 1
done
# (4 GiB of RSS: under ASan the Markdown seeds through the PDF backend
# peak near 1.9 GiB, sanitizer shadow and quarantine included, while no
# seed takes over 41 MB without the sanitizers)
# a dictionary of the Markdown and JSON Resume words the loaders look for
dict=$(dirname "$0")/resume.dict
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=4096 -dict="$dict" -artifact_prefix="$work/" \
    -print_final_stats=1 "$work/corpus" 2>"$work/log"
rc=$?
tail -n 25 "$work/log"
exit $rc
