/*
 * noloss INPUT.md OUTPUT.txt: checks that every word of the Markdown
 * document's visible text (what a Markdown viewer shows: text, code, link
 * text, the text inside raw HTML; not link targets, image files, comments,
 * front matter, "{#id}" heading attributes, or a section that is one list
 * of nothing but links within the document, which resume leaves out as
 * navigation; nor the header row of a table with rows under it)
 * appears in the output.
 * Case and white space are ignored, so wrapping and upper-casing pass.
 * Prints the missing words and exits 1 when any is missing.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include "core/utf8.h"
#include "resume/buf.h"
#include "words.h"

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (fp == NULL) {
		perror(path);
		exit(2);
	}
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, fp) != (size_t)n)
		exit(2);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

/* Appends HTML with tags, comments, scripts and styles (which no viewer
 * shows as text) removed and entities as spaces. */
static void
html_text(struct resume_buf *b, const char *s)
{
	while (*s) {
		if (strncmp(s, "<!--", 4) == 0) {
			const char *e = strstr(s, "-->");

			s = e ? e + 3 : s + strlen(s);
		} else if (strncasecmp(s, "<script", 7) == 0 ||
		    strncasecmp(s, "<style", 6) == 0) {
			const char *e = strcasestr(s,
			    s[2] == 'c' || s[2] == 'C' ? "</script"
			                               : "</style");

			s = e ? e : s + strlen(s);
		} else if (*s == '<' &&
		    (isalpha((unsigned char)s[1]) || s[1] == '/')) {
			const char *e = strchr(s, '>');

			resume_buf_putc(b, ' ');
			s = e ? e + 1 : s + strlen(s);
		} else if (*s == '&' && strchr(s, ';') &&
		    strchr(s, ';') - s < 10) {
			resume_buf_putc(b, ' ');
			s = strchr(s, ';') + 1;
		} else
			resume_buf_putc(b, *s++);
	}
	resume_buf_putc(b, ' ');
}

/* Returns true when n holds only links to "#…" and white space. */
static bool
anchors_only(cmark_node *n, bool *link)
{
	cmark_node *c;
	const char *u, *lit;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_LINK:
		u = cmark_node_get_url(n);
		*link = true;
		return u && u[0] == '#' && u[1];
	case CMARK_NODE_TEXT:
		lit = cmark_node_get_literal(n);
		return lit == NULL || strspn(lit, " \t") == strlen(lit);
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
		return true;
	default:
		break;
	}
	for (c = cmark_node_first_child(n); c; c = cmark_node_next(c))
		if (!anchors_only(c, link))
			return false;
	return true;
}

static void walk(cmark_node *n, struct resume_buf *b);

/* Returns whether n, past blocks that show no text (rules, an anchor's
 * raw HTML), is a heading or the end: the edge of a section. */
static bool
section_edge(cmark_node *n, cmark_node *(*step)(cmark_node *))
{
	for (; n && cmark_node_get_type(n) != CMARK_NODE_HEADING; n = step(n)) {
		struct resume_buf t = {0};
		const char *s;
		bool blank;

		walk(n, &t);
		s = resume_buf_str(&t);
		blank = s[strspn(s, " \t\n")] == '\0';
		resume_buf_free(&t);
		if (!blank)
			return false;
	}
	return true;
}

/* A section that is one list of nothing but links within the document
 * ("- [English](#en)") is its navigation, which resume leaves out with a
 * warning; such a list among other content is checked. */
static bool
navigation(cmark_node *list)
{
	cmark_node *c;
	bool link;

	if (!section_edge(cmark_node_previous(list), cmark_node_previous) ||
	    !section_edge(cmark_node_next(list), cmark_node_next))
		return false;
	for (c = cmark_node_first_child(list); c; c = cmark_node_next(c)) {
		link = false;
		if (!anchors_only(c, &link) || !link)
			return false;
	}
	return cmark_node_first_child(list) != NULL;
}

static void
walk(cmark_node *n, struct resume_buf *b)
{
	cmark_node *c;
	const char *lit;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_CODE:
	case CMARK_NODE_CODE_BLOCK:
		lit = cmark_node_get_literal(n);
		resume_buf_puts(b, lit ? lit : "");
		return;
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_HTML_INLINE:
		html_text(b, cmark_node_get_literal(n));
		return;
	case CMARK_NODE_IMAGE:
		return;
	case CMARK_NODE_LIST:
		if (navigation(n))
			return;
		break;
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
		resume_buf_putc(b, ' ');
		return;
	case CMARK_NODE_HEADING: {
		struct resume_buf h = {0};
		char *br;

		for (c = cmark_node_first_child(n); c; c = cmark_node_next(c))
			walk(c, &h);
		br = h.data ? strrchr(h.data, '{') : NULL;
		if (br && (br[1] == '#' || br[1] == '.') && strchr(br, '}'))
			*br = '\0';
		resume_buf_puts(b, resume_buf_str(&h));
		resume_buf_putc(b, '\n');
		resume_buf_free(&h);
		return;
	}
	default:
		/* a table's header row names its columns: resume reads the
		 * rows of a work or education table as entries, the header
		 * as which field each cell is */
		if (strcmp(cmark_node_get_type_string(n), "table_header") ==
		        0 &&
		    cmark_node_next(n))
			return;
		break;
	}
	for (c = cmark_node_first_child(n); c; c = cmark_node_next(c))
		walk(c, b);
	resume_buf_putc(b, '\n');
}

