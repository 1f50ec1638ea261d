"""Where the pipeline's resources live: one module locates them all.

`models/` holds every rule table, pattern file, gazetteer and trained model, and the default
pipeline configuration (`pipeline.toml`); stages ask here for paths instead of computing them.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
CONFIG_FILE = MODELS / "pipeline.toml"
FACTORY_DATA = ROOT / "tools" / "factory" / "data"  # the article factory's renderings (a checkout, not a wheel)


def resource(*parts: str) -> Path:
    """A file under models/, e.g. `resource("layout", "patterns.json")`."""
    return MODELS.joinpath(*parts)


def check_features_version(spec: dict, version: int, model: str, command: str) -> None:
    """A trained model's file (`spec`) must describe its inputs as the code computes them
    (`version`); else the error says which `claims train` command rebuilds it."""
    if spec["features_version"] != version:
        raise ValueError(f"{model} model built for features v{spec['features_version']}, code has v{version}: "
                         f"run `claims train {command}`")
