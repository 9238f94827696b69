"""A long article in which nearly every paragraph quotes a new person: invented names, so
the number of distinct speakers grows with the text (speaker resolution must stay linear).

    python bench/manynames.py OUT.txt MB
"""

from __future__ import annotations

import random
import sys

_SYL = ("ka", "lo", "mer", "ti", "van", "dre", "sul", "on", "bri", "ga", "hel", "rou", "pa", "zen", "ith", "mo")
_ROLES = ("a farmer", "a city councillor", "an engineer at the port", "a nurse", "a shop owner", "a teacher")
_THINGS = ("the harbour", "the new bridge", "the water plan", "the rail line", "the school budget")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


def paragraph(rng: random.Random) -> str:
    first, last = _name(rng), _name(rng)
    thing = rng.choice(_THINGS)
    n = rng.randint(2, 90)
    forms = (
        f"{first} {last}, {rng.choice(_ROLES)}, said {thing} would cost {n} percent more than planned. "
        f"“We were never asked,” {last} said. He added that the council had not replied.",
        f"According to {first} {last}, {thing} will open in {n} days. {last} told the Courier that "
        f"the work was late. The council declined to comment.",
        f"“{thing.capitalize()} is safe,” said {first} {last}, who has lived nearby for {n} years. "
        f"She said the noise, the dust and the traffic had all got worse, and the mayor, she said, knew it.",
    )
    return rng.choice(forms)


def article(mb: float, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        para = paragraph(rng)
        out.append(para)
        size += len(para.encode()) + 2
    return "\n\n".join(out)


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        fh.write(article(float(sys.argv[2])))
