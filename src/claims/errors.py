"""One exception hierarchy for the core; the CLI maps these to exit codes."""


class ClaimsError(Exception):
    """Base class for every error the core raises on purpose."""


class InputError(ClaimsError):
    """An input file cannot be used (unreadable, not text, malformed)."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class UsageError(ClaimsError):
    """The user asked for something that cannot be done (unknown source, bad option)."""


class OverBudget(ClaimsError):
    """Extracting one source took longer than its time budget: the last line of defence against
    text the extractor's bounds did not foresee. The pipeline skips that source and goes on."""

    def __init__(self, source_id: str, budget_s: float) -> None:
        self.source_id = source_id
        self.budget_s = budget_s
        super().__init__(f"{source_id}: extraction took longer than its budget of {budget_s:.0f} s")
