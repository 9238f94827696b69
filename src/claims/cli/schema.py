"""`claims schema`."""

from __future__ import annotations

from claims.cli import app


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of claims.yaml (committed as claims.schema.json)."""
    import typer

    from claims.registry.schema import schema_text

    typer.echo(schema_text(), nl=False)
