"""The first-run set-up wizard, and the one way the set-up is saved (the wizard and the Settings dialog share it):
the site's configuration through ``configure_station`` on the writer, as one audited event and only when it
changed; the bench's devices into the machine settings, in the same job, right after."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from station.operations.errors import OperationError
from station.operations.reference import configure_station
from station.settings import Settings
from station.store.store import Store
from ui.reasons import describe
from ui.setup_pages import DevicesPage, SetupPage, SitePage, StationPage
from ui.tasks import TaskRunner

# What a configuration written before a key existed means by its absence.
CONFIG_DEFAULTS: dict[str, Any] = {
    "site_name": "",
    "site_address": "",
    "site_contact": "",
    "site_uscc": "",
    "licences": [],
    "echelon_maker": "",
}


@dataclass(frozen=True)
class Saved:
    config: tuple[str, ...]  # the configuration keys changed: one ``station.configured`` event when not empty
    settings: tuple[str, ...]  # the machine settings changed (the devices are rebuilt from them at start-up)


def needs_setup(store: Store) -> bool:
    """True while the site's name or credit code was never configured (a new station)."""
    config = store.config() or {}
    return not config.get("site_name") or not config.get("site_uscc")


def save_setup(
    store: Store,
    settings: Settings,
    tasks: TaskRunner,
    actor: str,
    config: Mapping[str, Any],
    devices: Mapping[str, Any],
    on_done: Callable[[Saved], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Save what changed, on the writer: the configuration (refused as a whole by the core when invalid, and then
    no setting is changed either), then the settings (all or none)."""

    def job() -> Saved:
        current = store.config() or {}
        changes = {k: v for k, v in config.items() if current.get(k, CONFIG_DEFAULTS.get(k)) != v}
        if changes:
            configure_station(store, actor, **changes)
        wiring = {k: v for k, v in devices.items() if settings.get(k) != v}
        if wiring:
            settings.update(wiring)
        return Saved(tuple(sorted(changes)), tuple(sorted(wiring)))

    tasks.write(job, on_done, on_error)


class SetupForm(QObject):
    """The three pages loaded from the store and the settings, and their saving."""

    def __init__(
        self, store: Store, settings: Settings, tasks: TaskRunner, actor: Callable[[], str], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._store, self._settings, self._tasks, self._actor = store, settings, tasks, actor
        self.site = SitePage(store.ruleset())
        self.station = StationPage(store, tasks)
        self.devices = DevicesPage()
        self.site.load(store.config() or {})
        self.station.load()
        self.devices.load(settings.as_dict())
        self.saving = False

    @property
    def pages(self) -> tuple[SetupPage, ...]:
        return (self.site, self.station, self.devices)

    def first_invalid(self) -> SetupPage | None:
        """Every page checked (each shows its problems); the first with a problem."""
        invalid = [page for page in self.pages if page.validate()]
        return invalid[0] if invalid else None

    def save(self, on_done: Callable[[Saved], None], on_error: Callable[[str], None]) -> None:
        """``on_error`` gets the refusal in the operator's words."""
        self.saving = True
        config = {**self.site.values(), **self.station.values()}

        def done(result: Saved) -> None:
            self.saving = False
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.saving = False
            on_error(self.problem(exc))

        save_setup(self._store, self._settings, self._tasks, self._actor(), config, self.devices.values(), done, failed)

    def problem(self, exc: BaseException) -> str:
        if isinstance(exc, OperationError):
            return describe(exc.reason, exc.params)
        return self.tr("The set-up could not be saved: %1").replace("%1", str(exc))


class _Step(QWizardPage):
    """One set-up page in the wizard; Next (or Finish) only when the page has no problem."""

    def __init__(self, page: SetupPage) -> None:
        super().__init__()
        self.page = page
        QVBoxLayout(self).addWidget(page)

    def validatePage(self) -> bool:
        return not self.page.validate()


class SetupWizard(QWizard):
    """Shown on a new station (``needs_setup``): the site, the station and its server, the devices. Finish saves
    through ``save_setup`` and closes when it is saved (``accepted``; ``saved`` carries what changed); a refusal
    is shown on the last page and the wizard stays open. Cancel saves nothing (an enrolment done meanwhile stays)."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        tasks: TaskRunner,
        actor: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = SetupForm(store, settings, tasks, actor, self)
        self.saved = None  # the Saved of the finish, once saved
        self.steps = [_Step(page) for page in self.form.pages]
        for step in self.steps:
            self.addPage(step)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(760, 560)
        self.resize(900, 640)  # fits 1366×768 with the taskbar
        self.retranslate()

    @property
    def site(self) -> SitePage:
        return self.form.site

    @property
    def station(self) -> StationPage:
        return self.form.station

    @property
    def devices(self) -> DevicesPage:
        return self.form.devices

    def accept(self) -> None:
        """Finish: check every page (one may have been changed after going back), then save on the writer."""
        if self.form.saving:
            return
        invalid = self.form.first_invalid()
        if invalid is not None:
            while self.currentPage() is not self.steps[self.form.pages.index(invalid)] and self.currentId() > 0:
                self.back()
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.form.save(self._saved, self._failed)

    def _saved(self, result: object) -> None:
        self.saved = result
        QWizard.accept(self)

    def _failed(self, words: str) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        page = self.steps[self.currentId()].page if self.currentId() >= 0 else self.devices
        page.problems.setText(words)
        page.problems.setVisible(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this station"))
        titles = (
            (self.tr("The site"), self.tr("Who runs this site: these details are printed on its certificates.")),
            (
                self.tr("This station and the central server"),
                self.tr("A central server is optional: the station works fully without one."),
            ),
            (self.tr("Bench devices"), self.tr("Choose what is connected; each can be changed later in Settings.")),
        )
        for step, (title, subtitle) in zip(self.steps, titles, strict=True):
            step.setTitle(title)
            step.setSubTitle(subtitle)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
