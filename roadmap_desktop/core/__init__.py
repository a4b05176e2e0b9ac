"""The domain core: the roadmap, its projects, initiatives and bars, fiscal years.

Nothing in this package imports Qt, so it can be tested and scripted without a display.
"""
