"""Hand-established ground truth for the external test corpus (../shared/corpus).

Made by hand on 2026-11-25, independently of gri-check's own reader: every GRI content index page was
rendered with ``pdftoppm -r 80`` (zoomed crops where a cell was ambiguous) and viewed, and read with
``pdftotext -layout`` page by page; the Samsung SDS Markdown was read directly. Row counts were made by
hand page by page and then cross-checked against a plain regex over the page text (no gri-check code was
used). Printed-page offsets were checked on at least two pages of each file.

One entry per corpus file in ``TRUTH``:

- ``index_pages``: physical PDF pages (1-based, inclusive) of the GRI content index section, from its
  title page to its last row (``None`` for the Markdown file and the Macquarie companion).
  ``row_pages``: the pages that carry index rows (differs for moncler and statestreet).
- ``gri_rows``: number of GRI disclosure rows counted by hand; ``gri_rows_note`` says how.
- ``codes``: the canonical codes of those rows in reading order (typo codes corrected, e.g. 1102-2 ->
  102-2); a code repeated under several topics appears once per row.
- ``rows``: hand-checked sample rows. ``code`` as printed ('' if the printed code cell is empty),
  ``canonical``, ``title_start`` (first words of the printed title), ``location`` (the location cell as
  printed: soft-wrapped lines joined with one space, separate references that the cell lists on their own
  lines separated by '\n', long narrative cut after about 8 words and marked '...'), ``page_refs``
  (each cited page token as printed, with the document it belongs to, ``None`` meaning the report
  itself; moncler's 'NFS' is the report itself), ``pages`` (the page_refs expanded to every printed page
  number, ranges inclusive, duplicates dropped, in order of appearance; ``[]`` if no page is cited),
  ``omission`` (the omission text, from the omission column or, where the index has none, the omission
  reason written in the location cell; ``None`` if none), ``pdf_page`` (physical page where the row
  starts) or ``printed_page`` (Markdown), optional ``topic`` (for 3-3/103-x rows) and ``remark``.
- ``printed_offset``: how printed folios relate to physical pages, with the pages checked.
- Extra keys: ``index_printed_pages`` and ``index_lines`` (1-based lines, from the index heading to the
  last row) for the Markdown file; ``printed_pages`` (physical -> printed) and ``section_starts``
  (section heading -> printed page) for the Macquarie companion; ``omission_codes`` for the Macquarie
  index; ``codes_note`` where the canonical codes differ from the printed ones.
- ``notes``: layout quirks a reader must handle.

Text is kept as printed, except that curly apostrophes and quotes are written as ASCII ' and ".
En dashes, accents and other characters are kept. This file is plain data.
"""

