"""Hostile sentence shapes for `claims`: text that once made extraction super-linear.

Each shape is a function of n (repetitions of its unit) returning one article body. The
benchmark's "hostile" row and tests/test_hostile_shapes.py time the whole per-file path
(`claims.pipeline.source_claims`: extraction and boilerplate detection) on them.

    python bench/shapes.py                 # seconds per MB of every shape at n = 1,000 and 8,000
    python bench/shapes.py --n 100000      # at n (capped at --max-mb MB, default 10)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000

Shape = Callable[[int], str]


def _unbalanced(mark: str) -> Shape:
    return lambda n: f"The minister said {mark}the port is open " * n


SHAPES: dict[str, Shape] = {
    # Comma lists, with and without a cue in front.
    "comma_letters": lambda n: "The minister said " + "a, " * n,
    "comma_phrases": lambda n: "The minister said " + "the port, the harbour, " * n,
    "comma_no_cue": lambda n: "the port, the harbour, " * n,
    "comma_names": lambda n: "Officials named " + "Ana Ruiz, Tom Berg, " * n,
    # Attribution tails and chains.
    "he_said_chain": lambda n: "The port is open" + ", he said" * n + ".",
    "said_comma_chain": lambda n: "The minister said, " * n + "the port is open.",
    "said_that_chain": lambda n: "The minister said that the mayor said that " * n + "the port is open.",
    "according_chain": lambda n: "According to " + "Ana Ruiz, Tom Berg and " * n + "officials, the port is open.",
    "according_repeated": lambda n: "according to officials " * n + "the port is open.",
    # Unbalanced quotes of every kind, and mixed-quote `said`.
    "quote_curly_open": _unbalanced("“"),
    "quote_curly_close": _unbalanced("”"),
    "quote_straight": _unbalanced('"'),
    "quote_single_open": _unbalanced("‘"),
    "quote_single_close": _unbalanced("’"),
    "quote_guillemet_open": _unbalanced("«"),
    "quote_guillemet_close": _unbalanced("»"),
    "quote_mixed_said": lambda n: "The minister said the port was “open\" and ‘safe» and " * n + "ready.",
    "quote_split_said": lambda n: '"The port," he said, "is open, ' * n,
    "called_chain": lambda n: "Critics called the plan “a failure” and " * n + "left.",
    "participle_chain": lambda n: "The minister spoke, saying " * n + "the port is open.",
    # Refusals.
    "refusals": lambda n: "The ministry declined to comment, did not respond to a request for comment and " * n
    + "refused to say more.",
    # Capitalised runs and a line without punctuation.
    "capitalised_run": lambda n: "The Minister Of State For Ports And Harbours " * n + "said the port is open.",
    "no_punctuation": lambda n: "the minister said the port is open and the harbour " * n,
    "dash_asides": lambda n: "The port — officials said — is open " * n + ".",
    # All of them, in turn, in one run-on paragraph.
    "mix": lambda n: "".join(
        (
            "a, ",
            "the port, the harbour, ",
            ", he said",
            "The minister said, ",
            "according to Ana Ruiz, Tom Berg and ",
            "The minister said “the port is open ",
            'said the port was "open and ‘safe» ',
            "declined to comment, ",
            "The Minister Of State For Ports ",
            "the minister said the port is open and ",
        )[i % 10]
        for i in range(n)
    ),
}


def make(name: str, n: int, max_bytes: int | None = None) -> str:
    """Shape `name` at n repetitions, cut to at most `max_bytes` UTF-8 bytes (at a space)."""
    text = SHAPES[name](n)
    if max_bytes is not None and len(text.encode()) > max_bytes:
        text = text.encode()[:max_bytes].decode("utf-8", "ignore")
        text = text[: text.rfind(" ")] if " " in text else text
    return text


def seconds_per_mb(text: str) -> float:
    """CPU seconds per MB (UTF-8) of the per-file path on `text` as one article body."""
    from claims.models import Source
    from claims.pipeline import source_claims

    source = Source(id="hostile", outlet="Hostile", path="hostile.txt", text=text, body_start=0, body_end=len(text))
    start = time.process_time()
    claims = source_claims(source)
    took = time.process_time() - start
    for claim in claims:
        assert text[claim.start : claim.end] == claim.content
    return took / (len(text.encode()) / MB)


def worst(n: int, max_mb: float) -> tuple[str, float, dict[str, float]]:
    """Every shape's seconds per MB at n (capped at max_mb), and the worst one."""
    figures = {name: seconds_per_mb(make(name, n, int(max_mb * MB))) for name in SHAPES}
    name = max(figures, key=lambda k: figures[k])
    return name, figures[name], figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=0, help="repetitions (default: 1,000 and 8,000)")
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--only", default="", help="comma-separated shape names")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    names = [s for s in args.only.split(",") if s] or list(SHAPES)
    sizes = [args.n] if args.n else [1_000, 8_000]
    print(f"{'shape':24} " + " ".join(f"{'n=' + str(n):>12} {'MB':>6}" for n in sizes))
    for name in names:
        cells = []
        for n in sizes:
            text = make(name, n, int(args.max_mb * MB))
            cells.append(f"{seconds_per_mb(text):10.3f}s {len(text.encode()) / MB:6.2f}")
        print(f"{name:24} " + " ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
