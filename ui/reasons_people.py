"""Words for the reason codes of operators and log-in (``station.operators.REASONS``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ROLE_TEXTS: dict[str, str] = {
    "technician": QT_TRANSLATE_NOOP("Role", "technician"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "supervisor"),
    "administrator": QT_TRANSLATE_NOOP("Role", "administrator"),
}

ACTION_TEXTS: dict[str, str] = {
    "correct": QT_TRANSLATE_NOOP("Action", "correct a record"),
    "revoke_certificate": QT_TRANSLATE_NOOP("Action", "revoke a certificate"),
    "release_quarantine": QT_TRANSLATE_NOOP("Action", "release a battery from quarantine"),
    "edit_ruleset": QT_TRANSLATE_NOOP("Action", "change the rule set"),
    "configure_station": QT_TRANSLATE_NOOP("Action", "change the station's set-up"),
    "manage_operators": QT_TRANSLATE_NOOP("Action", "manage operators"),
}

PEOPLE_TEXTS: dict[str, str] = {
    "not_permitted": QT_TRANSLATE_NOOP(
        "Reason", "You may not {action}: it takes the role “{needs}” or higher. Ask someone with it to log in."
    ),
    "first_operator_not_administrator": QT_TRANSLATE_NOOP(
        "Reason", "The first operator of a station must be an administrator."
    ),
    "operator_name_missing": QT_TRANSLATE_NOOP("Reason", "Enter the operator's name."),
    "operator_role_unknown": QT_TRANSLATE_NOOP("Reason", "“{role}” is not an operator role."),
    "operator_name_taken": QT_TRANSLATE_NOOP("Reason", "An operator called “{name}” already exists."),
    "operator_unknown": QT_TRANSLATE_NOOP("Reason", "This operator is not known at this station."),
    "operator_unchanged": QT_TRANSLATE_NOOP("Reason", "Nothing was changed."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Reason", "This is the station's last administrator: make another operator administrator first."
    ),
    "login_failed": QT_TRANSLATE_NOOP("Reason", "Wrong name or PIN."),
    "login_locked": QT_TRANSLATE_NOOP(
        "Reason",
        "Too many wrong PINs. This name is locked for {minutes} minute(s), or until an administrator resets the PIN.",
    ),
    "badge_unknown": QT_TRANSLATE_NOOP("Reason", "This badge belongs to no operator of this station."),
    "badge_taken": QT_TRANSLATE_NOOP("Reason", "This badge already belongs to another operator."),
    "badge_is_battery_label": QT_TRANSLATE_NOOP(
        "Reason", "That is a battery label, not a badge: nothing was recorded. Log in first."
    ),
    "pin_not_digits": QT_TRANSLATE_NOOP("Reason", "A PIN is made of digits only."),
    "pin_length": QT_TRANSLATE_NOOP("Reason", "A PIN has {min} to {max} digits."),
    "pin_too_simple": QT_TRANSLATE_NOOP(
        "Reason", "This PIN is too easy to guess (one digit repeated, or a run such as 1234)."
    ),
}
