#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "resume/resume.h"

enum resume_format
resume_sniff_format(const char *data, size_t len, const char *file)
{
	const char *dot = file ? strrchr(file, '.') : NULL;
	size_t i;

	if (dot && (strcmp(dot, ".json") == 0))
		return RESUME_FORMAT_JSON;
	if (dot && (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0))
		return RESUME_FORMAT_MARKDOWN;
	if (dot && (strcmp(dot, ".yaml") == 0 || strcmp(dot, ".yml") == 0))
		return RESUME_FORMAT_YAML;
	for (i = 0; i < len; i++) {
		if (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' ||
		    data[i] == '\t')
			continue;
		return data[i] == '{' ? RESUME_FORMAT_JSON
		                      : RESUME_FORMAT_MARKDOWN;
	}
	return RESUME_FORMAT_MARKDOWN;
}

int
resume_input_start(
    const char **data, size_t *len, const char *file, struct resume_diag *diag)
{
	/* Windows Notepad starts UTF-8 with a byte-order mark: no text */
	if (*len >= 3 && memcmp(*data, "\xef\xbb\xbf", 3) == 0) {
		*data += 3;
		*len -= 3;
	}
	/* byte-order marks of the encodings refused, UTF-32's first: its
	 * little-endian mark starts as UTF-16's does */
	static const struct {
		const char *mark;
		size_t n;
		const char *name;
	} boms[] = {{"\xff\xfe\0\0", 4, "UTF-32"},
	    {"\0\0\xfe\xff", 4, "UTF-32"}, {"\xff\xfe", 2, "UTF-16"},
	    {"\xfe\xff", 2, "UTF-16"}};
	size_t i;

	for (i = 0; i < sizeof(boms) / sizeof(*boms); i++)
		if (*len >= boms[i].n &&
		    memcmp(*data, boms[i].mark, boms[i].n) == 0) {
			resume_diag_add(diag, RESUME_ERROR, file, 1, 1,
			    "the file is %s (it starts with a %s byte-order "
			    "mark); resume reads UTF-8: convert it, e.g. with "
			    "iconv -f %s -t UTF-8",
			    boms[i].name, boms[i].name, boms[i].name);
			return -1;
		}
	return 0;
}

struct resume *
resume_load(const char *data, size_t len, const char *file,
    enum resume_format fmt, struct resume_diag *diag)
{
	if (resume_input_start(&data, &len, file, diag) < 0)
		return NULL;
	if (fmt == RESUME_FORMAT_AUTO)
		fmt = resume_sniff_format(data, len, file);
	if (fmt == RESUME_FORMAT_JSON)
		return resume_load_json(data, len, file, diag);
	if (fmt == RESUME_FORMAT_YAML) {
		/* RenderCV, FRESH and JSON Resume all have YAML forms; read
		 * as Markdown they would come out as one long paragraph */
		resume_diag_add(diag, RESUME_ERROR, file, 1, 1,
		    "this is a YAML file; resume reads Markdown and JSON "
		    "Resume (a JSON Resume file in YAML can be converted to "
		    "JSON, e.g. with yq -o json)");
		return NULL;
	}
	return resume_load_markdown(data, len, file, diag);
}
