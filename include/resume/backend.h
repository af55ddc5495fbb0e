/* Output backends: each turns a const model into bytes on a FILE. */
#ifndef RESUME_BACKEND_H
#define RESUME_BACKEND_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "model.h"

enum resume_backend_flag {
	RESUME_BACKEND_BINARY = 1 << 0, /* refuse a terminal as output */
};

struct resume_opts {
	unsigned int width; /* txt: wrap column, default 80 */
	bool ascii;         /* txt: transliterate to ASCII */
};

struct resume_backend {
	const char *name;   /* "txt": --txt */
	const char *suffix; /* default output suffix, ".txt" */
	unsigned int flags;
	int (*render)(const struct resume *, const struct resume_opts *,
	    FILE *out, struct resume_diag *);
};

/* Returns the backend named name, or NULL; the table is static. */
const struct resume_backend *resume_backend_find(const char *name);
/* Returns the i-th backend, or NULL past the end. */
const struct resume_backend *resume_backend_at(size_t i);

/* Sets the defaults: width 80, Unicode output. */
void resume_opts_init(struct resume_opts *);

#endif
