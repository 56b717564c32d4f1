import importlib.util
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_scheme_pages_are_generated() -> None:
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, text in mod.pages().items():
        assert (DOCS / "schemes" / name).read_text(encoding="utf-8") == text, f"run docs/generate.py ({name})"


def test_howto_examples_run() -> None:
    import doctest

    failures, tried = doctest.testfile(str(DOCS / "howto.md"), module_relative=False, encoding="utf-8")
    assert tried > 10 and failures == 0
