"""Reason codes of the scale, with a gloss for developers and translators."""

SCALE_REASONS: dict[str, str] = {
    "scale_not_configured": "no scale is set up at this bench (Settings, Devices): type the weight",
    "scale_garbled": "the scale sent a line that is not a weight ({line}): check the baud rate and the output format",
    "scale_unit_unknown": "the scale weighs in a unit the station does not know ({unit}): set it to kg, g, lb or oz",
    "scale_not_weight": "the scale sends counts or percentages ({unit}), not weight: set it to weighing",
    "scale_shows_tare": "the scale is showing its tare value, not the weight on the platform",
    "scale_overload": "the load is beyond the scale's range",
    "scale_underload": "the scale reads below zero beyond its range: clear the platform and zero it",
    "scale_busy": "the scale cannot do that now (it is busy or not settled): try again",
    "scale_command_syntax": "the scale did not understand the command: check the protocol setting",
    "scale_command_garbled": "the command reached the scale garbled: check the cable and the baud rate",
    "scale_command_refused": "the scale refused the command in its present state",
    "scale_no_answer": "the scale has sent nothing for {seconds} s: is it on, and set to send its weight?",
    "scale_disconnected": "the scale is not connected",
    "scale_unstable": "the weight did not settle within {seconds} s: keep the load still and weigh again",
    "scale_zero_out_of_range": (
        "the scale shows {kg} kg, more than the {limit_kg} kg that may be zeroed: clear the platform first"
    ),
}
