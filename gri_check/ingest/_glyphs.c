/* The PDF reader's per-glyph and per-object loops, compiled: pdf_extract._words_python and _collect_rules in C.
 *
 * PDFium gives a glyph's box only one character at a time, so reading a page costs several calls per
 * glyph; through ctypes that loop was half the time of checking a long PDF. This module makes the same
 * calls through the function pointers pypdfium2 has already loaded (no second copy of PDFium, no header
 * files) and applies the same word rules in the same double-precision arithmetic, so both paths give the
 * same words to the last bit. Built when a C compiler is present (setup.py, optional); pdf_extract
 * falls back to the Python loop otherwise.
 *
 * words(textpage, count, functions, ox, oy, width, height) -> list of
 *     (text, x0, x1, top, bottom, size, weight, font name, font flags)
 * of the word's first glyph: weight as PDFium gives it, and where that is <= 0 the font's name (bytes) and
 * flags for pdf_extract to judge by (else b"" and 0).
 * functions: addresses of FPDFText_GetUnicode, _GetLooseCharBox, _IsGenerated, _GetMatrix, _GetFontSize,
 * _GetFontWeight, _GetFontInfo.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct { float left, top, right, bottom; } RectF;
typedef struct { float a, b, c, d, e, f; } MatrixF;

typedef unsigned int (*GetUnicode)(void *, int);
typedef int (*GetBox)(void *, int, RectF *);
typedef int (*IsGenerated)(void *, int);
typedef int (*GetMatrix)(void *, int, MatrixF *);
typedef double (*GetFontSize)(void *, int);
typedef int (*GetFontWeight)(void *, int);
typedef unsigned long (*GetFontInfo)(void *, int, void *, unsigned long, int *);

#define NAME_SIZE 128 /* as pdf_extract._weight_by_name's buffer */

#define WORD_GAP 0.2 /* as pdf_extract._WORD_GAP */

typedef struct {
    Py_UCS4 *chars;
    Py_ssize_t n, cap;
    double x0, x1, top, bottom, size;
    int upright, weight, flags;
    char name[NAME_SIZE];
    Py_ssize_t name_len;
} Word;

static int push_char(Word *w, Py_UCS4 c) {
    if (w->n == w->cap) {
        Py_ssize_t cap = w->cap ? 2 * w->cap : 64;
        Py_UCS4 *grown = PyMem_Realloc(w->chars, (size_t)cap * sizeof(Py_UCS4));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        w->chars = grown;
        w->cap = cap;
    }
    w->chars[w->n++] = c;
    return 0;
}

/* Text outside the crop box (the facing page of a spread, printer's marks) is not on the page. */
static int flush(Word *w, PyObject *out, double width, double height) {
    if (w->n == 0)
        return 0;
    double mx = (w->x0 + w->x1) / 2, my = (w->top + w->bottom) / 2;
    int keep = w->upright && 0 <= mx && mx <= width && 0 <= my && my <= height;
    Py_ssize_t n = w->n;
    w->n = 0;
    if (!keep)
        return 0;
    PyObject *text = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, w->chars, n);
    if (text == NULL)
        return -1;
    PyObject *item = Py_BuildValue("(Ndddddiy#i)", text, w->x0, w->x1, w->top, w->bottom, w->size, w->weight,
                                   w->name, w->name_len, w->flags);
    if (item == NULL)
        return -1;
    int rc = PyList_Append(out, item);
    Py_DECREF(item);
    return rc;
}

