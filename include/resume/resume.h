/* libresume: load a résumé file into the model and render it. */
#ifndef RESUME_RESUME_H
#define RESUME_RESUME_H

#include <stddef.h>

#include "backend.h"
#include "check.h"
#include "diag.h"
#include "model.h"
#include "tailor.h"
#include "theme.h"

#define RESUME_VERSION "0.1.0"

enum resume_format {
	RESUME_FORMAT_AUTO,
	RESUME_FORMAT_MARKDOWN,
	RESUME_FORMAT_JSON,
	RESUME_FORMAT_YAML /* recognised only to be refused clearly */
};

/* Where a résumé's text starts in data[0..len): past a UTF-8 byte-order
 * mark, which *data and *len are moved over.  Returns -1 after an error in
 * diag for UTF-16 input, 0 otherwise.  resume_load() calls it. */
int resume_input_start(
    const char **data, size_t *len, const char *file, struct resume_diag *);

/* Loads a résumé from data[0..len) (UTF-8, not necessarily NUL-terminated)
 * named file in diagnostics.  Returns a model the caller frees with
 * resume_free(), or NULL after appending errors to diag. */
struct resume *resume_load(const char *data, size_t len, const char *file,
    enum resume_format, struct resume_diag *);

/* Returns the format of data named file: a ".json" or ".md" suffix, else
 * JSON when the first non-blank byte is '{'. */
enum resume_format resume_sniff_format(
    const char *data, size_t len, const char *file);

/* Loads Markdown; same contract as resume_load(). */
struct resume *resume_load_markdown(
    const char *data, size_t len, const char *file, struct resume_diag *);

/* Loads JSON Resume; same contract as resume_load().  Schema violations
 * are warnings (what can be shown is); syntax errors, FRESH résumés and
 * JSON that is no résumé are errors. */
struct resume *resume_load_json(
    const char *data, size_t len, const char *file, struct resume_diag *);

/* Checks JSON Resume against schema v1.0.0: returns 0, or -1 with every
 * violation (type, date pattern, e-mail and URI form) at its JSON pointer,
 * up to the diagnostics cap. */
int resume_validate_json(
    const char *data, size_t len, const char *file, struct resume_diag *);

/* Checks that data is valid UTF-8 without NUL bytes; returns 0, or -1 with
 * an error naming the line and byte column of the first bad byte. */
int resume_check_utf8(
    const char *data, size_t len, const char *file, struct resume_diag *);

#endif
