#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xmalloc.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/resume.h"

/* Backends built into the library. */
static const struct resume_backend *const builtin[] = {&resume_backend_txt,
    &resume_backend_html, &resume_backend_json, &resume_backend_md};

/* Backends in modules: name, module file, exported symbol. */
static const struct {
	const char *name, *file, *symbol;
} modules[] = {{"pdf", "resume-pdf.so", "resume_backend_pdf"}};

static char *module_path;
static char module_error[512];

void
resume_backend_set_path(const char *dirs)
{
	free(module_path);
	module_path = dirs ? xstrdup(dirs) : NULL;
}

const char *
resume_backend_error(void)
{
	return module_error[0] ? module_error : NULL;
}

static const struct resume_backend *
load_module(size_t m)
{
	static const struct resume_backend
	    *loaded[sizeof(modules) / sizeof(*modules)];
	const char *p = module_path ? module_path : "", *e;
	char file[4096];
	const char *version;
	void *h = NULL;

	if (loaded[m])
		return loaded[m];
	module_error[0] = '\0';
	for (; h == NULL && *p; p = *e ? e + 1 : e) {
		e = strchr(p, ':');
		if (e == NULL)
			e = p + strlen(p);
		if (e == p)
			continue;
		snprintf(file, sizeof(file), "%.*s/%s", (int)(e - p), p,
		    modules[m].file);
		h = dlopen(file, RTLD_NOW | RTLD_LOCAL);
		if (h == NULL && module_error[0] == '\0')
			snprintf(module_error, sizeof(module_error), "%s",
			    dlerror());
	}
	if (h == NULL) {
		if (module_error[0] == '\0')
			snprintf(module_error, sizeof(module_error),
			    "%s not found", modules[m].file);
		return NULL;
	}
	/* a module of another version may not match our structures */
	version = dlsym(h, "resume_module_version");
	if (version == NULL || strcmp(version, RESUME_VERSION) != 0) {
		snprintf(module_error, sizeof(module_error),
		    "%.200s is version %.32s, not %s", file,
		    version ? version : "unknown", RESUME_VERSION);
		dlclose(h);
		return NULL;
	}
	loaded[m] = dlsym(h, modules[m].symbol);
	if (loaded[m] == NULL)
		snprintf(module_error, sizeof(module_error), "%s: no %s",
		    modules[m].file, modules[m].symbol);
	/* The module stays loaded for the life of the process. */
	return loaded[m];
}

const struct resume_backend *
resume_backend_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(builtin) / sizeof(*builtin); i++)
		if (strcmp(builtin[i]->name, name) == 0)
			return builtin[i];
	for (i = 0; i < sizeof(modules) / sizeof(*modules); i++)
		if (strcmp(modules[i].name, name) == 0)
			return load_module(i);
	snprintf(module_error, sizeof(module_error), "no %s backend", name);
	return NULL;
}

void
resume_opts_init(struct resume_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->width = 80;
	o->paper = RESUME_PAPER_A4;
}
