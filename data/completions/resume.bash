# bash completion for resume(1)
_resume()
{
	local cur prev cmd
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	cmd=${COMP_WORDS[1]}
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "render check validate init themes --help --version" -- "$cur"))
		return
	fi
	case $prev in
	--to) COMPREPLY=($(compgen -W "txt pdf png html json md" -- "$cur")); return ;;
	--format) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
	--from) COMPREPLY=($(compgen -W "markdown json" -- "$cur")); return ;;
	--paper) COMPREPLY=($(compgen -W "a4 letter" -- "$cur")); return ;;
	--theme)
		COMPREPLY=($(compgen -W "modern classic sidebar engineer academic compact" -- "$cur") $(compgen -f -- "$cur"))
		return ;;
	--show) COMPREPLY=($(compgen -W "modern classic sidebar engineer academic compact" -- "$cur")); return ;;
	--lang) COMPREPLY=($(compgen -W "en fr de es it pt nl pl ru uk tr zh ja ko fa ar vi" -- "$cur")); return ;;
	--redact) COMPREPLY=($(compgen -W "contact" -- "$cur")); return ;;
	--stream) COMPREPLY=($(compgen -W "txt pdf html json md" -- "$cur")); return ;;
	--width | --max-size | --max-pages | --fit-pages | --jobs | --page | --dpi | --tag | --exclude-tag | --since | --max-bullets | --sections) return ;;
	-o | --output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	esac
	case $cmd in
	render)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--txt --pdf --png --html --json --md --to --from
				--output --width --ascii --paper --page --dpi --theme --max-size --max-pages --fit-pages --no-embed-fonts --no-photo --lang --tag --exclude-tag --since
				--max-bullets --sections --redact --jobs --stream --watch --help" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -X '!*.@(md|markdown|json)' -- "$cur")
				$(compgen -d -- "$cur"))
		fi ;;
	check)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--strict --format --ats --theme --paper --no-layout --max-size --help" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -X '!*.@(md|markdown|json)' -- "$cur")
				$(compgen -d -- "$cur"))
		fi ;;
	validate)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--strict --max-size --help" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -X '!*.@(md|markdown|json)' -- "$cur")
				$(compgen -d -- "$cur"))
		fi ;;
	init) COMPREPLY=($(compgen -W "--json --output --force --help" -- "$cur")) ;;
	themes) COMPREPLY=($(compgen -W "--show --help" -- "$cur")) ;;
	esac
}
complete -o filenames -F _resume resume
