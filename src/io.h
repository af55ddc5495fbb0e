/* File input and atomic output for the CLI. */
#ifndef RESUME_IO_H
#define RESUME_IO_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "resume/diag.h"

#define IO_DEFAULT_CAP (16u * 1024 * 1024)

/* Reads all of path ("-" or NULL: standard input) up to cap bytes into a
 * malloc'd buffer the caller frees.  Returns 0, or -1 with an error. */
int io_read(const char *path, size_t cap, char **data, size_t *len,
    struct resume_diag *);

/* Returns true when a and b name the same existing file. */
bool io_same_file(const char *a, const char *b);

struct io_out {
	FILE *fp;
	char *path; /* final path; NULL for stdout */
	char *tmp;  /* temporary file beside it */
};

/* Opens path for writing ("-" or NULL: standard output) through a
 * temporary file in the same directory.  Returns 0, or -1 with an error. */
int io_out_open(struct io_out *, const char *path, struct resume_diag *);
/* Flushes, closes and renames into place.  Returns 0, or -1 with an error
 * (the temporary file is removed and the old file left as it was). */
int io_out_commit(struct io_out *, struct resume_diag *);
/* Throws the output away: closes and removes the temporary file. */
void io_out_abort(struct io_out *);

/* Makes SIGINT, SIGTERM and SIGHUP remove every temporary output still
 * open, pass the signal to the workers io_set_workers() names, and end
 * the process by the same signal.  Signals the process ignores stay
 * ignored. */
void io_signals_init(void);
/* Names the batch's worker processes (borrowed until the next call;
 * NULL, 0: none). */
void io_set_workers(const pid_t *pids, size_t n);

#endif
