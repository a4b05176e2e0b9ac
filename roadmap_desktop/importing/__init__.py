"""Bringing sheets in from files (Excel workbooks, published PDFs): read, preview, then apply."""
