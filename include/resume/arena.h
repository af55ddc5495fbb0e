/* Arena allocation: everything reachable from a struct resume lives here. */
#ifndef RESUME_ARENA_H
#define RESUME_ARENA_H

#include <stddef.h>

struct resume_arena;

/* Returns a new empty arena; free it with resume_arena_free(). */
struct resume_arena *resume_arena_new(void);
/* Frees the arena and every block it handed out; NULL is a no-op. */
void resume_arena_free(struct resume_arena *);
/* Returns n zeroed bytes owned by the arena (aligned for any type). */
void *resume_arena_alloc(struct resume_arena *, size_t n);
/* Returns an arena-owned NUL-terminated copy of s[0..n). */
char *resume_arena_strndup(struct resume_arena *, const char *s, size_t n);
/* Returns an arena-owned copy of s, or NULL when s is NULL. */
char *resume_arena_strdup(struct resume_arena *, const char *s);
/* Returns the arena-owned array p of n elements of size sz with room for
 * element n, zeroed; the old storage stays in the arena.  Use RESUME_PUSH. */
void *resume_arena_grow(struct resume_arena *, void *p, size_t n, size_t sz);

/* Appends a zeroed element to the arena array arr of *np elements and
 * evaluates to a pointer to it. */
#define RESUME_PUSH(a, arr, np)                                                \
	((arr) = resume_arena_grow((a), (arr), *(np), sizeof(*(arr))),         \
	    &(arr)[(*(np))++])

#endif
