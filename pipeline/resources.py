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
