"""Certificates of disposal: the data (``model``), the signed QR payload (``signing``), the A4 PDF (``render``),
issuing / revoking / re-issuing as events (``issuing``) and offline verification (``verify``)."""
