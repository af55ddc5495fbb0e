/* Display width, validation and lowercasing. */
#include <stdlib.h>

#include "check.h"
#include "core/utf8.h"
#include "resume/buf.h"
#include "resume/diag.h"
#include "resume/resume.h"

int
main(void)
{
	struct resume_diag d = {0};
	struct resume_buf b = {0};

	CHECK_INT(utf8_swidth("abc"), 3);
	CHECK_INT(utf8_swidth("中文"), 4); /* CJK counts double */
	CHECK_INT(utf8_swidth("日本語テキスト"), 14);
	CHECK_INT(utf8_swidth("한국어"), 6);
	CHECK_INT(utf8_swidth("e\xcc\x81"), 1); /* e + combining acute */
	CHECK_INT(utf8_swidth("é"), 1);
	CHECK_INT(utf8_swidth("Москва"), 6);
	CHECK_INT(utf8_swidth("مهندس"), 5);
	CHECK_INT(utf8_swidth("\xe2\x80\x8b"), 0); /* zero-width space */
	CHECK_INT(utf8_swidth("🎓"), 2);
	CHECK_INT(utf8_swidth("ＡＢ"), 4); /* fullwidth forms */

	CHECK_INT(utf8_validate("ok", 2), 2);
	CHECK_INT(utf8_validate("a\xff", 2), 1);
	CHECK_INT(utf8_validate("a\xc3", 2), 1);        /* truncated */
	CHECK_INT(utf8_validate("\xed\xa0\x80", 3), 0); /* surrogate */
	CHECK_INT(utf8_validate("\xc0\xaf", 2), 0);     /* overlong */
	CHECK_INT(utf8_validate("a\0b", 3), 1);

	/* the error names line and byte column */
	CHECK_INT(resume_check_utf8("ab\ncd\xfe", 6, "x.md", &d), -1);
	CHECK_INT(d.n, 1);
	CHECK_INT(d.items[0].line, 2);
	CHECK_INT(d.items[0].col, 3);
	CHECK_STR(d.items[0].message,
	    "invalid UTF-8 byte 0xfe at byte offset 5 (is the file in another "
	    "encoding? resume reads UTF-8)");
	resume_diag_free(&d);

	utf8_lower(&b, "ÉCOLE Опыт ABC", strlen("ÉCOLE Опыт ABC"));
	CHECK_STR(resume_buf_str(&b), "école опыт abc");
	resume_buf_free(&b);
	/* in place, every range lower_cp maps, the length kept; a bad byte
	 * and what follows it stay as they are */
	{
		char w[] = "ÀÞŁŹĞ Ơ Ư ΣΩ ЁЂ ҐҮ ẠỆ İ \xc3(Z\xe2\x80";

		utf8_lower_in(w, strlen(w));
		CHECK_STR(w, "àþłźğ ơ ư σω ёђ ґү ạệ İ \xc3(z\xe2\x80");
	}

	/* control characters in diagnostics are escaped */
	{
		char *e = resume_diag_escape("a\tb\x1b[31m", 100);

		CHECK_STR(e, "a\\tb\\x1b[31m");
		free(e);
	}
	return check_done("utf8");
}
