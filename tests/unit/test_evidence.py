from __future__ import annotations

from gri_check.ingest.markdown import parse_markdown
from gri_check.match.evidence import (
    TermMatcher,
    Tokenizer,
    build_evidence_index,
    item_score,
    score_items,
    term_tokens_of,
    variant_table,
)
from gri_check.standards.catalogue import Disclosure, Item, Standard

MD = """# Report

## Contents

| Climate | 4 |

## Climate

Our direct (Scope 1) greenhouse gas emissions were 1,250 tCO2e in 2024, using 2019 as the base year.

## People

Labour practices: the organisation employs 500 people under environmental rules. Safety training reached every site.

## GRI content index

| 305-1 | Direct (Scope 1) GHG emissions | Climate |
"""

STD = Standard(id="GRI 305: Emissions 2016", number="305", title="Emissions", year=2016, kind="topic")


def disclosure(*items: Item) -> Disclosure:
    return Disclosure(code="305-1", standard=STD, title="Direct (Scope 1) GHG emissions", omittable=True, items=items)


def setup():
    doc = parse_markdown(MD, "r.md")
    start = next(i for i, b in enumerate(doc.blocks) if b.text == "GRI content index")
    return doc, build_evidence_index(doc, [(start, len(doc.blocks))])


def test_tokenizer_stems_and_drops_stop_words() -> None:
    tok = Tokenizer()
    assert tok("The emissions of the organization") == tok("emission organizations")
    assert tok("generated") == tok("generation")


def test_british_spellings_fold_onto_us() -> None:
    tok = Tokenizer()
    assert tok("organisation labour centre") == tok("organization labor center")


def test_typos_meet_through_one_cdist_pass() -> None:
    doc, ev = setup()
    (term,) = ev.tokenizer("enviromental")  # a typo; the report says "environmental"
    table = variant_table(ev, [term])
    assert ev.tokenizer("environmental")[0] in table[term]
    assert variant_table(ev, ["zzzzzz"]) == {"zzzzzz": ()}


def test_phrase_must_occur_close_together() -> None:
    doc, ev = setup()
    d = disclosure(Item(id="a", text="Gross direct emissions.", quantitative=True, units=("tCO2e",),
                        evidence=("scope 1", "greenhouse gas", "base year")))
    m = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))
    hits = m.hits("greenhouse gas")
    assert [doc.blocks[h.block].section for h in hits] and all(h.figure for h in hits)
    m = TermMatcher(ev, variant_table(ev, ev.tokenizer("scope people")))
    assert m.hits("scope people") == ()  # both words occur, but far apart


def test_index_and_headings_are_never_evidence() -> None:
    doc, ev = setup()
    texts = [doc.blocks[b].text for b in ev.block_ids]
    assert not any("GHG emissions" in t and "305-1" in t for t in texts)
    assert "Climate" not in texts


def test_item_scores() -> None:
    doc, ev = setup()
    quant = Item(id="a", text="Gross direct emissions.", quantitative=True, evidence=("scope 1", "greenhouse gas"))
    one_term = Item(id="b", text="Base year.", quantitative=False, evidence=("base year", "recalculation"))
    absent = Item(id="c", text="Biogenic emissions.", quantitative=False, evidence=("biogenic", "biomass"))
    d = disclosure(quant, one_term, absent)
    m = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))
    assert [r.score for r in score_items(d, m, None)] == [1.0, 0.5, 0.0]


def test_quantitative_item_without_figure_is_only_mentioned() -> None:
    doc, ev = setup()
    item = Item(id="a", text="Training.", quantitative=True, evidence=("safety training", "every site"))
    d = disclosure(item)
    m = TermMatcher(ev, variant_table(ev, term_tokens_of(ev, [d])))
    hits = [h for t in item.evidence for h in m.hits(t)]
    # the block has "500 people", a figure: the item counts as addressed
    assert item_score(item, hits) == 1.0
    assert item_score(item, [h.__class__(term=h.term, pos=h.pos, block=h.block, figure=False) for h in hits]) == 0.5


def test_spelling_variants_share_their_start() -> None:
    """labour/labor and modelling/modeling meet; remanufactured/manufactured and breach/reach do not."""
    doc = parse_markdown("# R\n\n## S\n\nOur labor policy and energy modeling of manufactured goods; we reach out.\n",
                         "r.md")
    ev = build_evidence_index(doc, [])
    table = variant_table(ev, ev.tokenizer("labour modelling remanufactured breach"))
    tok = ev.tokenizer
    assert tok("labor")[0] in table[tok("labour")[0]] and tok("modeling")[0] in table[tok("modelling")[0]]
    assert tok("manufactured")[0] not in table[tok("remanufactured")[0]]
    assert tok("reach")[0] not in table.get(tok("breach")[0], ())
