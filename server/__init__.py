"""The central server: stations enrol, push their hash-chained event logs, and (later issues) pull reference data,
look up battery histories across sites and have certificates verified.

It imports the station's event hashing (``station.store.events``) so both sides compute one hash by one code; the
station never imports the server: they speak HTTP only.
"""
