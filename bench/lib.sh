# Sourced by the bench scripts, with $here set to bench/: finds the build
# ($1 or ../build) and the reference résumé ($REFERENCE or ../shared),
# installs the Debian tools named in $tools when missing, and makes $T.
build=${1:-$here/../build}
ref=${REFERENCE:-$here/../../shared/reference/resume.md}
resume=$build/resume
[ -x "$resume" ] || { echo "build first: $resume not found" >&2; exit 1; }
[ -n "${noref:-}" ] || [ -f "$ref" ] || { echo "reference résumé not found: $ref" >&2; exit 1; }
need=
for t in $tools; do
	case $t in
	time) [ -x /usr/bin/time ] || need="$need time" ;;
	*) command -v "$t" >/dev/null || need="$need $t" ;;
	esac
done
if [ -n "$need" ]; then
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y -qq $need >/dev/null
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# rss CMD...: the smallest peak RSS (KiB, /usr/bin/time -f %M) of
# ${rss_runs:-5} runs of CMD; a pipeline's is its largest process
rss() {
	_best=
	for _run in $(seq "${rss_runs:-5}"); do
		_k=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)
		case $_k in *[!0-9]*|'') continue ;; esac
		[ -z "$_best" ] || [ "$_k" -lt "$_best" ] && _best=$_k
	done
	echo "${_best:-0}"
}
