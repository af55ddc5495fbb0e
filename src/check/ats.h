/* resume check --ats: the PDF read back as a recruiter's system reads it
 * (poppler), against the plain text of the same résumé.  In the module
 * resume-ats.so, loaded only for this check. */
#ifndef RESUME_ATS_H
#define RESUME_ATS_H

#include <stddef.h>

#include "resume/diag.h"
#include "resume/model.h"

/* Reads the text of the PDF pdf[0..len) back with poppler and adds a
 * finding (codes "ats-...") to diag for each word of txt (the --txt
 * render) it misses, reads out of order, glues to the next or splits,
 * each ligature code point, and each entry whose dates it reads far from
 * the entry's title.  Returns 0, or -1 with an error in diag when the PDF
 * cannot be read. */
int resume_ats_check(const char *pdf, size_t len, const char *txt,
    size_t txtlen, const struct resume *r, struct resume_diag *diag);
typedef int resume_ats_fn(const char *, size_t, const char *, size_t,
    const struct resume *, struct resume_diag *);

#endif
