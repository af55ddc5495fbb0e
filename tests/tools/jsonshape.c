/*
 * jsonshape [-v] FILE.json: the model a --json export holds, one leaf a
 * line: its JSON pointer, a tab, and a digest of its value (64-bit FNV-1a
 * of the value's compact JSON, in hex) or, with -v, the value itself.
 * Empty objects and arrays are leaves too ("{}", "[]"), so that a field
 * that empties shows.  The digest lets tests/ keep the expected model of
 * a résumé that is not ours (the shared corpus) without a copy of its
 * words: a change of any field changes its line, and -v over the live
 * export shows what the line now holds.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

static bool values;

/* Appends key to the pointer in buf (of length n), escaped as RFC 6901
 * asks ('~' as "~0", '/' as "~1"); returns the new length. */
static size_t
push(char *buf, size_t n, size_t cap, const char *key)
{
	if (n + 1 < cap)
		buf[n++] = '/';
	for (; *key && n + 2 < cap; key++) {
		if (*key == '~' || *key == '/') {
			buf[n++] = '~';
			buf[n++] = *key == '~' ? '0' : '1';
		} else
			buf[n++] = *key;
	}
	buf[n] = '\0';
	return n;
}

static void
leaf(const char *ptr, const json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	uint64_t h = 0xcbf29ce484222325u;

	if (s == NULL)
		exit(2);
	if (values)
		printf("%s\t%s\n", ptr, s);
	else {
		for (const char *p = s; *p; p++)
			h = (h ^ (unsigned char)*p) * 0x100000001b3u;
		printf("%s\t%016" PRIx64 "\n", ptr, h);
	}
	free(s);
}

static void
walk(const json_t *v, char *buf, size_t n, size_t cap)
{
	const char *key;
	json_t *x;
	size_t i;
	char num[32];

	if (json_is_object(v) && json_object_size(v)) {
		json_object_foreach((json_t *)v, key, x)
		{
			walk(x, buf, push(buf, n, cap, key), cap);
			buf[n] = '\0';
		}
	} else if (json_is_array(v) && json_array_size(v)) {
		json_array_foreach(v, i, x)
		{
			snprintf(num, sizeof(num), "%zu", i);
			walk(x, buf, push(buf, n, cap, num), cap);
			buf[n] = '\0';
		}
	} else
		leaf(n ? buf : "/", v);
}

int
main(int argc, char **argv)
{
	json_error_t err;
	json_t *root;
	char buf[4096] = "";

	if (argc == 3 && strcmp(argv[1], "-v") == 0) {
		values = true;
		argv++;
		argc--;
	}
	if (argc != 2) {
		fputs("usage: jsonshape [-v] FILE.json\n", stderr);
		return 2;
	}
	root = json_load_file(
	    argv[1], JSON_DECODE_ANY | JSON_PRESERVE_ORDER, &err);
	if (root == NULL) {
		fprintf(stderr, "%s:%d:%d: %s\n", argv[1], err.line, err.column,
		    err.text);
		return 1;
	}
	walk(root, buf, 0, sizeof(buf));
	json_decref(root);
	return fflush(stdout) == 0 ? 0 : 1;
}
