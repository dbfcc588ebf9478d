"""Topics a request can name that are not one skill (e.g. cloud certifications)."""

from __future__ import annotations

# A text is about a topic when it has a term of every group.
TOPICS: dict[str, tuple[tuple[str, ...], ...]] = {
    "cloud_certification": (
        ("cloud", "aws", "azure", "gcp", "google cloud", "aliyun", "alibaba cloud", "云"),
        ("certif", "cert", "认证", "证书", "考证"),
    ),
    "certification": (("certif", "certs", "认证", "证书", "考证"),),
}


def matches_topic(topic: str, text: str) -> bool:
    """Whether ``text`` is about ``topic`` (a term of every group of the topic appears)."""
    low = text.lower()
    groups = TOPICS.get(topic, ())
    return bool(groups) and all(any(term in low for term in group) for group in groups)
