"""Outlet names from URLs and free text."""

from __future__ import annotations

from urllib.parse import urlsplit

# Well-known outlets whose name is not just their domain's label.
KNOWN_DOMAINS = {
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "nytimes.com": "The New York Times",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian",
    "bloomberg.com": "Bloomberg",
    "cnbc.com": "CNBC",
    "cnn.com": "CNN",
    "scmp.com": "South China Morning Post",
    "theverge.com": "The Verge",
    "techcrunch.com": "TechCrunch",
    "arstechnica.com": "Ars Technica",
    "aljazeera.com": "Al Jazeera",
    "economist.com": "The Economist",
}

_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu"}


def domain_of(url: str) -> str | None:
    """The host of a URL without `www.`, or None when there is none."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def outlet_from_url(url: str) -> str | None:
    """A readable outlet name for a URL: a known name, else the domain's main label."""
    host = domain_of(url)
    if host is None:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in KNOWN_DOMAINS:
            return KNOWN_DOMAINS[candidate]
    main = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    return main.capitalize() if main.islower() else main
