"""`subject_walk` drops a verb that a later check is sure to drop whatever its subject
(`finite.no_claim_whatever_subject`), before walking back to the subject: the claims must be
exactly those of the full checks, and the frame table must keep the order the shortcut reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract import finite
from claims.extract.checks import Ctx
from claims.extract.frames import table
from tests.extracting import extract_text
from tests.synthetic import corpus_module

# Checks that may run between `subject_walk` and the check the shortcut stands for, none of
# which sets `that` or a start for a weak cue outside a complement frame or a commitment.
_BETWEEN = {"record_finding", "noun_form", "adjunct_after_cue", "comma_quotation", "complement_frame",
            "commitment_clause", "has_subject"}
# The checks at which a row that walks to the subject either skips for such a verb or drops it.
_DECIDING = {"content_first", "quoted_object", "relative_gap", "weak_needs_that"}

SENTENCES = [
    "Analysts had expected a smaller decline.",
    "Analysts expected the recall to cost the firm dearly.",
    "Analysts expected prices would fall by spring.",
    "Analysts, who had expected a smaller decline, were surprised.",
    "The figures, which analysts expected, were weak.",
    "A smaller decline, analysts expected.",
    "The decline was smaller than analysts had expected.",
    "Officials that analysts expected to speak stayed away.",
    "“Prices will fall,” analysts expected.",
    "Voters expected, “a fair count.”",
    "The mayor agreed to pay roughly 500 dollars under the deal.",
    "The mayor agreed that the deal was fair.",
    "Regulators had asked for more documents about the site.",
    "Critics questioned the plan on Monday.",
    "He believes the council is wrong.",
    "We believe the council is wrong.",
    "She suspects a leak.",
    "The company published its annual report.",
    "The company published its annual report on Friday.",
    "The company reports record profits.",
    "She reports the vote was rigged.",
    "He reports that sales fell.",
    "The paper reports: “Sales fell.”",
    "“We are done,” the organiser notes.",
    "“We are done,” the organiser notes on her blog.",
    "The union calls for a strike.",
    "The union's calls for a strike went unheeded.",
    "She calls it a sham.",
    "The state of the roads is poor, the report states.",
    "Records show roughly 1,400 listings.",
    "The report found the bridge was unsafe.",
    "The mayor's remarks drew a crowd.",
    "Ann Lee, the mayor, expected a fight, she said.",
]


def _claims(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.speaker, c.cue, c.content) for c in extract_text(text)]


def _texts() -> list[str]:
    rows = [s for row in table() for s in (*row.positive, *row.negative)]
    return SENTENCES + rows


def test_the_shortcut_gives_the_claims_of_the_full_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fired: list[str] = []
    shortcut = finite.no_claim_whatever_subject

    def noting(ctx: Ctx) -> bool:
        dropped = shortcut(ctx)
        if dropped:
            fired.append(ctx.sent.text[ctx.vs : ctx.ve])
        return dropped

    monkeypatch.setattr(finite, "no_claim_whatever_subject", noting)
    fast = [_claims(t) for t in texts]
    monkeypatch.setattr(finite, "no_claim_whatever_subject", lambda ctx: False)
    full = [_claims(t) for t in texts]
    for text, a, b in zip(texts, fast, full, strict=True):
        assert a == b, text
    assert {"expected", "report", "agreed"} <= set(fired)  # it does take the walk out somewhere


def test_the_shortcut_gives_the_claims_of_the_full_checks_on_a_synthetic_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus_module().write_corpus(tmp_path, 40, seed=11)
    texts = [p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("*.md"))]
    fast = [_claims(t) for t in texts]
    monkeypatch.setattr(finite, "no_claim_whatever_subject", lambda ctx: False)
    assert fast == [_claims(t) for t in texts]


def test_rows_that_walk_to_the_subject_keep_the_order_the_shortcut_reads() -> None:
    for finder in {row.find for row in table()}:
        rows = [row for row in table() if row.find == finder]
        walking = [n for n, row in enumerate(rows) if "subject_walk" in row.run]
        if not walking:
            continue
        for row in rows[walking[0] :]:  # from the first row that walks, every row does
            run = list(row.run)
            assert "subject_walk" in run, row.id
            after = run[run.index("subject_walk") + 1 :]
            assert after[:2] == ["record_finding", "noun_form"], row.id
            deciding = next(n for n, name in enumerate(after) if name in _DECIDING)
            assert set(after[:deciding]) <= _BETWEEN, row.id