static PyObject *words(PyObject *self, PyObject *args) {
    unsigned long long tp_addr;
    int count;
    unsigned long long f_unicode, f_box, f_generated, f_matrix, f_size, f_weight, f_info;
    double ox, oy, width, height;
    if (!PyArg_ParseTuple(args, "Ki(KKKKKKK)dddd", &tp_addr, &count, &f_unicode, &f_box, &f_generated, &f_matrix,
                          &f_size, &f_weight, &f_info, &ox, &oy, &width, &height))
        return NULL;
    if (!tp_addr || !f_unicode || !f_box || !f_generated || !f_matrix || !f_size || !f_weight || !f_info) {
        PyErr_SetString(PyExc_ValueError, "null text page or PDFium function");
        return NULL;
    }
    void *tp = (void *)(uintptr_t)tp_addr;
    GetUnicode get_unicode = (GetUnicode)(uintptr_t)f_unicode;
    GetBox get_box = (GetBox)(uintptr_t)f_box;
    IsGenerated is_generated = (IsGenerated)(uintptr_t)f_generated;
    GetMatrix get_matrix = (GetMatrix)(uintptr_t)f_matrix;
    GetFontSize get_font_size = (GetFontSize)(uintptr_t)f_size;
    GetFontWeight get_font_weight = (GetFontWeight)(uintptr_t)f_weight;
    GetFontInfo get_font_info = (GetFontInfo)(uintptr_t)f_info;

    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Word w = {0};
    RectF rect;
    for (int i = 0; i < count; i++) {
        unsigned int code = get_unicode(tp, i);
        if (code <= 32 || code == 0xA0 || code == 0xFFFE || (0xD800 <= code && code <= 0xDFFF) || code > 0x10FFFF) {
            if (code == 2) {
                code = 0x2D; /* PDFium's mark for a hyphen that ends a line */
            } else if (is_generated(tp, i) == 1) {
                continue; /* PDFium's guessed spaces and breaks: the glyph boxes decide instead */
            } else {
                if (flush(&w, out, width, height) < 0)
                    goto fail;
                continue;
            }
        }
        if (!get_box(tp, i, &rect))
            continue;
        double left = (double)rect.left - ox, right = (double)rect.right - ox;
        double ctop = oy - (double)rect.top, cbottom = oy - (double)rect.bottom;
        if (w.n) {
            double mid = (ctop + cbottom) / 2;
            double tall = w.bottom - w.top > w.size ? w.bottom - w.top : w.size;
            if (left > w.x1 + WORD_GAP * w.size || left < w.x1 - tall || mid < w.top || mid > w.bottom) {
                if (flush(&w, out, width, height) < 0)
                    goto fail;
            }
        }
        if (!w.n) {
            MatrixF m = {0};
            get_matrix(tp, i, &m);
            double a = m.a, b = m.b, c = m.c, d = m.d;
            /* pow, not sqrt: Python's ** 0.5 calls the same libm pow, so the sizes agree to the bit */
            w.size = get_font_size(tp, i) * pow(fabs(a * d - b * c), 0.5);
            w.upright = a > 0 && fabs(b) <= 0.1 * a && fabs(c) <= 0.1 * fabs(d != 0 ? d : 1.0);
            w.x0 = left, w.x1 = right, w.top = ctop, w.bottom = cbottom;
            w.weight = get_font_weight(tp, i), w.flags = 0, w.name_len = 0;
            if (w.weight <= 0) {
                unsigned long n = get_font_info(tp, i, w.name, NAME_SIZE, &w.flags);
                w.name_len = 0 < n && n <= NAME_SIZE ? (Py_ssize_t)strnlen(w.name, NAME_SIZE) : 0;
            }
        } else {
            if (right > w.x1)
                w.x1 = right;
            if (ctop < w.top)
                w.top = ctop;
            if (cbottom > w.bottom)
                w.bottom = cbottom;
        }
        if (push_char(&w, (Py_UCS4)code) < 0)
            goto fail;
    }
    if (flush(&w, out, width, height) < 0)
        goto fail;
    PyMem_Free(w.chars);
    return out;
fail:
    PyMem_Free(w.chars);
    Py_DECREF(out);
    return NULL;
}

/* rules(page, functions, path kind, form kind, max depth) -> list of (x0, x1, y) in PDF coordinates, as
 * pdf_extract._collect_rules finds them: thin horizontal paths, and the top and bottom of stroked, unfilled
 * boxes, with form XObjects followed to max depth. functions: addresses of FPDFPage_CountObjects,
 * FPDFPage_GetObject, FPDFPageObj_GetType, FPDFFormObj_CountObjects, FPDFFormObj_GetObject,
 * FPDFPageObj_GetMatrix, FPDFPageObj_GetBounds, FPDFPath_GetDrawMode, FPDFPath_CountSegments. */
typedef int (*CountObjects)(void *);
typedef void *(*PageGetObject)(void *, int);
typedef void *(*FormGetObject)(void *, unsigned long);
typedef int (*ObjType)(void *);
typedef int (*ObjMatrix)(void *, MatrixF *);
typedef int (*ObjBounds)(void *, float *, float *, float *, float *);
typedef int (*DrawMode)(void *, int *, int *);
typedef int (*CountSegments)(void *);

typedef struct {
    CountObjects page_count, form_count;
    PageGetObject page_get;
    FormGetObject form_get;
    ObjType type;
    ObjMatrix matrix;
    ObjBounds bounds;
    DrawMode draw_mode;
    CountSegments segments;
    int path_kind, form_kind, max_depth;
} RuleApi;

static int add_rule(PyObject *out, double x0, double x1, double y) {
    PyObject *item = Py_BuildValue("(ddd)", x0, x1, y);
    if (item == NULL)
        return -1;
    int rc = PyList_Append(out, item);
    Py_DECREF(item);
    return rc;
}

/* m: a, b, c, d, e, f of the form's matrix composed with its parents' (NULL at the page level). The
 * arithmetic is _compose's and _apply's, term for term, so the rules agree to the bit. */
