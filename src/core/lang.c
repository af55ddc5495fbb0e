/*
 * The language tables.  Each entry of a list is "shown|read|read...": the
 * first form is what resume writes, every form is what it reads (all
 * compared lowercase).  Synonyms are only read.  Formats: %M the month's
 * name, %m its number, %0 its number in two digits, %S the season, %Y the
 * year.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lang.h"
#include "resume/buf.h"
#include "utf8.h"
#include "xmalloc.h"

#define NKINDS (RESUME_SECTION_CONTACT + 1)

struct lang {
	const char *code, *name;
	bool rtl;
	const char *title[NKINDS];
	const char *synonyms[NKINDS];
	const char *month[12];
	const char *season[4];
	const char *now; /* an open end as written */
	const char *present, *to, *from, *since, *month_word;
	const char *fmt_month, *fmt_season;
	const char *phone, *score, *type;
	const char *page; /* printf: page, pages */
};

#define M RESUME_SECTION_SUMMARY
#define W RESUME_SECTION_WORK
#define V RESUME_SECTION_VOLUNTEER
#define E RESUME_SECTION_EDUCATION
#define A RESUME_SECTION_AWARDS
#define C RESUME_SECTION_CERTIFICATES
#define U RESUME_SECTION_PUBLICATIONS
#define S RESUME_SECTION_SKILLS
#define L RESUME_SECTION_LANGUAGES
#define I RESUME_SECTION_INTERESTS
#define R RESUME_SECTION_REFERENCES
#define P RESUME_SECTION_PROJECTS
#define K RESUME_SECTION_CONTACT

