/*
 * interleave ROUNDS NAME CMD [NAME CMD]...: times each CMD (words parted
 * by spaces, run without a shell, output to /dev/null) ROUNDS times, one
 * run of each in turn, after two rounds not counted, and prints each
 * NAME with the median wall time of its runs in milliseconds.
 *
 * hyperfine runs one command's runs back to back, then the next's: on a
 * machine whose speed wanders by a millisecond or two over a minute,
 * which command ran when moves their ratio.  Taking turns gives each
 * command the same share of every slow and fast moment, so the ratios
 * bench/pdf.sh quotes compare like with like.
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

struct cmd {
	const char *name;
	char **argv;
	double *ms;
};

static char **
split(const char *s)
{
	char *copy = strdup(s), *w, *save = NULL;
	char **argv = calloc(strlen(s) / 2 + 2, sizeof(*argv));
	size_t n = 0;

	if (copy == NULL || argv == NULL) {
		perror("interleave");
		exit(2);
	}
	for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save))
		argv[n++] = w;
	return argv;
}

/* Runs argv once; returns its wall time in milliseconds. */
static double
run(char **argv)
{
	posix_spawn_file_actions_t fa;
	struct timespec a, b;
	pid_t pid;
	int status;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	clock_gettime(CLOCK_MONOTONIC, &a);
	if (posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0) {
		perror(argv[0]);
		exit(2);
	}
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		fprintf(stderr, "interleave: %s failed\n", argv[0]);
		exit(2);
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	posix_spawn_file_actions_destroy(&fa);
	return (double)(b.tv_sec - a.tv_sec) * 1e3 +
	    (double)(b.tv_nsec - a.tv_nsec) / 1e6;
}

static int
cmp(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a > b) - (a < b);
}

int
main(int argc, char **argv)
{
	int rounds, ncmd, r, i;
	struct cmd *c;

	if (argc < 4 || argc % 2 != 0 || (rounds = atoi(argv[1])) < 1) {
		fprintf(stderr,
		    "usage: interleave ROUNDS NAME CMD [NAME CMD]...\n");
		return 2;
	}
	ncmd = (argc - 2) / 2;
	if ((c = calloc((size_t)ncmd, sizeof(*c))) == NULL)
		return 2;
	for (i = 0; i < ncmd; i++) {
		c[i].name = argv[2 + 2 * i];
		c[i].argv = split(argv[3 + 2 * i]);
		if ((c[i].ms = calloc((size_t)rounds, sizeof(double))) == NULL)
			return 2;
	}
	for (r = -2; r < rounds; r++)
		for (i = 0; i < ncmd; i++) {
			double ms = run(c[i].argv);

			if (r >= 0)
				c[i].ms[r] = ms;
		}
	for (i = 0; i < ncmd; i++) {
		qsort(c[i].ms, (size_t)rounds, sizeof(double), cmp);
		printf("%s %.2f\n", c[i].name,
		    rounds % 2
		        ? c[i].ms[rounds / 2]
		        : (c[i].ms[rounds / 2 - 1] + c[i].ms[rounds / 2]) / 2);
	}
	return 0;
}
