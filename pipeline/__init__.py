"""newsevents: a streaming pipeline from news articles to structured event records."""

__version__ = "0.1.0"
