/*
 * lcs MIN A B...: the words of A and of each B, compared as sequences: the
 * ratio 2 * LCS / (|A| + |B|), LCS the longest common subsequence of the
 * two word lists.  A file named *.html is read as its visible text (no
 * <style>, <script>, <head> or visually hidden heading, tags left out,
 * entities decoded).  Case is
 * ignored; a word is a run of letters, digits and marks.  Prints one line
 * a B; exits 1 when a ratio is below MIN.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/utf8.h"
#include "resume/buf.h"
#include "words.h"

static char *
slurp(const char *path, size_t *len)
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
	*len = b.len;
	return b.data ? b.data : calloc(1, 1);
}

static int
word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return isalnum((int)cp);
	if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xff00 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) ||
	    (cp >= 0x2190 && cp <= 0x2bff) || cp == 0xa0 || cp == 0xb7 ||
	    cp == 0xab || cp == 0xbb || cp == 0x60c || cp == 0x61f ||
	    cp == 0xfffd || (cp >= 0xff5b && cp <= 0xff65) || cp == 0xd7)
		return 0;
	return 1;
}

/* The visible text of an HTML page: what is between tags in <body>,
 * without style and script elements, entities decoded. */
static void
html_text(struct resume_buf *out, const char *s, size_t n)
{
	const char *body = strstr(s, "<body");
	size_t i = body ? (size_t)(body - s) : 0;

	while (i < n) {
		if (s[i] == '<') {
			const char *end;

			/* style, script, and the heading only a screen
			 * reader gets (a page that names no one) */
			if (strncasecmp(s + i, "<style", 6) == 0 ||
			    strncasecmp(s + i, "<script", 7) == 0 ||
			    strncmp(s + i, "<h1 class=\"nameless\"", 20) == 0) {
				const char *close = strncasecmp(
				                        s + i, "<style", 6) == 0
				    ? "</style>"
				    : s[i + 1] == 'h' ? "</h1>"
				                      : "</script>";

				end = strstr(s + i, close);
				i = end ? (size_t)(end - s) + strlen(close) : n;
				continue;
			}
			end = strchr(s + i, '>');
			i = end ? (size_t)(end - s) + 1 : n;
			resume_buf_putc(out, ' ');
			continue;
		}
		if (s[i] == '&') {
			static const struct {
				const char *e, *c;
			} ents[] = {{"&amp;", "&"}, {"&lt;", "<"},
			    {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
			    {"&nbsp;", " "}};
			size_t k;

			for (k = 0; k < sizeof(ents) / sizeof(*ents); k++)
				if (strncmp(s + i, ents[k].e,
				        strlen(ents[k].e)) == 0)
					break;
			if (k < sizeof(ents) / sizeof(*ents)) {
				resume_buf_puts(out, ents[k].c);
				i += strlen(ents[k].e);
				continue;
			}
		}
		resume_buf_putc(out, s[i++]);
	}
}

struct words {
	char **w;
	size_t n, cap;
};

static void
add_word(struct words *w, const char *s, size_t k)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 256;
		w->w = realloc(w->w, w->cap * sizeof(*w->w));
	}
	w->w[w->n] = malloc(k + 1);
	memcpy(w->w[w->n], s, k);
	w->w[w->n][k] = '\0';
	w->n++;
}

static void
read_words(const char *path, struct words *w)
{
	struct resume_buf text = {0}, lo = {0};
	size_t len, i = 0, start;
	char *s = slurp(path, &len);
	size_t pl = strlen(path);

	if (pl > 5 && strcmp(path + pl - 5, ".html") == 0)
		html_text(&text, s, len);
	else
		resume_buf_add(&text, s, len);
	utf8_lower(&lo, resume_buf_str(&text), text.len);
	memset(w, 0, sizeof(*w));
	while (next_word(lo.data ? lo.data : "", lo.len, &i, &start, word_cp)) {
		/* a CJK character is a word of its own: lines break between
		 * any two */
		size_t j = start, from = start;
		uint32_t cp;

		while (j <= i) {
			size_t kk = j < i ? utf8_decode(lo.data + j, i - j, &cp)
			                  : 0;
			bool cjk = j < i && utf8_is_cjk(cp);

			if (j == i || cjk) {
				if (j > from)
					add_word(w, lo.data + from, j - from);
				if (cjk)
					add_word(w, lo.data + j, kk);
				from = j + kk;
			}
			if (j == i)
				break;
			j += kk;
		}
	}
	resume_buf_free(&text);
	resume_buf_free(&lo);
	free(s);
}

/* The length of the longest common subsequence, in two rows of memory. */
static size_t
lcs(const struct words *a, const struct words *b)
{
	size_t *prev = calloc(b->n + 1, sizeof(*prev));
	size_t *cur = calloc(b->n + 1, sizeof(*cur)), *t, i, j, r;

	for (i = 1; i <= a->n; i++) {
		for (j = 1; j <= b->n; j++)
			cur[j] = strcmp(a->w[i - 1], b->w[j - 1]) == 0
			    ? prev[j - 1] + 1
			    : prev[j] > cur[j - 1] ? prev[j]
			                           : cur[j - 1];
		t = prev;
		prev = cur;
		cur = t;
	}
	r = prev[b->n];
	free(prev);
	free(cur);
	return r;
}

int
main(int argc, char **argv)
{
	struct words a, b;
	double min, ratio;
	int i, bad = 0;
	size_t k;

	if (argc < 4) {
		fputs("usage: lcs MIN A B...\n", stderr);
		return 2;
	}
	min = atof(argv[1]);
	read_words(argv[2], &a);
	for (i = 3; i < argc; i++) {
		read_words(argv[i], &b);
		ratio = a.n + b.n
		    ? 2.0 * (double)lcs(&a, &b) / (double)(a.n + b.n)
		    : 1.0;
		printf("%.4f %zu %zu %s\n", ratio, a.n, b.n, argv[i]);
		if (ratio < min)
			bad = 1;
		for (k = 0; k < b.n; k++)
			free(b.w[k]);
		free(b.w);
	}
	for (k = 0; k < a.n; k++)
		free(a.w[k]);
	free(a.w);
	return bad;
}
