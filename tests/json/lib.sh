# Sourced by the JSON round-trip tests: a temporary directory $T, the
# counters n and bad, and which inputs are no résumé to test.
set -u
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
n=0 bad=0
# not_resume FILE: missing, a FRESH-format file, or the schema itself
not_resume() {
	[ -f "$1" ] || return 0
	case "$(basename "$1")" in fresh-test-fresh-* | jsonresume-schema.json) return 0 ;; esac
	return 1
}
