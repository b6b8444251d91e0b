"""Small themed widgets. They report intents; they never change game state."""

from .button import Button  # noqa: F401
from .flow import Box, Chips, Gap, Item, Label, Row, Summary  # noqa: F401
from .scroll import ScrollFlow  # noqa: F401
