#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xmalloc.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/resume.h"

/* Every backend, in the order help lists them: built into the library,
 * or in a module (the module's own descriptor must say the same name,
 * suffix and flags). */
static const struct {
	const struct resume_backend *builtin;
	struct resume_backend info; /* a module's: no render */
	const char *file, *symbol;
	/* a library the module links and the set-up function its first
	 * render waits on, which resume_backend_prepare() may begin before
	 * the module is loaded */
	const char *early_lib, *early_fn;
} table[] = {
    {&backend_txt, {0}, NULL, NULL, NULL, NULL},
    {NULL,
        {.name = "pdf",
            .suffix = ".pdf",
            .help = "PDF (tagged, with links and an outline)",
            .flags = RESUME_BACKEND_BINARY},
        "resume-pdf.so", "resume_backend_pdf", "libfontconfig.so.1", "FcInit"},
    {NULL,
        {.name = "png",
            .suffix = ".png",
            .help = "page images: page 1, --page N, or every page into "
                    "-o DIR/",
            .flags = RESUME_BACKEND_BINARY | RESUME_BACKEND_PAGES},
        "resume-pdf.so", "resume_backend_png", "libfontconfig.so.1", "FcInit"},
    {&backend_html, {0}, NULL, NULL, NULL, NULL},
    {&backend_json, {0}, NULL, NULL, NULL, NULL},
    {&backend_md, {0}, NULL, NULL, NULL, NULL},
};
#define NTABLE (sizeof(table) / sizeof(*table))

const struct resume_backend *
resume_backend_at(size_t i)
{
	if (i >= NTABLE)
		return NULL;
	return table[i].builtin ? table[i].builtin : &table[i].info;
}

/* The table's row for backend name; NTABLE when there is none. */
static size_t
row_of(const char *name)
{
	size_t i;

	for (i = 0; i < NTABLE; i++)
		if (strcmp(resume_backend_at(i)->name, name) == 0)
			break;
	return i;
}

static char *module_path;
/* why the last lookup failed, in the thread that asked */
static _Thread_local char module_error[512];
/* modules are loaded and their table filled under this lock */
static pthread_mutex_t module_lock = PTHREAD_MUTEX_INITIALIZER;

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

/* Opens name from the ':'-separated directories dirs, of our version;
 * NULL with module_error set when it cannot. */
