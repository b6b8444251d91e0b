"""Drive the game the way a person does: post keyboard, mouse and text events, run frames."""

import pygame

from game.ui.intents import coerce


def pump(app, *events, frames: int = 1):
    for event in events:
        pygame.event.post(event)
    for _ in range(frames):
        app.frame(pygame.event.get(), 1 / 60)


def key(app, k, mod=0):
    pump(
        app,
        pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0),
        pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode="", scancode=0),
    )


def type_text(app, text):
    pump(app, *(pygame.event.Event(pygame.TEXTINPUT, text=ch) for ch in text))


def click(app, pos):
    pump(
        app,
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)),
        pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1),
        pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1),
    )


def button_pos(flow, intent):
    """Window position of the button with this intent (typed, or in its older spelling), scrolled into
    view first."""
    intent = coerce(intent)
    for button in flow.buttons():
        if button.intent == intent:
            flow.scroll_to(button.rect)
            r = button.rect.move(flow.rect.x, flow.rect.y - flow.offset)
            visible = r.clip(flow.rect)
            return visible.center
    raise AssertionError(f"no button {intent!r}; have {[b.intent for b in flow.buttons()]}")


def open_vote(app, team="Kelas B"):
    """From the title: the workshop, a team name, the first scenario, then a choice opens the vote."""
    from game.ui.screens.vote import VoteScreen

    app.top.on_intent("workshop")
    app.top.entry.text = ""
    type_text(app, team)
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    assert isinstance(app.top, VoteScreen)
    return app.top
