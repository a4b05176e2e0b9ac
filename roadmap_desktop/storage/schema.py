"""The roadmap file's schema and its migrations, versioned in ``PRAGMA user_version``.

Each step upgrades a file by exactly one version and runs inside the caller's transaction, after a
backup copy has been made. Never edit a released step: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "RMAP": tells a roadmap file from any other SQLite database.
APPLICATION_ID = 0x524D4150

_V1 = """
CREATE TABLE edition (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    first_sheet_no INTEGER NOT NULL
);
CREATE TABLE project (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    sheet_no_override INTEGER,
    name TEXT NOT NULL,
    field TEXT NOT NULL,
    items TEXT NOT NULL,          -- JSON array of strings
    departments TEXT NOT NULL,    -- JSON array of strings
    sections TEXT NOT NULL,       -- JSON array of strings
    start_year INTEGER,
    end_year INTEGER,
    budget INTEGER,
    overview TEXT NOT NULL,
    issues TEXT NOT NULL,
    approach TEXT NOT NULL,
    change TEXT NOT NULL
);
CREATE TABLE initiative (
    id INTEGER PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    plan_label TEXT NOT NULL
);
CREATE INDEX initiative_project ON initiative(project_id, position);
CREATE TABLE bar (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    row TEXT NOT NULL CHECK (row IN ('plan', 'actual')),
    start_month TEXT NOT NULL,    -- YYYY-MM
    end_month TEXT NOT NULL,      -- YYYY-MM
    label TEXT NOT NULL,
    continues INTEGER NOT NULL
);
CREATE INDEX bar_initiative ON bar(initiative_id);
"""

# v2: a key/value table for facts about the file itself (which version wrote it last).
_V2 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


# v3 (collection round): each Excel workbook sent out, with what it was exported from (its base),
# so a reply merges three-way; and when it came back and was applied (the 回収状況 view).
_V3_EXPORTS = """
CREATE TABLE xlsx_export (
    id TEXT PRIMARY KEY,          -- the export id the workbook carries in its hidden sheet
    label TEXT NOT NULL,          -- e.g. the 担当部局 it went to
    file_name TEXT NOT NULL,
    created TEXT NOT NULL,        -- ISO time
    revision TEXT NOT NULL,       -- digest of the roadmap as exported
    base TEXT NOT NULL,           -- JSON: the projects as exported, with worksheet titles and sheet numbers
    returned TEXT,                -- ISO time the first reply was read
    reply_file TEXT,
    applied TEXT                  -- ISO time a reply was applied
);
"""

# v5 (collection round): what each applied reply said, per export, so that a department's later reply
# to the same export supersedes the earlier one where the two differ (operations/imports.py).
_V5_APPLIED_REPLIES = """
CREATE TABLE applied_reply (
    export_id TEXT PRIMARY KEY,   -- the export the reply answered (xlsx_export.id)
    reply_file TEXT NOT NULL,
    applied TEXT NOT NULL,        -- ISO time
    projects TEXT NOT NULL        -- JSON: project id -> the project as the reply showed it
);
"""


def add_history(conn: sqlite3.Connection) -> None:
    """年度更新: the bars of years before the window (history_bar: one row per bar, with the 取組 it belonged
    to) and each earlier edition's 事業費 by fiscal year (past_budget). Only adds two empty tables:
    no existing row changes, so a file migrated by this step loads exactly as before."""
    conn.execute(
        """CREATE TABLE history_bar (
            id INTEGER PRIMARY KEY,
            project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,     -- which past 取組 of the project (its order)
            name TEXT NOT NULL,            -- that 取組's name and plan label at the time
            plan_label TEXT NOT NULL,
            row TEXT NOT NULL CHECK (row IN ('plan', 'actual')),
            start_month TEXT NOT NULL,     -- YYYY-MM
            end_month TEXT NOT NULL,
            label TEXT NOT NULL,
            continues INTEGER NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX history_bar_project ON history_bar(project_id, position)")
    conn.execute(
        """CREATE TABLE past_budget (
            project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            fiscal_year INTEGER NOT NULL,
            budget INTEGER NOT NULL,       -- 千円
            PRIMARY KEY (project_id, fiscal_year)
        )"""
    )


# v5 (the publication from the file alone): the edition's 基準月 (YYYY-MM) and its 発行 (issuing body,
# date YYYY-MM-DD), printed on the book's cover instead of anything taken from the computer's clock.
# Nullable / empty by default: a file migrated by this step loads as before, with nothing set.
_V6_EDITION_PUBLICATION = """
ALTER TABLE edition ADD COLUMN reference_month TEXT;
ALTER TABLE edition ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE edition ADD COLUMN issued TEXT;
"""

Step = str | Callable[[sqlite3.Connection], None]

# MIGRATIONS[n] upgrades a file at version n to version n + 1 (version 0 is an empty database).
# A step is a SQL script or a function of the connection.
MIGRATIONS: tuple[Step, ...] = (_V1, _V2, add_history, _V3_EXPORTS, _V5_APPLIED_REPLIES, _V6_EDITION_PUBLICATION)
SCHEMA_VERSION = len(MIGRATIONS)
HISTORY_VERSION = MIGRATIONS.index(add_history) + 1  # files from this version on have the history tables
PUBLICATION_VERSION = MIGRATIONS.index(_V6_EDITION_PUBLICATION) + 1  # ... the edition's 基準月 and 発行


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every step from *from_version* up to :data:`SCHEMA_VERSION` (inside the caller's transaction)."""
    for version in range(from_version, SCHEMA_VERSION):
        step = MIGRATIONS[version]
        if callable(step):
            step(conn)
            continue
        for statement in step.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
