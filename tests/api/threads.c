/*
 * The library from several threads at once: JOBS renders of the inputs in
 * every format are shared by THREADS threads from the process's start
 * (each loading its own copy of the résumé, as a server would, and the
 * first ones loading the modules and setting the fonts up at once), then
 * each input is rendered in each format alone, and every output must be
 * byte for byte the one rendered alone.  The PDF backend's set-up is
 * begun early (resume_backend_prepare()), before the threads start.  Runs
 * under ThreadSanitizer (tsan.sh) as well as plainly.
 *
 * threads [-j THREADS] [-n JOBS] FILE...
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "resume/resume.h"

static const char *const formats[] = {"txt", "html", "json", "md", "pdf"};
#define NFORMATS (sizeof(formats) / sizeof(*formats))

struct input {
	const char *file;
	char *data;
	size_t len;
};

struct job {
	char *out; /* NULL: the render failed */
	size_t len;
};

static struct input *inputs;
static size_t ninputs;
static size_t njobs = 100;
static struct job *jobs;
static size_t next_job;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static char *
slurp(const char *file, size_t *len)
{
	FILE *fp = fopen(file, "rb");
	char *data = NULL;
	size_t cap = 0, n;

	if (fp == NULL)
		return NULL;
	*len = 0;
	do {
		if (*len + 4096 > cap) {
			cap = (*len + 4096) * 2;
			data = realloc(data, cap);
			if (data == NULL)
				abort();
		}
		n = fread(data + *len, 1, cap - *len, fp);
		*len += n;
	} while (n > 0);
	fclose(fp);
	return data;
}

/* Loads and renders input in the format; the output or NULL. */
static char *
render(const struct input *in, size_t f, size_t *len)
{
	struct resume_diag diag = {0};
	struct resume_opts opts;
	struct resume *r;
	char *out = NULL;

	resume_opts_init(&opts);
	opts.date = 1700000000;
	r = resume_load(in->data, in->len, in->file, RESUME_FORMAT_AUTO, &diag);
	if (r == NULL ||
	    resume_render_mem(r, formats[f], &opts, &out, len, NULL, &diag) !=
	        0) {
		resume_diag_print(&diag, stderr);
		out = NULL;
	}
	resume_free(r);
	resume_diag_free(&diag);
	return out;
}

/* job's input and format: every format of every input in turn */
#define JOB_INPUT(job)  ((job) % ninputs)
#define JOB_FORMAT(job) (((job) / ninputs) % NFORMATS)

static void *
worker(void *arg)
{
	size_t job;

	(void)arg;
	for (;;) {
		pthread_mutex_lock(&lock);
		job = next_job++;
		pthread_mutex_unlock(&lock);
		if (job >= njobs)
			return NULL;
		jobs[job].out = render(
		    &inputs[JOB_INPUT(job)], JOB_FORMAT(job), &jobs[job].len);
	}
}

int
main(int argc, char **argv)
{
	size_t nthreads = 4, i, f, failures = 0;
	pthread_t *t;
	int c;

	while ((c = getopt(argc, argv, "j:n:")) != -1) {
		if (c == 'j')
			nthreads = strtoul(optarg, NULL, 10);
		else if (c == 'n')
			njobs = strtoul(optarg, NULL, 10);
		else
			return 2;
	}
	ninputs = (size_t)(argc - optind);
	if (ninputs == 0 || nthreads == 0) {
		fprintf(stderr, "usage: threads [-j N] [-n JOBS] FILE...\n");
		return 2;
	}
	inputs = calloc(ninputs, sizeof(*inputs));
	jobs = calloc(njobs, sizeof(*jobs));
	t = calloc(nthreads, sizeof(*t));
	for (i = 0; i < ninputs; i++) {
		inputs[i].file = argv[optind + i];
		inputs[i].data = slurp(inputs[i].file, &inputs[i].len);
		if (inputs[i].data == NULL) {
			perror(inputs[i].file);
			return 1;
		}
	}
	/* the PDF backend's font set-up begun early, as the CLI does: the
	 * threads' first PDF renders wait for it, the others do not */
	resume_backend_prepare("pdf");
	resume_backend_prepare("txt");
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&t[i], NULL, worker, NULL) != 0) {
			perror("pthread_create");
			return 1;
		}
	for (i = 0; i < nthreads; i++)
		pthread_join(t[i], NULL);
	for (i = 0; i < ninputs; i++)
		for (f = 0; f < NFORMATS; f++) {
			size_t len, job;
			char *want = render(&inputs[i], f, &len);

			for (job = 0; job < njobs; job++) {
				if (JOB_INPUT(job) != i || JOB_FORMAT(job) != f)
					continue;
				if (want == NULL || jobs[job].out == NULL ||
				    jobs[job].len != len ||
				    memcmp(jobs[job].out, want, len) != 0) {
					failures++;
					fprintf(stderr,
					    "FAIL: %s as %s, render %zu in a "
					    "thread: %s\n",
					    inputs[i].file, formats[f], job,
					    want == NULL ||
					            jobs[job].out == NULL
					        ? "failed"
					        : "not the same as alone");
				}
			}
			free(want);
		}
	for (i = 0; i < njobs; i++)
		free(jobs[i].out);
	for (i = 0; i < ninputs; i++)
		free(inputs[i].data);
	free(jobs);
	free(inputs);
	free(t);
	if (failures)
		return 1;
	printf("%zu renders in %zu threads, each the same as alone\n", njobs,
	    nthreads);
	return 0;
}
