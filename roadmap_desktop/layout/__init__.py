"""The standard sheet's layout, computed once and drawn by every output (screen, printer, PDF, Excel).

Qt-free. :mod:`.geometry` fixes where every box of an A4-landscape sheet lies, in millimetres.
"""
