/* Allocation that aborts on exhaustion (DESIGN.md, memory rule 5). */
#ifndef RESUME_XMALLOC_H
#define RESUME_XMALLOC_H

#include "private.h"

#include <stddef.h>

/* Returns n bytes (n > 0) or aborts; the caller frees with free(). */
void *xmalloc(size_t n);
/* Returns n zeroed elements of size sz or aborts. */
void *xcalloc(size_t n, size_t sz);
/* Resizes p to n bytes or aborts. */
void *xrealloc(void *p, size_t n);
/* Returns a malloc'd copy of s or aborts. */
char *xstrdup(const char *s);

#endif
