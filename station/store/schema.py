"""Every projection table, gathered from the modules that define them (rebuild and integrity walk this list).

A capability that adds projection tables defines its models in its own module, creates them in a new numbered
migration, and lists them here.
"""

from __future__ import annotations

from station.store import certificate_models, hazard_models, models

PROJECTIONS: tuple[type[models.BaseModel], ...] = (
    *models.PROJECTIONS,
    *hazard_models.PROJECTIONS,
    *certificate_models.PROJECTIONS,
)
