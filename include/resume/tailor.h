/*
 * Tailoring: one master résumé, many versions.  A filter reads the model
 * and makes a new one (the loaded model is never changed): the entries and
 * bullets that carry chosen tags, the years since one, the first bullets of
 * each entry, the sections asked for in the order asked, the contacts left
 * out for anonymised screening, and each part in the language chosen where
 * the author wrote an alternative in it.
 */
#ifndef RESUME_TAILOR_H
#define RESUME_TAILOR_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "model.h"

struct resume_tailor {
	/* the language to write in, a code of the language tables ("fr"),
	 * or NULL for the résumé's own.  Given, it also writes section
	 * titles the tables know in that language. */
	const char *lang;
	/* keep the entries and bullets that carry one of these tags, and
	 * those that carry none (none given: all) */
	const char *const *tags;
	size_t ntags;
	/* drop the entries and bullets that carry one of these */
	const char *const *exclude_tags;
	size_t nexclude_tags;
	/* drop the entries that ended before this year (0: none) */
	int since;
	/* keep at most this many top-level bullets an entry (< 0: all) */
	long max_bullets;
	/* keep these sections only, in this order: a kind's name ("work",
	 * "education"), its English title ("Experience") or a title as
	 * written or shown, compared without regard to case, each string
	 * one name or several parted by commas (none: all) */
	const char *const *sections;
	size_t nsections;
	/* drop the e-mail, phone, street address, web and profile links,
	 * other contact lines, a contact section and the photo */
	bool redact_contact;
	/* words chosen over the language tables' (a theme's word.KEY),
	 * after the résumé's own, which win */
	const struct resume_meta *words;
	size_t nwords;
};

/* Tailoring that asks for nothing: the résumé in its own language, its
 * alternatives in others left out.  An initializer: struct
 * resume_tailor t = RESUME_TAILOR_NONE. */
#define RESUME_TAILOR_NONE                                                     \
	{                                                                      \
		.max_bullets = -1                                              \
	}

/* Returns the tailored résumé: a new model in r's arena, which r keeps
 * unchanged; free one of the two with resume_free() (that frees both),
 * never both.  Warnings (a section asked for that the résumé lacks) go to
 * diag. */
struct resume *resume_tailor(const struct resume *r,
    const struct resume_tailor *t, struct resume_diag *diag);

#endif
