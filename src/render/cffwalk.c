/*
 * Glyphs that cairo's CFF subsetter embeds without a subroutine they
 * call: see cffwalk.h.  The table comes from an installed font, but it is
 * read like any input: every offset is checked against the table's end.
 */
#include "render/cffwalk.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"

/* an INDEX: count objects, the i-th from data + off(i) to data + off(i+1) */
struct idx {
	unsigned int count, offsize;
	const uint8_t *offs, *data, *end;
};

struct cff_font {
	const uint8_t *base, *lim;
	struct idx gsubrs, charstrings;
	const uint8_t *fdselect; /* NULL: one font dict */
	unsigned int nfds;
	struct idx *lsubrs;       /* one per font dict (count 0: none) */
	uint8_t *seen_g, *seen_l; /* one bit per subroutine, for one walk */
	unsigned int maxl;
};

/* a walk through one glyph's charstring and the subroutines it calls */
struct walk {
	struct cff_font *f;
	const struct idx *lsubrs;
	int lbias, gbias;
	int cairo; /* 1: read as cairo's subsetter does */
	int size, top, top_int, nhints, mask_bytes, depth, find_width;
	int has_path;
	/* the subroutines reached: -1 - n for global n, n for local n */
	int *reached;
	size_t nreached, capreached;
};

enum { WALK_GO, WALK_END, WALK_STOP };

static unsigned int
be(const uint8_t *p, unsigned int n)
{
	unsigned int v = 0;

	while (n--)
		v = v << 8 | *p++;
	return v;
}

/* Reads the INDEX at p; returns where it ends, or NULL. */
static const uint8_t *
idx_read(struct idx *x, const uint8_t *p, const uint8_t *lim)
{
	size_t need;

	memset(x, 0, sizeof(*x));
	if (!p || lim - p < 2)
		return NULL;
	x->count = be(p, 2);
	if (x->count == 0)
		return p + 2;
	if (lim - p < 3)
		return NULL;
	x->offsize = p[2];
	if (x->offsize < 1 || x->offsize > 4)
		return NULL;
	x->offs = p + 3;
	need = ((size_t)x->count + 1) * x->offsize;
	if ((size_t)(lim - x->offs) < need)
		return NULL;
	x->data = x->offs + need - 1; /* offsets count from 1 */
	need = be(x->offs + (size_t)x->count * x->offsize, x->offsize);
	if (need < 1 || (size_t)(lim - x->data) < need)
		return NULL;
	x->end = x->data + need;
	return x->end;
}

static int
idx_get(const struct idx *x, unsigned int i, const uint8_t **p, size_t *len)
{
	unsigned int a, b;

	if (i >= x->count)
		return -1;
	a = be(x->offs + (size_t)i * x->offsize, x->offsize);
	b = be(x->offs + ((size_t)i + 1) * x->offsize, x->offsize);
	if (a < 1 || b < a || x->data + b > x->end)
		return -1;
	*p = x->data + a;
	*len = b - a;
	return 0;
}

/* what the walk needs from a DICT; -1: absent */
struct dict {
	long charstrings, fdarray, fdselect, priv_size, priv_off, subrs;
};

