# npm.sh, sourced: npm_cache PKG@VERSION...: makes sure the npm cache
# outside the repository (RESUME_NPM_CACHE, by default
# ~/.cache/resume-tests/npm) holds each package at its pinned version,
# installing what is missing from the registry; sets $cache.  Exits 77
# (skip) with a message when node or npm is missing or the install fails.
npm_cache() {
	cache=${RESUME_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/resume-tests/npm}
	command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
		{ echo "SKIP: node or npm not installed (Debian: nodejs npm)"; exit 77; }
	missing=
	for p in "$@"; do
		name=${p%@*}
		want=${p##*@}
		have=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$cache/node_modules/$name/package.json" 2>/dev/null)
		[ "$have" = "$want" ] || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	mkdir -p "$cache" &&
		npm install --prefix "$cache" --no-audit --no-fund --loglevel=error $missing >"$cache/install.log" 2>&1 ||
		{ echo "SKIP: npm could not install$missing (see $cache/install.log)"; exit 77; }
}
