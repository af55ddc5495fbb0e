/* Runs the fuzz target once over each file named on the command line:
 * the regression inputs and seeds, in any build, without libFuzzer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern size_t fuzz_pdf_max;

int
main(int argc, char **argv)
{
	int i, n = 0;

	fuzz_pdf_max = (size_t)-1; /* every input through the PDF too */
	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		char *buf = NULL;
		size_t len = 0, cap = 0, got;

		if (f == NULL) {
			perror(argv[i]);
			return 1;
		}
		do {
			if (len == cap) {
				cap = cap ? 2 * cap : 4096;
				buf = realloc(buf, cap);
				if (buf == NULL)
					abort();
			}
			got = fread(buf + len, 1, cap - len, f);
			len += got;
		} while (got > 0);
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
		free(buf);
		n++;
	}
	printf("%d inputs, no finding\n", n);
	return 0;
}