static void *
open_module(const char *dirs, const char *name, char *file, size_t size)
{
	const char *p = dirs, *e;
	const char *version;
	void *h = NULL;

	module_error[0] = '\0';
	for (; h == NULL && *p; p = *e ? e + 1 : e) {
		e = strchr(p, ':');
		if (e == NULL)
			e = p + strlen(p);
		if (e == p)
			continue;
		snprintf(file, size, "%.*s/%s", (int)(e - p), p, name);
		h = dlopen(file, RTLD_NOW | RTLD_LOCAL);
		if (h == NULL && module_error[0] == '\0')
			snprintf(module_error, sizeof(module_error), "%s",
			    dlerror());
	}
	if (h == NULL) {
		if (module_error[0] == '\0')
			snprintf(module_error, sizeof(module_error),
			    "%s not found", name);
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
	return h;
}

static void *
symbol_of(void *h, const char *name, const char *symbol)
{
	void *sym = dlsym(h, symbol);

	if (sym == NULL)
		snprintf(module_error, sizeof(module_error), "%s: no %s", name,
		    symbol);
	/* it stays loaded for the life of the process */
	return sym;
}

bool
module_dir(const void *address, char *dir, size_t size)
{
	const char *slash;
	Dl_info info;

	if (dladdr(address, &info) == 0 || info.dli_fname == NULL ||
	    (slash = strrchr(info.dli_fname, '/')) == NULL ||
	    (size_t)(slash - info.dli_fname) >= size)
		return false;
	snprintf(
	    dir, size, "%.*s", (int)(slash - info.dli_fname), info.dli_fname);
	return true;
}

/* The directories modules are looked for in: those set by
 * resume_backend_set_path(), then the library's own directory (the build
 * tree's layout) and its resume/ (the installed one), then the directory
 * the build installs them in. */
static void
search_path(char *dirs, size_t size)
{
	char self[4096];

	if (!module_dir((const void *)&resume_backend_find, self, sizeof(self)))
		self[0] = '\0';
	snprintf(dirs, size, "%s%s%s:%s/resume:%s",
	    module_path ? module_path : "", module_path ? ":" : "", self, self,
	    RESUME_MODULE_INSTALL_DIR);
}

void *
resume_module_symbol(const char *name, const char *symbol)
{
	char file[4096], dirs[8192];
	void *h;

	search_path(dirs, sizeof(dirs));
	h = open_module(dirs, name, file, sizeof(file));
	return h ? symbol_of(h, name, symbol) : NULL;
}

void *
module_beside(const void *self, const char *name, const char *symbol)
{
	char file[4096], dir[4096];
	void *h;

	if (!module_dir(self, dir, sizeof(dir))) {
		snprintf(module_error, sizeof(module_error),
		    "%s not found: this module's directory is unknown", name);
		return NULL;
	}
	h = open_module(dir, name, file, sizeof(file));
	return h ? symbol_of(h, name, symbol) : NULL;
}

static const struct resume_backend *
load_module(size_t m)
{
	static const struct resume_backend *loaded[NTABLE];
	const struct resume_backend *be;
	char file[4096], dirs[8192];
	void *h;

	pthread_mutex_lock(&module_lock);
	if (loaded[m]) {
		be = loaded[m];
		pthread_mutex_unlock(&module_lock);
		return be;
	}
	search_path(dirs, sizeof(dirs));
	h = open_module(dirs, table[m].file, file, sizeof(file));
	if (h == NULL) {
		pthread_mutex_unlock(&module_lock);
		return NULL;
	}
	be = dlsym(h, table[m].symbol);
	if (be == NULL)
		snprintf(module_error, sizeof(module_error), "%s: no %s",
		    table[m].file, table[m].symbol);
	else if (strcmp(be->name, table[m].info.name) != 0 ||
	    strcmp(be->suffix, table[m].info.suffix) != 0 ||
	    be->flags != table[m].info.flags) {
		snprintf(module_error, sizeof(module_error),
		    "%s: %s is not the backend the table says", table[m].file,
		    table[m].symbol);
		be = NULL;
	}
	loaded[m] = be;
	pthread_mutex_unlock(&module_lock);
	/* The module stays loaded for the life of the process. */
	return be;
}

/* The set-up begun by resume_backend_prepare(), on a thread of its own
 * until backend_prepared() waits for it. */
static pthread_mutex_t early_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t early_thread;
static bool early_started;
static int (*early_fn)(void);

static void *
early_run(void *unused)
{
	(void)unused;
	early_fn();
	return NULL;
}

void
resume_backend_prepare(const char *name)
{
	size_t i = row_of(name);
	void *h;

	if (i == NTABLE || table[i].early_lib == NULL)
		return;
	pthread_mutex_lock(&early_lock);
	/* loaded here, before the module: two threads loading libraries at
	 * once take turns, and the set-up would wait for the module's
	 * libraries instead of running beside their loading; the library
	 * stays, as the module's own */
	if (!early_started && early_fn == NULL &&
	    (h = dlopen(table[i].early_lib, RTLD_NOW | RTLD_LOCAL)) != NULL) {
		*(void **)&early_fn = dlsym(h, table[i].early_fn);
		early_started = early_fn &&
		    pthread_create(&early_thread, NULL, early_run, NULL) == 0;
		/* a process that exits without rendering (its input
		 * refused) waits for the thread too */
		if (early_started)
			atexit(backend_prepared);
	}
	pthread_mutex_unlock(&early_lock);
}

void
backend_prepared(void)
{
	pthread_mutex_lock(&early_lock);
	if (early_started) {
		pthread_join(early_thread, NULL);
		early_started = false;
	}
	pthread_mutex_unlock(&early_lock);
}

const struct resume_backend *
resume_backend_find(const char *name)
{
	size_t i = row_of(name);

	if (i < NTABLE)
		return table[i].builtin ? table[i].builtin : load_module(i);
	snprintf(module_error, sizeof(module_error), "no %s backend", name);
	return NULL;
}

int
resume_render_file(const struct resume *r, const char *format,
    const struct resume_opts *opts, FILE *out, struct resume_result *res,
    struct resume_diag *diag)
{
	const struct resume_backend *be = resume_backend_find(format);
	struct resume_opts defaults;
	int rc;

	if (be == NULL) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "cannot render %s: %s", format, resume_backend_error());
		return -1;
	}
	if (opts == NULL) {
		resume_opts_init(&defaults);
		opts = &defaults;
	}
	rc = be->render(r, opts, out, res, diag);
	if (fflush(out) != 0 || ferror(out)) {
		if (rc == 0)
			resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
			    "cannot write the %s output", format);
		rc = -1;
	}
	return rc;
}

int
resume_render_mem(const struct resume *r, const char *format,
    const struct resume_opts *opts, char **out, size_t *len,
    struct resume_result *res, struct resume_diag *diag)
{
	FILE *fp = open_memstream(out, len);
	int rc;

	if (fp == NULL) {
		*out = NULL;
		*len = 0;
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "cannot render %s: out of memory", format);
		return -1;
	}
	rc = resume_render_file(r, format, opts, fp, res, diag);
	if (fclose(fp) != 0 && rc == 0) {
		resume_diag_add(diag, RESUME_ERROR, r->file, 0, 0,
		    "cannot render %s: out of memory", format);
		rc = -1;
	}
	if (rc != 0) {
		free(*out);
		*out = NULL;
		*len = 0;
	}
	return rc;
}

void
resume_opts_init(struct resume_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->width = 80;
	o->paper = RESUME_PAPER_A4;
}
