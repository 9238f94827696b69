"""Group flag names and their one-line meanings: light to import (CLI help, legends, README)."""

from __future__ import annotations

SINGLE_OUTLET = "single-outlet"
NOT_IN_CREDITED_SOURCE = "not-in-credited-source"
CONFLICT = "conflict"
UNNAMED_ONLY = "unnamed-only"

FLAGS: dict[str, str] = {
    SINGLE_OUTLET: "only one source carries it",
    NOT_IN_CREDITED_SOURCE: "credited to an outlet whose own article here does not carry it",
    CONFLICT: "versions disagree on a number, amount, date or count",
    UNNAMED_ONLY: "every speaker is anonymous (sources, unnamed officials)",
}
"""Every flag with a one-line explanation, in display order (for --help, legends, the README)."""

FLAG_CODES: dict[str, str] = {
    SINGLE_OUTLET: "S",
    NOT_IN_CREDITED_SOURCE: "N",
    CONFLICT: "C",
    UNNAMED_ONLY: "U",
}
"""One letter per flag for narrow columns; a legend spells them out."""

FLAGS_HELP = "\b\nFlags:\n" + "\n".join(f"  {name}: {text}" for name, text in FLAGS.items())
"""The flags as a click epilog block (\\b keeps the lines as written)."""