static const struct lang langs[] = {
    {.code = "en",
        .name = "English",
        .title = {[M] = "Summary",
            [W] = "Experience",
            [V] = "Volunteering",
            [E] = "Education",
            [A] = "Awards",
            [C] = "Certificates",
            [U] = "Publications",
            [S] = "Skills",
            [L] = "Languages",
            [I] = "Interests",
            [R] = "References",
            [P] = "Projects",
            [K] = "Contact"},
        .synonyms = {[M] = "profile|professional summary|about|about me|"
                           "objective|overview|career objective|"
                           "personal statement",
            [W] = "work experience|employment|professional experience|"
                  "work history|employment history|career|internships|"
                  "internship|occupation|positions|work|"
                  "relevant experience",
            [V] = "volunteer experience|volunteer|volunteer work|service",
            [E] = "academic background|studies|education and training",
            [A] = "honors|honours|awards and honors|achievements|"
                  "recognition|honors and awards",
            [C] = "certifications|certification|licenses|"
                  "licenses & certifications",
            [U] = "papers|writing|articles",
            [S] = "technical skills|key skills|competencies|expertise",
            [L] = "language skills|language",
            [I] = "hobbies|activities",
            [P] = "project|personal projects|side projects|open source",
            [K] = "contact information|contact info|contacts"},
        .month = {"Jan|january", "Feb|february", "Mar|march", "Apr|april",
            "May", "Jun|june", "Jul|july", "Aug|august", "Sep|sept|september",
            "Oct|october", "Nov|november", "Dec|december"},
        .season = {"Spring", "Summer", "Fall|autumn", "Winter"},
        .now = "Present",
        .present = "current|currently|now|today|ongoing|to date|till date",
        .to = "to|until|till|through|thru",
        .from = "from",
        .since = "since",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Phone",
        .score = "Score",
        .type = "Type",
        .page = "page %d of %d"},
    {.code = "fr",
        .name = "Français",
        .title = {[M] = "Profil",
            [W] = "Expérience",
            [V] = "Bénévolat",
            [E] = "Formation",
            [A] = "Distinctions",
            [C] = "Certifications",
            [U] = "Publications",
            [S] = "Compétences",
            [L] = "Langues",
            [I] = "Centres d'intérêt",
            [R] = "Références",
            [P] = "Projets",
            [K] = "Contact"},
        .synonyms = {[M] = "résumé|à propos|présentation|objectif",
            [W] = "expériences|expérience professionnelle|"
                  "expériences professionnelles|parcours|"
                  "parcours professionnel|stages|emplois",
            [E] = "formations|diplômes|études|cursus",
            [A] = "prix|récompenses|prix et distinctions",
            [U] = "articles",
            [S] = "compétences techniques|savoir-faire",
            [I] = "intérêts|loisirs|centres d’intérêt|"
                  "centres d'intérêts|passions",
            [P] = "projets personnels|réalisations",
            [K] = "coordonnées|contacts"},
        .month = {"janv.|janvier|janv", "févr.|février|fevrier|févr|fevr|fév",
            "mars", "avr.|avril|avr", "mai", "juin", "juil.|juillet|juil",
            "août|aout", "sept.|septembre|sept", "oct.|octobre|oct",
            "nov.|novembre|nov", "déc.|décembre|decembre|déc"},
        .season = {"printemps", "été|ete", "automne", "hiver"},
        .now = "aujourd'hui",
        .present = "aujourd’hui|actuel|actuellement|présent|en cours|ce jour",
        .to = "à|au|jusqu'à|jusqu’à|jusqu'en|jusqu’en",
        .from = "de|du|d'|d’",
        .since = "depuis|dès",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Téléphone",
        .score = "Note",
        .type = "Type",
        .page = "page %d sur %d"},
    {.code = "de",
        .name = "Deutsch",
        .title = {[M] = "Profil",
            [W] = "Berufserfahrung",
            [V] = "Ehrenamt",
            [E] = "Ausbildung",
            [A] = "Auszeichnungen",
            [C] = "Zertifikate",
            [U] = "Publikationen",
            [S] = "Kenntnisse",
            [L] = "Sprachen",
            [I] = "Interessen",
            [R] = "Referenzen",
            [P] = "Projekte",
            [K] = "Kontakt"},
        .synonyms = {[M] = "zusammenfassung|über mich|kurzprofil|"
                           "persönliches profil",
            [W] = "berufliche erfahrung|werdegang|beruflicher werdegang|"
                  "berufspraxis|praxis|praktika|praxiserfahrung|"
                  "berufliche laufbahn|erfahrung|tätigkeiten",
            [V] = "ehrenamtliches engagement|engagement",
            [E] = "bildung|studium|schulbildung|akademischer werdegang|"
                  "bildungsweg|schul- und berufsausbildung",
            [C] = "zertifizierungen|weiterbildung|fortbildungen",
            [U] = "veröffentlichungen",
            [S] = "fähigkeiten|fachkenntnisse|kompetenzen|"
                  "it-kenntnisse|edv-kenntnisse",
            [L] = "sprachkenntnisse",
            [I] = "hobbys|hobbies|freizeit"},
        .month = {"Jan.|januar|jänner|jan|jän", "Feb.|februar|feb",
            "März|märz|maerz|mär", "Apr.|april|apr", "Mai", "Juni", "Juli",
            "Aug.|august|aug", "Sept.|september|sept|sep", "Okt.|oktober|okt",
            "Nov.|november|nov", "Dez.|dezember|dez"},
        .season = {"Frühjahr|frühling|fruehling", "Sommer", "Herbst", "Winter"},
        .now = "heute",
        .present = "jetzt|derzeit|aktuell|laufend|dato|gegenwärtig",
        .to = "bis",
        .from = "von|vom",
        .since = "seit|ab",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Telefon",
        .score = "Note",
        .type = "Art",
        .page = "Seite %d von %d"},
    {.code = "es",
        .name = "Español",
        .title = {[M] = "Perfil",
            [W] = "Experiencia",
            [V] = "Voluntariado",
            [E] = "Educación",
            [A] = "Premios",
            [C] = "Certificaciones",
            [U] = "Publicaciones",
            [S] = "Habilidades",
            [L] = "Idiomas",
            [I] = "Intereses",
            [R] = "Referencias",
            [P] = "Proyectos",
            [K] = "Contacto"},
        .synonyms = {[M] = "resumen|sobre mí|acerca de mí|perfil profesional|"
                           "objetivo",
            [W] = "experiencia laboral|experiencia profesional|"
                  "trayectoria profesional|historial laboral",
            [E] = "formación|formación académica|estudios",
            [A] = "reconocimientos|logros",
            [S] = "competencias|conocimientos|aptitudes",
            [I] = "aficiones|pasatiempos"},
        .month = {"ene|enero", "feb|febrero", "mar|marzo", "abr|abril",
            "may|mayo", "jun|junio", "jul|julio", "ago|agosto",
            "sept|septiembre|setiembre|sep", "oct|octubre", "nov|noviembre",
            "dic|diciembre"},
        .season = {"primavera", "verano", "otoño|otono", "invierno"},
        .now = "actualidad",
        .present = "presente|actual|actualmente|hoy|la actualidad|la fecha",
        .to = "a|al|hasta",
        .from = "de|del",
        .since = "desde",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Teléfono",
        .score = "Nota",
        .type = "Tipo",
        .page = "página %d de %d"},
    {.code = "it",
        .name = "Italiano",
        .title = {[M] = "Profilo",
            [W] = "Esperienza",
            [V] = "Volontariato",
            [E] = "Istruzione",
            [A] = "Premi",
            [C] = "Certificazioni",
            [U] = "Pubblicazioni",
            [S] = "Competenze",
            [L] = "Lingue",
            [I] = "Interessi",
            [R] = "Referenze",
            [P] = "Progetti",
            [K] = "Contatti"},
        .synonyms = {[M] = "sommario|chi sono|profilo personale|obiettivo",
            [W] = "esperienze|esperienza lavorativa|esperienze lavorative|"
                  "esperienza professionale|esperienze professionali",
            [E] = "formazione|istruzione e formazione|studi",
            [A] = "riconoscimenti",
            [S] = "competenze tecniche|capacità|conoscenze",
            [L] = "conoscenze linguistiche",
            [I] = "hobby|passioni"},
        .month = {"gen|gennaio", "feb|febbraio", "mar|marzo", "apr|aprile",
            "mag|maggio", "giu|giugno", "lug|luglio", "ago|agosto",
            "set|settembre", "ott|ottobre", "nov|novembre", "dic|dicembre"},
        .season = {"primavera", "estate", "autunno", "inverno"},
        .now = "oggi",
        .present = "presente|attuale|in corso",
        .to = "a|al|fino a|fino al",
        .from = "da|dal|dall'|dall’",
        .since = "dal|da",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Telefono",
        .score = "Voto",
        .type = "Tipo",
        .page = "pagina %d di %d"},
    {.code = "pt",
        .name = "Português",
        .title = {[M] = "Perfil",
            [W] = "Experiência",
            [V] = "Voluntariado",
            [E] = "Formação",
            [A] = "Prêmios",
            [C] = "Certificações",
            [U] = "Publicações",
            [S] = "Competências",
            [L] = "Idiomas",
            [I] = "Interesses",
            [R] = "Referências",
            [P] = "Projetos",
            [K] = "Contato"},
        .synonyms = {[M] = "resumo|sobre mim|objetivo|perfil profissional",
            [W] = "experiência profissional|experiências|"
                  "experiência de trabalho|histórico profissional",
            [E] = "educação|formação acadêmica|formação académica",
            [A] = "prémios|conquistas",
            [S] = "habilidades|conhecimentos",
            [P] = "projectos",
            [K] = "contacto|contatos"},
        .month = {"jan|janeiro", "fev|fevereiro", "mar|março|marco",
            "abr|abril", "mai|maio", "jun|junho", "jul|julho", "ago|agosto",
            "set|setembro", "out|outubro", "nov|novembro", "dez|dezembro"},
        .season = {"primavera", "verão|verao", "outono", "inverno"},
        .now = "atual",
        .present = "atualmente|presente|hoje|o momento|actual|actualmente",
        .to = "a|até|ao",
        .from = "de|do",
        .since = "desde",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Telefone",
        .score = "Nota",
        .type = "Tipo",
        .page = "página %d de %d"},
    {.code = "nl",
        .name = "Nederlands",
        .title = {[M] = "Profiel",
            [W] = "Werkervaring",
            [V] = "Vrijwilligerswerk",
            [E] = "Opleiding",
            [A] = "Prijzen",
            [C] = "Certificaten",
            [U] = "Publicaties",
            [S] = "Vaardigheden",
            [L] = "Talen",
            [I] = "Interesses",
            [R] = "Referenties",
            [P] = "Projecten",
            [K] = "Contact"},
        .synonyms = {[M] = "samenvatting|over mij",
            [W] = "ervaring|werkgeschiedenis|loopbaan|stages",
            [E] = "opleidingen|onderwijs",
            [S] = "competenties|kennis",
            [L] = "talenkennis",
            [I] = "hobby's|hobbies"},
        .month = {"jan|januari", "feb|februari", "mrt|maart", "apr|april",
            "mei", "jun|juni", "jul|juli", "aug|augustus", "sep|september",
            "okt|oktober", "nov|november", "dec|december"},
        .season = {"voorjaar|lente", "zomer", "najaar|herfst", "winter"},
        .now = "heden",
        .present = "nu|huidig|vandaag",
        .to = "tot|t/m",
        .from = "van",
        .since = "sinds|vanaf",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Telefoon",
        .score = "Cijfer",
        .type = "Type",
        .page = "pagina %d van %d"},
    {.code = "pl",
        .name = "Polski",
        .title = {[M] = "Podsumowanie",
            [W] = "Doświadczenie zawodowe",
            [V] = "Wolontariat",
            [E] = "Wykształcenie",
            [A] = "Nagrody",
            [C] = "Certyfikaty",
            [U] = "Publikacje",
            [S] = "Umiejętności",
            [L] = "Języki",
            [I] = "Zainteresowania",
            [R] = "Referencje",
            [P] = "Projekty",
            [K] = "Kontakt"},
        .synonyms = {[M] = "profil|o mnie|cel zawodowy",
            [W] = "doświadczenie|historia zatrudnienia|praktyki|staże",
            [E] = "edukacja",
            [A] = "osiągnięcia",
            [S] = "kompetencje|umiejętności techniczne",
            [L] = "języki obce|znajomość języków",
            [I] = "hobby"},
        .month = {"styczeń|stycznia|sty|styczen", "luty|lutego|lut",
            "marzec|marca", "kwiecień|kwietnia|kwi|kwiecien", "maj|maja",
            "czerwiec|czerwca|cze", "lipiec|lipca|lip",
            "sierpień|sierpnia|sie|sierpien", "wrzesień|września|wrz|wrzesien",
            "październik|października|paź|pazdziernik",
            "listopad|listopada|lis", "grudzień|grudnia|gru|grudzien"},
        .season = {"wiosna", "lato", "jesień|jesien", "zima"},
        .now = "obecnie",
        .present = "teraz|nadal|dziś|dzisiaj|chwili obecnej",
        .to = "do",
        .from = "od",
        .since = "od",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Telefon",
        .score = "Ocena",
        .type = "Typ",
        .page = "strona %d z %d"},
    {.code = "ru",
        .name = "Русский",
        .title = {[M] = "О себе",
            [W] = "Опыт работы",
            [V] = "Волонтёрство",
            [E] = "Образование",
            [A] = "Награды",
            [C] = "Сертификаты",
            [U] = "Публикации",
            [S] = "Навыки",
            [L] = "Языки",
            [I] = "Интересы",
            [R] = "Рекомендации",
            [P] = "Проекты",
            [K] = "Контакты"},
        .synonyms = {[M] = "обо мне|резюме|цель|профиль",
            [W] = "опыт|стажировки|трудовая деятельность|места работы",
            [V] = "волонтерство",
            [E] = "высшее образование",
            [A] = "достижения",
            [S] = "ключевые навыки|профессиональные навыки|"
                  "технические навыки|умения",
            [L] = "знание языков|владение языками",
            [I] = "хобби|увлечения",
            [K] = "контактная информация"},
        .month = {"январь|января|янв", "февраль|февраля|фев|февр",
            "март|марта|мар", "апрель|апреля|апр", "май|мая", "июнь|июня|июн",
            "июль|июля|июл", "август|августа|авг", "сентябрь|сентября|сен|сент",
            "октябрь|октября|окт", "ноябрь|ноября|ноя|нояб",
            "декабрь|декабря|дек"},
        .season = {"весна", "лето", "осень", "зима"},
        .now = "настоящее время",
        .present =
            "по настоящее время|наст. время|н. в.|н.в.|сейчас|текущее время",
        .to = "по|до",
        .from = "с|со",
        .since = "с|со",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Телефон",
        .score = "Оценка",
        .type = "Тип",
        .page = "страница %d из %d"},
    {.code = "uk",
        .name = "Українська",
        .title = {[M] = "Про мене",
            [W] = "Досвід роботи",
            [V] = "Волонтерство",
            [E] = "Освіта",
            [A] = "Нагороди",
            [C] = "Сертифікати",
            [U] = "Публікації",
            [S] = "Навички",
            [L] = "Мови",
            [I] = "Інтереси",
            [R] = "Рекомендації",
            [P] = "Проєкти",
            [K] = "Контакти"},
        .synonyms = {[M] = "профіль|мета|резюме",
            [W] = "досвід|професійний досвід|стажування",
            [A] = "досягнення",
            [S] = "ключові навички|вміння|технічні навички",
            [L] = "знання мов|володіння мовами",
            [I] = "хобі|захоплення",
            [P] = "проекти",
            [K] = "контактна інформація"},
        .month = {"січень|січня|січ", "лютий|лютого|лют",
            "березень|березня|бер", "квітень|квітня|квіт",
            "травень|травня|трав", "червень|червня|черв", "липень|липня|лип",
            "серпень|серпня|серп", "вересень|вересня|вер",
            "жовтень|жовтня|жовт", "листопад|листопада|лист",
            "грудень|грудня|груд"},
        .season = {"весна", "літо", "осінь", "зима"},
        .now = "теперішній час",
        .present = "по теперішній час|теперішнього "
                   "часу|тепер|дотепер|нині|зараз|сьогодні|т.ч.",
        .to = "по|до",
        .from = "з|із|від",
        .since = "з|із",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Телефон",
        .score = "Оцінка",
        .type = "Тип",
        .page = "сторінка %d з %d"},
    {.code = "tr",
        .name = "Türkçe",
        .title = {[M] = "Özet",
            [W] = "İş Deneyimi",
            [V] = "Gönüllülük",
            [E] = "Eğitim",
            [A] = "Ödüller",
            [C] = "Sertifikalar",
            [U] = "Yayınlar",
            [S] = "Yetenekler",
            [L] = "Diller",
            [I] = "İlgi Alanları",
            [R] = "Referanslar",
            [P] = "Projeler",
            [K] = "İletişim"},
        .synonyms = {[M] = "hakkımda|profil|kariyer hedefi",
            [W] = "deneyim|iş deneyimi|i̇ş deneyimi|deneyimler|"
                  "iş tecrübesi|tecrübe|staj",
            [E] = "eğitim bilgileri|öğrenim",
            [S] = "beceriler|yetkinlikler|teknik beceriler",
            [L] = "yabancı diller",
            [I] = "ilgi alanları|i̇lgi alanları|hobiler",
            [K] = "iletişim|i̇letişim|iletişim bilgileri"},
        .month = {"Ocak|oca", "Şubat|şub|subat", "Mart", "Nisan|nis",
            "Mayıs|mayis", "Haziran|haz", "Temmuz|tem", "Ağustos|ağu|agustos",
            "Eylül|eyl|eylul", "Ekim|eki", "Kasım|kas|kasim",
            "Aralık|ara|aralik"},
        .season = {"İlkbahar|ilkbahar|bahar", "Yaz", "Sonbahar|güz", "Kış|kis"},
        .now = "günümüz",
        .present = "halen|hâlâ|devam ediyor|şu an|bugün|günümüze",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "Telefon",
        .score = "Not",
        .type = "Tür",
        .page = "sayfa %d / %d"},
    {.code = "zh",
        .name = "中文",
        .title = {[M] = "个人简介",
            [W] = "工作经历",
            [V] = "志愿者经历",
            [E] = "教育经历",
            [A] = "荣誉奖项",
            [C] = "证书",
            [U] = "论文发表",
            [S] = "专业技能",
            [L] = "语言能力",
            [I] = "兴趣爱好",
            [R] = "推荐人",
            [P] = "项目经历",
            [K] = "联系方式"},
        .synonyms = {[M] = "简介|自我评价|职务要约|个人总结|自我介绍",
            [W] = "工作经验|实习经历|职业经历|工作經歷|实习经验",
            [V] = "志愿者|志愿服务",
            [E] = "教育背景|教育|学历|學歷",
            [A] = "获奖|荣誉|获奖经历",
            [C] = "资格证书",
            [U] = "论文|技术文章",
            [S] = "技能|技能清单|专业能力",
            [L] = "语言",
            [I] = "兴趣",
            [P] = "开源项目|项目经验"},
        .season = {"春季|春", "夏季|夏", "秋季|秋", "冬季|冬"},
        .now = "至今",
        .present = "现在|目前",
        .to = "至|到|〜|～|~",
        .from = "自|从",
        .since = "自|从",
        .fmt_month = "%Y年%m月",
        .fmt_season = "%Y年%S",
        .phone = "电话",
        .score = "成绩",
        .type = "类型",
        .page = "第 %d 页，共 %d 页"},
    {.code = "ja",
        .name = "日本語",
        .title = {[M] = "概要",
            [W] = "職歴",
            [V] = "ボランティア活動",
            [E] = "学歴",
            [A] = "受賞歴",
            [C] = "資格",
            [U] = "発表論文",
            [S] = "スキル",
            [L] = "語学",
            [I] = "趣味",
            [R] = "推薦者",
            [P] = "プロジェクト",
            [K] = "連絡先"},
        .synonyms = {[M] = "職務要約|自己pr|自己紹介",
            [W] = "職務経歴|経歴|職務内容",
            [V] = "ボランティア",
            [A] = "受賞",
            [C] = "免許・資格|資格・免許",
            [U] = "発表|論文",
            [S] = "技術スキル|活かせる経験・知識・技術",
            [L] = "言語",
            [I] = "趣味・特技"},
        .season = {"春", "夏", "秋", "冬"},
        .now = "現在",
        .present = "現職|在職中",
        .to = "〜|～|~|から",
        .fmt_month = "%Y年%m月",
        .fmt_season = "%Y年%S",
        .phone = "電話",
        .score = "成績",
        .type = "種類",
        .page = "%d / %d ページ"},
    {.code = "ko",
        .name = "한국어",
        .title = {[M] = "자기소개",
            [W] = "경력",
            [V] = "봉사활동",
            [E] = "학력",
            [A] = "수상",
            [C] = "자격증",
            [U] = "논문",
            [S] = "기술",
            [L] = "언어",
            [I] = "관심사",
            [R] = "추천인",
            [P] = "프로젝트",
            [K] = "연락처"},
        .synonyms = {[M] = "소개|요약|자기 소개",
            [W] = "경력 사항|경력사항|업무 경력|직무 경험|경험",
            [V] = "봉사 활동",
            [E] = "학력 사항|학력사항|교육",
            [A] = "수상 경력|수상 내역",
            [C] = "자격|자격 사항",
            [U] = "발표|출판",
            [S] = "보유 기술|기술 스택|역량|스킬",
            [L] = "어학|외국어",
            [I] = "취미",
            [P] = "프로젝트 경험|개인 프로젝트"},
        .season = {"봄", "여름", "가을", "겨울"},
        .now = "현재",
        .present = "재직중|재직 중|진행중|진행 중",
        .to = "~|〜|～",
        .fmt_month = "%Y년 %m월",
        .fmt_season = "%Y년 %S",
        .phone = "전화",
        .score = "성적",
        .type = "유형",
        .page = "%d / %d 페이지"},
    {.code = "fa",
        .name = "فارسی",
        .rtl = true,
        .title = {[M] = "خلاصه",
            [W] = "سوابق کاری",
            [V] = "فعالیت‌های داوطلبانه",
            [E] = "تحصیلات",
            [A] = "جوایز",
            [C] = "گواهینامه‌ها",
            [U] = "مقالات",
            [S] = "مهارت‌ها",
            [L] = "زبان‌ها",
            [I] = "علایق",
            [R] = "معرف‌ها",
            [P] = "پروژه‌ها",
            [K] = "اطلاعات تماس"},
        .synonyms =
            {[M] = "درباره من|درباره‌ی من|معرفی",
                [W] = "تجربه کاری|تجربه|تجربیات|سوابق شغلی",
                [V] = "داوطلبانه",
                [A] = "افتخارات",
                [S] = "مهارت",
                [L] = "زبان",
                [K] = "تماس"},
        /* the Gregorian months, then the Solar Hijri ones of the same
         * number (read only: dates_hijri makes "فروردین ۱۳۹۸" April 2019) */
        .month = {"ژانویه|فروردین", "فوریه|اردیبهشت", "مارس|خرداد", "آوریل|تیر",
            "مه|می|مرداد", "ژوئن|شهریور", "ژوئیه|جولای|مهر", "اوت|آگوست|آبان",
            "سپتامبر|آذر", "اکتبر|دی", "نوامبر|بهمن", "دسامبر|اسفند"},
        .season = {"بهار", "تابستان", "پاییز", "زمستان"},
        .now = "اکنون",
        .present = "تاکنون|حال|کنون|حالا",
        .to = "تا",
        .from = "از",
        .since = "از",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "تلفن",
        .score = "نمره",
        .type = "نوع",
        .page = "صفحهٔ %d از %d"},
    {.code = "ar",
        .name = "العربية",
        .rtl = true,
        .title = {[M] = "نبذة",
            [W] = "الخبرة العملية",
            [V] = "العمل التطوعي",
            [E] = "التعليم",
            [A] = "الجوائز",
            [C] = "الشهادات",
            [U] = "المنشورات",
            [S] = "المهارات",
            [L] = "اللغات",
            [I] = "الاهتمامات",
            [R] = "المراجع",
            [P] = "المشاريع",
            [K] = "معلومات الاتصال"},
        .synonyms = {[M] = "الملخص|نبذة عني|الملف الشخصي|الهدف الوظيفي",
            [W] = "الخبرات|الخبرة|الخبرات العملية|الخبرة المهنية",
            [V] = "التطوع",
            [E] = "المؤهلات العلمية|المؤهل العلمي",
            [C] = "الشهادات المهنية",
            [S] = "المهارات التقنية",
            [I] = "الهوايات",
            [K] = "التواصل|بيانات الاتصال"},
        .month = {"يناير", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|نيسان",
            "مايو|أيار", "يونيو|حزيران", "يوليو|تموز", "أغسطس|اغسطس|آب",
            "سبتمبر|أيلول", "أكتوبر|اكتوبر", "نوفمبر", "ديسمبر"},
        .season = {"الربيع|ربيع", "الصيف|صيف", "الخريف|خريف", "الشتاء|شتاء"},
        .now = "حتى الآن",
        .present = "الآن|حاليا|حاليًا|الحاضر|حتى اليوم",
        .to = "إلى|الى|حتى",
        .from = "من",
        .since = "منذ",
        .fmt_month = "%M %Y",
        .fmt_season = "%S %Y",
        .phone = "الهاتف",
        .score = "الدرجة",
        .type = "النوع",
        .page = "صفحة %d من %d"},
    {.code = "vi",
        .name = "Tiếng Việt",
        .title = {[M] = "Giới thiệu",
            [W] = "Kinh nghiệm làm việc",
            [V] = "Hoạt động tình nguyện",
            [E] = "Học vấn",
            [A] = "Giải thưởng",
            [C] = "Chứng chỉ",
            [U] = "Công bố",
            [S] = "Kỹ năng",
            [L] = "Ngoại ngữ",
            [I] = "Sở thích",
            [R] = "Người tham chiếu",
            [P] = "Dự án",
            [K] = "Liên hệ"},
        .synonyms = {[M] = "mục tiêu nghề nghiệp|tóm tắt|giới thiệu bản thân",
            [W] = "kinh nghiệm|quá trình làm việc|kinh nghiệm làm việc",
            [V] = "tình nguyện|hoạt động",
            [E] = "trình độ học vấn|giáo dục|quá trình học tập",
            [A] = "thành tích|danh hiệu",
            [S] = "kỹ năng chuyên môn|kĩ năng",
            [L] = "ngôn ngữ",
            [P] = "dự án cá nhân",
            [K] = "thông tin liên hệ"},
        .season = {"mùa xuân|xuân", "mùa hè|hè", "mùa thu", "mùa đông"},
        .now = "hiện tại",
        .present = "nay|bây giờ|hiện nay",
        .to = "đến|tới",
        .from = "từ",
        .since = "từ",
        .month_word = "tháng",
        .fmt_month = "%0/%Y",
        .fmt_season = "%S %Y",
        .phone = "Điện thoại",
        .score = "Điểm",
        .type = "Loại",
        .page = "trang %d / %d"},
};