static int
word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return isalnum((int)cp);
	if (utf8_is_icon(cp) || (cp >= 0x2000 && cp <= 0x206f) ||
	    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xff0f) ||
	    (cp >= 0xff1a && cp <= 0xff20) || cp == 0xa0 || cp == 0xb7 ||
	    cp == 0xab || cp == 0xbb || cp == 0x60c || cp == 0x61f ||
	    cp == 0xfffd || (cp >= 0xff5b && cp <= 0xff65))
		return 0;
	return 1;
}

/* Is the word at s + start the month or day of an ISO date ("2019-03",
 * "2019-03-01"), which résumés show as "Mar 2019": its month's name is
 * in the output, or it is the day? */
static int
iso_part(const char *s, size_t start, const char *out)
{
	static const char *const months[] = {"jan", "feb", "mar", "apr", "may",
	    "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
	const char *w = s + start;
	int m;

	if (!isdigit((unsigned char)w[0]) || !isdigit((unsigned char)w[1]) ||
	    w[2] != '\0' || start < 5 || s[start - 1] != '-')
		return 0;
	if (start >= 8 && s[start - 4] == '-' &&
	    isdigit((unsigned char)s[start - 5]))
		return 1; /* the day */
	if (!isdigit((unsigned char)s[start - 2]) ||
	    !isdigit((unsigned char)s[start - 5]))
		return 0;
	m = atoi(w);
	return m >= 1 && m <= 12 && strstr(out, months[m - 1]) != NULL;
}

int
main(int argc, char **argv)
{
	struct resume_buf vis = {0}, lo = {0}, outlo = {0}, squeezed = {0};
	size_t len, olen, i, start, missing = 0, words = 0;
	char *src, *out, *body;
	cmark_parser *p;
	cmark_node *doc;

	if (argc != 3) {
		fputs("usage: noloss INPUT.md OUTPUT.txt\n", stderr);
		return 2;
	}
	src = slurp(argv[1], &len);
	out = slurp(argv[2], &olen);
	body = src;
	/* front matter is metadata, not visible text */
	if (strncmp(src, "---\n", 4) == 0) {
		char *e = strstr(src + 3, "\n---");

		if (e && (e[4] == '\n' || e[4] == '\0'))
			body = e + 4;
	}
	cmark_gfm_core_extensions_ensure_registered();
	p = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES);
	cmark_parser_attach_syntax_extension(
	    p, cmark_find_syntax_extension("table"));
	cmark_parser_attach_syntax_extension(
	    p, cmark_find_syntax_extension("strikethrough"));
	cmark_parser_attach_syntax_extension(
	    p, cmark_find_syntax_extension("autolink"));
	cmark_parser_feed(p, body, strlen(body));
	doc = cmark_parser_finish(p);
	walk(doc, &vis);
	cmark_node_free(doc);
	cmark_parser_free(p);

	utf8_lower(&lo, resume_buf_str(&vis), vis.len);
	utf8_lower(&outlo, out, olen);
	for (i = 0; i < outlo.len; i++)
		if (!isspace((unsigned char)outlo.data[i]))
			resume_buf_putc(&squeezed, outlo.data[i]);

	i = 0;
	while (next_word(lo.data, lo.len, &i, &start, word_cp)) {
		char after = lo.data[i];

		words++;
		lo.data[i] = '\0';
		if (strstr(resume_buf_str(&squeezed), lo.data + start) ==
		        NULL &&
		    !iso_part(lo.data, start, resume_buf_str(&squeezed))) {
			printf("missing: %s\n", lo.data + start);
			missing++;
		}
		if (i < lo.len)
			lo.data[i] = after;
	}
	printf("%s: %zu words, %zu missing\n", argv[1], words, missing);
	resume_buf_free(&vis);
	resume_buf_free(&lo);
	resume_buf_free(&outlo);
	resume_buf_free(&squeezed);
	free(src);
	free(out);
	return missing ? 1 : 0;
}
