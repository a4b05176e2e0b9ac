"""Roadmap Desktop: keep the yearly DX関連事業ロードマップ book in one SQLite file."""

__version__ = "0.1.0"
