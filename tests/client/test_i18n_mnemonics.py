"""No two '&' letters of one window clash, in Portuguese and in English (each form, translated)."""
from __future__ import annotations

import pytest

from ._i18n_tools import i18n_check


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    return i18n_check.compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_no_mnemonic_clash(qapp, qm_dir, language):
    translator = i18n_check.install_language(qapp, language, qm_dir)
    try:
        problems = (i18n_check.mnemonic_clashes() + i18n_check.main_window_clashes()
                    + i18n_check.composed_window_clashes())
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
    assert problems == [], f"choose other '&' letters ({language}):\n" + "\n".join(problems)


def test_clash_rules():
    assert i18n_check.mnemonic("&File") == "f" and i18n_check.mnemonic("Find &Client") == "c"
    assert i18n_check.mnemonic("Tom && Jerry") is None
    same_page = [("e", "&Editar", {1: 0}), ("e", "D&e:", {1: 0})]
    other_pages = [("e", "&Editar", {1: 3}), ("e", "D&e:", {1: 2})]
    assert i18n_check.clashes(same_page) == [("&Editar", "D&e:")]
    assert i18n_check.clashes(other_pages) == []
