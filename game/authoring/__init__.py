"""The trainer's authoring toolkit: starter scenarios, the JSON Schema, string tables.

The command-line wiring lives in game.authoring.cli (add_authoring_commands).
"""