static int collect_rules(const RuleApi *api, void *parent, int on_page, const double *m, PyObject *out, int depth) {
    int count = on_page ? api->page_count(parent) : api->form_count(parent);
    for (int k = 0; k < count; k++) {
        void *obj = on_page ? api->page_get(parent, k) : api->form_get(parent, (unsigned long)k);
        int kind = api->type(obj);
        if (kind == api->form_kind && depth < api->max_depth) {
            MatrixF f = {0};
            api->matrix(obj, &f);
            double a = f.a, b = f.b, c = f.c, d = f.d, e = f.e, g = f.f, inner[6];
            if (m == NULL) {
                inner[0] = a, inner[1] = b, inner[2] = c, inner[3] = d, inner[4] = e, inner[5] = g;
            } else {
                inner[0] = a * m[0] + b * m[2];
                inner[1] = a * m[1] + b * m[3];
                inner[2] = c * m[0] + d * m[2];
                inner[3] = c * m[1] + d * m[3];
                inner[4] = e * m[0] + g * m[2] + m[4];
                inner[5] = e * m[1] + g * m[3] + m[5];
            }
            if (collect_rules(api, obj, 0, inner, out, depth + 1) < 0)
                return -1;
            continue;
        }
        float l, bt, r, t;
        if (kind != api->path_kind || !api->bounds(obj, &l, &bt, &r, &t))
            continue;
        double x0 = l, y0 = bt, x1 = r, y1 = t;
        if (m != NULL) {
            /* the four corners in _apply's order; a later corner replaces only a strictly smaller (larger) one,
             * as min() and max() keep the first of equals */
            double xs[2] = {x0, x1}, ys[2] = {y0, y1}, lo_x = 0, lo_y = 0, hi_x = 0, hi_y = 0;
            int first = 1;
            for (int i = 0; i < 2; i++)
                for (int j = 0; j < 2; j++) {
                    double px = m[0] * xs[i] + m[2] * ys[j] + m[4];
                    double py = m[1] * xs[i] + m[3] * ys[j] + m[5];
                    if (first || px < lo_x)
                        lo_x = px;
                    if (first || px > hi_x)
                        hi_x = px;
                    if (first || py < lo_y)
                        lo_y = py;
                    if (first || py > hi_y)
                        hi_y = py;
                    first = 0;
                }
            x0 = lo_x, y0 = lo_y, x1 = hi_x, y1 = hi_y;
        }
        if (x1 - x0 < 6)
            continue;
        if (y1 - y0 <= 2.5) {
            if (add_rule(out, x0, x1, (y0 + y1) / 2) < 0)
                return -1;
            continue;
        }
        int fill = 0, stroke = 0;
        /* A stroked, unfilled box is a cell border; a filled one is as often a shaded text line. */
        if (api->draw_mode(obj, &fill, &stroke) && fill == 0 && stroke && api->segments(obj) <= 6) {
            if (add_rule(out, x0, x1, y1) < 0 || add_rule(out, x0, x1, y0) < 0)
                return -1;
        }
    }
    return 0;
}

static PyObject *rules(PyObject *self, PyObject *args) {
    unsigned long long page, f[9];
    RuleApi api;
    if (!PyArg_ParseTuple(args, "K(KKKKKKKKK)iii", &page, &f[0], &f[1], &f[2], &f[3], &f[4], &f[5], &f[6], &f[7],
                          &f[8], &api.path_kind, &api.form_kind, &api.max_depth))
        return NULL;
    for (int i = 0; i < 9; i++)
        if (!f[i])
            page = 0;
    if (!page) {
        PyErr_SetString(PyExc_ValueError, "null page or PDFium function");
        return NULL;
    }
    api.page_count = (CountObjects)(uintptr_t)f[0];
    api.page_get = (PageGetObject)(uintptr_t)f[1];
    api.type = (ObjType)(uintptr_t)f[2];
    api.form_count = (CountObjects)(uintptr_t)f[3];
    api.form_get = (FormGetObject)(uintptr_t)f[4];
    api.matrix = (ObjMatrix)(uintptr_t)f[5];
    api.bounds = (ObjBounds)(uintptr_t)f[6];
    api.draw_mode = (DrawMode)(uintptr_t)f[7];
    api.segments = (CountSegments)(uintptr_t)f[8];
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    if (collect_rules(&api, (void *)(uintptr_t)page, 1, NULL, out, 0) < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"words", words, METH_VARARGS, "A page's words from its PDFium text page (see pdf_extract._words_python)."},
    {"rules", rules, METH_VARARGS, "A page's rules from its PDFium page (see pdf_extract._collect_rules)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_glyphs", "The PDF reader's per-glyph loop, compiled.",
                                    -1, methods};

PyMODINIT_FUNC PyInit__glyphs(void) { return PyModule_Create(&module); }
