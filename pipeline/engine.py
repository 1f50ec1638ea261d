"""The stage interface and the pipeline built from a configuration.

A stage is a class with a `name`, the `Document` fields it `requires` and `assigns`, its
`settings` with their defaults, and `__call__(doc) -> doc` (spaCy's component shape). It loads
its resources once, when built. A `Pipeline` is the stages in the order the configuration
gives (`models/pipeline.toml`, overridable with `key=value` pairs such as
`actors.backend=jieba`); one whose stages need a field no earlier stage assigns fails at build
time, not mid-run.

Adding a stage: a class decorated with `@register`, and its name in the configuration's
`stages` list.
"""

from __future__ import annotations

import copy
import importlib
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from .document import Document
from .resources import CONFIG_FILE

ORIGIN = ("raw",)  # what a Document holds before any stage runs
REGISTRY: dict[str, type[Stage]] = {}
NATIVE = "pipeline.stages"  # importing it registers the native stages


class ConfigError(ValueError):
    """A configuration that cannot build a pipeline: the message says what to change."""


class Stage:
    """One step of the pipeline. Subclasses set the class attributes and `__call__`."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    settings: ClassVar[Mapping[str, Any]] = {}  # setting → default (its type is the default's)

    def __init__(self, **settings: Any) -> None:
        unknown = sorted(set(settings) - set(self.settings))
        if unknown:
            known = ", ".join(sorted(self.settings)) or "none"
            raise ConfigError(f"stage {self.name!r} has no setting {', '.join(unknown)} (its settings: {known})")
        self.config = {**self.settings, **settings}
        for key, value in self.config.items():
            default = self.settings[key]
            if not isinstance(value, type(default)):
                raise ConfigError(f"{self.name}.{key} must be a {type(default).__name__}, not {value!r}")

    def needs(self) -> tuple[str, ...]:
        """The fields this stage reads, as configured (a setting may narrow `requires`)."""
        return self.requires

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError


def register(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage buildable by its `name`."""
    REGISTRY[cls.name] = cls
    return cls


INGEST = "ingest"  # the settings of reading a file, which comes before the stages


@dataclass(frozen=True)
class Config:
    """The stage order and each stage's settings (a table per stage name)."""

    stages: tuple[str, ...]
    settings: Mapping[str, Mapping[str, Any]]

    @classmethod
    def load(cls, path: Path = CONFIG_FILE, overrides: Iterable[str] = ()) -> Config:
        """A TOML configuration with `key=value` overrides applied (`actors.backend=jieba`,
        `stages=layout,sentences`); a value is read as TOML, else taken as a string."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read the configuration {path}: {exc}") from None
        for item in overrides:
            _override(data, item)
        stages = data.pop("stages", None)
        if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages):
            raise ConfigError(f"{path}: `stages` must be a list of stage names")
        tables = {name: table for name, table in data.items() if isinstance(table, dict)}
        stray = sorted(set(data) - set(tables))
        if stray:
            raise ConfigError(f"{path}: {', '.join(stray)}: expected a [table] of a stage's settings")
        return cls(tuple(stages), tables)

    def until(self, stage: str) -> Config:
        """The same configuration, stopping after `stage` (showing the layout needs no actors)."""
        if stage not in self.stages:
            raise ConfigError(f"stage {stage!r} is not among the stages {list(self.stages)}")
        return replace(self, stages=self.stages[: self.stages.index(stage) + 1])

    def ocr(self) -> str:
        """`[ingest] ocr`: which PDF pages OCR reads (auto: those without a text layer)."""
        from pipeline.stages.ingest import OCR_MODES

        ingest = dict(self.settings.get(INGEST, {}))
        mode = ingest.pop("ocr", "auto")
        if ingest or mode not in OCR_MODES:
            raise ConfigError(f"[{INGEST}] takes ocr = {' | '.join(OCR_MODES)} only, got {dict(self.settings[INGEST])}")
        return mode

    def key(self) -> str:
        """A stable text of the whole configuration (pipelines are cached by it)."""
        return repr((self.stages, sorted((k, sorted(v.items())) for k, v in self.settings.items())))


def _override(data: dict[str, Any], item: str) -> None:
    key, sep, text = item.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"override {item!r}: expected key=value, e.g. actors.backend=jieba")
    key = key.strip()
    if key == "stages":
        data["stages"] = [s.strip() for s in text.split(",") if s.strip()]
        return
    table, dot, setting = key.rpartition(".")
    if not dot or not table:
        raise ConfigError(f"override {item!r}: name a stage's setting, e.g. actors.backend=jieba")
    try:
        value = tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        value = text
    data.setdefault(table, {})[setting] = value


class Pipeline:
    """Stages in order; calling it runs each over the document."""

    def __init__(self, stages: list[Stage]) -> None:
        self.stages = stages
        _check_order(stages)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def assigned(self) -> set[str]:
        return set(ORIGIN).union(*(stage.assigns for stage in self.stages))


def _check_order(stages: list[Stage]) -> None:
    available = set(ORIGIN)
    for stage in stages:
        missing = [field for field in stage.needs() if field not in available]
        if missing:
            givers = sorted({cls.name for cls in REGISTRY.values() for field in missing if field in cls.assigns})
            hint = f" (put {' or '.join(givers)} before it)" if givers else ""
            raise ConfigError(f"stage {stage.name!r} requires {', '.join(missing)}, which no stage before it assigns{hint}")
        available.update(stage.assigns)


def build(config: Config | None = None) -> Pipeline:
    """A pipeline from `config` (default: models/pipeline.toml); unknown stages or settings,
    or stages out of order, raise `ConfigError` here."""
    config = config or Config.load()
    importlib.import_module(NATIVE)
    unknown = [name for name in config.stages if name not in REGISTRY]
    if unknown:
        raise ConfigError(f"unknown stage {', '.join(map(repr, unknown))} (known: {', '.join(sorted(REGISTRY))})")
    stray = sorted(set(config.settings) - set(REGISTRY) - {INGEST})
    if stray:
        raise ConfigError(f"settings for {', '.join(map(repr, stray))}, which is no stage (known: {', '.join(sorted(REGISTRY))})")
    config.ocr()  # the reading settings, checked here too
    return Pipeline([REGISTRY[name](**copy.deepcopy(dict(config.settings.get(name, {})))) for name in config.stages])


_BUILT: dict[str, Pipeline] = {}


@cache
def default_config() -> Config:
    return Config.load()


def pipeline_for(config: Config | None = None) -> Pipeline:
    """The pipeline of `config` (default: models/pipeline.toml), built once per process: its
    stages load their resources once."""
    config = config or default_config()
    key = config.key()
    if key not in _BUILT:
        _BUILT[key] = build(config)
    return _BUILT[key]
