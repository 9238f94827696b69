"""Properties of group_claims on random claim sets: a partition, consistent groups, order-free ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.compare import group_claims
from claims.models import Claim, Kind, Source

WORDS = ["mayor", "budget", "tram", "harbour", "strike", "vote", "council", "Ortiz", "Velora", "fire",
         "two", "three", "$4 million", "$5 million", "declined", "delay", "school", "bridge"]
SPEAKERS = [("Mayor Lena Ortiz", "lena-ortiz"), ("two sources", "anonymous-sources"), ("analysts", "analysts"),
            ("The council", "council")]
SOURCES = [Source(id=f"s{i}", outlet=f"Outlet {i}", path=f"s{i}", text="", body_start=0, body_end=0)
           for i in range(4)]

claim_specs = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=10),
        st.integers(0, len(SPEAKERS) - 1),
        st.booleans(),
    ),
    min_size=1,
    max_size=25,
)


def _claims(specs: list[tuple[int, list[str], int, bool]]) -> list[Claim]:
    out = []
    for n, (src, words, spk, refusal) in enumerate(specs):
        content = " ".join(words)
        speaker, sid = SPEAKERS[spk]
        out.append(Claim(id=f"s{src}:{n}", source=f"s{src}", outlet=f"Outlet {src}", speaker=speaker,
                         speaker_id=sid, cue="said", kind=Kind.NO_COMMENT if refusal else Kind.INDIRECT,
                         content=content, start=0, end=len(content)))
    return out


@settings(max_examples=60, deadline=None)
@given(claim_specs, st.randoms(use_true_random=False))
def test_groups_partition_the_claims_whatever_the_order(specs: list[tuple[int, list[str], int, bool]],
                                                         rnd: object) -> None:
    claims = _claims(specs)
    out, groups = group_claims(claims, SOURCES)
    assert [c.id for c in out] == [c.id for c in claims]
    members = [cid for g in groups for cid in g.claims]
    assert sorted(members) == sorted(c.id for c in claims)
    by_id = {c.id: c for c in out}
    for g in groups:
        assert g.sources == sorted({by_id[cid].source for cid in g.claims})
        assert not g.single_source or len(g.sources) == 1  # single-outlet needs one source ...
        assert g.single_source == ("single-outlet" in g.flags)  # ... and the flag says the same
        assert g.nearest is None or g.nearest.claim not in g.claims
        kinds = {by_id[cid].kind is Kind.NO_COMMENT for cid in g.claims}
        assert len(kinds) == 1  # a refusal never shares a group with an assertion
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    _, again = group_claims(shuffled, SOURCES)
    assert {g.id: (sorted(g.claims), g.flags, g.label) for g in groups} == {
        g.id: (sorted(g.claims), g.flags, g.label) for g in again
    }
