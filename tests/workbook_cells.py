"""Cells of a workbook found the way a clerk finds them: the value right of a label."""

from __future__ import annotations

import openpyxl
import openpyxl.cell
import openpyxl.worksheet.worksheet


def right_of(ws: openpyxl.worksheet.worksheet.Worksheet, label: str) -> openpyxl.cell.Cell:
    """The cell right of the label *label* (right of its merged range, when it is merged)."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == label:
                for rng in ws.merged_cells.ranges:
                    if rng.min_row == cell.row and rng.min_col == cell.column:
                        return ws.cell(cell.row, rng.max_col + 1)
                return ws.cell(cell.row, cell.column + 1)
    raise AssertionError(label)
