"""The page a person reaches by scanning a certificate's QR code with a phone: one verdict, the key facts, in
Chinese and English side by side (a buyer, an inspector or a foreign partner reads the same page).

Plain HTML and inline CSS, no script, nothing loaded from elsewhere: it opens on any phone and on a weak network.
Every value shown passes through ``html.escape``; the facts come from stations, and a station's name or a revocation
reason is text someone typed.
"""

from __future__ import annotations

from html import escape

from server.certificates import CertificateCheck

# status -> (Chinese, English, CSS colour)
HEADLINES = {
    "valid": ("有效", "Valid", "#1b7f3b"),
    "revoked": ("已撤销", "Revoked", "#b3261e"),
    "superseded": ("已被新版本取代", "Superseded", "#a15c00"),
    "unknown": ("无法确认", "Unknown", "#5f6368"),
    "invalid": ("无效", "Invalid", "#b3261e"),
}
# reason (or status, for valid) -> (Chinese, English)
EXPLANATIONS = {
    "valid": (
        "签名与该工作站在平台登记的密钥相符，证明已在平台登记并且有效。",
        "The signature matches the key the station registered with the platform; the certificate is on record and "
        "in force.",
    ),
    "certificate_revoked": (
        "出具单位已撤销此证明，它不再有效。",
        "The issuer revoked this certificate; it is no longer in force.",
    ),
    "certificate_superseded": (
        "此版本已被更新的版本取代，请向出具单位索取最新版本。",
        "A newer version replaces this one; ask the issuer for the current version.",
    ),
    "key_unknown": (
        "平台不认识签署此证明的密钥。",
        "The platform does not know the key that signed this certificate.",
    ),
    "certificate_not_on_record": (
        "签名真实，但出具工作站尚未把此证明同步到平台，请稍后再试。",
        "The signature is genuine, but the issuing station has not yet synced this certificate to the platform. "
        "Try again later.",
    ),
    "payload_missing": (
        "未收到证明编码，请扫描证明上的二维码。",
        "No certificate code was given: scan the QR code on the certificate.",
    ),
    "payload_malformed": ("证明编码不完整或已损坏。", "The certificate code is incomplete or damaged."),
    "signature_invalid": (
        "签名不符：证明内容可能被篡改。",
        "The signature does not match: the content may have been altered.",
    ),
    "key_station_mismatch": (
        "签名密钥不属于证明所称的工作站。",
        "The signing key does not belong to the station the certificate names.",
    ),
    "record_differs": (
        "此证明与出具工作站在平台登记的记录不符。",
        "This certificate differs from the record its station holds on the platform.",
    ),
}
KINDS = {"dismantling": "拆解 dismantling", "recycling": "再生利用 recycling", "destruction": "销毁 destruction"}
LABELS = {
    "number": ("证明编号", "Number"),
    "version": ("版本", "Version"),
    "kind": ("类型", "Kind"),
    "issued_at": ("出具时间 (UTC)", "Issued (UTC)"),
    "pack": ("电池包编码", "Battery pack code"),
    "vin": ("车辆识别代号", "VIN"),
    "issuer_name": ("出具单位", "Issuer"),
    "issuer_uscc": ("统一社会信用代码", "Issuer's credit code"),
    "station": ("工作站", "Station"),
    "site": ("平台登记的站点", "Site registered on the platform"),
    "latest_version": ("最新版本", "Latest version"),
    "revoked_at": ("撤销时间", "Revoked at"),
    "revoked_reason": ("撤销原因", "Reason for revocation"),
}

STYLE = """
body{margin:0;font-family:system-ui,-apple-system,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
background:#f6f7f9;color:#1f1f1f;line-height:1.45}
main{max-width:36rem;margin:0 auto;padding:1rem}
h1{font-size:1.1rem;margin:.5rem 0 1rem}
.en{display:block;color:#555;font-size:.9em}
.verdict{border-radius:.6rem;padding:1rem;color:#fff}
.status{font-size:1.8rem;font-weight:700;margin:0}
.verdict .en{color:inherit;opacity:.9}
.verdict p{margin:.4rem 0 0}
dl{background:#fff;border-radius:.6rem;padding:.5rem 1rem;margin:1rem 0}
dl div{padding:.5rem 0;border-bottom:1px solid #e3e3e3}
dl div:last-child{border-bottom:0}
dt{font-size:.85rem;color:#555}
dd{margin:0;font-weight:600;overflow-wrap:anywhere}
footer{font-size:.8rem;color:#666}
"""


def render(check: CertificateCheck) -> str:
    zh, en, colour = HEADLINES[check.status]
    explanation = EXPLANATIONS.get(check.reason or check.status, EXPLANATIONS.get(check.status, ("", "")))
    rows = "".join(_row(key, value) for key, value in _facts(check))
    facts = f'<dl id="facts">{rows}</dl>' if rows else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>处置证明核验 · Certificate verification</title>
<style>{STYLE}</style>
</head>
<body data-status="{escape(check.status)}" data-reason="{escape(check.reason or "")}">
<main>
<h1>动力电池处置证明核验<span class="en" lang="en">Battery certificate of disposal: verification</span></h1>
<section id="verdict" class="verdict" style="background:{colour}">
<p class="status">{escape(zh)}<span class="en" lang="en">{escape(en)}</span></p>
<p>{escape(explanation[0])}<span class="en" lang="en">{escape(explanation[1])}</span></p>
</section>
{facts}
<footer><p>核验依据：工作站在平台登记的 Ed25519 公钥及其同步到平台的记录。<span class="en" lang="en">Checked against the
Ed25519 key the station registered with the platform and the records it synced.</span></p></footer>
</main>
</body>
</html>
"""


def _facts(check: CertificateCheck) -> list[tuple[str, object]]:
    if not check.signature_proven:
        return []  # unproven claims are not shown: they would lend a forgery the page's authority
    f, r = check.facts, check.record
    rows: list[tuple[str, object]] = [
        ("number", f.get("n")),
        ("version", f.get("v")),
        ("kind", KINDS.get(str(f.get("k")), f.get("k"))),
        ("issued_at", f.get("t")),
        ("pack", f.get("p")),
        ("vin", f.get("vin")),
        ("issuer_name", r.issuer_name if r else None),
        ("issuer_uscc", f.get("i")),
        ("station", f.get("st")),
    ]
    if r is not None:
        rows.append(("site", f"{r.site_name} ({r.site_id})"))
        if check.status == "superseded":
            rows.append(("latest_version", r.latest_version))
        rows += [("revoked_at", r.revoked_at), ("revoked_reason", r.revoked_reason)]
    return [(k, v) for k, v in rows if v not in (None, "")]


def _row(key: str, value: object) -> str:
    zh, en = LABELS[key]
    return (
        f'<div data-field="{escape(key)}"><dt>{escape(zh)}<span class="en" lang="en">{escape(en)}</span></dt>'
        f"<dd>{escape(str(value))}</dd></div>"
    )
