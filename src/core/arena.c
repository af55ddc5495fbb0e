#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "resume/arena.h"
#include "xmalloc.h"

#define CHUNK_SIZE 16384

struct chunk {
	struct chunk *next;
	size_t used;
	size_t size;
	alignas(max_align_t) unsigned char data[];
};

struct resume_arena {
	struct chunk *head;
};

struct resume_arena *
resume_arena_new(void)
{
	return xcalloc(1, sizeof(struct resume_arena));
}

void
resume_arena_free(struct resume_arena *a)
{
	struct chunk *c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void *
resume_arena_alloc(struct resume_arena *a, size_t n)
{
	const size_t align = alignof(max_align_t);
	struct chunk *c = a->head;
	size_t size;
	void *p;

	n = (n + align - 1) & ~(align - 1);
	if (n == 0)
		n = align;
	if (c == NULL || c->size - c->used < n) {
		size = n > CHUNK_SIZE / 2 ? n : CHUNK_SIZE;
		c = xmalloc(sizeof(*c) + size);
		c->used = 0;
		c->size = size;
		if (n > CHUNK_SIZE / 2 && a->head != NULL) {
			/* A big block: keep the current chunk in front. */
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	p = c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *
resume_arena_strndup(struct resume_arena *a, const char *s, size_t n)
{
	char *p = resume_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
resume_arena_strdup(struct resume_arena *a, const char *s)
{
	return s == NULL ? NULL : resume_arena_strndup(a, s, strlen(s));
}

void *
resume_arena_grow(struct resume_arena *a, void *p, size_t n, size_t sz)
{
	unsigned char *q = p;

	/* Capacities run 4, 8, 16...: grow when n is 0 or reaches one. */
	if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
		q = resume_arena_alloc(a, sz * (n == 0 ? 4 : n * 2));
		if (n)
			memcpy(q, p, sz * n);
	}
	memset(q + sz * n, 0, sz);
	return q;
}
