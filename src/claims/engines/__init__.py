"""Other engines for the analysis: the same extraction function, run elsewhere (`claims.engines.dask`).

Nothing here is imported by `claims list` unless an engine is asked for."""
