"""The workflows of the Work tab, in the order of a battery's day at the site."""

from __future__ import annotations

from ui.workflows.certificate_page import CertificatePage
from ui.workflows.dismantling_page import DismantlingPage
from ui.workflows.hazard_page import HazardPage
from ui.workflows.intake_page import IntakePage
from ui.workflows.outbound_page import OutboundPage

PAGES = (IntakePage, DismantlingPage, HazardPage, OutboundPage, CertificatePage)
