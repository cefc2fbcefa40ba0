"""Defaults of story grouping, apart from stories.py so that the CLI's --help names them without importing it."""

LINK_SIMILARITY = 0.12  # chosen on the TAC 2011 English and IndoSum mixes; see README "Many stories"
WINDOW_DAYS = 3
