/*
 * pdfcheck FILE...: every PDF through pdfchecklib.c's checks (qpdf's own
 * check without a warning, only /URI links to allowed schemes, no action
 * anywhere).  Exit 1 with a line per problem when any file fails.
 */
#include <stdio.h>

#include "pdfcheck.h"

int
main(int argc, char **argv)
{
	int i, problems = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: pdfcheck FILE.pdf...\n");
		return 2;
	}
	for (i = 1; i < argc; i++)
		problems += pdfcheck_file(argv[i], stdout);
	return problems ? 1 : 0;
}
