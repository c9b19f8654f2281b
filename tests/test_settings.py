"""The machine settings file: declared keys only, typed, atomic, and a bad file never stops the station."""

from __future__ import annotations

import json

import pytest

from station.settings import SETTINGS, Settings, SettingsError, settings_path


def test_defaults_then_saved_values_survive_a_reopen(tmp_path):
    path = settings_path(tmp_path / "station.db")
    settings = Settings(path)
    assert settings.get("camera.width") == 1280
    settings.update({"camera.width": 1920, "camera.source": "demo"})
    again = Settings(path)
    assert again.get("camera.width") == 1920
    assert again.get("camera.source") == "demo"
    assert not path.with_name(path.name + ".tmp").exists()


def test_unknown_keys_and_wrong_types_are_refused_and_nothing_is_saved(tmp_path):
    path = tmp_path / "s.json"
    settings = Settings(path)
    with pytest.raises(SettingsError):
        settings.set("camera.nope", 1)
    with pytest.raises(SettingsError):
        settings.update({"camera.width": 1920, "camera.height": "tall"})
    with pytest.raises(SettingsError):
        settings.set("scan.duplicate_scope", "forever")
    with pytest.raises(SettingsError):
        settings.set("camera.width", True)
    assert not path.exists()
    assert settings.get("camera.width") == 1280


def test_a_hand_edited_bad_file_falls_back_to_the_defaults_per_key(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"camera.width": "wide", "camera.fps": 25, "gone.key": 1}), encoding="utf-8")
    settings = Settings(path)
    assert settings.get("camera.width") == 1280
    assert settings.get("camera.fps") == 25.0
    path.write_text("{not json", encoding="utf-8")
    assert Settings(path).get("camera.fps") == 30.0


def test_every_declaration_accepts_its_own_default():
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)
    for setting in SETTINGS:
        assert setting.accepts(setting.default), setting.key
        assert setting.description