#define NLANGS (sizeof(langs) / sizeof(*langs))

/* Kinds in the order a phrase inside a longer title is looked for: the
 * specific before the general ("Language skills" is languages, "Volunteer
 * experience" volunteering, before skills and experience). */
static const int priority[] = {L, K, V, M, C, U, A, E, P, S, I, R, W};

/* Words that make a title a skills section only when nothing else
 * does: "Technical", "技术". */
static const char *const weak_skills[] = {"technical", "技术"};

/* --- the read index, built once --- */

static struct {
	struct lang_form *month, *season, *section;
	size_t nmonth, nseason, nsection;
	/* sections in priority order, for phrases inside titles */
	struct lang_form *phrase;
	size_t nphrase;
	char **list[LANG_NLISTS];
	size_t nlist[LANG_NLISTS];
	bool start[LANG_NLISTS][256];
} ix;

static pthread_once_t ix_once = PTHREAD_ONCE_INIT;

/* Room for the index's words, kept for the process: chunks taken from
 * malloc once, handed out in order (some two thousand words would
 * otherwise be as many allocations at every start). */
static char *
keep(size_t n)
{
	enum { CHUNK = 16384 };
	/* each chunk begins with the one before it: all stay reachable */
	static void **chunks;
	static char *at;
	static size_t left;
	char *p;

	if (n > left) {
		size_t size = sizeof(void *) + (n > CHUNK ? n : CHUNK);
		void **c = xmalloc(size);

		c[0] = chunks;
		chunks = c;
		at = (char *)(c + 1);
		left = size - sizeof(void *);
	}
	p = at;
	at += n;
	left -= n;
	return p;
}

