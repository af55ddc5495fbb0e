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
