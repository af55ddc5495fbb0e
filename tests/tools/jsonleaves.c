/*
 * jsonleaves SCHEMA.json A.json B.json: counts the leaf values of A that
 * sit in fields the JSON Resume schema defines (its "properties", at any
 * depth, array items included), and how many of them B holds at the same
 * JSON pointer with the same value.  Empty strings and nulls are no
 * values; a string's leading and trailing white space is not part of it.
 * Prints "SAME TOTAL" on stdout and each leaf B lost or changed on
 * stderr.  Old field names ("website", "gpa") are not the schema's and
 * are not counted, nor are scalars where the schema wants an object.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

static size_t same, total;

/* s without the white space around it, as a length */
static const char *
trimmed(const char *s, size_t *n)
{
	size_t e = strlen(s);

	while (*s && isspace((unsigned char)*s)) {
		s++;
		e--;
	}
	while (e && isspace((unsigned char)s[e - 1]))
		e--;
	*n = e;
	return s;
}

static bool
equal(const json_t *a, const json_t *b)
{
	const char *x, *y;
	size_t nx, ny;

	if (!json_is_string(a) || !json_is_string(b))
		return json_equal(a, b);
	x = trimmed(json_string_value(a), &nx);
	y = trimmed(json_string_value(b), &ny);
	return nx == ny && memcmp(x, y, nx) == 0;
}

static void
walk(const json_t *a, const json_t *b, const json_t *schema, char *ptr,
    size_t len)
{
	const json_t *props = json_object_get(schema, "properties"), *x;
	const char *k;
	size_t i, n;

	if (json_is_object(a)) {
		json_object_foreach((json_t *)a, k, x)
		{
			const json_t *sub = json_object_get(props, k);

			if (sub == NULL)
				continue;
			n = (size_t)snprintf(ptr + len, 4096 - len, "/%s", k);
			if (len + n < 4096)
				walk(x, json_object_get(b, k), sub, ptr,
				    len + n);
		}
		return;
	}
	if (json_is_array(a)) {
		json_array_foreach(a, i, x)
		{
			n = (size_t)snprintf(ptr + len, 4096 - len, "/%zu", i);
			if (len + n < 4096)
				walk(x, json_array_get(b, i),
				    json_object_get(schema, "items"), ptr,
				    len + n);
		}
		return;
	}
	/* no value, or a scalar where the schema wants an object (the 2014
	 * draft's "skills": ["javascript"]): not one of its fields */
	k = json_string_value(json_object_get(schema, "type"));
	if (json_is_null(a) ||
	    (json_is_string(a) && *trimmed(json_string_value(a), &n) == '\0') ||
	    (k && (strcmp(k, "object") == 0 || strcmp(k, "array") == 0)))
		return;
	total++;
	if (b && equal(a, b)) {
		same++;
		return;
	}
	{
		char *va = json_dumps(a, JSON_ENCODE_ANY),
		     *vb = b ? json_dumps(b, JSON_ENCODE_ANY) : NULL;

		fprintf(stderr, "  %s: %.70s -> %.70s\n", ptr, va,
		    vb ? vb : "(none)");
		free(va);
		free(vb);
	}
}

int
main(int argc, char **argv)
{
	json_error_t err;
	json_t *s, *a, *b;
	char ptr[4096] = "";

	if (argc != 4) {
		fputs("usage: jsonleaves SCHEMA.json A.json B.json\n", stderr);
		return 2;
	}
	if ((s = json_load_file(argv[1], 0, &err)) == NULL ||
	    (a = json_load_file(argv[2], 0, &err)) == NULL ||
	    (b = json_load_file(argv[3], 0, &err)) == NULL) {
		fprintf(stderr, "jsonleaves: %s:%d: %s\n", err.source, err.line,
		    err.text);
		return 2;
	}
	walk(a, b, s, ptr, 0);
	printf("%zu %zu\n", same, total);
	json_decref(s);
	json_decref(a);
	json_decref(b);
	return 0;
}