/* The lowercase form of s[0, n), zero-width joiners and marks dropped
 * (vocab_normalize drops them from titles); kept for the process. */
static char *
lowered(const char *s, size_t n)
{
	char *w = keep(n + 1);
	size_t i = 0, o = 0, k;
	uint32_t cp;

	memcpy(w, s, n);
	w[n] = '\0';
	utf8_lower_in(w, n);
	if (strstr(w, "\xe2\x80") == NULL) /* U+200B-U+200F: E2 80 8B-8F */
		return w;
	while (i < n) {
		k = utf8_decode(w + i, n - i, &cp);
		if (!(cp >= 0x200b && cp <= 0x200f)) {
			memmove(w + o, w + i, k);
			o += k;
		}
		i += k;
	}
	w[o] = '\0';
	return w;
}

/* Calls add(form, len, v) for each '|'-separated form of s. */
static void
each_form(const char *s, int v, struct lang_form **out, size_t *n, size_t *cap)
{
	const char *p = s, *e;

	while (s && *p) {
		e = strchr(p, '|');
		if (e == NULL)
			e = p + strlen(p);
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 64;
			*out = xrealloc(*out, *cap * sizeof(**out));
		}
		(*out)[*n].w = lowered(p, (size_t)(e - p));
		(*out)[*n].n = strlen((*out)[*n].w);
		(*out)[*n].v = v;
		(*n)++;
		p = *e ? e + 1 : e;
	}
}

