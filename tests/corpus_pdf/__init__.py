"""Foreign PDFs of the 20 sample projects, made the way other programs make them (LibreOffice printing
hand-built workbooks, a reportlab drawing of another style), and the facts they must yield.

Nothing here calls Roadmap Desktop's exporter or reader: the generators read the sample's JSON
transcription directly, and :mod:`.facts` scores what a reader returns against that transcription.
"""
