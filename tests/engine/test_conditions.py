import pytest

from game.engine.conditions import ConditionError, parse


def run(source, **names):
    return parse(source).evaluate(lambda n: names.get(n, False))


@pytest.mark.parametrize(
    "source, names, expected",
    [
        ("trust >= 50", {"trust": 50}, True),
        ("trust >= 50", {"trust": 49}, False),
        ("trust > 10 and not paved", {"trust": 20}, True),
        ("trust > 10 and not paved", {"trust": 20, "paved": True}, False),
        ("a > 1 or b > 1", {"a": 0, "b": 2}, True),
        ("a > 1 atau b > 1", {"a": 0, "b": 0}, False),
        ("a > 1 dan b > 1", {"a": 2, "b": 2}, True),
        ("(a + b) - 1 == 4", {"a": 2, "b": 3}, True),
        ("-a < 0", {"a": 1}, True),
        ("choice == 'road'", {"choice": "road"}, True),
        ("choice != \"road\"", {"choice": "water"}, True),
        ("flag", {}, False),
        ("true", {}, True),
        ("not false and 2.5 > 2", {}, True),
        ("'a' < 3", {}, False),
    ],
)
def test_evaluates(source, names, expected):
    assert run(source, **names) is expected


def test_names_are_collected():
    assert parse("trust >= 5 and (paved or month > 2)").names == {"trust", "paved", "month"}


@pytest.mark.parametrize(
    "source, offset",
    [
        ("trust >=", 8),
        ("trust >= 5 and", 14),
        ("(trust >= 5", 0),
        ("trust => 5", 6),
        ("__import__('os').system('x')", 16),
        ("trust; 5", 5),
        ("trust >= 5 5", 11),
    ],
)
def test_bad_conditions_report_where(source, offset):
    with pytest.raises(ConditionError) as info:
        parse(source)
    assert info.value.offset == offset


def test_no_python_is_ever_evaluated():
    # attribute access, calls and subscripts do not exist in the language
    for source in ("a.b", "f(1)", "a[0]", "lambda: 1", "1 if a else 2"):
        with pytest.raises(ConditionError):
            parse(source)