static int
dict_read(const uint8_t *p, const uint8_t *e, struct dict *d)
{
	long ops[48];
	int n = 0;

	d->charstrings = d->fdarray = d->fdselect = -1;
	d->priv_size = d->priv_off = d->subrs = -1;
	while (p < e) {
		unsigned int b = *p;
		long v;

		if (b <= 21) {
			unsigned int op = b;

			if (++p, b == 12) {
				if (p >= e)
					return -1;
				op = 0x0c00 | *p++;
			}
			if (n > 0 && op == 17)
				d->charstrings = ops[n - 1];
			else if (n > 1 && op == 18)
				d->priv_size = ops[0], d->priv_off = ops[1];
			else if (n > 0 && op == 19)
				d->subrs = ops[n - 1];
			else if (n > 0 && op == 0x0c24)
				d->fdarray = ops[n - 1];
			else if (n > 0 && op == 0x0c25)
				d->fdselect = ops[n - 1];
			n = 0;
			continue;
		}
		if (b == 28) {
			if (e - p < 3)
				return -1;
			v = (int16_t)be(p + 1, 2);
			p += 3;
		} else if (b == 29) {
			if (e - p < 5)
				return -1;
			v = (int32_t)be(p + 1, 4);
			p += 5;
		} else if (b == 30) {
			/* a real number: nibbles up to an 0xf; its value is
			 * never an offset */
			for (p++; p < e && (*p & 0x0f) != 0x0f &&
			     (*p & 0xf0) != 0xf0;
			     p++)
				;
			if (p++ >= e)
				return -1;
			v = 0;
		} else if (b >= 32 && b <= 246) {
			v = (long)b - 139;
			p++;
		} else if (b >= 247 && b <= 254) {
			if (e - p < 2)
				return -1;
			v = b <= 250 ? ((long)b - 247) * 256 + p[1] + 108
			             : -((long)b - 251) * 256 - p[1] - 108;
			p += 2;
		} else {
			return -1;
		}
		if (n < 48)
			ops[n++] = v;
	}
	return 0;
}

static int
bias(unsigned int count)
{
	return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

/* The local subroutines of the Private DICT at off, size bytes. */
static int
read_private(struct cff_font *f, long size, long off, struct idx *subrs)
{
	struct dict d;
	const uint8_t *p;

	memset(subrs, 0, sizeof(*subrs));
	if (size < 0 || off < 0 || off > f->lim - f->base ||
	    size > f->lim - f->base - off)
		return -1;
	p = f->base + off;
	if (dict_read(p, p + size, &d) < 0)
		return -1;
	if (d.subrs < 0)
		return 0;
	if (d.subrs > f->lim - p)
		return -1;
	return idx_read(subrs, p + d.subrs, f->lim) ? 0 : -1;
}

struct cff_font *
cff_font_new(const unsigned char *data, size_t len)
{
	struct cff_font *f;
	struct idx names, tops, strings, fdarray;
	const uint8_t *p, *lim, *td;
	size_t tdlen;
	struct dict d;
	unsigned int i;

	if (!data || len < 4 || data[0] != 1 || data[2] < 4 || data[2] > len)
		return NULL;
	lim = data + len;
	f = xcalloc(1, sizeof(*f));
	f->base = data;
	f->lim = lim;
	p = idx_read(&names, data + data[2], lim);
	p = idx_read(&tops, p, lim);
	p = idx_read(&strings, p, lim);
	p = idx_read(&f->gsubrs, p, lim);
	if (!p || idx_get(&tops, 0, &td, &tdlen) < 0 ||
	    dict_read(td, td + tdlen, &d) < 0 || d.charstrings < 0 ||
	    d.charstrings >= (long)len ||
	    !idx_read(&f->charstrings, data + d.charstrings, lim))
		goto fail;
	if (d.fdarray >= 0) {
		if (d.fdarray >= (long)len || d.fdselect < 0 ||
		    d.fdselect >= (long)len ||
		    !idx_read(&fdarray, data + d.fdarray, lim) ||
		    fdarray.count == 0 || fdarray.count > 256)
			goto fail;
		f->fdselect = data + d.fdselect;
		f->nfds = fdarray.count;
		f->lsubrs = xcalloc(f->nfds, sizeof(*f->lsubrs));
		for (i = 0; i < f->nfds; i++) {
			struct dict fd;

			if (idx_get(&fdarray, i, &td, &tdlen) < 0 ||
			    dict_read(td, td + tdlen, &fd) < 0)
				goto fail;
			if (fd.priv_off >= 0 &&
			    read_private(f, fd.priv_size, fd.priv_off,
			        &f->lsubrs[i]) < 0)
				goto fail;
		}
	} else {
		f->nfds = 1;
		f->lsubrs = xcalloc(1, sizeof(*f->lsubrs));
		if (d.priv_off >= 0 &&
		    read_private(f, d.priv_size, d.priv_off, &f->lsubrs[0]) < 0)
			goto fail;
	}
	for (i = 0; i < f->nfds; i++)
		if (f->lsubrs[i].count > f->maxl)
			f->maxl = f->lsubrs[i].count;
	f->seen_l = xcalloc(f->maxl / 8 + 1, 1);
	f->seen_g = xcalloc(f->gsubrs.count / 8 + 1, 1);
	return f;
fail:
	cff_font_free(f);
	return NULL;
}

void
cff_font_free(struct cff_font *f)
{
	if (!f)
		return;
	free(f->lsubrs);
	free(f->seen_l);
	free(f->seen_g);
	free(f);
}

/* The font dict of glyph gid, or -1. */
static int
fd_of(const struct cff_font *f, unsigned int gid)
{
	const uint8_t *p = f->fdselect;
	unsigned int n, lo, hi;

	if (!p)
		return 0;
	if (p >= f->lim)
		return -1;
	if (*p == 0)
		return f->lim - p > (long)gid + 1 && p[1 + gid] < f->nfds
		    ? p[1 + gid]
		    : -1;
	if (*p != 3 || f->lim - p < 3)
		return -1;
	n = be(p + 1, 2);
	if (n == 0 || (size_t)(f->lim - p) < 3 + (size_t)n * 3 + 2)
		return -1;
	p += 3; /* ranges of first (2 bytes), fd (1); then a sentinel */
	if (gid < be(p, 2) || gid >= be(p + (size_t)n * 3, 2))
		return -1;
	lo = 0;
	hi = n; /* the range is lo: first(lo) <= gid < first(hi) */
	while (hi - lo > 1) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (be(p + (size_t)mid * 3, 2) <= gid)
			lo = mid;
		else
			hi = mid;
	}
	return p[(size_t)lo * 3 + 2] < f->nfds ? p[(size_t)lo * 3 + 2] : -1;
}

