"""Test helper: a small hand-made story (three outlets, a relayed claim, a single-outlet claim)."""

from __future__ import annotations

from claims.models import Analysis, Claim, Group, Kind, Source

WIRE_TEXT = (
    "Officials met on Monday.\n\nThe regional council said the ferry service would resume in June. "
    "Repairs to the pier cost more than planned.\n"
)
POST_TEXT = (
    "Commuters have waited months.\n\nA senior official told Harbour Wire that the bridge will close in May "
    "for repairs, according to the report. Traffic will be diverted.\n"
)
LEDGER_TEXT = "A senior official told Harbour Wire the bridge would shut in May. Shops fear the worst.\n"


def source(sid: str, outlet: str, text: str, published: str | None = None, url: str | None = None) -> Source:
    return Source(id=sid, outlet=outlet, path=f"{sid}.txt", text=text, body_start=0, body_end=len(text),
                  published=published, url=url)


def claim(src: Source, content: str, speaker: str, cue: str, via: str | None, group: str, n: int = 0) -> Claim:
    start = src.text.index(content)
    return Claim(id=f"{src.id}:{n}", source=src.id, outlet=src.outlet, speaker=speaker,
                 speaker_id=speaker.lower().replace(" ", "-"), via=via, cue=cue, kind=Kind.INDIRECT,
                 content=content, start=start, end=start + len(content), group=group)


def story() -> Analysis:
    wire = source("wire", "Harbour Wire", WIRE_TEXT, "2026-03-01", "https://wire.example/ferry")
    post = source("post", "Valley Post", POST_TEXT, "2026-03-02")
    ledger = source("ledger", "Town Ledger", LEDGER_TEXT)
    c1 = claim(post, "the bridge will close in May for repairs", "A senior official", "told", "Harbour Wire", "g1")
    c2 = claim(ledger, "the bridge would shut in May", "A senior official", "told", "Harbour Wire", "g1")
    c3 = claim(wire, "the ferry service would resume in June", "The regional council", "said", None, "g2")
    return Analysis(
        sources=[wire, post, ledger],
        claims=[c1, c2, c3],
        groups=[
            Group(id="g2", claims=[c3.id], sources=["wire"], single_source=True, flags=["single-outlet"],
                  label="the ferry service would resume in June"),
            Group(id="g1", claims=[c1.id, c2.id], sources=["post", "ledger"], single_source=False,
                  flags=["not-in-credited-source", "unnamed-only"], label="the bridge will close in May"),
        ],
    )
