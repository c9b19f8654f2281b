"""Offline-first sync with the central server: the station pushes its event log from the acknowledged cursor.

``state`` keeps the sync facts in the database's ``meta`` table (never as events: they are not history),
``client`` speaks HTTP, ``pusher`` runs one round, ``service`` runs rounds forever in a background thread with
back-off, and ``enrolment`` turns a one-time code into a token. No Qt here: the UI polls ``SyncService.status``.
"""
