# flush-right.awk: reads pdftotext -bbox-layout of a PDF whose second page
# is right-to-left; prints each line of page 2 in Arabic script (read
# byte-wise: run it under LC_ALL=C) that does not end at the right edge of
# page 1's text, within 3 pt, and exits 1 when there is one or none is
# found.
/<page/ { pg++ }
/<line / {
	match($0, /xMax="[0-9.]*"/)
	x = substr($0, RSTART + 6, RLENGTH - 7) + 0
	w = ""
}
/<word/ { t = $0; sub(/.*">/, "", t); sub(/<\/word>.*/, "", t); w = w t }
/<\/line>/ {
	if (pg == 1 && x > right)
		right = x
	if (pg == 2 && w ~ /[\330-\333]/) {
		n++
		if (x < right - 3) {
			print "not flush right (" x " < " right "): " w
			bad++
		}
	}
}
END {
	if (n == 0) {
		print "no right-to-left line on page 2"
		bad++
	}
	exit bad > 0
}
