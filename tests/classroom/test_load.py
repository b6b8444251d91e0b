"""60 phones vote at once on 127.0.0.1 (asyncio + aiohttp's client, bounded by a timeout, no timed
assertion): each opens the page, asks for the vote, votes, a third of them change their minds; every
answer is good and the tally counts 60."""

import asyncio
import random

import aiohttp

from .conftest import QUESTION

PHONES = 60


async def one_phone(http, url, n, vote_id):
    token = f"{n:032x}"
    async with http.get(url) as page:
        assert page.status == 200
        await page.text()
    async with http.get(f"{url}state?token={token}") as state:
        assert state.status == 200 and (await state.json())["vote"] == vote_id
    choices = ["a", "b", "c"]
    first = choices[n % 3]
    async with http.post(f"{url}vote", json={"vote": vote_id, "token": token, "choice": first}) as answer:
        assert answer.status == 200 and (await answer.json())["ok"]
    if n % 3 == 0:  # a change of mind replaces the first vote
        async with http.post(f"{url}vote", json={"vote": vote_id, "token": token, "choice": "b"}) as again:
            assert (await again.json())["result"] == "replaced"
    return n


async def the_class(url, vote_id):
    connector = aiohttp.TCPConnector(limit=0)  # every phone its own connection, all at once
    async with aiohttp.ClientSession(connector=connector) as http:
        order = list(range(PHONES))
        random.Random(16).shuffle(order)
        return await asyncio.gather(*(one_phone(http, url, n, vote_id) for n in order))


def test_sixty_phones_vote_at_once(server):
    vote_id = server.open_vote(QUESTION)
    done = asyncio.run(asyncio.wait_for(the_class(server.address.url, vote_id), 30))
    assert sorted(done) == list(range(PHONES))  # no phone failed
    _, counts, voters, is_open = server.snapshot()
    assert voters == PHONES and sum(counts) == PHONES and is_open
    assert counts == [0, 40, 20]  # a's 20 all changed to b
    assert server.close_vote() == {"b": 40, "c": 20}
