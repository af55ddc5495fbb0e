#!/bin/sh
# Builds the library, its PDF module and the threads test with
# ThreadSanitizer (in BUILD, kept between runs) and renders 100 résumés
# from 4 threads: any data race in our code fails the test.
# tsan.sh SOURCE_DIR BUILD_DIR INPUT...
set -u
src=$1 build=$2
shift 2
here=$(dirname "$0")
if ! echo 'int main(void){return 0;}' |
	${CC:-cc} -fsanitize=thread -x c - -o /dev/null 2>/dev/null; then
	echo "SKIP: the compiler cannot build with -fsanitize=thread"
	exit 77
fi
log=$build.log
cmake -S "$src" -B "$build" -DRESUME_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DRESUME_SHARED_DIR=/nonexistent >"$log" 2>&1 &&
	cmake --build "$build" -j2 --target api_threads resume_pdf resume_qpdf \
		>>"$log" 2>&1 || {
	cat "$log"
	echo "FAIL: the ThreadSanitizer build"
	exit 1
}
# glib's slice allocator hands memory between threads under its own
# futex locks, which ThreadSanitizer cannot see: plain malloc instead.
# tsan.supp names the uninstrumented libraries whose own locks it cannot
# see either; a race with a frame of ours only is never suppressed.
G_SLICE=always-malloc \
TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$here/tsan.supp" \
	"$build/tests/api_threads" -j 4 -n 100 "$@"
