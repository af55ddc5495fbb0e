#include <string.h>

#include "render.h"
#include "resume/backend.h"

static const struct resume_backend *const backends[] = {&resume_backend_txt};

const struct resume_backend *
resume_backend_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(backends) / sizeof(*backends); i++)
		if (strcmp(backends[i]->name, name) == 0)
			return backends[i];
	return NULL;
}

const struct resume_backend *
resume_backend_at(size_t i)
{
	return i < sizeof(backends) / sizeof(*backends) ? backends[i] : NULL;
}

void
resume_opts_init(struct resume_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->width = 80;
}
