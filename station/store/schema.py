"""Every projection table, gathered from the modules that define them (rebuild and integrity walk this list).

A capability that adds projection tables defines its models in its own module, creates them in a new numbered
migration, and lists them here. Tables whose every row was written by one event, named by a ``seq`` column, go in
``EVENT_ROW_TABLES`` too: a correction's replay deletes the rows of the events it replays and writes them again.
"""

from __future__ import annotations

from station.store import certificate_models, hazard_models, models, operator_models

PROJECTIONS: tuple[type[models.BaseModel], ...] = (
    *models.PROJECTIONS,
    *hazard_models.PROJECTIONS,
    *certificate_models.PROJECTIONS,
    *operator_models.PROJECTIONS,
)

EVENT_ROW_TABLES: tuple[str, ...] = tuple(
    model._meta.table_name for model in (*hazard_models.PROJECTIONS, *certificate_models.PROJECTIONS)
)