/* Bit n of set, before it is set (put > 0), cleared (put == 0) or left
 * (put < 0). */
static int
bit(uint8_t *set, unsigned int n, int put)
{
	int was = set[n / 8] >> (n % 8) & 1;

	if (put > 0)
		set[n / 8] |= (uint8_t)(1u << (n % 8));
	else if (put == 0)
		set[n / 8] &= (uint8_t) ~(1u << (n % 8));
	return was;
}

/* The seen bit of an entry of a walk's reached list (-1 - n: global
 * subroutine n), as bit() does. */
static int
reached_bit(struct cff_font *f, int n, int put)
{
	return n < 0 ? bit(f->seen_g, (unsigned)(-1 - n), put)
	             : bit(f->seen_l, (unsigned)n, put);
}

/* A stem operator, or a first hintmask's implicit one: the operands on
 * the stack are stem pairs, and the stack is cleared. */
static void
stems(struct walk *w)
{
	w->nhints += w->size / 2;
	w->size = 0;
	w->top_int = 0;
	w->find_width = 0;
}

static int walk_cs(struct walk *w, const uint8_t *p, size_t len);

/* A call of a subroutine; global or local. */
static int
call(struct walk *w, int global)
{
	const struct idx *x = global ? &w->f->gsubrs : w->lsubrs;
	uint8_t *seen = global ? w->f->seen_g : w->f->seen_l;
	long n = (long)w->top + (global ? w->gbias : w->lbias);
	const uint8_t *p;
	size_t len;

	if (!w->top_int || w->depth >= 10)
		return WALK_STOP;
	w->top_int = 0;
	w->size--;
	if (n < 0 || n >= (long)x->count || idx_get(x, (unsigned)n, &p, &len))
		return WALK_STOP;
	if (bit(seen, (unsigned)n, 1))
		return WALK_GO;
	if (w->nreached == w->capreached) {
		w->capreached = w->capreached ? 2 * w->capreached : 16;
		w->reached = xrealloc(
		    w->reached, w->capreached * sizeof(*w->reached));
	}
	w->reached[w->nreached++] = global ? -1 - (int)n : (int)n;
	w->depth++;
	n = walk_cs(w, p, len);
	w->depth--;
	/* cairo ignores how a subroutine's walk ended and goes on; the
	 * spec's endchar in a subroutine ends the glyph */
	return w->cairo || n == WALK_GO ? WALK_GO : (int)n;
}

