"""Guard against drift: every setting and every CLI command is documented in the README."""

from __future__ import annotations

from kg.cli import build_parser
from kg.config import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    missing = [f"KG_{name.upper()}" for name in Settings.model_fields if f"KG_{name.upper()}" not in README]
    assert not missing, f"README lacks settings: {missing}"


def test_every_command_is_documented():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    missing = [c for c in sub.choices if f"kg {c}" not in README]
    assert not missing, f"README lacks commands: {missing}"


def test_readme_gives_the_two_commands():
    assert "make run" in README and "make test" in README
