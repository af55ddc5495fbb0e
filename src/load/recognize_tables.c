/*
 * Sections written as a table whose header row names its columns:
 * "| Period | School | Degree |", "| 期間 | 学校名 | 学部・学科 |",
 * "| Zeitraum | Firma | Position | Ort |".  Each body row is an entry, each
 * cell in the field its column names; a cell whose column names no field
 * is the entry's text, so nothing is lost.
 */
#include <stdbool.h>
#include <string.h>

#include "../core/dates.h"
#include "../core/utf8.h"
#include "recognize.h"

enum col {
	COL_NONE,
	COL_DATES,
	COL_ORG,
	COL_TITLE,
	COL_AREA,
	COL_PLACE,
	COL_SCORE,
	COL_TEXT
};

/* The words a header names a field with, lowercase, found anywhere in the
 * header; tried in this order, so that "Job description" is text and
 * "School year" a date. */
static const char *const text_words[] = {"description", "details",
    "responsibilit", "duties", "achievement", "内容", "業務", "描述", "职责",
    "職責", "업무", "내용", "beschreibung", "tätigkeit", "aufgaben", "missions",
    "descripción", "funciones", "descrizione", "mansioni", "descrição",
    "atividades", "beschrijving", "opis", "описание", "обязанности", "опис",
    "обов'язки", "açıklama", "görevler", "mô tả", "توضیحات", "شرح", "الوصف",
    "المهام", NULL};
static const char *const score_words[] = {"gpa", "grade", "score", "成績",
    "成绩", "绩点", "학점", "nota", "voto", "оценка", "средний балл", "معدل",
    "نمره", NULL};
static const char *const date_words[] = {"period", "date", "year", "when",
    "duration", "from", "until", "期間", "年月", "時期", "时间", "時間", "日期",
    "年份", "기간", "일자", "zeitraum", "datum", "jahr", "période", "année",
    "periodo", "fecha", "año", "período", "periode", "jaar", "okres", "период",
    "даты", "годы", "період", "дата", "роки", "dönem", "tarih", "yıl",
    "thời gian", "năm", "تاریخ", "دوره", "سال", "الفترة", "التاريخ", "السنة",
    NULL};
static const char *const area_words[] = {"major", "field", "subject", "course",
    "program", "speciali", "department", "faculty", "study", "学部", "学科",
    "専攻", "专业", "專業", "院系", "전공", "학과", "studiengang",
    "fachrichtung", "spécialité", "filière", "domaine", "carrera",
    "especialidad", "área", "corso", "indirizzo", "curso", "richting",
    "kierunek", "специальность", "направление", "факультет", "спеціальність",
    "bölüm", "ngành", "رشته", "التخصص", NULL};
static const char *const title_words[] = {"position", "title", "role", "job",
    "degree", "qualification", "diploma", "役職", "職種", "職位", "学位",
    "职位", "职务", "職務", "학위", "직위", "직책", "직무", "stelle",
    "funktion", "abschluss", "poste", "fonction", "diplôme", "puesto", "cargo",
    "título", "ruolo", "posizione", "titolo", "laurea", "função", "grau",
    "functie", "stanowisko", "stopień", "должность", "степень", "посада",
    "ступінь", "pozisyon", "unvan", "görev", "derece", "chức vụ", "vị trí",
    "bằng cấp", "سمت", "مدرک", "المنصب", "الدرجة", "الشهادة", NULL};
static const char *const org_words[] = {"school", "universit", "institution",
    "college", "academy", "company", "employer", "organis", "organiz", "firm",
    "学校", "大学", "院校", "会社", "企業", "勤務先", "公司", "单位", "單位",
    "학교", "대학", "회사", "직장", "schule", "hochschule", "unternehmen",
    "arbeitgeber", "école", "établissement", "entreprise", "société",
    "employeur", "escuela", "institución", "empresa", "empleador", "istituto",
    "scuola", "azienda", "società", "escola", "instituição", "bedrijf",
    "werkgever", "uczelnia", "szkoła", "pracodawca", "учебное заведение", "вуз",
    "компания", "организация", "работодатель", "заклад", "okul", "şirket",
    "kurum", "trường", "công ty", "دانشگاه", "مؤسسه", "شرکت", "سازمان", "جامعة",
    "مدرسة", "شركة", NULL};
static const char *const place_words[] = {"location", "place", "city",
    "country", "where", "場所", "所在地", "勤務地", "地点", "地點", "城市",
    "지역", "위치", "ort", "stadt", "lieu", "ville", "lugar", "ciudad", "luogo",
    "città", "local", "cidade", "plaats", "miejsce", "miasto", "место", "город",
    "місце", "місто", "şehir", "địa điểm", "مکان", "شهر", "المكان", "المدينة",
    NULL};

/* Short words that name a date column only as the whole header: "From",
 * "To", "Von", "Bis" */
static const char *const date_headers[] = {"to", "von", "bis", "de", "à", "au",
    "desde", "hasta", "da", "a", "até", "van", "tot", "od", "do", "с", "по",
    "з", "từ", "đến", "start", "end", "begin", "ende", "fin", "inicio", NULL};

