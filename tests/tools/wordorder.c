/*
 * wordorder TEXT EXTRACTED: checks that every word of TEXT (our --txt
 * output) is in EXTRACTED (pdftotext of our PDF) as a word of its own, in
 * the same order.  A word may stand up to WINDOW words earlier than the
 * one before it (a date set flush right on the line above its title);
 * anything further away, missing, or glued to a neighbour ("S32021") fails.
 * Words with CJK characters are only looked up, white space ignored, as
 * CJK lines break anywhere.  On lines with right-to-left text the Latin
 * words are only looked up too, and Arabic-script words are not checked:
 * extractors read those lines in visual order and split joined letters.
 * A long token cut at a line end on one side ("aroun" "d") matches it
 * whole on the other.  Prints what is wrong; exits 1 when anything is.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "resume/buf.h"
#include "words.h"

#define WINDOW 24

struct words {
	char **w;
	int *rtl; /* the word stands on a line with right-to-left text */
	size_t n, cap;
};

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct resume_buf b = {0};
	char tmp[65536];
	size_t n;

	if (fp == NULL) {
		perror(path);
		exit(2);
	}
	while ((n = fread(tmp, 1, sizeof(tmp), fp)) > 0)
		resume_buf_add(&b, tmp, n);
	fclose(fp);
	return b.data ? b.data : calloc(1, 1);
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
	    cp == 0xfffd || (cp >= 0x2500 && cp <= 0x257f) ||
	    (cp >= 0xff5b && cp <= 0xff65))
		return 0;
	return 1;
}

static int
line_rtl(const char *s, size_t i, size_t n)
{
	size_t b = i, e = i, k;
	uint32_t cp;

	while (b > 0 && s[b - 1] != '\n')
		b--;
	while (e < n && s[e] != '\n')
		e++;
	for (i = b; i < e; i += k) {
		k = utf8_decode(s + i, e - i, &cp);
		if (utf8_is_rtl(cp))
			return 1;
	}
	return 0;
}

static void
split(const char *s, struct words *out)
{
	struct resume_buf lo = {0};
	size_t i = 0, start;

	utf8_lower(&lo, s, strlen(s));
	while (next_word(lo.data, lo.len, &i, &start, word_cp)) {
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 256;
			out->w = realloc(out->w, out->cap * sizeof(*out->w));
			out->rtl = realloc(
			    out->rtl, out->cap * sizeof(*out->rtl));
		}
		out->rtl[out->n] = line_rtl(lo.data, start, lo.len);
		out->w[out->n] = malloc(i - start + 1);
		memcpy(out->w[out->n], lo.data + start, i - start);
		out->w[out->n][i - start] = '\0';
		out->n++;
	}
	resume_buf_free(&lo);
}

static int
has_rtl(const char *w)
{
	size_t i = 0, n = strlen(w), k;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(w + i, n - i, &cp);
		if (utf8_is_rtl(cp))
			return 1;
		i += k;
	}
	return 0;
}

/* Finds word w in x from index from: whole, or as two adjacent words
 * "aro" "und" (a token cut at a line end).  Returns the index after it, or
 * 0. */
static size_t
find(const struct words *x, size_t from, const char *w)
{
	size_t j, n = strlen(w);

	for (j = from; j < x->n; j++) {
		size_t l = strlen(x->w[j]);

		if (strcmp(x->w[j], w) == 0)
			return j + 1;
		if (j + 1 < x->n && l < n && strncmp(x->w[j], w, l) == 0 &&
		    strcmp(x->w[j + 1], w + l) == 0)
			return j + 2;
	}
	return 0;
}

static int
has_cjk(const char *w)
{
	size_t i = 0, n = strlen(w), k;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(w + i, n - i, &cp);
		if (utf8_is_cjk(cp) || (cp >= 0x3040 && cp <= 0x30ff))
			return 1;
		i += k;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct words t = {0}, x = {0};
	struct resume_buf squeezed = {0}, lo = {0};
	char *ts, *xs;
	size_t i, pos = 0, bad = 0;

	if (argc != 3) {
		fputs("usage: wordorder TEXT EXTRACTED\n", stderr);
		return 2;
	}
	ts = slurp(argv[1]);
	xs = slurp(argv[2]);
	split(ts, &t);
	split(xs, &x);
	utf8_lower(&lo, xs, strlen(xs));
	for (i = 0; i < lo.len; i++)
		if (!isspace((unsigned char)lo.data[i]))
			resume_buf_putc(&squeezed, lo.data[i]);
	for (i = 0; i < t.n; i++) {
		size_t at;

		if (has_cjk(t.w[i])) {
			if (!strstr(resume_buf_str(&squeezed), t.w[i])) {
				printf("missing: %s\n", t.w[i]);
				bad++;
			}
			continue;
		}
		if (t.rtl[i]) {
			if (!has_rtl(t.w[i]) && find(&x, 0, t.w[i]) == 0) {
				printf("missing: %s\n", t.w[i]);
				bad++;
			}
			continue;
		}
		at = find(&x, pos > WINDOW ? pos - WINDOW : 0, t.w[i]);
		if (at == 0 && i + 1 < t.n) {
			/* cut in the text: "aroun" "d" against "around" */
			char joined[512];

			snprintf(
			    joined, sizeof(joined), "%s%s", t.w[i], t.w[i + 1]);
			at = find(&x, pos > WINDOW ? pos - WINDOW : 0, joined);
			if (at)
				i++;
		}
		if (at == 0) {
			printf("missing or out of order: '%s' (word %zu of the "
			       "text)\n",
			    t.w[i], i + 1);
			bad++;
			continue;
		}
		pos = at;
	}
	printf("%s: %zu words, %zu wrong\n", argv[2], t.n, bad);
	for (i = 0; i < t.n; i++)
		free(t.w[i]);
	for (i = 0; i < x.n; i++)
		free(x.w[i]);
	free(t.w);
	free(x.w);
	free(t.rtl);
	free(x.rtl);
	free(ts);
	free(xs);
	resume_buf_free(&squeezed);
	resume_buf_free(&lo);
	return bad ? 1 : 0;
}
