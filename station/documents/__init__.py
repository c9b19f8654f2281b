"""Documents the station produces: labels (ZPL and PDF) and certificates of disposal (PDF).

Pure: data in, bytes out. Printing them is ``hardware.printers``'s job.
"""