static const struct {
	enum col col;
	const char *const *words;
} columns[] = {{COL_TEXT, text_words}, {COL_SCORE, score_words},
    {COL_DATES, date_words}, {COL_AREA, area_words}, {COL_TITLE, title_words},
    {COL_ORG, org_words}, {COL_PLACE, place_words}};

/* The field a header cell names, or COL_NONE. */
static enum col
column_of(struct rec *rc, const struct resume_text *cell)
{
	struct resume_buf lo = {0};
	const char *s = text_str(rc->a, cell);
	enum col c = COL_NONE;
	size_t i;

	if (s == NULL || utf8_swidth(s) > 30)
		return COL_NONE;
	utf8_lower(&lo, s, strlen(s));
	for (const char *const *w = date_headers; *w && c == COL_NONE; w++)
		if (strcmp(resume_buf_str(&lo), *w) == 0)
			c = COL_DATES;
	for (i = 0; c == COL_NONE && i < sizeof(columns) / sizeof(*columns);
	     i++)
		for (const char *const *w = columns[i].words; *w; w++)
			if (strstr(resume_buf_str(&lo), *w)) {
				c = columns[i].col;
				break;
			}
	resume_buf_free(&lo);
	return c;
}

/* The entry of body row x under columns cols (n of them). */
static void
row_entry(struct rec *rc, struct resume_section *sec,
    const struct resume_block *x, const enum col *cols, size_t n)
{
	struct resume_entry *en = RESUME_PUSH(
	    rc->a, sec->entries, &sec->nentries);
	struct resume_buf dates = {0};
	struct date_match m;
	size_t j, ndates = 0;

	en->pos = x->pos;
	for (j = 0; j < n && j < x->ncells; j++) {
		const struct resume_text *cell = &x->cells[j];
		const char *s = text_str(rc->a, cell);

		if (s == NULL)
			continue;
		switch (cols[j]) {
		case COL_DATES:
			/* "From | To": the ends of one range */
			if (ndates++)
				resume_buf_puts(&dates, " – ");
			resume_buf_puts(&dates, s);
			break;
		case COL_ORG:
			fill_empty(&en->org, s);
			fill_empty(&en->url, text_link(cell));
			break;
		case COL_TITLE:
			fill_empty(&en->title, s);
			break;
		case COL_AREA:
			fill_empty(&en->area, s);
			break;
		case COL_PLACE:
			fill_empty(&en->location, s);
			break;
		case COL_SCORE:
			fill_empty(&en->level, s);
			break;
		case COL_TEXT:
		case COL_NONE:
			add_paragraph(rc, &en->body, &en->nbody, cell, x,
			    RESUME_BLOCK_PARAGRAPH, 0);
			break;
		}
	}
	if (dates.len) {
		const char *d = dup_range(
		    rc, resume_buf_str(&dates), 0, dates.len);

		if (d && dates_find(d, strlen(d), &m))
			set_dates(rc, &en->dates, d, &m, strlen(d));
		else
			en->dates.text = d;
	}
	/* "B.S. Computer Science" under "Degree", with no field column */
	if (sec->kind == RESUME_SECTION_EDUCATION && en->title && !en->area)
		split_degree(rc, en->title, &en->title, &en->area);
	resume_buf_free(&dates);
}

bool
table_entries(struct rec *rc, struct resume_section *sec, size_t b, size_t e)
{
	enum col cols[64];
	size_t i, head = NONE, n = 0, named = 0, known = 0;

	if (sec->kind != RESUME_SECTION_WORK &&
	    sec->kind != RESUME_SECTION_VOLUNTEER &&
	    sec->kind != RESUME_SECTION_EDUCATION)
		return false;
	/* what may stand before the table, then the table alone */
	for (i = b; i < e; i++) {
		const struct resume_block *x = blk(rc, i);

		if (x->kind == RESUME_BLOCK_TABLE_ROW) {
			if (head == NONE && !x->header)
				return false;
			if (head == NONE)
				head = i;
		} else if (head != NONE && x->kind != RESUME_BLOCK_RULE)
			return false;
	}
	if (head == NONE || head + 1 >= e ||
	    blk(rc, head + 1)->kind != RESUME_BLOCK_TABLE_ROW)
		return false;
	n = blk(rc, head)->ncells;
	if (n < 2 || n > sizeof(cols) / sizeof(*cols))
		return false;
	for (i = 0; i < n; i++) {
		cols[i] = column_of(rc, &blk(rc, head)->cells[i]);
		known += cols[i] != COL_NONE;
		named += cols[i] == COL_ORG || cols[i] == COL_TITLE;
	}
	/* two fields, one of them a name, and most columns known */
	if (named == 0 || known < 2 || known * 2 < n)
		return false;
	for (i = b; i < head; i++)
		copy_block(rc, &sec->intro, &sec->nintro, blk(rc, i), 0);
	for (i = head + 1; i < e; i++)
		if (blk(rc, i)->kind == RESUME_BLOCK_TABLE_ROW)
			row_entry(rc, sec, blk(rc, i), cols, n);
	return true;
}
