/*
 * jsonstrip IN.json OUT.json KEY...: writes IN without the members named
 * KEY, at any depth (two-space indent, order kept).  The round-trip test
 * uses it to set aside the fields docs/json.md lists as ones the Markdown
 * dialect cannot carry.
 */
#include <string.h>

#include <jansson.h>

static int nkeys;
static char **keys;

static void
strip(json_t *v)
{
	const char *k;
	json_t *x;
	void *tmp;
	size_t i;
	int j;

	if (json_is_object(v)) {
		json_object_foreach_safe(v, tmp, k, x)
		{
			for (j = 0; j < nkeys; j++)
				if (strcmp(k, keys[j]) == 0)
					break;
			if (j < nkeys)
				json_object_del(v, k);
			else
				strip(x);
		}
	} else if (json_is_array(v))
		json_array_foreach(v, i, x) strip(x);
}

int
main(int argc, char **argv)
{
	json_error_t err;
	json_t *root;

	if (argc < 3 || (root = json_load_file(argv[1], 0, &err)) == NULL) {
		fputs("usage: jsonstrip IN.json OUT.json KEY...\n", stderr);
		return 2;
	}
	keys = argv + 3;
	nkeys = argc - 3;
	strip(root);
	if (json_dump_file(root, argv[2], JSON_INDENT(2) | JSON_PRESERVE_ORDER))
		return 1;
	json_decref(root);
	return 0;
}