TRUTH = {
    'moncler_2023_en.pdf': {
        'index_pages': (196, 206),
        'row_pages': (197, 206),
        'gri_rows': 123,
        'gri_rows_note': (
            'Counted every table row whose Disclosure cell starts with a GRI code (code and title share one '
            "cell, e.g. '2-1 Organisational details'). 3-3 is counted once per material topic (19 topics, 19 "
            'rows). Codes that repeat under two topics are counted per row: 301-1 and 301-2 (Innovation... and '
            'Packaging) and 414-1 and 414-2 (Responsible sourcing and Animal welfare). Not counted: the '
            "'Declaration of use' and 'GRI 1 used' rows, the 'General information' / 'Material topics' / "
            "'Material topic: ...' / 'Additional GRI indicators' band rows. 123 rows, 101 distinct codes. No "
            'row has an empty code cell.'
        ),
        'codes': [
            '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '2-8', '2-9', '2-10', '2-11', '2-12', '2-13',
            '2-14', '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-21', '2-22', '2-23', '2-24', '2-25',
            '2-26', '2-27', '2-28', '2-29', '2-30', '3-1', '3-2', '3-3', '201-1', '201-2', '202-1', '202-2',
            '3-3', '301-1', '301-2', '3-3', '301-1', '301-2', '3-3', '302-1', '302-3', '302-4', '305-1',
            '305-2', '305-3', '305-4', '305-5', '305-6', '305-7', '3-3', '308-1', '308-2', '204-1', '414-1',
            '414-2', '3-3', '303-1', '303-2', '303-3', '303-4', '303-5', '3-3', '304-2', '3-3', '306-1',
            '306-2', '306-3', '306-4', '306-5', '3-3', '401-1', '401-2', '401-3', '3-3', '403-1', '403-2',
            '403-3', '403-4', '403-5', '403-6', '403-7', '403-8', '403-9', '403-10', '3-3', '404-1', '404-3',
            '3-3', '405-1', '405-2', '406-1', '3-3', '413-1', '413-2', '3-3', '414-1', '414-2', '3-3', '416-1',
            '416-2', '3-3', '417-2', '417-3', '3-3', '3-3', '3-3', '418-1', '205-1', '205-2', '205-3', '206-1',
            '207-1', '207-2', '207-3', '207-4', '402-1', '407-1', '415-1',
        ],
        'rows': [
            {
                'code': '2-1',
                'canonical': '2-1',
                'title_start': 'Organisational details',
                'location': 'NFS pp. 17-18; 25; 167-168; 187; 212',
                'page_refs': [[None, '17-18'], [None, '25'], [None, '167-168'], [None, '187'], [None, '212']],
                'pages': [17, 18, 25, 167, 168, 187, 212],
                'omission': None,
                'pdf_page': 197,
            },
            {
                'code': '2-3',
                'canonical': '2-3',
                'title_start': 'Reporting period, frequency and',
                'location': (
                    'NFS pp. 167; 212\nThe qualitative and quantitative data and information contained in the '
                    '2023 Annual Financial Report refer to the period 1 January 2022 - 31 December 2023'
                ),
                'page_refs': [[None, '167'], [None, '212']],
                'pages': [167, 212],
                'omission': None,
                'pdf_page': 197,
                'remark': 'page list followed by a direct-answer sentence in the same cell',
            },
            {
                'code': '2-5',
                'canonical': '2-5',
                'title_start': 'External assurance',
                'location': 'NFS pp. 25; 168; 192-195; 196',
                'page_refs': [[None, '25'], [None, '168'], [None, '192-195'], [None, '196']],
                'pages': [25, 168, 192, 193, 194, 195, 196],
                'omission': None,
                'pdf_page': 197,
                'remark': '192-195 is the assurance statement; 196 is the first page of the index itself',
            },
            {
                'code': '2-6',
                'canonical': '2-6',
                'title_start': 'Activities, value chain and',
                'location': (
                    'NFS pp. 17-18; 21-22; 50-51; 93-95; 109-110; 162\nAR (Paragraphs: Consolidated Statement '
                    'of Cash Flows; Explanatory Notes to the Consolidated Financial Statements - The Group and '
                    'its core business)'
                ),
                'page_refs': [
                    [None, '17-18'], [None, '21-22'], [None, '50-51'], [None, '93-95'], [None, '109-110'],
                    [None, '162'],
                ],
                'pages': [17, 18, 21, 22, 50, 51, 93, 94, 95, 109, 110, 162],
                'omission': None,
                'pdf_page': 197,
                'remark': (
                    'second reference is to another document (AR = Annual Report 2023), by paragraph, no pages'
                ),
            },
            {
                'code': '2-11',
                'canonical': '2-11',
                'title_start': 'Chair of the highest',
                'location': 'NFS pp. 5; 25-27\nCGR (Paragraph: BOARD OF DIRECTORS - 4.7 Delegated Bodies)',
                'page_refs': [[None, '5'], [None, '25-27']],
                'pages': [5, 25, 26, 27],
                'omission': None,
                'pdf_page': 197,
                'remark': (
                    'row breaks across pages: the CGR reference is printed at the top of p. 198 with empty '
                    'code and title cells'
                ),
            },
            {
                'code': '2-15',
                'canonical': '2-15',
                'title_start': 'Conflicts of interest',
                'location': (
                    'CGR (Paragraph: 10. INTERESTS OF DIRECTORS AND RELATED PARTY TRANSACTIONS)\nAR\nCE '
                    '(Paragraphs: Contributions and Sponsorships; Conflicts of Interest)'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 198,
                'remark': (
                    "only other-document references (CGR, AR, CE); '10.' is a paragraph number, not a page"
                ),
            },
            {
                'code': '2-27',
                'canonical': '2-27',
                'title_start': 'Compliance with laws and',
                'location': (
                    'NFS page 183\nThere were no fines or monetary sanctions for non-compliance with '
                    'applicable environmental laws and/or regulations'
                ),
                'page_refs': [[None, '183']],
                'pages': [183],
                'omission': None,
                'pdf_page': 199,
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of material topics',
                'location': 'NFS pp. 19-22; 33-34; 35-37; 38-44; 46; 65; 75-76',
                'page_refs': [
                    [None, '19-22'], [None, '33-34'], [None, '35-37'], [None, '38-44'], [None, '46'],
                    [None, '65'], [None, '75-76'],
                ],
                'pages': [19, 20, 21, 22, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 46, 65, 75, 76],
                'omission': None,
                'pdf_page': 199,
                'topic': 'Economic performance',
            },
            {
                'code': '301-1',
                'canonical': '301-1',
                'title_start': 'Materials used by weight',
                'location': 'NFS pp. 126-132',
                'page_refs': [[None, '126-132']],
                'pages': [126, 127, 128, 129, 130, 131, 132],
                'omission': None,
                'pdf_page': 200,
                'topic': 'Packaging',
                'remark': (
                    'second 301-1 row; the first (topic Innovation, circular economy and "preferred" '
                    'materials) cites NFS pp. 56; 126-132; 179'
                ),
            },
            {
                'code': '305-6',
                'canonical': '305-6',
                'title_start': 'Emissions of ozone-depleting substances',
                'location': (
                    "No refrigerant gas dispersions occurred in the Group's corporate offices, logistics and "
                    'production centres during 2023.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 201,
                'remark': 'direct answer, no page',
            },
            {
                'code': '303-3',
                'canonical': '303-3',
                'title_start': 'Water withdrawal',
                'location': (
                    'NFS pp. 154-155\nThe main source of water supply for the Group is water mains. ...'
                ),
                'page_refs': [[None, '154-155']],
                'pages': [154, 155],
                'omission': None,
                'pdf_page': 201,
                'remark': (
                    "the narrative continues at the top of p. 202 ('reporting period water consumption "
                    "amounted to approximately 71,000 m3') with empty code/title cells"
                ),
            },
            {
                'code': '403-10',
                'canonical': '403-10',
                'title_start': 'Work-related ill health',
                'location': 'No cases of occupational diseases were recorded in 2023',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 203,
            },
            {
                'code': '405-1',
                'canonical': '405-1',
                'title_start': 'Diversity of governance bodies',
                'location': 'NFS pp. 26-27; 63-66; 70-72; 83; 170-175\nRCG',
                'page_refs': [
                    [None, '26-27'], [None, '63-66'], [None, '70-72'], [None, '83'], [None, '170-175'],
                ],
                'pages': [26, 27, 63, 64, 65, 66, 70, 71, 72, 83, 170, 171, 172, 173, 174, 175],
                'omission': None,
                'pdf_page': 203,
                'remark': "'RCG' is printed (the legend on p. 196 defines CGR, not RCG)",
            },
            {
                'code': '413-2',
                'canonical': '413-2',
                'title_start': 'Operations with significant actual',
                'location': 'NFS pp. 77-78; 208',
                'page_refs': [[None, '77-78'], [None, '208']],
                'pages': [77, 78, 208],
                'omission': None,
                'pdf_page': 204,
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of material topics',
                'location': 'NFS pp. 46; 57; 105-107',
                'page_refs': [[None, '46'], [None, '57'], [None, '105-107']],
                'pages': [46, 57, 105, 106, 107],
                'omission': None,
                'pdf_page': 205,
                'topic': 'Traceability',
                'remark': 'topic with a 3-3 row only (also Partnership for sustainable development)',
            },
            {
                'code': '207-4',
                'canonical': '207-4',
                'title_start': 'Country-by-country reporting',
                'location': 'NFS page 187',
                'page_refs': [[None, '187']],
                'pages': [187],
                'omission': None,
                'pdf_page': 205,
            },
            {
                'code': '415-1',
                'canonical': '415-1',
                'title_start': 'Political contributions',
                'location': 'NFS page 51',
                'page_refs': [[None, '51']],
                'pages': [51],
                'omission': None,
                'pdf_page': 206,
                'remark': 'last row of the index',
            },
        ],
        'printed_offset': "printed = physical (checked: PDF p. 197 folio '197', PDF p. 205 folio '205')",
        'notes': (
            "p. 196 carries the 'GRI CONTENT INDEX' heading, an intro and the document legend "
            '(NFS/AR/CE/PRP/CGR/RR) but no rows; the table (\'INDEX OF GRI CONTENT "IN ACCORDANCE"\') runs pp. '
            "197-206; pp. 207-208 are a separate 'IMPACTS OF MATERIAL TOPICS' table (no codes). Four columns: "
            'GRI standards | Disclosure | Location | Omission. The code and the title share the Disclosure '
            'cell. The Omission column is empty in every row (grey for 2-1..2-5). Titles and locations wrap '
            'over many lines; the GRI-standard cell spans several rows (merged). Two rows break across a page '
            '(2-11: 197->198, 303-3: 201->202), leaving a continuation with empty code cell at the top of the '
            "next page. Locations are '<acronym> pp. a-b; c' or 'NFS page N'; NFS = this report, so NFS page "
            "numbers are this file's folios. Some rows are direct answers (305-6, 305-7, 303-1, 303-2, 403-10) "
            "and some mix pages and prose (2-3, 2-27, 303-3, 403-4). Band rows 'Material topic: <name>' "
            "separate the topics; 'Additional GRI indicators' introduces 205-415."
        ),
    },
    'edison_2017_it.pdf': {
        'index_pages': (37, 39),
        'row_pages': (37, 39),
        'gri_rows': 92,
        'gri_rows_note': (
            'Counted every row with a code in the code column: 102-x (26 rows), the G4 sector codes EU2, EU3, '
            'EU17, EU27, OG3, OG6 (6 rows), 103-1/103-2/103-3 as three separate rows for each of the 13 topic '
            "groups (39 rows) and 21 topic-specific 2xx-4xx rows. Not counted: the group header rows 'GRI 205 "
            "Anticorruzione' ... 'GRI 417 Marketing ed etichettatura' and the code-less header 'Accesso "
            "all'energia', nor 'Genaral disclosure'. 92 rows; 56 distinct codes."
        ),
        'codes': [
            '102-1', '102-2', '102-3', '102-5', '102-6', '102-8', '102-9', '102-10', '102-11', 'EU2', 'EU3',
            '102-16', '102-18', '102-26', '102-32', '102-41', '102-42', '102-43', '102-44', '102-46', '102-47',
            '102-48', '102-49', '102-50', '102-53', '102-54', '102-55', '102-56', '103-1', '103-2', '103-3',
            '205-2', '205-3', '103-1', '103-2', '103-3', '302-1', '302-2', '302-5', 'OG3', '103-1', '103-2',
            '103-3', '303-1', '303-3', '103-1', '103-2', '103-3', '304-2', '103-1', '103-2', '103-3', '305-1',
            '305-2', '305-3', '305-4', '305-7', 'OG6', '103-1', '103-2', '103-3', '306-1', '103-1', '103-2',
            '103-3', '401-3', '103-1', '103-2', '103-3', '403-2', 'EU17', '103-1', '103-2', '103-3', '404-1',
            '404-3', '103-1', '103-2', '103-3', '405-1', '405-2', '103-1', '103-2', '103-3', '103-1', '103-2',
            '103-3', '417-3', '103-1', '103-2', '103-3', 'EU27',
        ],
        'rows': [
            {
                'code': '102-1',
                'canonical': '102-1',
                'title_start': "Nome dell'organizzazione",
                'location': 'Copertina',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 37,
                'remark': 'non-numeric location (cover)',
            },
            {
                'code': '102-2',
                'canonical': '102-2',
                'title_start': 'Marchi, prodotti e servizi',
                'location': '6',
                'page_refs': [[None, '6']],
                'pages': [6],
                'omission': None,
                'pdf_page': 37,
            },
            {
                'code': '102-3',
                'canonical': '102-3',
                'title_start': 'Ubicazione sede centrale',
                'location': 'Quarta di copertina',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 37,
                'remark': "non-numeric location (back cover), printed on two lines 'Quarta' / 'di copertina'",
            },
            {
                'code': '102-8',
                'canonical': '102-8',
                'title_start': 'Informazioni sui dipendenti e',
                'location': '23; 26; 28',
                'page_refs': [[None, '23'], [None, '26'], [None, '28']],
                'pages': [23, 26, 28],
                'omission': None,
                'pdf_page': 37,
            },
            {
                'code': 'EU2',
                'canonical': 'EU2',
                'title_start': 'Produzione di energia netta',
                'location': '7',
                'page_refs': [[None, '7']],
                'pages': [7],
                'omission': None,
                'pdf_page': 37,
                'remark': 'GRI-G4 electric-utilities sector code inside the 102 block',
            },
            {
                'code': '102-16',
                'canonical': '102-16',
                'title_start': 'Valori, principi, standard e',
                'location': '9-10;12-13',
                'page_refs': [[None, '9-10'], [None, '12-13']],
                'pages': [9, 10, 12, 13],
                'omission': None,
                'pdf_page': 37,
                'remark': 'no space after the semicolon',
            },
            {
                'code': '102-26',
                'canonical': '102-26',
                'title_start': 'Ruolo del più alto',
                'location': '12',
                'page_refs': [[None, '12']],
                'pages': [12],
                'omission': None,
                'pdf_page': 37,
                'remark': (
                    'two-line title; the code is vertically centred, so text extraction puts it on the second '
                    'line'
                ),
            },
            {
                'code': '102-53',
                'canonical': '102-53',
                'title_start': 'Contatti relativi a richieste',
                'location': 'Quarta di copertina',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 37,
            },
            {
                'code': '102-55',
                'canonical': '102-55',
                'title_start': 'Indice GRI',
                'location': '35-37',
                'page_refs': [[None, '35-37']],
                'pages': [35, 36, 37],
                'omission': None,
                'pdf_page': 37,
                'remark': 'cites the index itself: printed 35-37 = PDF 37-39',
            },
            {
                'code': '102-56',
                'canonical': '102-56',
                'title_start': 'Assurance esterna',
                'location': '38-39',
                'page_refs': [[None, '38-39']],
                'pages': [38, 39],
                'omission': None,
                'pdf_page': 37,
            },
            {
                'code': '103-2',
                'canonical': '103-2',
                'title_start': 'Approccio del management e',
                'location': '6;18',
                'page_refs': [[None, '6'], [None, '18']],
                'pages': [6, 18],
                'omission': None,
                'pdf_page': 38,
                'topic': 'GRI 302 Energia',
            },
            {
                'code': '205-3',
                'canonical': '205-3',
                'title_start': 'Rivieli su corruzioni confermati',
                'location': '15',
                'page_refs': [[None, '15']],
                'pages': [15],
                'omission': None,
                'pdf_page': 38,
                'remark': "'Rivieli' is printed (typo for 'Rilievi')",
            },
            {
                'code': 'OG6',
                'canonical': 'OG6',
                'title_start': 'Emissioni del settore idrocarburi',
                'location': '19',
                'page_refs': [[None, '19']],
                'pages': [19],
                'omission': None,
                'pdf_page': 38,
                'remark': 'GRI-G4 oil-and-gas sector code',
            },
            {
                'code': '103-1',
                'canonical': '103-1',
                'title_start': 'Spiegazione dei temi materiali',
                'location': '16',
                'page_refs': [[None, '16']],
                'pages': [16],
                'omission': None,
                'pdf_page': 39,
                'topic': 'GRI 403 Salute e sicurezza dei lavoratori',
            },
            {
                'code': '403-2',
                'canonical': '403-2',
                'title_start': 'Tipologia di infortuni e',
                'location': '23',
                'page_refs': [[None, '23']],
                'pages': [23],
                'omission': None,
                'pdf_page': 39,
                'remark': 'two-line title',
            },
            {
                'code': 'EU17',
                'canonical': 'EU17',
                'title_start': 'Giorni di lavoro dai',
                'location': '23',
                'page_refs': [[None, '23']],
                'pages': [23],
                'omission': None,
                'pdf_page': 39,
            },
            {
                'code': 'EU27',
                'canonical': 'EU27',
                'title_start': 'Disconnessioni di rete per',
                'location': '30',
                'page_refs': [[None, '30']],
                'pages': [30],
                'omission': None,
                'pdf_page': 39,
                'topic': "Accesso all'energia",
                'remark': "last row; its group header 'Accesso all'energia' has no GRI standard code",
            },
        ],
        'printed_offset': "printed = physical - 2 (checked: PDF p. 37 folio '35', PDF p. 39 folio '37')",
        'notes': (
            "Title 'APPENDICE / TABELLA DI RACCORDO CON IL GRI', subtitle 'General discolosure' (sic), band "
            "'Genaral disclosure' (sic). Three columns: GRI Standard | Disclosure (code + title) | Pagina. On "
            "p. 37 the first column holds section labels (Profilo dell'organizzazione, Etica e integrità, "
            'Governance, Stakeholder engagement, Processo di rendicontazione) and the codes sit in a narrow '
            'column left of the title; on pp. 38-39 the codes are in the first column under bold group rows '
            "'GRI nnn <topic>'. Pages are single numbers, ranges '4-5' and lists with ';' sometimes without "
            "spaces ('9-10;12-13', '6;18'). Two non-numeric locations: 'Copertina' and 'Quarta di copertina' "
            '(the latter wrapped on two lines). Sector codes EU2, EU3, EU17, EU27, OG3, OG6 appear among '
            "GRI-2016 codes. No omission column. Folios alternate sides: '35' bottom right on p. 37, '36 |' "
            'bottom left on p. 38.'
        ),
    },
    'unito_2017_it.pdf': {
        'index_pages': (91, 94),
        'row_pages': (91, 94),
        'gri_rows': 80,
        'gri_rows_note': (
            "Counted every row whose 'Disclosure Number' is a hyphenated code: 102-x (42 rows: 102-1..102-14, "
            '102-16..102-18, 102-20..102-24, 102-32, 102-38..102-56), 103-1/103-2/103-3 as separate rows under '
            'each of the 200, 300 and 400 groups (9 rows), and 29 topic-specific rows. Not counted: the '
            "coloured group rows with bare numbers (100, 101, 102, 200, 201, 203, ..., 417), including '401 "
            "Employment', which carries pages '138, 140' but no disclosure code. The 103-1 rows under 200 and "
            '400 have an empty Page Number cell but are counted. 80 rows, 74 distinct codes.'
        ),
        'codes': [
            '102-1', '102-2', '102-3', '102-4', '102-5', '102-6', '102-7', '102-8', '102-9', '102-10', '102-11',
            '102-12', '102-13', '102-14', '102-16', '102-17', '102-18', '102-20', '102-21', '102-22', '102-23',
            '102-24', '102-32', '102-38', '102-39', '102-40', '102-41', '102-42', '102-43', '102-44', '102-45',
            '102-46', '102-47', '102-48', '102-49', '102-50', '102-51', '102-52', '102-53', '102-54', '102-55',
            '102-56', '103-1', '103-2', '103-3', '201-1', '201-4', '203-1', '203-2', '204-1', '205-2', '103-1',
            '103-2', '103-3', '302-1', '302-3', '303-1', '305-1', '305-2', '305-4', '305-7', '306-1', '306-2',
            '306-4', '308-1', '308-2', '103-1', '103-2', '103-3', '401-1', '401-2', '403-1', '403-2', '404-1',
            '405-1', '405-2', '406-1', '413-1', '413-2', '417-1',
        ],
        'rows': [
            {
                'code': '102-1',
                'canonical': '102-1',
                'title_start': 'Name of the organization',
                'location': '14',
                'page_refs': [[None, '14']],
                'pages': [14],
                'omission': None,
                'pdf_page': 91,
                'remark': "first row; the 'GRI Standard' column holds 'General Disclosures' only here",
            },
            {
                'code': '102-3',
                'canonical': '102-3',
                'title_start': 'Location of headquarters',
                'location': '36, 37',
                'page_refs': [[None, '36'], [None, '37']],
                'pages': [36, 37],
                'omission': None,
                'pdf_page': 91,
            },
            {
                'code': '102-7',
                'canonical': '102-7',
                'title_start': 'Scale of the organization',
                'location': '57, 107, 118, 123, 136',
                'page_refs': [[None, '57'], [None, '107'], [None, '118'], [None, '123'], [None, '136']],
                'pages': [57, 107, 118, 123, 136],
                'omission': None,
                'pdf_page': 91,
            },
            {
                'code': '102-12',
                'canonical': '102-12',
                'title_start': 'External initiatives',
                'location': '15, 17, 61, 97 - 103',
                'page_refs': [[None, '15'], [None, '17'], [None, '61'], [None, '97 - 103']],
                'pages': [15, 17, 61, 97, 98, 99, 100, 101, 102, 103],
                'omission': None,
                'pdf_page': 91,
                'remark': 'ranges printed with spaces around the hyphen',
            },
            {
                'code': '102-20',
                'canonical': '102-20',
                'title_start': 'Executive-level responsibility for economic,',
                'location': '164, 165',
                'page_refs': [[None, '164'], [None, '165']],
                'pages': [164, 165],
                'omission': None,
                'pdf_page': 91,
                'remark': 'title wraps onto a second line',
            },
            {
                'code': '102-32',
                'canonical': '102-32',
                'title_start': "Highest governance body's role",
                'location': '4 - 6, 12, 13',
                'page_refs': [[None, '4 - 6'], [None, '12'], [None, '13']],
                'pages': [4, 5, 6, 12, 13],
                'omission': None,
                'pdf_page': 92,
            },
            {
                'code': '102-38',
                'canonical': '102-38',
                'title_start': 'Annual total compensation ratio',
                'location': 'https://www.unito.it/sites/default/files/allegati/08-07-2014/indennita_carica.pdf',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 92,
                'remark': 'URL location',
            },
            {
                'code': '102-39',
                'canonical': '102-39',
                'title_start': 'Percentage increase in annual',
                'location': (
                    'https://www.unito.it/ricerca/finanziamenti-la-ricerca/ricerca-nazionale-e-regionale/costo-del-personale\n'
                    'https://www.unito.it/sites/default/files/circolare_19_2017.pdf'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 92,
                'remark': (
                    'two URLs, both inside the 102-39 row band on the rendered page; pdftotext -layout '
                    'attaches the first one (costo-del-personale) to the 102-38 line above'
                ),
            },
            {
                'code': '102-45',
                'canonical': '102-45',
                'title_start': 'Entities included in the',
                'location': (
                    'https://unito.prod.cineca.it/ateneo/pianificazione-e-bilanci/bilancio-unico-di-ateneo'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 92,
            },
            {
                'code': '102-55',
                'canonical': '102-55',
                'title_start': 'GRI content index',
                'location': '178 - 185',
                'page_refs': [[None, '178 - 185']],
                'pages': [178, 179, 180, 181, 182, 183, 184, 185],
                'omission': None,
                'pdf_page': 92,
                'remark': 'cites the index itself (printed 178-185 = PDF 91-94)',
            },
            {
                'code': '102-56',
                'canonical': '102-56',
                'title_start': 'External assurance',
                'location': '',
                'page_refs': [],
                'pages': [],
                'omission': 'not applicable',
                'pdf_page': 92,
                'remark': "empty Page Number cell, omission column 'not applicable'",
            },
            {
                'code': '103-1',
                'canonical': '103-1',
                'title_start': 'Explanation of the material',
                'location': '',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 92,
                'topic': '200 Economic Standards',
                'remark': 'empty Page Number cell, no omission',
            },
            {
                'code': '103-2',
                'canonical': '103-2',
                'title_start': 'Economic inclusion: The management',
                'location': '106 -108',
                'page_refs': [[None, '106 -108']],
                'pages': [106, 107, 108],
                'omission': None,
                'pdf_page': 92,
                'topic': '200 Economic Standards',
                'remark': "title prefixed 'Economic inclusion:'; range printed '106 -108'",
            },
            {
                'code': '305-7',
                'canonical': '305-7',
                'title_start': 'Nitrogen oxides (NOX), sulfur',
                'location': '170',
                'page_refs': [[None, '170']],
                'pages': [170],
                'omission': None,
                'pdf_page': 93,
            },
            {
                'code': '103-3',
                'canonical': '103-3',
                'title_start': 'Evaluation of the management',
                'location': '44 - 45, 136',
                'page_refs': [[None, '44 - 45'], [None, '136']],
                'pages': [44, 45, 136],
                'omission': None,
                'pdf_page': 94,
                'topic': '400 Social Standards',
            },
            {
                'code': '403-1',
                'canonical': '403-1',
                'title_start': 'Workers representation in formal',
                'location': 'https://www.unito.it/universita-e-lavoro/tutela-e-assistenza/sicurezza-sul-lavoro',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 94,
            },
            {
                'code': '405-2',
                'canonical': '405-2',
                'title_start': 'Ratio of basic salary and',
                'location': (
                    'https://www.unito.it/ricerca/finanziamenti-la-ricerca/ricerca-nazionale-e-regionale/costo-del-personale'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 94,
            },
            {
                'code': '417-1',
                'canonical': '417-1',
                'title_start': 'Requirements for product and',
                'location': '157, 159',
                'page_refs': [[None, '157'], [None, '159']],
                'pages': [157, 159],
                'omission': None,
                'pdf_page': 94,
                'remark': 'last row',
            },
        ],
        'printed_offset': (
            'each PDF page (from p. 3) is one landscape spread with two folios: printed 2p-4 (left half) and '
            '2p-3 (right half); checked PDF p. 91 = printed 178/179 and PDF p. 94 = printed 184/185'
        ),
        'notes': (
            'The index table spans the full width of each spread (it is not two independent columns): a '
            "printed page citation N lives on PDF page (N+4)//2, e.g. 169 -> p. 86. Heading 'GRI Standards'. "
            'Five columns: GRI Standard | Disclosure Number | Disclosure Title | Page Number | Omission. Group '
            'rows in blue with bare numbers (100 Universal Standards, 200 Economic Standards, 201, 203, ..., '
            "417); the 103-x rows are in italic blue. Group row '401 Employment' carries pages '138, 140'. "
            "Locations: page lists with ', ' and ranges with ' - ' (sometimes '106 -108'), or full URLs "
            "(102-38, 102-39 (two URLs), 102-41, 102-45, 403-1, 405-2). The only omission is 102-56 'not "
            "applicable' (Page Number empty). The two 103-1 rows under 200 and 400 have no page and no "
            'omission. Folios are at the top of the page with running-header text between them, so text '
            "extraction puts '178 ... 179' on the first line."
        ),
    },
    'reply_2019_en.pdf': {
        'index_pages': (45, 49),
        'row_pages': (45, 49),
        'gri_rows': 79,
        'gri_rows_note': (
            'Counted every Disclosure cell that starts with a code: 33 general-disclosure rows (102-1..102-56 '
            "as printed, including the typo codes '1102-2' and '1102-11'), then for each of the 11 material "
            'topics 103-1, 103-2 and 103-3 as three separate rows (33 rows) plus 13 topic-specific rows '
            '(205-2, 205-3, 206-1, 302-1, 305-1, 305-2, 401-2, 403-2, 404-3, 405-1, 414-1, 418-1, 419-1). Not '
            "counted: bands 'General Disclosures', 'Material topics', 'GRI 200 Economic topics', 'GRI 300 "
            "Environmental indicators', 'GRI 400 Social Topics' and the topic bands (Fight against corruption, "
            'Energy, ...). 79 rows, 49 distinct codes.'
        ),
        'codes': [
            '102-1', '102-2', '102-3', '102-4', '102-5', '102-6', '102-7', '102-8', '102-9', '102-10', '102-11',
            '102-12', '102-13', '102-14', '102-16', '102-18', '102-40', '102-41', '102-42', '102-43', '102-44',
            '102-45', '102-46', '102-47', '102-48', '102-49', '102-50', '102-51', '102-52', '102-53', '102-54',
            '102-55', '102-56', '103-1', '103-2', '103-3', '205-2', '205-3', '103-1', '103-2', '103-3', '206-1',
            '103-1', '103-2', '103-3', '302-1', '103-1', '103-2', '103-3', '305-1', '305-2', '103-1', '103-2',
            '103-3', '401-2', '103-1', '103-2', '103-3', '403-2', '103-1', '103-2', '103-3', '404-3', '103-1',
            '103-2', '103-3', '405-1', '103-1', '103-2', '103-3', '414-1', '103-1', '103-2', '103-3', '418-1',
            '103-1', '103-2', '103-3', '419-1',
        ],
        'codes_note': "canonical codes; printed '1102-2' and '1102-11' are listed as 102-2 and 102-11",
        'rows': [
            {
                'code': '102-1',
                'canonical': '102-1',
                'title_start': 'Name of the organisation',
                'location': '48',
                'page_refs': [[None, '48']],
                'pages': [48],
                'omission': None,
                'pdf_page': 45,
                'remark': 'titles carry the reported requirement letters, e.g. \'("a")\'',
            },
            {
                'code': '1102-2',
                'canonical': '102-2',
                'title_start': 'Activities, brands, products, and',
                'location': '8 - 11',
                'page_refs': [[None, '8 - 11']],
                'pages': [8, 9, 10, 11],
                'omission': None,
                'pdf_page': 45,
                'remark': "typo code '1102-2' as printed",
            },
            {
                'code': '102-7',
                'canonical': '102-7',
                'title_start': 'Scale of the organisation',
                'location': '7; 48',
                'page_refs': [[None, '7'], [None, '48']],
                'pages': [7, 48],
                'omission': None,
                'pdf_page': 45,
            },
            {
                'code': '1102-11',
                'canonical': '102-11',
                'title_start': 'Precautionary Principle or approach',
                'location': '14-18; 42-43',
                'page_refs': [[None, '14-18'], [None, '42-43']],
                'pages': [14, 15, 16, 17, 18, 42, 43],
                'omission': None,
                'pdf_page': 45,
                'remark': "typo code '1102-11' as printed",
            },
            {
                'code': '102-12',
                'canonical': '102-12',
                'title_start': 'External initiatives',
                'location': 'None',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 45,
                'remark': "'None' in the PAGE column (direct answer, not an omission)",
            },
            {
                'code': '102-13',
                'canonical': '102-13',
                'title_start': 'Membership of associations',
                'location': 'Anitec-Assinform',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 45,
                'remark': 'direct answer (association name) in the PAGE column',
            },
            {
                'code': '102-51',
                'canonical': '102-51',
                'title_start': 'Date of most recent report',
                'location': (
                    'The previous Consolidated disclosure of non-financial information was published in March '
                    '2019'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 46,
                'remark': 'direct answer in the PAGE column',
            },
            {
                'code': '102-55',
                'canonical': '102-55',
                'title_start': 'GRI Content Index',
                'location': '44 - 48',
                'page_refs': [[None, '44 - 48']],
                'pages': [44, 45, 46, 47, 48],
                'omission': None,
                'pdf_page': 46,
                'remark': 'cites the index itself: printed 44-48 = PDF 45-49',
            },
            {
                'code': '102-56',
                'canonical': '102-56',
                'title_start': 'External assurance',
                'location': '36; 49',
                'page_refs': [[None, '36'], [None, '49']],
                'pages': [36, 49],
                'omission': None,
                'pdf_page': 46,
            },
            {
                'code': '205-2',
                'canonical': '205-2',
                'title_start': 'Communication and training about',
                'location': '21',
                'page_refs': [[None, '21']],
                'pages': [21],
                'omission': 'Points "a"; "c"; "d"; "e" were not reported.',
                'pdf_page': 46,
                'topic': 'Fight against corruption',
                'remark': 'title ends \'( "b")\'',
            },
            {
                'code': '205-3',
                'canonical': '205-3',
                'title_start': 'Confirmed incidents of corruption',
                'location': '21',
                'page_refs': [[None, '21']],
                'pages': [21],
                'omission': 'Points "b"; "c"; "d" were not reported as there were no instances of corruption.',
                'pdf_page': 46,
                'topic': 'Fight against corruption',
            },
            {
                'code': '302-1',
                'canonical': '302-1',
                'title_start': 'Energy consumption within the',
                'location': '32',
                'page_refs': [[None, '32']],
                'pages': [32],
                'omission': 'Points "d" (n/a); "e"; "g" were not reported.',
                'pdf_page': 47,
                'topic': 'Energy',
            },
            {
                'code': '305-2',
                'canonical': '305-2',
                'title_start': 'Energy indirect (Scope 2) GHG',
                'location': '34 - 35; 42',
                'page_refs': [[None, '34 - 35'], [None, '42']],
                'pages': [34, 35, 42],
                'omission': 'Point "c" was not reported.',
                'pdf_page': 47,
                'topic': 'Emissions',
            },
            {
                'code': '403-2',
                'canonical': '403-2',
                'title_start': 'Types and rates of work-related',
                'location': '29 - 30; 42',
                'page_refs': [[None, '29 - 30'], [None, '42']],
                'pages': [29, 30, 42],
                'omission': 'Point "b" was not reported.',
                'pdf_page': 47,
                'topic': 'Occupational health and safety',
                'remark': "2018-style title under a 'GRI 403: Occupational health and safety 2016' label",
            },
            {
                'code': '103-1',
                'canonical': '103-1',
                'title_start': 'Explanation of the material',
                'location': '39 - 43',
                'page_refs': [[None, '39 - 43']],
                'pages': [39, 40, 41, 42, 43],
                'omission': None,
                'pdf_page': 48,
                'topic': 'Supplier social assessment',
                'remark': "the other ten 103-1 rows cite '39 - 42'",
            },
            {
                'code': '418-1',
                'canonical': '418-1',
                'title_start': 'Substantiated complaints concerning breaches',
                'location': '24',
                'page_refs': [[None, '24']],
                'pages': [24],
                'omission': (
                    'Points "a" and "b" were not reported as there were no complaints relating to breaches of '
                    'customer privacy.'
                ),
                'pdf_page': 48,
                'topic': 'Customer Privacy',
            },
            {
                'code': '419-1',
                'canonical': '419-1',
                'title_start': 'Non-compliance with laws and',
                'location': '21',
                'page_refs': [[None, '21']],
                'pages': [21],
                'omission': (
                    'Points "a" and "c" were not reported as there were no financial fines and non-monetary '
                    'sanctions.'
                ),
                'pdf_page': 49,
                'topic': 'Socio-economic compliance',
                'remark': 'last row',
            },
        ],
        'printed_offset': "printed = physical - 1 (checked: PDF p. 45 folio '44', PDF p. 48 folio '47')",
        'notes': (
            "Title 'GRI CONTENT INDEX IN ACCORDANCE CORE'. Four columns: GRI STANDARD | DISCLOSURE (code + "
            'title + requirement letters) | PAGE | OMISSION. The GRI STANDARD cell is merged over many rows '
            "('GRI 102: General Disclosure 2016', 'GRI 103: Management Approach 2016', ...). Titles wrap and "
            'the PAGE/OMISSION text is vertically centred, so in text extraction the page number often sits on '
            "a line between the two title lines. Partial omissions in the OMISSION column ('Point(s) ... "
            "was/were not reported'). Typo codes '1102-2' and '1102-11'. Direct answers in the PAGE column "
            "(102-12 'None', 102-13 'Anitec-Assinform', 102-51 sentence). A rotated side label 'Consolidated "
            "disclosure of non-financial information' on the right margin of pp. 46 and 48 is interleaved with "
            'the rows by text extraction. Page 49 also carries the back-cover corporate data after the last '
            'row.'
        ),
    },
    'cigna_2020_en.pdf': {
        'index_pages': (132, 141),
        'row_pages': (132, 141),
        'gri_rows': 70,
        'gri_rows_note': (
            'Counted every row with an Indicator / GRI Indicators code: 42 GRI 102 rows (pp. 132-135) and 28 '
            "topic rows 201-1..418-1 (pp. 139-141). The 'GRI 103: Topics and Boundaries' matrix (pp. 136-138) "
            'has one row per topic standard (GRI 201 ... GRI 418, 19 rows) with management-approach links and '
            'check marks but no disclosure codes: not counted. Section bands (Organizational Profile, '
            'Strategy, Economic, Social, ...) not counted. 70 rows, 70 distinct codes.'
        ),
        'codes': [
            '102-1', '102-2', '102-3', '102-4', '102-5', '102-6', '102-7', '102-8', '102-9', '102-10', '102-11',
            '102-12', '102-13', '102-14', '102-15', '102-16', '102-17', '102-18', '102-22', '102-23', '102-24',
            '102-25', '102-28', '102-35', '102-36', '102-40', '102-41', '102-42', '102-43', '102-44', '102-45',
            '102-46', '102-47', '102-48', '102-49', '102-50', '102-51', '102-52', '102-53', '102-54', '102-55',
            '102-56', '201-1', '201-2', '203-1', '205-2', '302-1', '302-3', '303-3', '305-1', '305-2', '305-3',
            '305-4', '305-7', '306-4', '307-1', '308-1', '401-1', '401-3', '403-9', '404-1', '404-2', '404-3',
            '405-1', '412-2', '413-1', '414-1', '415-1', '416-1', '418-1',
        ],
        'rows': [
            {
                'code': '102-1',
                'canonical': '102-1',
                'title_start': 'Name of the organization',
                'location': 'Cigna Corporation ("Cigna")',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 132,
                'remark': 'direct answer',
            },
            {
                'code': '102-2',
                'canonical': '102-2',
                'title_start': 'Activities, brands, products, and',
                'location': 'Company Profile\n2020 Form 10-K (pages 1–2) [PDF]',
                'page_refs': [['2020 Form 10-K', '1–2']],
                'pages': [1, 2],
                'omission': None,
                'pdf_page': 132,
                'remark': 'section-name hyperlink plus a page range in another document',
            },
            {
                'code': '102-4',
                'canonical': '102-4',
                'title_start': 'Location of operations',
                'location': '2020 Form 10-K (page 48) [PDF]',
                'page_refs': [['2020 Form 10-K', '48']],
                'pages': [48],
                'omission': None,
                'pdf_page': 132,
            },
            {
                'code': '102-10',
                'canonical': '102-10',
                'title_start': 'Significant changes to the',
                'location': 'Not applicable during the reporting period.',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 133,
                'remark': 'direct answer; there is no omission column',
            },
            {
                'code': '102-14',
                'canonical': '102-14',
                'title_start': 'Statement from the most',
                'location': 'Message from David Cordani',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 133,
                'remark': 'section name only; title wraps over three lines',
            },
            {
                'code': '102-15',
                'canonical': '102-15',
                'title_start': 'Key impacts, risks, and',
                'location': (
                    'Strategy and Key Issues\n2020 Annual Report (pages 1–8) [PDF]\n2020 Form 10-K (pages '
                    '34–52) [PDF]\nCurrent CDP Climate Change Information Request [PDF] (Question C2)'
                ),
                'page_refs': [['2020 Annual Report', '1–8'], ['2020 Form 10-K', '34–52']],
                'pages': [
                    1, 2, 3, 4, 5, 6, 7, 8, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
                    51, 52,
                ],
                'omission': None,
                'pdf_page': 133,
            },
            {
                'code': '102-35',
                'canonical': '102-35',
                'title_start': 'Remuneration policies',
                'location': '2021 Proxy Statement (pages 8 and 38–41) [PDF]',
                'page_refs': [['2021 Proxy Statement', '8'], ['2021 Proxy Statement', '38–41']],
                'pages': [8, 38, 39, 40, 41],
                'omission': None,
                'pdf_page': 134,
            },
            {
                'code': '102-41',
                'canonical': '102-41',
                'title_start': 'Collective bargaining agreements',
                'location': (
                    'At present, we have eight collective bargaining agreements in the United States. ...\n'
                    'Ethics, Integrity and Human Rights'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 134,
                'remark': 'narrative answer followed by a section link',
            },
            {
                'code': '102-55',
                'canonical': '102-55',
                'title_start': 'GRI content index',
                'location': 'GRI Content Index',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 135,
            },
            {
                'code': '201-2',
                'canonical': '201-2',
                'title_start': 'Financial implications and other',
                'location': 'Current CDP Climate Change Information Request [PDF] (Question C2)',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 139,
            },
            {
                'code': '305-1',
                'canonical': '305-1',
                'title_start': 'Direct greenhouse gas (GHG)',
                'location': '2017–2020 Performance Tables\nGHG Emissions Assurance Statement [PDF]',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 139,
                'remark': (
                    "'Assured by third-party verifier' (with a check mark) is printed in the description cell, "
                    "not the location; '2017–2020' is a year range, not pages"
                ),
            },
            {
                'code': '305-3',
                'canonical': '305-3',
                'title_start': 'Energy indirect greenhouse gas',
                'location': '2017–2020 Performance Tables',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 139,
                'remark': (
                    "printed title 'Energy indirect greenhouse gas (GHG) emissions (Scope 3)' (sic; the "
                    "standard title is 'Other indirect (Scope 3) GHG emissions')"
                ),
            },
            {
                'code': '305-7',
                'canonical': '305-7',
                'title_start': 'NOX, SOX, and other',
                'location': 'These emissions are not material to our operations.',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 140,
                'remark': 'direct answer',
            },
            {
                'code': '306-4',
                'canonical': '306-4',
                'title_start': 'Waste diverted from disposal',
                'location': (
                    'Energy, Emissions, Water, and Waste\nThis indicator is partially reported. Please note '
                    'that hazardous waste is not a material stream at Cigna facilities.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 140,
                'remark': 'partial-reporting statement inside the location cell (no omission column)',
            },
            {
                'code': '307-1',
                'canonical': '307-1',
                'title_start': 'Noncompliance with environmental laws',
                'location': 'None during the reporting period.',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 140,
            },
            {
                'code': '405-1',
                'canonical': '405-1',
                'title_start': 'Diversity of governance bodies',
                'location': (
                    '2017–2020 Performance Tables\nDiversity, Equity, and Inclusion\n2021 Proxy Statement '
                    '(page 12) [PDF]'
                ),
                'page_refs': [['2021 Proxy Statement', '12']],
                'pages': [12],
                'omission': None,
                'pdf_page': 140,
            },
            {
                'code': '418-1',
                'canonical': '418-1',
                'title_start': 'Substantiated complaints regarding breaches',
                'location': 'There were no material data breaches in 2020.',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 141,
                'remark': 'last row',
            },
        ],
        'printed_offset': "printed = physical (checked: PDF p. 132 folio '132', PDF p. 141 folio '141')",
        'notes': (
            "Three tables: 'GRI STANDARDS CONTENT INDEX / GRI 102: General Disclosures 2016' (Indicator | "
            "Description | Location, pp. 132-135), 'GRI 103: Topics and Boundaries' (Material Aspects | "
            'Management Approach Disclosures | Material within / outside the organization (check marks) | '
            "Relevance outside the organization, pp. 136-138, no codes) and 'GRI 200-400: Topic-Specific "
            "Disclosures' (Material Aspects | GRI Indicators (code + title) | Location, pp. 139-141). p. 132 "
            "opens with a 'Global Reporting Initiative' intro block. Locations are mostly names of report "
            'sections (blue hyperlinks), one per line, plus outside documents with pages in parentheses '
            "'(pages 1–2) [PDF]' using en dashes; page numbers always belong to another document (Form 10-K, "
            'Annual Report, Proxy Statement, Corporate Governance Guidelines), never to this report. Many '
            "direct answers. '2017–2020 Performance Tables' contains a year range that is not a page range. No "
            'omission column. p. 141 ends with a forward-looking-statements paragraph; p. 142 starts the TCFD '
            'index.'
        ),
    },
    'statestreet_2020_en.pdf': {
        'index_pages': (175, 201),
        'row_pages': (176, 201),
        'gri_rows': 82,
        'gri_rows_note': (
            'Counted every row with a code in the first column: 33 GRI 102 rows, then per material topic the '
            '103-1/103-2/103-3 rows as separate rows (8 topics x 3 = 24) and 25 topic-specific rows. Not '
            "counted: 10 continuation rows labelled '<code> continued' (103-2 on pp. 182, 200, 201; 205-2 on "
            "p. 184; 419-1 on p. 185; 103-1 on pp. 195, 196, 197, 198; 103-3 on p. 199), the 'Non-GRI Topic' "
            "row (p. 200), section headings and 'Disclosure on Management Approach' bands. Counting the "
            'continuation rows too gives 92. 405-1 is counted twice (Inclusion and Diversity, p. 191; Board '
            'Governance, p. 201). 82 rows, 60 distinct codes.'
        ),
        'codes': [
            '102-1', '102-2', '102-3', '102-4', '102-5', '102-6', '102-7', '102-8', '102-9', '102-10', '102-11',
            '102-12', '102-13', '102-14', '102-16', '102-18', '102-40', '102-41', '102-42', '102-43', '102-44',
            '102-45', '102-46', '102-47', '102-48', '102-49', '102-50', '102-51', '102-52', '102-53', '102-54',
            '102-55', '102-56', '103-1', '103-2', '103-3', '205-1', '205-2', '205-3', '206-1', '417-3', '419-1',
            '103-1', '103-2', '103-3', '418-1', '103-1', '103-2', '103-3', '401-1', '401-3', '404-1', '404-2',
            '404-3', '103-1', '103-2', '103-3', '405-1', '405-2', '103-1', '103-2', '103-3', '302-1', '302-2',
            '302-3', '302-4', '305-1', '305-2', '305-3', '305-4', '305-5', '103-1', '103-2', '103-3', '201-2',
            '103-1', '103-2', '103-3', '103-1', '103-2', '103-3', '405-1',
        ],
        'rows': [
            {
                'code': '102-1',
                'canonical': '102-1',
                'title_start': 'Name of the organization',
                'location': 'State Street Corporation',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 176,
            },
            {
                'code': '102-2',
                'canonical': '102-2',
                'title_start': 'Activities, brands, products, and',
                'location': (
                    'We have two lines of business: Investment Servicing and Investment Management: ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 176,
                'remark': "long narrative ending 'See [GRI 102-6] below for additional information.'",
            },
            {
                'code': '102-7',
                'canonical': '102-7',
                'title_start': 'Scale of organization',
                'location': (
                    "See [State Street's 10K] concerning State Street's key financials, and further "
                    "information concerning assets, debt, and shareholders' equity. Please also see [Human "
                    'Capital] and [102-8] concerning staff numbers.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 177,
                'remark': 'cross-references to another document and to another index row',
            },
            {
                'code': '102-9',
                'canonical': '102-9',
                'title_start': 'Supply chain',
                'location': '[Responsible Sourcing: Key Products and Services]',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 178,
                'remark': 'bracketed section link',
            },
            {
                'code': '102-42',
                'canonical': '102-42',
                'title_start': 'Identifying and selecting stakeholders',
                'location': 'As a publicly traded company whose success depends ...',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 179,
                'remark': "narrative contains '[see GRI 102-40]'",
            },
            {
                'code': '102-50',
                'canonical': '102-50',
                'title_start': 'Reporting period',
                'location': 'January 1 to December 31, 2020',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 180,
            },
            {
                'code': '102-55',
                'canonical': '102-55',
                'title_start': 'GRI content index',
                'location': '[GRI Index]',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 180,
            },
            {
                'code': '103-2',
                'canonical': '103-2',
                'title_start': 'The Management Approach and',
                'location': (
                    'State Street is committed to conducting business in a fair and ethical manner. ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 181,
                'topic': 'Risk Excellence and Compliance',
                'remark': "title printed in bold above the narrative; continues on p. 182 as '103-2 continued'",
            },
            {
                'code': '205-2',
                'canonical': '205-2',
                'title_start': 'Communication and training about',
                'location': (
                    '100% of governance body members and employees have had our anti-corruption policies and '
                    'procedures communicated to them. ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 183,
                'remark': "includes a small table; continues on p. 184 as '205-2 continued'",
            },
            {
                'code': '206-1',
                'canonical': '206-1',
                'title_start': 'Legal actions for anti-',
                'location': 'See GRI 419-1.',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 184,
                'remark': 'cross-reference to another index row',
            },
            {
                'code': '419-1',
                'canonical': '419-1',
                'title_start': 'Non-compliance with laws and',
                'location': (
                    'As of December 31, 2020, for those matters for which we have accrued probable loss '
                    'contingencies ...'
                ),
                'page_refs': [['2020 10-K', '167']],
                'pages': [167],
                'omission': None,
                'pdf_page': 184,
                'remark': (
                    "continues on p. 185 as '419-1 continued', which ends 'please see page 167 of our 2020 "
                    "10-K.'"
                ),
            },
            {
                'code': '401-3',
                'canonical': '401-3',
                'title_start': 'Parental Leave',
                'location': (
                    '[Human Capital: Fostering a Healthy Work/Life Balance]\nAll State Street employees are '
                    'eligible for parental leave specific to their country. ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 188,
                'remark': (
                    "ends 'As such, we are unable to report on this indicator.' (de-facto omission inside the "
                    'answer)'
                ),
            },
            {
                'code': '405-1',
                'canonical': '405-1',
                'title_start': 'Diversity of governance bodies',
                'location': '[Human Capital: 2020 Diversity Goals]',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 191,
                'topic': 'Inclusion and Diversity',
                'remark': 'followed by two percentage tables',
            },
            {
                'code': '305-5',
                'canonical': '305-5',
                'title_start': 'Reduction of GHG emissions',
                'location': '[Our Environmental Footprint]',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 193,
                'topic': 'Climate Change',
            },
            {
                'code': '103-2',
                'canonical': '103-2',
                'title_start': 'Evaluation of the Management',
                'location': (
                    "Product Portfolio\nUltimate responsibility for oversight of State Street Global Advisors' "
                    'ESG ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 194,
                'topic': 'Environmental, Social, and Governance (ESG) Products and Services',
                'remark': (
                    "103-2 printed with the 103-3 title 'Evaluation of the Management Approach'; its "
                    "continuation on pp. 195-198 is labelled '103-1 continued'"
                ),
            },
            {
                'code': '201-2',
                'canonical': '201-2',
                'title_start': 'Financial implications and other',
                'location': (
                    'TCFD Report: Risk Management\nState Street Global Advisors: Investing Responsibly: '
                    'Climate Risk Strategies'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 199,
            },
            {
                'code': '405-1',
                'canonical': '405-1',
                'title_start': 'Diversity of governance',
                'location': 'Percent Directors / Female 25% / Male 75%',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 201,
                'topic': 'Board Governance',
                'remark': (
                    "second 405-1 row, under the heading 'Detailed Information on This Non-GRI Topic'; the "
                    'answer is a small table; last row of the index'
                ),
            },
        ],
        'printed_offset': "printed = physical - 2 (checked: PDF p. 176 folio '174', PDF p. 201 folio '199')",
        'notes': (
            "p. 175 is a divider page 'GRI INDEX' (folio 173); rows run pp. 176-201; p. 202 is blank (folio "
            "200). Two parts: 'GENERAL DISCLOSURES / INFORMATION' (code | title | answer) and 'TOPIC-SPECIFIC "
            "DISCLOSURES' grouped by State Street material topic, each with 'Disclosure on Management "
            "Approach' (103-1/2/3 rows where the bold title sits above a narrative that spans the title and "
            "answer columns) and 'GRI Topic-Specific Disclosures: nnn <name>' blocks. Answers are inline "
            "narrative, tables and bracketed section links ('[Materiality]'); almost no page numbers (only "
            "'page 167 of our 2020 10-K' in 419-1). Rows that overflow a page restart with '<code> continued' "
            "in the code column (10 such rows), and one continuation is mislabelled (103-2 -> '103-1 "
            "continued'). Cross-references: 'See GRI 419-1', '[see GRI 102-40]', '[102-8]'. The page folio "
            "(top of the page) and a vertical 'STATE STREET | 2020 ESG REPORT' running head alternate between "
            "the left (even folios) and right (odd folios) margins. 'Non-GRI Topic' row on p. 200. No omission "
            'column.'
        ),
    },
    'bluescope_2023_en.pdf': {
        'index_pages': (27, 31),
        'row_pages': (27, 31),
        'gri_rows': 57,
        'gri_rows_note': (
            'Counted every row with a code in the Disclosure column: 30 GRI 2 rows (2-1..2-30), 3-1, 3-2, and '
            'for each of the 13 material topics one 3-3 row (13 rows) plus 12 topic-specific rows (403-9, '
            '413-1, 301-2, 303-5, 417-1, 201-1, 405-1, 409-1, 305-4, 414-1, 206-1, 307-1). The Biodiversity '
            'topic has only a 3-3 row, and the site table inside that row is not counted. Topic bands '
            '(Organisational profile, Occupational health and safety, ...) not counted. The GRI-code matrix on '
            'p. 5 (102-16, 102-18, 206-1, 201-1, 301-2, 304-1, 307-1, 403-9, 405-1, 409-1, 305-4, 303-5, '
            '414-1, 417-1, 413-1, 201-1) lies outside the index and is not counted. 57 rows, 45 distinct codes.'
        ),
        'codes': [
            '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '2-8', '2-9', '2-10', '2-11', '2-12', '2-13',
            '2-14', '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-21', '2-22', '2-23', '2-24', '2-25',
            '2-26', '2-27', '2-28', '2-29', '2-30', '3-1', '3-2', '3-3', '403-9', '3-3', '413-1', '3-3',
            '301-2', '3-3', '303-5', '3-3', '417-1', '3-3', '201-1', '3-3', '405-1', '3-3', '409-1', '3-3',
            '305-4', '3-3', '414-1', '3-3', '206-1', '3-3', '3-3', '307-1',
        ],
        'rows': [
            {
                'code': '2-1',
                'canonical': '2-1',
                'title_start': 'Organisational details',
                'location': (
                    'FY2023 Sustainability Report > About this Report\nFY2023 Sustainability Report > Inside '
                    'front cover'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 27,
            },
            {
                'code': '2-5',
                'canonical': '2-5',
                'title_start': 'External assurance',
                'location': 'FY2023 Sustainability Data Supplement > Limited Assurance Report',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 27,
                'remark': 'refers to this file (the Data Supplement)',
            },
            {
                'code': '2-8',
                'canonical': '2-8',
                'title_start': 'Workers who are not',
                'location': (
                    'Information unavailable/incomplete.\nBlueScope records contractor hours and injuries as '
                    'part of our safety statistics but not total number of workers who are not employees.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': 'Information unavailable/incomplete.',
                'pdf_page': 27,
                'remark': 'omission reason inside the location cell',
            },
            {
                'code': '2-10',
                'canonical': '2-10',
                'title_start': 'Nomination and selection of',
                'location': (
                    'FY2023 Corporate Governance Statement > Lay solid foundations for management and '
                    'oversight > Director appointment'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 27,
            },
            {
                'code': '2-14',
                'canonical': '2-14',
                'title_start': 'Role of the highest',
                'location': (
                    'FY2023 Corporate Governance Statement > Board and Committees.\nThe Risk and '
                    'Sustainability Committee assists the Board fulfil its responsibilities ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 27,
            },
            {
                'code': '2-19',
                'canonical': '2-19',
                'title_start': 'Remuneration policies',
                'location': (
                    'FY2023 Corporate Governance Statement > Remunerate fairly and responsibly\nAnnual Report '
                    '> Remuneration Report'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 28,
                'remark': "'Annual Report' without 'FY2023' (2-20 has 'FY2023 Annual Report')",
            },
            {
                'code': '2-21',
                'canonical': '2-21',
                'title_start': 'Annual total compensation ratio',
                'location': (
                    'Information unavailable/incomplete.\nMedian salary data is not collected and analysed '
                    'globally due to human resource information system (HRIS) constraints. ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': 'Information unavailable/incomplete.',
                'pdf_page': 28,
            },
            {
                'code': '2-22',
                'canonical': '2-22',
                'title_start': 'Statement on sustainable development',
                'location': 'FY2023 Sustainability Report > A mesage from our Managing Director and CEO',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 28,
                'remark': "'mesage' is printed",
            },
            {
                'code': '2-23',
                'canonical': '2-23',
                'title_start': 'Policy commitments',
                'location': 'See our Code of Conduct, How We Work at bluescope.com',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 28,
            },
            {
                'code': '2-30',
                'canonical': '2-30',
                'title_start': 'Collective bargaining agreements',
                'location': (
                    'We seek to maintain sustainable employee arrangements and respect the right of ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 28,
                'remark': "direct answer ('Approximately 30 per cent of our employees are covered ...')",
            },
            {
                'code': '3-2',
                'canonical': '3-2',
                'title_start': 'List of material topics',
                'location': (
                    'FY2023 Sustainability Report > How we approach sustainability\nFY2023 Sustainabiilty Data '
                    'Supplement > Alignment to sustainability frameworks'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 29,
                'remark': "'Sustainabiilty' is printed",
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of the material',
                'location': 'FY2023 Sustainability Report > Health, safety and environment',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 29,
                'topic': 'Occupational health and safety',
                'remark': 'first of 13 3-3 rows',
            },
            {
                'code': '417-1',
                'canonical': '417-1',
                'title_start': 'Requirements for product and',
                'location': (
                    'FY2023 Sustainability Report > Responsible products\nFY2023 Sustainability Data '
                    "Supplement > BlueScope's product sustainability credentials"
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 29,
                'remark': "the title's last line 'and labeling' is printed below the second location line",
            },
            {
                'code': '409-1',
                'canonical': '409-1',
                'title_start': 'Operations and suppliers at',
                'location': (
                    'All of our operations (around 160 sites) were considered in our global assessment ...\n'
                    'FY2023 Sustainability Report > Social Impact and human rights\nFY2023 Modern Slavery '
                    'Statement, available at bluescope.com'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 30,
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of the material',
                'location': (
                    'A number of our sites are situated in close proximity ...\nFY2023 Sustainability Report > '
                    'Health, safety and environment > Environmental management'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 31,
                'topic': 'Biodiversity',
                'remark': 'followed by an embedded Country | BlueScope site | Area table inside the row',
            },
            {
                'code': '307-1',
                'canonical': '307-1',
                'title_start': 'Non-compliance with environmental laws',
                'location': (
                    'In FY2023 we notified the relevant authorities of 43 incidents resulting in environmental '
                    'non-compliance. ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 31,
                'remark': 'GRI 2016 code in a 2021 index; last row',
            },
        ],
        'printed_offset': "printed = physical (checked: PDF p. 27 folio '27', PDF p. 31 folio '31')",
        'notes': (
            "Section '9. Global Reporting Initiative(GRI) content index' in a Data Supplement; sub-tables "
            "'GRI2: General disclosures' (pp. 27-28) and 'GRI3: Material topics and Topic Standards' (pp. "
            '29-31). Three columns: Disclosure (code) | Description | Location / Response. Locations are '
            "document > section paths ('FY2023 Sustainability Report > Governance > Leadership'), one per "
            "line, never page numbers. Some direct answers and two omissions written as 'Information "
            "unavailable/incomplete.' at the start of the location cell (2-8, 2-21). Topic bands (light blue) "
            "name the material topic. Odd pages have a navigation bar at the top ('Metrics and data tables | "
            "... | SASB content index | ... | GRI content index | ...') and even pages a different one "
            "('Bluescope / Sustainability Data Supplement FY2023 | About the Data Supplement | ...'), so 'GRI "
            "content index' occurs on many non-index pages. Folios alternate bottom left (even) and bottom "
            'right (odd). p. 5 has a separate policy matrix with GRI codes, SASB codes and SDG icons (not the '
            'index).'
        ),
    },
    'macquarie_2023_gri-index_en.pdf': {
        'index_pages': (1, 12),
        'row_pages': (1, 12),
        'gri_rows': 82,
        'gri_rows_note': (
            'Counted every row with a Reference code: 29 GRI 2 rows (2-1..2-30 without 2-8), 3-1, 3-2, 3-3 '
            '(three rows that share one merged location cell), 46 topic rows from 201-1 to 418-1, and 4 G4 '
            "Financial Services sector rows FS7, FS8, FS11, FS14 under 'Additional topics'. 417-3 has no "
            "location text of its own (its cell is merged with 417-2's) but is counted. Not counted: the 'GRI "
            "nnn: ...' band rows and the 'Reference | Requirement | ...' header rows repeated on each page. 82 "
            'rows, 82 distinct codes.'
        ),
        'codes': [
            '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '2-9', '2-10', '2-11', '2-12', '2-13', '2-14',
            '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-21', '2-22', '2-23', '2-24', '2-25', '2-26',
            '2-27', '2-28', '2-29', '2-30', '3-1', '3-2', '3-3', '201-1', '201-2', '205-1', '205-2', '205-3',
            '207-1', '207-2', '207-3', '207-4', '302-1', '302-2', '302-3', '302-4', '302-5', '304-2', '304-3',
            '304-4', '305-1', '305-2', '305-3', '305-4', '305-5', '401-1', '401-2', '403-1', '403-2', '403-3',
            '403-4', '403-5', '403-6', '403-7', '403-8', '403-9', '403-10', '404-1', '404-2', '404-3', '405-1',
            '405-2', '413-1', '413-2', '415-1', '417-1', '417-2', '417-3', '418-1', 'FS7', 'FS8', 'FS11',
            'FS14',
        ],
        'omission_codes': [
            '2-2', '2-7', '2-11', '201-1', '205-2', '207-1', '207-4', '302-5', '304-2', '304-4', '305-3',
            '401-1', '403-8', '403-9', '403-10', '404-1', '405-1', '405-2', '413-1', '413-2', '417-1', 'FS7',
            'FS8', 'FS11', 'FS14',
        ],
        'omission_codes_note': (
            "25 rows whose location cell states one of the GRI omission reasons ('Not applicable', "
            "'Information unavailable / incomplete' or 'Information incomplete', 'Confidentiality "
            "constraints'). Not included: 2-30 (says Macquarie does not report a percentage, no reason "
            "keyword) and 305-1 ('not considered to be material')."
        ),
        'rows': [
            {
                'code': '2-1',
                'canonical': '2-1',
                'title_start': 'Organisation Details',
                'location': (
                    'a. Macquarie Group Limited, Macquarie, MGL\nb. FY23 Annual Report – About Macquarie '
                    '(pages 7- 30) and Additional Investor Information (pages 296-302)\nc. FY23 Annual Report '
                    '– Notes to the financial statements (page 169)\nd. FY23 Annual Report – About Macquarie '
                    '(pages 7-30) and Macquarie website – Office locations'
                ),
                'page_refs': [
                    ['FY23 Annual Report', '7- 30'], ['FY23 Annual Report', '296-302'],
                    ['FY23 Annual Report', '169'], ['FY23 Annual Report', '7-30'],
                ],
                'pages': [
                    7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                    296, 297, 298, 299, 300, 301, 302, 169,
                ],
                'omission': None,
                'pdf_page': 1,
                'remark': (
                    "'pages 7- 30' printed with a space; none of these pages is in the companion extract "
                    '(48-71)'
                ),
            },
            {
                'code': '2-2',
                'canonical': '2-2',
                'title_start': 'Entities included in the',
                'location': (
                    'a. FY23 Annual Report – Notes to the financial statements (pages 187-188) and FY23 Basis '
                    'of Preparation for ESG Reporting\nb. and c. Not applicable: no difference in approach '
                    "between the list of entities included in Macquarie's financial reporting and "
                    'sustainability reporting.'
                ),
                'page_refs': [['FY23 Annual Report', '187-188']],
                'pages': [187, 188],
                'omission': (
                    'b. and c. Not applicable: no difference in approach between the list of entities included '
                    "in Macquarie's financial reporting and sustainability reporting."
                ),
                'pdf_page': 1,
            },
            {
                'code': '2-6',
                'canonical': '2-6',
                'title_start': 'Activities, value chain and',
                'location': (
                    'a. FY23 Annual Report – About Macquarie (pages 18-30)\nb., c. and d. FY23 Annual Report – '
                    'About Macquarie (pages 18-30), Sustainability in our own business operations (pages '
                    '62-64) and Macquarie website – Supplier Portal'
                ),
                'page_refs': [
                    ['FY23 Annual Report', '18-30'], ['FY23 Annual Report', '18-30'],
                    ['FY23 Annual Report', '62-64'],
                ],
                'pages': [18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 62, 63, 64],
                'omission': None,
                'pdf_page': 2,
                'remark': (
                    "62-64 resolves into the companion (PDF pp. 15-17, 'Sustainability in our own business "
                    "operations' starts on printed 62)"
                ),
            },
            {
                'code': '2-7',
                'canonical': '2-7',
                'title_start': 'Employees',
                'location': (
                    'a. - e. Information unavailable / incomplete: Not all of this data is currently available '
                    'in the format requested. ...\n- FY23 ESG Dataset and FY23 Diversity, Equity and Inclusion '
                    'Report'
                ),
                'page_refs': [],
                'pages': [],
                'omission': (
                    'a. - e. Information unavailable / incomplete: Not all of this data is currently available '
                    'in the format requested.'
                ),
                'pdf_page': 2,
                'remark': '2-8 is absent from the index (2-7 is followed by 2-9)',
            },
            {
                'code': '2-11',
                'canonical': '2-11',
                'title_start': 'Chair of the highest',
                'location': (
                    "a. and b. Not applicable as the Chair of Macquarie's Board is not a senior executive. See "
                    'MGL Board Charter – Conflicts of interest for further information.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': (
                    "a. and b. Not applicable as the Chair of Macquarie's Board is not a senior executive."
                ),
                'pdf_page': 2,
            },
            {
                'code': '2-13',
                'canonical': '2-13',
                'title_start': 'Delegation of responsibility for',
                'location': (
                    'a. and b. FY23 Annual Report – ESG governance (pages 48-49), Environmental and social '
                    'risk management (page 52) and Net Zero and Climate Risk Report – Governance (pages 47-50)'
                ),
                'page_refs': [
                    ['FY23 Annual Report', '48-49'], ['FY23 Annual Report', '52'],
                    ['Net Zero and Climate Risk Report', '47-50'],
                ],
                'pages': [48, 49, 52, 47, 50],
                'omission': None,
                'pdf_page': 2,
                'remark': '48-49 and 52 are in the companion; 47-50 belongs to a different document',
            },
            {
                'code': '2-14',
                'canonical': '2-14',
                'title_start': 'Role of the highest',
                'location': (
                    "a. The Board is responsible for approving Macquarie's ESG framework including major ESG "
                    'policies. ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 2,
                'remark': "direct answer; in text extraction the title's first line is separated from the rest",
            },
            {
                'code': '3-2',
                'canonical': '3-2',
                'title_start': 'List of material topics',
                'location': (
                    'FY23 Annual Report – Environmental, Social and Governance Report, process for determining '
                    'our ESG focus areas (page 50) and Macquarie website – ESG focus and stakeholder '
                    'engagement\nThe references above seek to cover all materiality disclosures.'
                ),
                'page_refs': [['FY23 Annual Report', '50']],
                'pages': [50],
                'omission': None,
                'pdf_page': 4,
                'remark': (
                    'one location cell is merged over the 3-1, 3-2 and 3-3 rows (same text for all three)'
                ),
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of material topics',
                'location': (
                    'FY23 Annual Report – Environmental, Social and Governance Report, process for determining '
                    'our ESG focus areas (page 50) and Macquarie website – ESG focus and stakeholder '
                    'engagement\nThe references above seek to cover all materiality disclosures.'
                ),
                'page_refs': [['FY23 Annual Report', '50']],
                'pages': [50],
                'omission': None,
                'pdf_page': 4,
                'remark': 'shares the merged cell of 3-1',
            },
            {
                'code': '201-1',
                'canonical': '201-1',
                'title_start': 'Direct economic value generated',
                'location': (
                    'a. FY23 Annual Report – Financial Statements (pages 153-154) and Macquarie Group '
                    'Foundation (page 72-75).\nb. Information unavailable / incomplete: This data is not '
                    'currently available in the format requested, given the range of jurisdictions that '
                    'Macquarie operates in. ...\n- FY23 Management Discussion and Analysis – International '
                    'income (page 40)'
                ),
                'page_refs': [
                    ['FY23 Annual Report', '153-154'], ['FY23 Annual Report', '72-75'],
                    ['FY23 Management Discussion and Analysis', '40'],
                ],
                'pages': [153, 154, 72, 73, 74, 75, 40],
                'omission': (
                    'b. Information unavailable / incomplete: This data is not currently available in the '
                    'format requested, given the range of jurisdictions that Macquarie operates in.'
                ),
                'pdf_page': 4,
                'remark': "'(page 72-75)' printed singular; 72-75 lies just outside the companion (48-71)",
            },
            {
                'code': '207-4',
                'canonical': '207-4',
                'title_start': 'Country-by-country reporting',
                'location': (
                    'Confidentiality constraints: a comprehensive country by country report is filed in '
                    'Australia to the ATO, however public reporting of this information is expected to be '
                    'mandatory in various jurisdictions around the world, including Australia, in coming years.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': (
                    'Confidentiality constraints: a comprehensive country by country report is filed in '
                    'Australia to the ATO, however public reporting of this information is expected to be '
                    'mandatory in various jurisdictions around the world, including Australia, in coming years.'
                ),
                'pdf_page': 6,
                'remark': 'the only confidentiality omission; no location besides the reason',
            },
            {
                'code': '302-1',
                'canonical': '302-1',
                'title_start': 'Energy consumption within the',
                'location': (
                    'a. – g. FY23 Annual Report – Sustainability in our own business operations (pages 62-64), '
                    'FY23 ESG Dataset, FY23 Basis of Preparation for ESG Reporting and Net Zero and Climate '
                    'Risk Report. Further, Macquarie is committed to ...'
                ),
                'page_refs': [['FY23 Annual Report', '62-64']],
                'pages': [62, 63, 64],
                'omission': None,
                'pdf_page': 6,
            },
            {
                'code': '304-3',
                'canonical': '304-3',
                'title_start': 'Habitats protected or restored',
                'location': (
                    'MAM 2021 Sustainability Report – Biodiversity and ecosystems.\nMacquarie Asset Management '
                    "(MAM)'s Head of Agriculture and Natural Assets, ..."
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 7,
            },
            {
                'code': '305-1',
                'canonical': '305-1',
                'title_start': 'Direct (Scope 1) GHG emissions',
                'location': (
                    'Scope 1 emissions are not considered to be material at 411 tCO2e.\nFY23 Annual Report – '
                    'Sustainability in our own business operations (pages 62-64), FY23 ESG Dataset, FY23 Basis '
                    'of Preparation for ESG Reporting and Net Zero and Climate Risk Report.'
                ),
                'page_refs': [['FY23 Annual Report', '62-64']],
                'pages': [62, 63, 64],
                'omission': None,
                'pdf_page': 7,
            },
            {
                'code': '403-4',
                'canonical': '403-4',
                'title_start': 'Worker participation, consultation, and',
                'location': 'A. and b. FY23 Annual Report – Work Health and Safety (page 53)',
                'page_refs': [['FY23 Annual Report', '53']],
                'pages': [53],
                'omission': None,
                'pdf_page': 9,
                'remark': "'A.' capitalised as printed",
            },
            {
                'code': '405-1',
                'canonical': '405-1',
                'title_start': 'Diversity of governance bodies',
                'location': (
                    "a. FY23 Annual Report – Directors' experience and special responsibilities (pages 92-96), "
                    'FY23 Diversity, Equity and Inclusion Report and FY23 ESG Dataset\nb. Information '
                    'incomplete: We will continue to assess the feasibility and, if relevant, enhance this '
                    'disclosure in coming years.'
                ),
                'page_refs': [['FY23 Annual Report', '92-96']],
                'pages': [92, 93, 94, 95, 96],
                'omission': (
                    'b. Information incomplete: We will continue to assess the feasibility and, if relevant, '
                    'enhance this disclosure in coming years.'
                ),
                'pdf_page': 10,
            },
            {
                'code': '417-3',
                'canonical': '417-3',
                'title_start': 'Incidents of non-compliance concerning',
                'location': (
                    'Macquarie is not aware of any material incidents of non-compliance concerning product and '
                    'service information and labelling or marketing communications in the year ended 31 March '
                    '2023.'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 11,
                'remark': (
                    "the location cell is merged with 417-2's; text extraction leaves 417-3 with an empty "
                    'location'
                ),
            },
            {
                'code': '418-1',
                'canonical': '418-1',
                'title_start': 'Substantiated complaints concerning breaches',
                'location': 'a. – c. FY23 Annual Report –Business conduct and ethics (pages 70-71)',
                'page_refs': [['FY23 Annual Report', '70-71']],
                'pages': [70, 71],
                'omission': None,
                'pdf_page': 11,
                'remark': 'resolves into the companion (PDF pp. 23-24)',
            },
            {
                'code': 'FS14',
                'canonical': 'FS14',
                'title_start': 'Initiatives to improve access',
                'location': (
                    'Information unavailable / incomplete: The availability of data and relevance of this '
                    'topic to the organisation will be further investigated in the coming years, ...\n- FY23 '
                    'Annual Report – Client and customer experience (pages 66-67)'
                ),
                'page_refs': [['FY23 Annual Report', '66-67']],
                'pages': [66, 67],
                'omission': (
                    'Information unavailable / incomplete: The availability of data and relevance of this '
                    'topic to the organisation will be further investigated in the coming years, including in '
                    'light of the broader sustainability reporting landscape and evolving standards '
                    'requirements.'
                ),
                'pdf_page': 12,
                'remark': 'G4 Financial Services sector code; last row',
            },
        ],
        'printed_offset': "printed = physical (checked: PDF p. 4 folio '4', PDF p. 11 folio '11')",
        'notes': (
            "Stand-alone index (whole file). p. 1 opens with the statement of use ('reported in accordance "
            "with the GRI Standards for the period from 1 April 2022 to 31 March 2023'). Three columns: "
            'Reference | Requirement | GRI general disclosures / GRI topic disclosures; the header row repeats '
            "under each 'GRI nnn: <standard> <year>' band. Location cells are long, list requirement letters "
            "('a.', 'b. and c.', 'a. – e.', once 'A. and b.') and mix document names ('FY23 Annual Report – "
            "<section> (pages a-b)', 'Net Zero and Climate Risk Report', 'FY23 ESG Dataset', 'Macquarie "
            "website – ...') with omission reasons in the same cell (no omission column). Page refs are "
            'printed pages of other documents, mostly the FY23 Annual Report, whose ESG section (printed '
            '48-71) is the companion file. Merged location cells: 3-1/3-2/3-3 and 417-2/417-3. Rows break '
            "across pages (207-1: 5->6, 305-3: 7->8, FS8: 11->12). 2-8 is missing. Folio 'Macquarie Group "
            "Limited  N' at the bottom of each page."
        ),
    },
    'macquarie_2023_esg-section_en.pdf': {
        'index_pages': None,
        'row_pages': None,
        'gri_rows': 0,
        'gri_rows_note': 'No GRI content index: this is the Annual Report ESG section that the index cites.',
        'rows': [],
        'printed_pages': {
            1: 48, 2: 49, 3: 50, 4: 51, 5: 52, 6: 53, 7: 54, 8: 55, 9: 56, 10: 57, 11: 58, 12: 59, 13: 60,
            14: 61, 15: 62, 16: 63, 17: 64, 18: 65, 19: 66, 20: 67, 21: 68, 22: 69, 23: 70, 24: 71,
        },
        'section_starts': {
            'ESG approach': 48,
            'Environmental and social risk management': 52,
            'Climate change': 54,
            'Environmental and social financing': 58,
            'Sustainability in our own business operations': 62,
            'Client and customer experience': 66,
            'People and workplace': 68,
            'Business conduct and ethics': 70,
        },
        'printed_offset': (
            'printed = physical + 47 (PDF p. 1 = printed 48, PDF p. 24 = printed 71); checked on the rendered '
            'pages 1, 5, 7, 23 and 24 and in the text of all 24 pages'
        ),
        'notes': (
            'Even printed pages (odd PDF pages) carry the folio bottom left below footnotes and the heading '
            "'Environmental, social and governance / Continued' at the top; odd printed pages carry the folio "
            "bottom right next to 'Macquarie Group Limited and its subsidiaries 2023 Annual Report' and a top "
            "navigation bar (About | Governance | Directors' Report | Financial Report | Further Information). "
            'Text extraction also finds stray numbers that are not folios: chart values on PDF pp. 5 and 7 '
            "(e.g. 87, 95, 80), a '61' disclosures figure on p. 23, and cross-references 'Page 52', 'Page 54', "
            "'Page 58', 'Page 62' in the ESG-focus-areas graphic on p. 1."
        ),
    },
    'origin_2023_gri-index_en.pdf': {
        'index_pages': (1, 6),
        'row_pages': (1, 6),
        'gri_rows': 82,
        'gri_rows_note': (
            'Counted every row whose Disclosure cell starts with a code: 28 GRI 2 rows (2-1..2-30 without 2-8 '
            'and 2-21), 3-1, 3-2, 3-3 (one 3-3 row for the whole index), and 51 topic rows 201-1..418-1. Not '
            "counted: the 'Statement of use' and 'GRI 1 used' rows, the 'Origin material topic: ...' labels in "
            "the GRI STANDARD column, and the closing 'Document links' block on p. 6. 82 rows, 82 distinct "
            'codes.'
        ),
        'codes': [
            '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '2-9', '2-10', '2-11', '2-12', '2-13', '2-14',
            '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-22', '2-23', '2-24', '2-25', '2-26', '2-27',
            '2-28', '2-29', '2-30', '3-1', '3-2', '3-3', '201-1', '201-2', '203-1', '203-2', '204-1', '205-2',
            '205-3', '207-1', '207-2', '207-3', '303-1', '303-2', '303-3', '303-4', '303-5', '304-2', '304-3',
            '305-1', '305-2', '305-3', '305-4', '305-5', '305-7', '306-1', '306-2', '306-3', '306-4', '306-5',
            '308-2', '401-1', '401-3', '403-1', '403-2', '403-3', '403-4', '403-5', '403-6', '403-7', '403-8',
            '403-9', '404-1', '404-2', '404-3', '405-1', '405-2', '409-1', '413-1', '413-2', '414-2', '415-1',
            '418-1',
        ],
        'rows': [
            {
                'code': '2-1',
                'canonical': '2-1',
                'title_start': 'Organizational details',
                'location': (
                    'Origin Energy Limited\n2023 Annual Report > Share and Shareholder Information – pgs '
                    '148-150\nLevel 32, Tower 1, 100 Barangaroo Avenue, Barangaroo, NSW 2000 Australia\n2023 '
                    'Sustainability Report > Where we operate – pg 8'
                ),
                'page_refs': [['2023 Annual Report', '148-150'], ['2023 Sustainability Report', '8']],
                'pages': [148, 149, 150, 8],
                'omission': None,
                'pdf_page': 1,
                'remark': 'direct answers (name, address on three lines) mixed with document references',
            },
            {
                'code': '2-2',
                'canonical': '2-2',
                'title_start': 'Entities included in the',
                'location': (
                    '2023 Sustainability Report > About our reporting – pg 51\n2023 Annual Report > Financial '
                    'statements > Group structure – pgs 127-130'
                ),
                'page_refs': [['2023 Sustainability Report', '51'], ['2023 Annual Report', '127-130']],
                'pages': [51, 127, 128, 129, 130],
                'omission': None,
                'pdf_page': 1,
                'remark': "the range wraps: 'pgs 127-' / '130'",
            },
            {
                'code': '2-4',
                'canonical': '2-4',
                'title_start': 'Restatements of information',
                'location': 'FY2023 Sustainability Performance data > GHG emissions – pg X',
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 1,
                'remark': "unfilled placeholder 'pg X'",
            },
            {
                'code': '2-5',
                'canonical': '2-5',
                'title_start': 'External assurance',
                'location': (
                    "2023 Sustainability Report > Origin's 2023 corporate reporting – pg 51\n2023 "
                    'Sustainability Report > EY Assurance statement – pg 49'
                ),
                'page_refs': [['2023 Sustainability Report', '51'], ['2023 Sustainability Report', '49']],
                'pages': [51, 49],
                'omission': None,
                'pdf_page': 1,
            },
            {
                'code': '2-15',
                'canonical': '2-15',
                'title_start': 'Conflicts of interest',
                'location': (
                    '2023 Annual Report > Financial statements – pgs 57, 73\nCorporate Governance Statement – '
                    'pg 6'
                ),
                'page_refs': [
                    ['2023 Annual Report', '57'], ['2023 Annual Report', '73'],
                    ['Corporate Governance Statement', '6'],
                ],
                'pages': [57, 73, 6],
                'omission': None,
                'pdf_page': 1,
            },
            {
                'code': '2-22',
                'canonical': '2-22',
                'title_start': 'Statement on sustainable development',
                'location': (
                    '2023 Sustainability Report > A message from the Chief Executive Officer – pgs 3-4\n2023 '
                    'Annual Report > A message from Scott and Frank – pg 2'
                ),
                'page_refs': [['2023 Sustainability Report', '3-4'], ['2023 Annual Report', '2']],
                'pages': [3, 4, 2],
                'omission': None,
                'pdf_page': 2,
                'remark': "'– pgs 3-4' wraps onto its own line",
            },
            {
                'code': '2-23',
                'canonical': '2-23',
                'title_start': 'Policy commitments',
                'location': (
                    'Corporate Governance Statement – pg 2\nIndustry Associations Review 2023\nGovernance & '
                    'policies - originenergy.com.au/about/investors-media/governance/\nCode of conduct\n'
                    'Whistleblower Policy\nHuman Rights Policy\nHSE Policy\nPrivacy\nD&I Policy\nDealing in '
                    'securities\nRisk management\nAnti-bribery and corruption\nHardship policies - '
                    'originenergy.com.au/billing-payments/financial-support/\nOur Supplier Code\nCommunities '
                    'management approach – pgs 1-3\nCustomers management approach – pgs 2-3\nPeople and '
                    'culture management approach – pgs 1-5\nProcurement management approach – pgs 1-2\n'
                    'Environment management approach – pg 1\nSafety, health and wellbeing management approach '
                    '– pgs 1-3'
                ),
                'page_refs': [
                    ['Corporate Governance Statement', '2'], ['Communities management approach', '1-3'],
                    ['Customers management approach', '2-3'], ['People and culture management approach', '1-5'],
                    ['Procurement management approach', '1-2'], ['Environment management approach', '1'],
                    ['Safety, health and wellbeing management approach', '1-3'],
                ],
                'pages': [2, 1, 3, 4, 5],
                'omission': None,
                'pdf_page': 2,
                'remark': "20 location lines; the first URL wraps after 'investors-'",
            },
            {
                'code': '2-30',
                'canonical': '2-30',
                'title_start': 'Collective bargaining agreements',
                'location': (
                    'People and culture management approach – pg 5\nFY2023 Sustainability Performance data – '
                    'pg 18'
                ),
                'page_refs': [
                    ['People and culture management approach', '5'],
                    ['FY2023 Sustainability Performance data', '18'],
                ],
                'pages': [5, 18],
                'omission': None,
                'pdf_page': 2,
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of material topics',
                'location': (
                    '2023 Sustainability Report\nCustomers management approach covers management of the '
                    'following material topics: ...'
                ),
                'page_refs': [],
                'pages': [],
                'omission': None,
                'pdf_page': 3,
                'remark': 'single 3-3 row whose cell lists six documents and the material topics each covers',
            },
            {
                'code': '203-2',
                'canonical': '203-2',
                'title_start': 'Significant indirect economic impacts',
                'location': (
                    '2023 Sustainability Report > Responsible procurement – pg 21\n2023 Sustainability Report '
                    '> Working with communities – pg 18\nFY2023 Sustainability Performance data – pg 1'
                ),
                'page_refs': [
                    ['2023 Sustainability Report', '21'], ['2023 Sustainability Report', '18'],
                    ['FY2023 Sustainability Performance data', '1'],
                ],
                'pages': [21, 18, 1],
                'omission': None,
                'pdf_page': 3,
            },
            {
                'code': '305-3',
                'canonical': '305-3',
                'title_start': 'Other indirect (Scope 3)',
                'location': (
                    '2023 Sustainability Report > Emissions reduction targets – pg 25\n2023 Sustainability '
                    'Report > Greenhouse gas emissions – pgs 34\nFY2023 Sustainability Performance data – pg 13'
                ),
                'page_refs': [
                    ['2023 Sustainability Report', '25'], ['2023 Sustainability Report', '34'],
                    ['FY2023 Sustainability Performance data', '13'],
                ],
                'pages': [25, 34, 13],
                'omission': None,
                'pdf_page': 4,
                'remark': "'pgs 34' (plural with a single page)",
            },
            {
                'code': '306-1',
                'canonical': '306-1',
                'title_start': 'Waste generation and significant',
                'location': (
                    '2023 Sustainability Report > Waste - pg 36\nFY2023 Sustainability Performance data – pg 15'
                ),
                'page_refs': [
                    ['2023 Sustainability Report', '36'], ['FY2023 Sustainability Performance data', '15'],
                ],
                'pages': [36, 15],
                'omission': None,
                'pdf_page': 4,
                'remark': "extra spaces before '- pg 36' and a hyphen instead of an en dash",
            },
            {
                'code': '403-1',
                'canonical': '403-1',
                'title_start': 'Occupational health and safety',
                'location': (
                    'Environmental management approach – pg 1\nSafety, health and wellbeing management '
                    'approach – pg 1-2'
                ),
                'page_refs': [
                    ['Environmental management approach', '1'],
                    ['Safety, health and wellbeing management approach', '1-2'],
                ],
                'pages': [1, 2],
                'omission': None,
                'pdf_page': 5,
                'remark': (
                    "'Environmental' (elsewhere 'Environment management approach'); 'pg 1-2' singular with a "
                    'range'
                ),
            },
            {
                'code': '403-5',
                'canonical': '403-5',
                'title_start': 'Worker training on occupational',
                'location': (
                    '2023 Sustainability Report - pgs 39, 41\nSafety, health and wellbeing management approach '
                    '– pg 2-3'
                ),
                'page_refs': [
                    ['2023 Sustainability Report', '39'], ['2023 Sustainability Report', '41'],
                    ['Safety, health and wellbeing management approach', '2-3'],
                ],
                'pages': [39, 41, 2, 3],
                'omission': None,
                'pdf_page': 5,
            },
            {
                'code': '409-1',
                'canonical': '409-1',
                'title_start': 'Operations and suppliers at',
                'location': (
                    '2023 Sustainability Report > Responsible procurement - pg 21\nProcurement management '
                    'approach – pgs 1-2\n2023 Modern Slavery statement – pgs 2-24'
                ),
                'page_refs': [
                    ['2023 Sustainability Report', '21'], ['Procurement management approach', '1-2'],
                    ['2023 Modern Slavery statement', '2-24'],
                ],
                'pages': [
                    21, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24,
                ],
                'omission': None,
                'pdf_page': 5,
            },
            {
                'code': '418-1',
                'canonical': '418-1',
                'title_start': 'Substantiated complaints concerning breaches',
                'location': (
                    '2023 Sustainability Report > Privacy and cyber security - pg 12\nFY2023 Sustainability '
                    'Performance data – pg 7\nCustomer management approach – pg 2'
                ),
                'page_refs': [
                    ['2023 Sustainability Report', '12'], ['FY2023 Sustainability Performance data', '7'],
                    ['Customer management approach', '2'],
                ],
                'pages': [12, 7, 2],
                'omission': None,
                'pdf_page': 6,
                'remark': 'last row',
            },
        ],
        'printed_offset': "printed = physical (checked: PDF p. 1 folio '1', PDF p. 4 folio '4')",
        'notes': (
            "Stand-alone index (whole file) with a 'with reference to the GRI Standards' statement of use on "
            "p. 1. Three columns: GRI STANDARD (orange, merged over the rows of a standard, holding e.g. 'GRI "
            "305: Emissions 2016' and below it 'Origin material topic: <topics>') | DISCLOSURE (code + title) "
            "| LOCATION. Every location cites other documents, one per line, as 'Doc > Section – pg N' / 'pgs "
            "a-b' / 'pgs a, b' (en dash or hyphen before 'pg'; 'pg' with ranges and 'pgs' with a single page "
            "both occur). None of the cited pages belongs to this file. 2-4 holds the unfilled placeholder 'pg "
            "X'. Some locations wrap mid-range ('pgs 127-' / '130'). The left-column labels are set in a "
            'different x-position so text extraction interleaves them with title lines. p. 6 ends with a '
            "'Document links' list (no codes) containing the artefact '</SA'. 2-8 and 2-21 are not listed."
        ),
    },
    'samsung-sds_2024_en.md': {
        'index_pages': None,
        'index_printed_pages': (138, 139),
        'index_lines': (6724, 6871),
        'gri_rows': 87,
        'gri_rows_note': (
            "Counted GRI disclosure rows of the Markdown tables under '## GRI Standards Index' (lines "
            '6724-6871): 2-1..2-30 (30), 3-1, 3-2, one 3-3 per material topic (10 topics -> 10 rows), 45 '
            "topic-specific rows, including the 206-1 row whose Disclosure cell is EMPTY (Indicators 'Legal "
            "actions for anti-competitive behavior, anti-trust,  and monopoly practices', Page 126; the code "
            "slipped into the next row in conversion). Not counted: the row 'Behavior | 206-1 Expand renewable "
            "energy usage | 206-1 Expand renewable energy usage' (it is the Material Topic 4 header 'Expand "
            "renewable energy usage' with the code glued on), the 'Material Topic N' header rows, the three "
            "'Non-GRI/Organization's own metric' rows (code '-'), the repeated 'General Disclosures' / "
            "'Material Topic & Topic Standards' rows and the empty 'Topic standards' row. Counting literal "
            'code cells instead gives 86 rows with exactly a code plus the glued one = 87 as well. 87 rows, 78 '
            'distinct codes.'
        ),
        'codes': [
            '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', '2-7', '2-8', '2-9', '2-10', '2-11', '2-12', '2-13',
            '2-14', '2-15', '2-16', '2-17', '2-18', '2-19', '2-20', '2-21', '2-22', '2-23', '2-24', '2-25',
            '2-26', '2-27', '2-28', '2-29', '2-30', '3-1', '3-2', '3-3', '3-3', '305-1', '305-2', '305-3',
            '305-4', '305-5', '3-3', '205-1', '205-2', '206-1', '3-3', '302-1', '302-3', '302-4', '3-3',
            '418-1', '3-3', '405-1', '405-2', '406-1', '3-3', '404-1', '404-2', '404-3', '3-3', '308-2',
            '414-2', '3-3', '403-1', '403-2', '403-3', '403-4', '403-5', '403-6', '403-7', '403-8', '403-9',
            '403-10', '3-3', '201-1', '201-2', '201-3', '203-2', '207-1', '207-2', '303-3', '303-4', '303-5',
            '306-3', '306-4', '306-5', '401-2', '401-3', '415-1',
        ],
        'rows': [
            {
                'code': '2-1',
                'canonical': '2-1',
                'title_start': 'Organization details',
                'location': '2, 7-15',
                'page_refs': [[None, '2'], [None, '7-15']],
                'pages': [2, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                'omission': None,
                'printed_page': 138,
            },
            {
                'code': '2-4',
                'canonical': '2-4',
                'title_start': 'Restatements of information',
                'location': '123-135\nData changes are indicated in the annotations',
                'page_refs': [[None, '123-135']],
                'pages': [123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135],
                'omission': None,
                'printed_page': 138,
                'remark': 'second line is the Note column',
            },
            {
                'code': '2-6',
                'canonical': '2-6',
                'title_start': 'activities, value chain and',
                'location': '7-11\nBusiness report 14-15',
                'page_refs': [[None, '7-11'], ['Business report', '14-15']],
                'pages': [7, 8, 9, 10, 11, 14, 15],
                'omission': None,
                'printed_page': 138,
                'remark': 'lower-case title as printed; Note column cites another document',
            },
            {
                'code': '2-8',
                'canonical': '2-8',
                'title_start': 'Workers who are not',
                'location': '-\nBusiness report 346',
                'page_refs': [['Business report', '346']],
                'pages': [346],
                'omission': None,
                'printed_page': 138,
                'remark': "Page '-', the Note column points to the Business report",
            },
            {
                'code': '2-13',
                'canonical': '2-13',
                'title_start': 'Delegation of responsibility for',
                'location': '17',
                'page_refs': [[None, '17']],
                'pages': [17],
                'omission': None,
                'printed_page': 138,
                'remark': (
                    "title 'Delegation of responsibility for impact management  impacts' (sic, double space)"
                ),
            },
            {
                'code': '2-22',
                'canonical': '2-22',
                'title_start': 'Statement on sustainable development',
                'location': '5~6',
                'page_refs': [[None, '5~6']],
                'pages': [5, 6],
                'omission': None,
                'printed_page': 138,
                'remark': 'range written with a tilde',
            },
            {
                'code': '2-25',
                'canonical': '2-25',
                'title_start': 'Process to remediate negative',
                'location': '56, 66, 109',
                'page_refs': [[None, '56'], [None, '66'], [None, '109']],
                'pages': [56, 66, 109],
                'omission': None,
                'printed_page': 138,
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of material topics',
                'location': '114',
                'page_refs': [[None, '114']],
                'pages': [114],
                'omission': None,
                'printed_page': 138,
                'topic': 'Material Topic 1 Information security',
                'remark': "Classification cell 'Management method of  material topics'",
            },
            {
                'code': '305-5',
                'canonical': '305-5',
                'title_start': 'Reduction of GHG emissions',
                'location': '20, 40-42',
                'page_refs': [[None, '20'], [None, '40-42']],
                'pages': [20, 40, 41, 42],
                'omission': None,
                'printed_page': 138,
            },
            {
                'code': '',
                'canonical': '206-1',
                'title_start': 'Legal actions for anti-competitive',
                'location': '126',
                'page_refs': [[None, '126']],
                'pages': [126],
                'omission': None,
                'printed_page': 138,
                'remark': (
                    "conversion artefact: empty Disclosure cell (Classification 'GRI 206 : Anti-competitive'); "
                    "the next row reads 'Behavior | 206-1 Expand renewable energy usage | 206-1 Expand "
                    "renewable energy usage' and is really the Material Topic 4 header"
                ),
            },
            {
                'code': '418-1',
                'canonical': '418-1',
                'title_start': 'Substantiated complaints concerning breaches',
                'location': '98',
                'page_refs': [[None, '98']],
                'pages': [98],
                'omission': None,
                'printed_page': 138,
                'remark': 'last row on printed p. 138',
            },
            {
                'code': '3-3',
                'canonical': '3-3',
                'title_start': 'Management of material topics',
                'location': '55-57',
                'page_refs': [[None, '55-57']],
                'pages': [55, 56, 57],
                'omission': None,
                'printed_page': 139,
                'topic': 'Material Topic 6 Respect for human rights and diversity',
            },
            {
                'code': '403-10',
                'canonical': '403-10',
                'title_start': 'Work-related ill health',
                'location': '130',
                'page_refs': [[None, '130']],
                'pages': [130],
                'omission': None,
                'printed_page': 139,
            },
            {
                'code': '203-2',
                'canonical': '203-2',
                'title_start': 'Significant indirect economic impacts',
                'location': '33, 137',
                'page_refs': [[None, '33'], [None, '137']],
                'pages': [33, 137],
                'omission': None,
                'printed_page': 139,
            },
            {
                'code': '306-3',
                'canonical': '306-3',
                'title_start': 'Waste generated',
                'location': '52-53, 135',
                'page_refs': [[None, '52-53'], [None, '135']],
                'pages': [52, 53, 135],
                'omission': None,
                'printed_page': 139,
            },
            {
                'code': '415-1',
                'canonical': '415-1',
                'title_start': 'Political contributions',
                'location': '124',
                'page_refs': [[None, '124']],
                'pages': [124],
                'omission': None,
                'printed_page': 139,
                'remark': 'last row',
            },
        ],
        'printed_offset': (
            "not a PDF: printed folios survive as bare number lines that PRECEDE the page's content (line 6712 "
            "'138' starts the first index page, line 6804 '139' the second, line 6875 '140' the SASB index); "
            "checked against 2-23/207-1 -> 136 (ESG Policy Book after line 6618 '136') and 2-5 -> 146-147 "
            "(assurance statement after line 7205 '146')"
        ),
        'notes': (
            "Markdown conversion. The statement of use (line 6728) says 'in accordance with the GRI Standards' "
            "but line 12 says 'GRI Standards Core Options'. Four pipe tables (two per printed page) with "
            'columns Classification | Disclosure | Indicators | Page | Note; merged cells of the original are '
            "repeated in every column ('General Disclosures' x5, 'Material Topic & Topic Standards' x5, "
            "'Information security' x2) or split over two rows ('GRI 2:  General' / 'Disclosures' / '2021'). "
            "Double spaces inside cells where the PDF wrapped. Pages: '2, 7-15', '5~6', '-' with a Note "
            "'Business report 346'. Each printed page is preceded by a navigation block (INTRODUCTION / "
            "SUSTAINABILITY MANAGEMENT / ESG PERFORMANCE / APPENDIX / 'ESG Data ESG Policy Book ... GRI "
            "Standards Index SASB Index ...') and a repeated '## GRI Standards Index' heading, so the heading "
            'occurs twice; the SASB index (not counted) follows at line 6887.'
        ),
    },
}
