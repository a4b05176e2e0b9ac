"""Writing sheets out: PDF (reportlab) and Excel (openpyxl), both from the one sheet layout."""
