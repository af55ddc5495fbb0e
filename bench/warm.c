/*
 * bench/warm.c: what an embedding program pays a résumé once the process
 * is warm: loads FILE and renders it in FORMAT N times through the
 * public API (resume_load, resume_render_mem), after one render that
 * sets up what a process sets up once, and prints the median of RUNS
 * timings of N, in milliseconds a résumé.  bench/stream.sh builds it
 * against the library.
 *
 * warm FORMAT FILE [N [RUNS]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "resume/resume.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int
once(const char *format, const char *file, const char *data, size_t len)
{
	struct resume_diag diag = {0};
	struct resume_opts opts;
	struct resume *r;
	char *out = NULL;
	size_t n;
	int rc = -1;

	resume_opts_init(&opts);
	opts.date = 1700000000;
	r = resume_load(data, len, file, RESUME_FORMAT_AUTO, &diag);
	if (r &&
	    resume_render_mem(r, format, &opts, &out, &n, NULL, &diag) == 0)
		rc = 0;
	else
		resume_diag_print(&diag, stderr);
	free(out);
	resume_free(r);
	resume_diag_free(&diag);
	return rc;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
	int n = argc > 3 ? atoi(argv[3]) : 200,
	    runs = argc > 4 ? atoi(argv[4]) : 5;
	double *t;
	char *data = NULL;
	size_t len = 0, cap = 0, k;
	FILE *fp;
	int i, j;

	if (argc < 3 || n < 1 || runs < 1) {
		fprintf(stderr, "usage: warm FORMAT FILE [N [RUNS]]\n");
		return 2;
	}
	if ((fp = fopen(argv[2], "rb")) == NULL) {
		perror(argv[2]);
		return 1;
	}
	do {
		if (cap - len < 65536 &&
		    (data = realloc(data, cap = cap * 2 + 65536)) == NULL)
			return 1;
		k = fread(data + len, 1, cap - len, fp);
		len += k;
	} while (k > 0);
	fclose(fp);
	if (once(argv[1], argv[2], data, len) < 0)
		return 1;
	t = calloc((size_t)runs, sizeof(*t));
	for (j = 0; j < runs; j++) {
		double s = now();

		for (i = 0; i < n; i++)
			once(argv[1], argv[2], data, len);
		t[j] = (now() - s) / n;
	}
	qsort(t, (size_t)runs, sizeof(*t), cmp);
	printf("%.3f\n", t[runs / 2]);
	free(t);
	free(data);
	return 0;
}
