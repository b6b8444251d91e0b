"""The classroom: a class votes from its phones over the room's network (issue 16).

ballot.py is the vote itself (pure); address.py reads the address the facilitator gives and lists the
machine's own; page.py is the one page a phone opens; server.py serves it and the vote (aiohttp, in a
background thread, imported only when a class votes from phones); qr.py turns the address into a QR
matrix (segno). Nothing here imports the window: the window (game.ui) drives it.
"""
