"""Reason codes of sync problems (the server's refusals and the client's own findings) and the resolution codes
``station.sync.pusher.RESOLUTIONS`` assigns them, with a gloss for developers and translators."""

SYNC_REASONS: dict[str, str] = {
    "hash_mismatch": "the server found an event whose content does not match its hash: the local log was altered",
    "differs_from_stored": "the server holds another event under this sequence number",
    "prev_hash_mismatch": "the event does not continue the chain the server holds",
    "server_chain_differs": "the server's copy of this station's history differs from the local log",
    "server_ahead": "the server holds more of this station's history than the station (a restored backup?)",
    "station_mismatch": "the event names another station",
    "id_reused": "the event's id was already used by another event",
    "malformed": "the server cannot read the event (the station's software is older or newer than the server's)",
    "event_too_large": "the event is larger than the server accepts",
    "token_invalid": "the server does not know this station's token",
    "token_revoked": "this station's token was revoked",
    "token_missing": "the request carried no token",
    "token_for_other_station": "the token belongs to another station",
    "not_enrolled": "this station is not enrolled with a central server",
    "server_unreachable": "the central server cannot be reached (network down, or the server is off): retrying",
    "server_certificate_untrusted": (
        "the central server's TLS certificate is not trusted (wrong CA bundle, expired, or another host): retrying"
    ),
    # enrolment: the server's refusals, and the station's checks before it asks
    "enrolment_code_invalid": "the server does not accept the enrolment code (unknown, already used, or expired)",
    "enrolment_code_for_other_station": "the enrolment code was issued for another station",
    "station_already_enrolled": "the server already has this station: a re-enrolment code is needed",
    "server_url_invalid": "the server address is not an http(s) URL with a host",
    "enrolment_code_missing": "no enrolment code was given",
    # resolutions
    "verify_and_restore": "run `trace-station events verify`; restore the database from a backup or call support",
    "update_software": "update the station's software",
    "re_enrol": "enrol the station again with a new code from the site manager",
    "split_event": "correct the event into smaller ones",
    "contact_support": "call support with the station's log",
}
