/*
 * footers: prints an extended regular expression (grep -E) that matches
 * the end of a line holding the PDF's running footer in any language of
 * the tables ("page 2 of 3", "Seite 2 von 3", "第 2 页，共 3 页"), so that
 * the text tests can leave the footer out of what they compare whatever
 * language a résumé is written in, on a page of either direction.  The
 * formats come from the tables themselves (lang_page), not from a copy.
 */
#include <stdio.h>
#include <string.h>

#include "core/lang.h"
#include "resume/buf.h"

/* Writes s as an ERE, with the numbers 9001 and 9002 as [0-9]+. */
static void
put_pattern(const char *s)
{
	for (; *s; s++) {
		if (strncmp(s, "9001", 4) == 0 || strncmp(s, "9002", 4) == 0) {
			fputs("[0-9]+", stdout);
			s += 3;
		} else {
			if (strchr(".[]()*+?{}|^$\\", *s))
				putchar('\\');
			putchar(*s);
		}
	}
}

int
main(void)
{
	const struct lang *l;
	size_t i;

	fputs("(", stdout);
	for (i = 0; (l = lang_at(i)) != NULL; i++) {
		struct resume_buf b = {0};

		lang_page(l, 9001, 9002, &b);
		if (i)
			putchar('|');
		put_pattern(resume_buf_str(&b));
		resume_buf_free(&b);
	}
	/* pdftotext closes a line of a right-to-left page with the bidi
	 * marks that embed it (U+202C POP DIRECTIONAL FORMATTING) */
	fputs(") *(\xe2\x80\xac)*$\n", stdout);
	return 0;
}
