"""The roadmap file: one SQLite database that holds a whole edition."""

from .roadmap_file import RoadmapFile

__all__ = ["RoadmapFile"]
