"""Developer tools that are not the game: screenshots of every screen, the bench, the built-in demo
scenario, the art drawn in code, the graph painted as PNG.

They may drive the window (pygame, game.ui); nothing in the game imports them but the command line's
dispatch (game.cli) and the authoring commands' PNG export.
"""
