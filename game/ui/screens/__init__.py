"""Screens: title, player, picker, play, cards, history, pause, settings, debrief.

Each follows one contract: enter, exit, layout, handle_event, update, draw.
"""