static int
by_word(const void *a, const void *b)
{
	const struct lang_form *x = a, *y = b;

	return strcmp(x->w, y->w);
}

static int
by_length(const void *a, const void *b)
{
	size_t x = strlen(*(char *const *)a), y = strlen(*(char *const *)b);

	return x < y ? 1
	    : x > y  ? -1
	             : strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts forms by word and drops repeats (the first of each stays). */
static void
sort_unique(struct lang_form *f, size_t *n)
{
	size_t i, o = 0;

	qsort(f, *n, sizeof(*f), by_word);
	for (i = 0; i < *n; i++)
		if (o == 0 || strcmp(f[o - 1].w, f[i].w) != 0)
			f[o++] = f[i];
	*n = o;
}

static const char *
list_of(const struct lang *l, enum lang_list k)
{
	switch (k) {
	case LANG_PRESENT:
		return l->present;
	case LANG_TO:
		return l->to;
	case LANG_FROM:
		return l->from;
	case LANG_SINCE:
		return l->since;
	case LANG_MONTH_WORD:
		return l->month_word;
	case LANG_NLISTS:
		break;
	}
	return NULL;
}

static void
build(void)
{
	size_t i, j, k, cap[3] = {0}, pcap = 0;

	for (i = 0; i < NLANGS; i++) {
		const struct lang *l = &langs[i];

		for (j = 0; j < 12; j++)
			each_form(l->month[j], (int)j + 1, &ix.month,
			    &ix.nmonth, &cap[0]);
		for (j = 0; j < 4; j++)
			each_form(l->season[j], (int)j + 1, &ix.season,
			    &ix.nseason, &cap[1]);
		for (j = 1; j < NKINDS; j++) {
			each_form(l->title[j], (int)j, &ix.section,
			    &ix.nsection, &cap[2]);
			each_form(l->synonyms[j], (int)j, &ix.section,
			    &ix.nsection, &cap[2]);
		}
	}
	for (k = 0; k < sizeof(priority) / sizeof(*priority); k++)
		for (i = 0; i < NLANGS; i++) {
			each_form(langs[i].title[priority[k]], priority[k],
			    &ix.phrase, &ix.nphrase, &pcap);
			each_form(langs[i].synonyms[priority[k]], priority[k],
			    &ix.phrase, &ix.nphrase, &pcap);
		}
	for (k = 0; k < sizeof(weak_skills) / sizeof(*weak_skills); k++)
		each_form(weak_skills[k], S, &ix.phrase, &ix.nphrase, &pcap);
	sort_unique(ix.month, &ix.nmonth);
	sort_unique(ix.season, &ix.nseason);
	sort_unique(ix.section, &ix.nsection);
	for (k = 0; k < LANG_NLISTS; k++) {
		struct lang_form *f = NULL;
		size_t n = 0, c = 0;

		for (i = 0; i < NLANGS; i++) {
			each_form(list_of(&langs[i], (enum lang_list)k), 0, &f,
			    &n, &c);
			if (k == LANG_PRESENT)
				each_form(langs[i].now, 0, &f, &n, &c);
		}
		sort_unique(f, &n);
		ix.list[k] = xcalloc(n + 1, sizeof(char *));
		for (i = 0; i < n; i++) {
			ix.list[k][i] = f[i].w;
			ix.start[k][(unsigned char)f[i].w[0]] = true;
		}
		ix.nlist[k] = n;
		qsort(ix.list[k], n, sizeof(char *), by_length);
		free(f);
	}
}

static void
ready(void)
{
	pthread_once(&ix_once, build);
}

static int
find(const struct lang_form *f, size_t n, const char *w, size_t len)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(f[mid].w, w, len);

		if (c == 0 && f[mid].n > len)
			c = 1;
		if (c == 0)
			return f[mid].v;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int
lang_read_month(const char *lower, size_t len)
{
	ready();
	return find(ix.month, ix.nmonth, lower, len);
}

int
lang_read_season(const char *lower, size_t len)
{
	ready();
	return find(ix.season, ix.nseason, lower, len);
}

int
lang_read_section(const char *norm)
{
	int k;

	ready();
	k = find(ix.section, ix.nsection, norm, strlen(norm));
	return k ? k : -1;
}

const struct lang_form *
lang_section_phrases(size_t *n)
{
	ready();
	*n = ix.nphrase;
	return ix.phrase;
}

const char *const *
lang_words(enum lang_list k)
{
	ready();
	return (const char *const *)ix.list[k];
}

bool
lang_may_start(enum lang_list k, unsigned char c)
{
	ready();
	return ix.start[k][c];
}

/* --- the languages --- */

const struct lang *
lang_find(const char *code)
{
	size_t i, n;

	if (code == NULL)
		return NULL;
	n = strcspn(code, "-_");
	for (i = 0; i < NLANGS; i++)
		if (strlen(langs[i].code) == n &&
		    strncasecmp(langs[i].code, code, n) == 0)
			return &langs[i];
	return NULL;
}

const struct lang *
lang_get(const char *code)
{
	const struct lang *l = lang_find(code);

	return l ? l : &langs[0];
}

const struct lang *
lang_at(size_t i)
{
	return i < NLANGS ? &langs[i] : NULL;
}

const char *
lang_code(const struct lang *l)
{
	return l->code;
}

const char *
lang_name(const struct lang *l)
{
	return l->name;
}

bool
lang_rtl(const struct lang *l)
{
	return l->rtl;
}

/* The shown (first) form of a list into out. */
static void
shown(const char *s, struct resume_buf *out)
{
	resume_buf_add(out, s, strcspn(s, "|"));
}

const char *
lang_title(const struct lang *l, enum resume_section_kind k)
{
	if (k <= RESUME_SECTION_CUSTOM || k >= NKINDS)
		return NULL;
	return l->title[k] ? l->title[k] : langs[0].title[k];
}

const char *
lang_present(const struct lang *l)
{
	return l->now;
}

const char *
lang_label(const struct lang *l, const char *key)
{
	const char *v = NULL;

	if (strcmp(key, "phone") == 0)
		v = l->phone;
	else if (strcmp(key, "score") == 0)
		v = l->score;
	else if (strcmp(key, "type") == 0)
		v = l->type;
	return v ? v : lang_label(&langs[0], key);
}

void
lang_date(
    const struct lang *l, const struct resume_date *d, struct resume_buf *out)
{
	const char *f;

	if (d->present) {
		resume_buf_puts(out, l->now);
		return;
	}
	if (d->year <= 0)
		return;
	if (d->season >= 1 && d->season <= 4)
		f = l->fmt_season;
	else if (d->month >= 1 && d->month <= 12)
		f = l->fmt_month;
	else {
		resume_buf_printf(out, "%d", d->year);
		return;
	}
	for (; *f; f++) {
		if (*f != '%' || f[1] == '\0') {
			resume_buf_putc(out, *f);
			continue;
		}
		switch (*++f) {
		case 'M':
			if (l->month[d->month - 1])
				shown(l->month[d->month - 1], out);
			else
				resume_buf_printf(out, "%d", d->month);
			break;
		case 'm':
			resume_buf_printf(out, "%d", d->month);
			break;
		case '0':
			resume_buf_printf(out, "%02d", d->month);
			break;
		case 'S':
			shown(l->season[d->season - 1], out);
			break;
		case 'Y':
			resume_buf_printf(out, "%d", d->year);
			break;
		default:
			resume_buf_putc(out, *f);
		}
	}
}

void
lang_page(const struct lang *l, int page, int pages, struct resume_buf *out)
{
	resume_buf_printf(out, l->page, page, pages);
}
