#include <string.h>

#include "resume/resume.h"

static enum resume_format
sniff(const char *data, size_t len, const char *file)
{
	const char *dot = file ? strrchr(file, '.') : NULL;
	size_t i;

	if (dot && (strcmp(dot, ".json") == 0))
		return RESUME_FORMAT_JSON;
	if (dot && (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0))
		return RESUME_FORMAT_MARKDOWN;
	for (i = 0; i < len; i++) {
		if (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' ||
		    data[i] == '\t')
			continue;
		return data[i] == '{' ? RESUME_FORMAT_JSON
		                      : RESUME_FORMAT_MARKDOWN;
	}
	return RESUME_FORMAT_MARKDOWN;
}

struct resume *
resume_load(const char *data, size_t len, const char *file,
    enum resume_format fmt, struct resume_diag *diag)
{
	if (fmt == RESUME_FORMAT_AUTO)
		fmt = sniff(data, len, file);
	if (fmt == RESUME_FORMAT_JSON) {
		resume_diag_add(diag, RESUME_ERROR, file, 0, 0,
		    "JSON Resume input is not supported by this version");
		return NULL;
	}
	return resume_load_markdown(data, len, file, diag);
}
