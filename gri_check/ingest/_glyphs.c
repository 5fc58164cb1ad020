/* The PDF reader's per-glyph loop, compiled: pdf_extract._words_python in C, glyph for glyph.
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

static PyMethodDef methods[] = {
    {"words", words, METH_VARARGS, "A page's words from its PDFium text page (see pdf_extract._words_python)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_glyphs", "The PDF reader's per-glyph loop, compiled.",
                                    -1, methods};

PyMODINIT_FUNC PyInit__glyphs(void) { return PyModule_Create(&module); }
