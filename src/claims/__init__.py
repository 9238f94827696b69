"""claims: who said what across several outlets' coverage of one story."""

__version__ = "0.1.0"
