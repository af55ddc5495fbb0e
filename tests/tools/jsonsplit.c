/*
 * jsonsplit FIXTURES.json OUTDIR: writes each top-level member of a JSON
 * Resume schema test fixture map to OUTDIR/KEY.json.  A member whose value
 * is a string (the date fixtures) is wrapped as {"work":[{"startDate":V}]}.
 */
#include <stdio.h>

#include <jansson.h>

int
main(int argc, char **argv)
{
	json_error_t err;
	json_t *root, *v;
	const char *k;
	char path[4096];

	if (argc != 3 || (root = json_load_file(argv[1], 0, &err)) == NULL) {
		fputs("usage: jsonsplit FIXTURES.json OUTDIR\n", stderr);
		return 2;
	}
	json_object_foreach(root, k, v)
	{
		json_t *frag = json_is_string(v)
		    ? json_pack("{s:[{s:O}]}", "work", "startDate", v)
		    : json_incref(v);

		snprintf(path, sizeof(path), "%s/%s.json", argv[2], k);
		if (json_dump_file(frag, path, JSON_INDENT(2)) != 0)
			return 1;
		json_decref(frag);
	}
	json_decref(root);
	return 0;
}
