/*
 * jsonwords RESUME.json OUTPUT.txt: checks that every word of every string
 * value a reader expects to see in a JSON Resume (all but "$schema",
 * "meta", images and "x-" extensions) is in the text output; dates by
 * their year, as they are shown reformatted; URLs without "http(s)" and
 * "www", as they may be shown without.  Case and white space are
 * ignored.  Prints the missing words; exits 1 when any is missing.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/utf8.h"
#include "resume/buf.h"
#include "words.h"

static struct resume_buf squeezed;
static size_t words, missing;

static int
word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return isalnum((int)cp);
	return !(utf8_is_icon(cp) || (cp >= 0x2000 && cp <= 0x206f) ||
	    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xff0f) ||
	    (cp >= 0xff1a && cp <= 0xff20) || cp == 0xa0 || cp == 0xb7 ||
	    cp == 0xab || cp == 0xbb || cp == 0x60c);
}

static void
check(const char *s)
{
	struct resume_buf lo = {0};
	size_t i = 0, start;

	utf8_lower(&lo, s, strlen(s));
	while (next_word(lo.data, lo.len, &i, &start, word_cp)) {
		words++;
		lo.data[i] = '\0';
		/* a URL may be shown without its scheme */
		if (strcmp(lo.data + start, "https") != 0 &&
		    strcmp(lo.data + start, "http") != 0 &&
		    strcmp(lo.data + start, "www") != 0 &&
		    !strstr(resume_buf_str(&squeezed), lo.data + start)) {
			printf("missing: %s\n", lo.data + start);
			missing++;
		}
		if (i < lo.len)
			lo.data[i] = ' ';
	}
	resume_buf_free(&lo);
}

static int
date_key(const char *k)
{
	return strcmp(k, "startDate") == 0 || strcmp(k, "endDate") == 0 ||
	    strcmp(k, "date") == 0 || strcmp(k, "releaseDate") == 0;
}

static void
walk(const json_t *v, const char *key)
{
	const char *k;
	const json_t *x;
	size_t i;

	if (key &&
	    (strcmp(key, "$schema") == 0 || strcmp(key, "meta") == 0 ||
	        strcmp(key, "image") == 0 || strcmp(key, "picture") == 0 ||
	        strncmp(key, "x-", 2) == 0))
		return;
	if (json_is_string(v)) {
		if (key && date_key(key)) {
			char y[5];

			snprintf(y, sizeof(y), "%s", json_string_value(v));
			check(y);
		} else
			check(json_string_value(v));
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, x) walk(x, k);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) walk(x, key);
	}
}

int
main(int argc, char **argv)
{
	json_error_t err;
	json_t *root;
	FILE *fp;
	char buf[65536];
	size_t n;
	struct resume_buf out = {0}, lo = {0};

	if (argc != 3) {
		fputs("usage: jsonwords RESUME.json OUTPUT.txt\n", stderr);
		return 2;
	}
	root = json_load_file(argv[1], 0, &err);
	fp = fopen(argv[2], "rb");
	if (root == NULL || fp == NULL) {
		fprintf(stderr, "jsonwords: cannot read %s\n",
		    root ? argv[2] : argv[1]);
		return 2;
	}
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		resume_buf_add(&out, buf, n);
	fclose(fp);
	utf8_lower(&lo, resume_buf_str(&out), out.len);
	for (n = 0; n < lo.len; n++)
		if (!isspace((unsigned char)lo.data[n]))
			resume_buf_putc(&squeezed, lo.data[n]);
	walk(root, NULL);
	printf("%s: %zu words, %zu missing\n", argv[1], words, missing);
	json_decref(root);
	resume_buf_free(&out);
	resume_buf_free(&lo);
	resume_buf_free(&squeezed);
	return missing ? 1 : 0;
}
