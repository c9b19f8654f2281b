"""The workflows of the Work tab, in the order of a battery's day at the site; the queue and corrections last."""

from __future__ import annotations

from ui.workflows.certificate_page import CertificatePage
from ui.workflows.corrections_page import CorrectionsPage
from ui.workflows.dismantling_page import DismantlingPage
from ui.workflows.hazard_page import HazardPage
from ui.workflows.inspection_page import InspectionPage
from ui.workflows.intake_page import IntakePage
from ui.workflows.outbound_page import OutboundPage
from ui.workflows.quarantine_page import QuarantinePage

PAGES = (
    IntakePage,
    InspectionPage,
    DismantlingPage,
    HazardPage,
    OutboundPage,
    CertificatePage,
    QuarantinePage,
    CorrectionsPage,
)