/* The Type 2 charstring at p, len bytes, as the spec or as cairo reads
 * it. */
static int
walk_cs(struct walk *w, const uint8_t *p, size_t len)
{
	const uint8_t *e = p + len;
	int r;

	while (p < e) {
		unsigned int b = *p;

		if (b == 28 || b >= 32) {
			int v;

			if (b == 28) {
				if (e - p < 3)
					return WALK_STOP;
				/* cairo reads it unsigned */
				v = w->cairo ? (int)be(p + 1, 2)
				             : (int16_t)be(p + 1, 2);
				p += 3;
			} else if (b <= 246) {
				v = (int)b - 139;
				p++;
			} else if (b <= 254) {
				if (e - p < 2)
					return WALK_STOP;
				v = b <= 250
				    ? ((int)b - 247) * 256 + p[1] + 108
				    : -((int)b - 251) * 256 - p[1] - 108;
				p += 2;
			} else {
				if (e - p < 5)
					return WALK_STOP;
				v = (int16_t)be(p + 1, 2);
				p += 5;
			}
			w->size++;
			w->top = v;
			w->top_int = 1;
			continue;
		}
		p++;
		switch (b) {
		case 1:  /* hstem */
		case 3:  /* vstem */
		case 18: /* hstemhm */
		case 23: /* vstemhm */
			stems(w);
			break;
		case 19: /* hintmask */
		case 20: /* cntrmask */
			if (w->mask_bytes == 0) {
				stems(w);
				w->mask_bytes = (w->nhints + 7) / 8;
			}
			if (e - p < w->mask_bytes)
				return WALK_STOP;
			p += w->mask_bytes;
			break;
		case 4:  /* vmoveto */
		case 21: /* rmoveto */
		case 22: /* hmoveto */
			w->size = 0;
			w->top_int = 0;
			w->find_width = 0;
			w->has_path = 1;
			break;
		case 10: /* callsubr */
		case 29: /* callgsubr */
			if ((r = call(w, b == 29)) != WALK_GO)
				return r;
			break;
		case 11: /* return */
			return WALK_GO;
		case 14: /* endchar */
			/* cairo gives up at an accented-character endchar */
			if (w->cairo && !w->has_path && w->size > 3)
				return WALK_STOP;
			return WALK_END;
		case 12:
			/* cairo gives up at an escape before the width is
			 * known; the spec's flex operators clear the stack,
			 * the others leave values no walk follows */
			if (w->cairo && w->find_width && w->depth == 0)
				return WALK_STOP;
			if (p < e && !w->cairo && *p >= 34 && *p <= 37)
				w->size = 0;
			p++;
			w->top_int = 0;
			break;
		default:
			/* path operators; cairo does not clear its count */
			if (!w->cairo)
				w->size = 0;
			w->top_int = 0;
			break;
		}
	}
	return WALK_GO;
}

static void
forget(struct walk *w)
{
	size_t i;

	for (i = 0; i < w->nreached; i++)
		reached_bit(w->f, w->reached[i], 0);
}

int
cff_glyph_breaks(struct cff_font *f, unsigned int gid)
{
	struct walk spec, cairo;
	const uint8_t *p;
	size_t len, i;
	int fd, broken = 0, r;

	if (!f || idx_get(&f->charstrings, gid, &p, &len) < 0 ||
	    (fd = fd_of(f, gid)) < 0)
		return 0;
	memset(&spec, 0, sizeof(spec));
	spec.f = f;
	spec.lsubrs = &f->lsubrs[fd];
	spec.lbias = bias(spec.lsubrs->count);
	spec.gbias = bias(f->gsubrs.count);
	spec.find_width = 1;
	cairo = spec;
	cairo.cairo = 1;
	walk_cs(&spec, p, len);
	forget(&spec);
	r = walk_cs(&cairo, p, len);
	/* a walk cairo gives up on makes it keep every subroutine */
	if (r != WALK_STOP)
		for (i = 0; i < spec.nreached && !broken; i++)
			broken = !reached_bit(f, spec.reached[i], -1);
	forget(&cairo);
	free(spec.reached);
	free(cairo.reached);
	return broken;
}
