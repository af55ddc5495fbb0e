/* What `resume check` (and `render`, as warnings) says of a résumé's
 * content: each finding a warning (or a note) in diag with a short code, at the
 * element's line and column (Markdown) or JSON pointer (JSON Resume).
 * The layout findings come from the PDF backend (resume_opts.check) and
 * the text-extraction ones from `resume check --ats`. */
#ifndef RESUME_CHECK_H
#define RESUME_CHECK_H

#include <stdbool.h>

#include "resume/diag.h"
#include "resume/model.h"

/* The longest bullet, in words, before it is called too long. */
#define RESUME_CHECK_BULLET_WORDS 40

/* Appends the content findings: dates out of order, overlapping, in the
 * future, ending before they start or written in mixed formats; long and
 * duplicate bullets; malformed e-mail addresses, URLs and phone numbers;
 * empty sections; text kept as free content where an entry was probably
 * meant.  now (Unix time) is when "the future" starts; notes adds the
 * advice on style (a long bullet) as notes.  Time and memory are n log n
 * in the résumé's size. */
void resume_check_content(const struct resume *r, long long now, bool notes,
    struct resume_diag *diag);

#endif
