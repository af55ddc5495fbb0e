# outline-order.awk OUTLINE TXT: TXT's sections ("Title ───") in the order
# of the PDF's outline (mutool show FILE outline), the lines before the
# first one first; sections the outline does not name keep their place
# after them.  A sidebar's sections, read first in the PDF, come first.
FILENAME == ARGV[1] { if (match($0, /"[^"]*"/)) order[++no] = substr($0, RSTART + 1, RLENGTH - 2); next }
/ ───/ { t = $0; sub(/ ─.*/, "", t); cur = t; names[++ns] = t }
{ if (cur == "") head = head $0 "\n"; else body[cur] = body[cur] $0 "\n" }
END {
	printf "%s", head
	for (i = 1; i <= no; i++) if (order[i] in body) { printf "%s", body[order[i]]; done[order[i]] = 1 }
	for (i = 1; i <= ns; i++) if (!(names[i] in done)) { printf "%s", body[names[i]]; done[names[i]] = 1 }
}
