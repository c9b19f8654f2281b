<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <location filename="../../ui/reasons_people.py" line="14"/>
        <source>correct a record</source>
        <translation>correct a record</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="15"/>
        <source>revoke a certificate</source>
        <translation>revoke a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="16"/>
        <source>release a battery from quarantine</source>
        <translation>release a battery from quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="17"/>
        <source>change the rule set</source>
        <translation>change the rule set</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="18"/>
        <source>change the station&apos;s set-up</source>
        <translation>change the station&apos;s set-up</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="19"/>
        <source>manage operators</source>
        <translation>manage operators</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <location filename="../../ui/batch_issue.py" line="90"/>
        <source>Issuing the day&apos;s certificates</source>
        <translation>Issuing the day&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="91"/>
        <source>Finding the packs dismantled that day…</source>
        <translation>Finding the packs dismantled that day…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="92"/>
        <source>Stop after this pack</source>
        <translation>Stop after this pack</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="107"/>
        <source>%1: certificate %2</source>
        <translation>%1: certificate %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="109"/>
        <source>(printed)</source>
        <translation>(printed)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="111"/>
        <source>(not printed: %1 The job waits for a retry.)</source>
        <translation>(not printed: %1 The job waits for a retry.)</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="116"/>
        <source>%1: not issued. %2</source>
        <translation>%1: not issued. %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="128"/>
        <source>%1 issued, %2 not issued.</source>
        <translation>%1 issued, %2 not issued.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="133"/>
        <source>Stopped: the remaining packs are issued by the next run.</source>
        <translation>Stopped: the remaining packs are issued by the next run.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="135"/>
        <source>No pack dismantled that day is waiting for a certificate.</source>
        <translation>No pack dismantled that day is waiting for a certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="140"/>
        <source>The batch stopped: %1</source>
        <translation>The batch stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="144"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <location filename="../../ui/battery_card.py" line="27"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="29"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="30"/>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="32"/>
        <source>Chemistry</source>
        <translation>Chemistry</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="33"/>
        <source>Production date</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="34"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41"/>
        <location filename="../../ui/event_words.py" line="79"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41"/>
        <location filename="../../ui/event_words.py" line="80"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41"/>
        <location filename="../../ui/event_words.py" line="81"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/camera_view.py" line="105"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="125"/>
        <source>%1 Reconnecting…</source>
        <translation>%1 Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="127"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="129"/>
        <source>The camera has stopped.</source>
        <translation>The camera has stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="148"/>
        <source>DEMO camera: not a real scan</source>
        <translation>DEMO camera: not a real scan</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="59"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="60"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="61"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="226"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="229"/>
        <source>Scan the pack&apos;s label, or type its code</source>
        <translation>Scan the pack&apos;s label, or type its code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="230"/>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="231"/>
        <source>Certificate of disposal</source>
        <translation>Certificate of disposal</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="232"/>
        <source>Revoke (supervisor)</source>
        <translation>Revoke (supervisor)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="233"/>
        <source>Why the certificate is revoked (required)</source>
        <translation>Why the certificate is revoked (required)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="236"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="237"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="238"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="256"/>
        <source>Scan or type the pack&apos;s code first.</source>
        <translation>Scan or type the pack&apos;s code first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="289"/>
        <source>This battery is not on record at this station.</source>
        <translation>This battery is not on record at this station.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="291"/>
        <source>Certificates are issued for packs: this code is a module or a cell.</source>
        <translation>Certificates are issued for packs: this code is a module or a cell.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="295"/>
        <source>Certified: certificate %1, version %2.</source>
        <translation>Certified: certificate %1, version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="301"/>
        <source>Not ready for a certificate: the pack is %1; it must be dismantled first.</source>
        <translation>Not ready for a certificate: the pack is %1; it must be dismantled first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="306"/>
        <source>Dismantled, but the certificate is blocked:</source>
        <translation>Dismantled, but the certificate is blocked:</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="310"/>
        <source>Every certificate of this pack was revoked: a new one can be issued.</source>
        <translation>Every certificate of this pack was revoked: a new one can be issued.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="311"/>
        <source>Dismantled and not yet certified: the certificate can be issued.</source>
        <translation>Dismantled and not yet certified: the certificate can be issued.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="321"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="323"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="328"/>
        <source>Revoke the certificate in force; the reason is recorded</source>
        <translation>Revoke the certificate in force; the reason is recorded</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="330"/>
        <source>Only a supervisor may revoke a certificate</source>
        <translation>Only a supervisor may revoke a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="381"/>
        <source>Press Preview to see the certificate.</source>
        <translation>Press Preview to see the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="383"/>
        <source>Certificate %1 as it was signed.</source>
        <translation>Certificate %1 as it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="385"/>
        <source>Preview only: not issued and not signed; the number is given on issue.</source>
        <translation>Preview only: not issued and not signed; the number is given on issue.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="414"/>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="445"/>
        <source>The certificate could not be printed or saved: %1</source>
        <translation>The certificate could not be printed or saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="449"/>
        <source>No certificate printer is set at this bench. The PDF was saved as %1</source>
        <translation>No certificate printer is set at this bench. The PDF was saved as %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="453"/>
        <source>Certificate %1 was printed.</source>
        <translation>Certificate %1 was printed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="457"/>
        <source>Certificate %1 waits in the print queue: %2</source>
        <translation>Certificate %1 waits in the print queue: %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="471"/>
        <source>Give the reason for revoking the certificate.</source>
        <translation>Give the reason for revoking the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="482"/>
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="482"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <location filename="../../ui/duty_views.py" line="157"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="158"/>
        <source>Identification code</source>
        <translation>Identification code</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="159"/>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="160"/>
        <source>Contents (kg)</source>
        <translation>Contents (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="161"/>
        <source>Stored since</source>
        <translation>Stored since</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="162"/>
        <source>Storage deadline</source>
        <translation>Storage deadline</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="163"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="164"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="192"/>
        <source>%1 containers on site: %2 past the storage limit, %3 nearing it.</source>
        <translation>%1 containers on site: %2 past the storage limit, %3 nearing it.</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="157"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="160"/>
        <source>The battery&apos;s records</source>
        <translation>The battery&apos;s records</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="161"/>
        <source>Correct the chosen record</source>
        <translation>Correct the chosen record</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="162"/>
        <source>Scan the battery&apos;s label, or type its code or recycling number</source>
        <translation>Scan the battery&apos;s label, or type its code or recycling number</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="163"/>
        <source>Show the records</source>
        <translation>Show the records</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="164"/>
        <source>Void the record</source>
        <translation>Void the record</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="165"/>
        <source>Amend its values</source>
        <translation>Amend its values</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="166"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="166"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="167"/>
        <source>Reason for the correction (required)</source>
        <translation>Reason for the correction (required)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="168"/>
        <source>e.g. mass typed wrong: the scale read 401.5 kg</source>
        <translation>e.g. mass typed wrong: the scale read 401.5 kg</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="169"/>
        <source>Record the correction</source>
        <translation>Record the correction</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="233"/>
        <source>This kind of record cannot be corrected here.</source>
        <translation>This kind of record cannot be corrected here.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="252"/>
        <source>Choose the record to correct.</source>
        <translation>Choose the record to correct.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="325"/>
        <source>A new record that voids or amends the chosen one; the original stays</source>
        <translation>A new record that voids or amends the chosen one; the original stays</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="327"/>
        <source>Only a supervisor or an administrator may correct a record.</source>
        <translation>Only a supervisor or an administrator may correct a record.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="333"/>
        <source>Choose the record to correct first.</source>
        <translation>Choose the record to correct first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="338"/>
        <source>The value of %1 must be a number.</source>
        <translation>The value of %1 must be a number.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="341"/>
        <source>No value was changed: change one, or void the record.</source>
        <translation>No value was changed: change one, or void the record.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="351"/>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="351"/>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="352"/>
        <source>Correction recorded</source>
        <translation>Correction recorded</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="352"/>
        <source>The record was %1.</source>
        <translation>The record was %1.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="379"/>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="379"/>
        <source>The correction that was being typed is back.</source>
        <translation>The correction that was being typed is back.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="51"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="52"/>
        <source>Something went wrong: %1

Every record saved so far is safe. The details are in the log file.</source>
        <translation>Something went wrong: %1

Every record saved so far is safe. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Working days left</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="148"/>
        <source>%1 uploads waiting: %2 overdue, %3 at risk.</source>
        <translation>%1 uploads waiting: %2 overdue, %3 at risk.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="40"/>
        <source>Echelon use</source>
        <translation>Echelon use</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="41"/>
        <source>Recycling</source>
        <translation>Recycling</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="572"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="573"/>
        <source>Serial scanner p&amp;ort:</source>
        <translation>Serial scanner p&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="574"/>
        <source>Scanner baud r&amp;ate:</source>
        <translation>Scanner baud r&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="575"/>
        <source>Scale &amp;port:</source>
        <translation>Scale &amp;port:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="576"/>
        <source>Scale baud &amp;rate:</source>
        <translation>Scale baud &amp;rate:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="577"/>
        <source>Scale pro&amp;tocol:</source>
        <translation>Scale pro&amp;tocol:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="578"/>
        <source>C&amp;ertificate printer:</source>
        <translation>C&amp;ertificate printer:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="579"/>
        <source>&amp;Label printer:</source>
        <translation>&amp;Label printer:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="583"/>
        <source>the built-in demo camera (marked DEMO)</source>
        <translation>the built-in demo camera (marked DEMO)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="587"/>
        <source>the system&apos;s default printer</source>
        <translation>the system&apos;s default printer</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="600"/>
        <source>the first camera found, else the demo</source>
        <translation>the first camera found, else the demo</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="602"/>
        <source>none (or type a port such as /dev/ttyUSB0)</source>
        <translation>none (or type a port such as /dev/ttyUSB0)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="604"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="605"/>
        <source>Or type a device path (/dev/video2) or a recording to replay.</source>
        <translation>Or type a device path (/dev/video2) or a recording to replay.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="607"/>
        <source>Or type cups://QUEUE (?raw=1 for ZPL) or socket://HOST:9100 for a network label printer.</source>
        <translation>Or type cups://QUEUE (?raw=1 for ZPL) or socket://HOST:9100 for a network label printer.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="610"/>
        <source>continuous (streams its weight)</source>
        <translation>continuous (streams its weight)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="611"/>
        <source>MT-SICS (Mettler Toledo)</source>
        <translation>MT-SICS (Mettler Toledo)</translation>
    </message>
</context>
<context>
    <name>DismantlingPage</name>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="140"/>
        <source>Dismantling</source>
        <translation>Dismantling</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="143"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="144"/>
        <source>Modules and cells taken out</source>
        <translation>Modules and cells taken out</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="145"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="146"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="147"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="148"/>
        <source>not typed</source>
        <translation>not typed</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="149"/>
        <source>How many modules or cells this pack holds</source>
        <translation>How many modules or cells this pack holds</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="150"/>
        <source>Finish dismantling</source>
        <translation>Finish dismantling</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="151"/>
        <source>Put the pack aside</source>
        <translation>Put the pack aside</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="153"/>
        <source>Close this pack on this bench without finishing it; what was linked stays recorded</source>
        <translation>Close this pack on this bench without finishing it; what was linked stays recorded</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="164"/>
        <source>Wait a moment: the pack is being opened.</source>
        <translation>Wait a moment: the pack is being opened.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="194"/>
        <source>Pack open</source>
        <translation>Pack open</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="194"/>
        <source>Scan each module or cell as it comes out.</source>
        <translation>Scan each module or cell as it comes out.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="224"/>
        <location filename="../../ui/workflows/dismantling_page.py" line="441"/>
        <source>Echelon code %1</source>
        <translation>Echelon code %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="281"/>
        <source>The echelon label of %1 waits in the print queue: %2</source>
        <translation>The echelon label of %1 waits in the print queue: %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="289"/>
        <source>The echelon label of %1 could not be printed: %2</source>
        <translation>The echelon label of %1 could not be printed: %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="313"/>
        <source>Scan the pack first.</source>
        <translation>Scan the pack first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="317"/>
        <source>Type how many modules or cells the pack holds, then finish.</source>
        <translation>Type how many modules or cells the pack holds, then finish.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="335"/>
        <source>%1: %2 modules or cells recorded.</source>
        <translation>%1: %2 modules or cells recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="336"/>
        <source>Pack dismantled</source>
        <translation>Pack dismantled</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="378"/>
        <source>%1 is open again with its %2 modules or cells on record.</source>
        <translation>%1 is open again with its %2 modules or cells on record.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="380"/>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="397"/>
        <source>No pack open: scan the pack&apos;s label.</source>
        <translation>No pack open: scan the pack&apos;s label.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="398"/>
        <source>Scan the pack, or type its code and press Enter</source>
        <translation>Scan the pack, or type its code and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="403"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="404"/>
        <source>Scan each module or cell, or type its code and press Enter</source>
        <translation>Scan each module or cell, or type its code and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="406"/>
        <source>Routed to echelon use: each module or cell gets an echelon-use code and label.</source>
        <translation>Routed to echelon use: each module or cell gets an echelon-use code and label.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="411"/>
        <source>The last pack of this model held %1.</source>
        <translation>The last pack of this model held %1.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="422"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="426"/>
        <source>%1 scanned</source>
        <translation>%1 scanned</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="438"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="443"/>
        <source>label printed</source>
        <translation>label printed</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="445"/>
        <source>label waits in the print queue: %1</source>
        <translation>label waits in the print queue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="449"/>
        <source>label not printed: %1</source>
        <translation>label not printed: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="53"/>
        <source>Judge again (Enter)</source>
        <translation>Judge again (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="54"/>
        <source>Leave it (Esc)</source>
        <translation>Leave it (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="68"/>
        <source>%1 was scanned already. Judge it again?</source>
        <translation>%1 was scanned already. Judge it again?</translation>
    </message>
</context>
<context>
    <name>DutyViews</name>
    <message>
        <location filename="../../ui/duty_views.py" line="34"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="35"/>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="36"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="37"/>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="40"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="41"/>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="42"/>
        <source>handed out</source>
        <translation>handed out</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="115"/>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="119"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>EventWord</name>
    <message>
        <location filename="../../ui/event_words.py" line="15"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="16"/>
        <source>released from quarantine</source>
        <translation>released from quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="17"/>
        <source>inspected</source>
        <translation>inspected</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="18"/>
        <source>part scanned into its parent</source>
        <translation>part scanned into its parent</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="19"/>
        <source>dismantling finished</source>
        <translation>dismantling finished</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="20"/>
        <source>treated</source>
        <translation>treated</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="21"/>
        <source>certified</source>
        <translation>certified</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="22"/>
        <source>handed out</source>
        <translation>handed out</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="23"/>
        <source>scan refused</source>
        <translation>scan refused</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="24"/>
        <source>reported to the platform</source>
        <translation>reported to the platform</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="25"/>
        <source>vehicle received</source>
        <translation>vehicle received</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="26"/>
        <source>certificate issued</source>
        <translation>certificate issued</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="27"/>
        <source>certificate revoked</source>
        <translation>certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="28"/>
        <source>handling checklist recorded</source>
        <translation>handling checklist recorded</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="29"/>
        <source>XRF screening</source>
        <translation>XRF screening</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="30"/>
        <source>record voided</source>
        <translation>record voided</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="31"/>
        <source>record amended</source>
        <translation>record amended</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="36"/>
        <source>Recycling no.</source>
        <translation>Recycling no.</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="37"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="38"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="39"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="40"/>
        <source>Mass (kg)</source>
        <translation>Mass (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="41"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="42"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="43"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="44"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="45"/>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="46"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="47"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="48"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="49"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="50"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="51"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="52"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="53"/>
        <source>Corrects record</source>
        <translation>Corrects record</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="57"/>
        <source>echelon use</source>
        <translation>echelon use</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="58"/>
        <source>recycling</source>
        <translation>recycling</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="63"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="64"/>
        <source>needs pre-treatment</source>
        <translation>needs pre-treatment</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="65"/>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="70"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="71"/>
        <source>dismantling</source>
        <translation>dismantling</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="72"/>
        <source>hand-over</source>
        <translation>hand-over</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="73"/>
        <source>look-up</source>
        <translation>look-up</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="85"/>
        <source>(voided)</source>
        <translation>(voided)</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="86"/>
        <source>(amended)</source>
        <translation>(amended)</translation>
    </message>
</context>
<context>
    <name>HazardCharacteristic</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="68"/>
        <source>toxic</source>
        <translation>toxic</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="69"/>
        <source>corrosive</source>
        <translation>corrosive</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="70"/>
        <source>ignitable</source>
        <translation>ignitable</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="71"/>
        <source>reactive</source>
        <translation>reactive</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="72"/>
        <source>infectious</source>
        <translation>infectious</translation>
    </message>
</context>
<context>
    <name>HazardContainer</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="61"/>
        <source>Steel drum</source>
        <translation>Steel drum</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="62"/>
        <source>Plastic drum</source>
        <translation>Plastic drum</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="63"/>
        <source>Small plastic drum</source>
        <translation>Small plastic drum</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="64"/>
        <source>Acid-proof box</source>
        <translation>Acid-proof box</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="65"/>
        <source>Ton bag</source>
        <translation>Ton bag</translation>
    </message>
</context>
<context>
    <name>HazardFraction</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="53"/>
        <source>BMS and other circuit boards</source>
        <translation>BMS and other circuit boards</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="54"/>
        <source>Absorbents and pads soaked with electrolyte</source>
        <translation>Absorbents and pads soaked with electrolyte</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="55"/>
        <source>Electrolyte</source>
        <translation>Electrolyte</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="56"/>
        <source>Coolant</source>
        <translation>Coolant</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="57"/>
        <source>12 V lead-acid battery and its parts</source>
        <translation>12 V lead-acid battery and its parts</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="58"/>
        <source>Waste mineral oil</source>
        <translation>Waste mineral oil</translation>
    </message>
</context>
<context>
    <name>HazardPage</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="216"/>
        <source>Hazardous waste</source>
        <translation>Hazardous waste</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="219"/>
        <source>Scan the pack it came out of (optional)</source>
        <translation>Scan the pack it came out of (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="220"/>
        <source>Scan the container&apos;s label, pick one below, or open a new one</source>
        <translation>Scan the container&apos;s label, pick one below, or open a new one</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="221"/>
        <source>e.g. HW-STORE-1</source>
        <translation>e.g. HW-STORE-1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="222"/>
        <source>Hazardous waste taken out</source>
        <translation>Hazardous waste taken out</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="223"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="224"/>
        <source>New container</source>
        <translation>New container</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="225"/>
        <source>Seal the container into storage</source>
        <translation>Seal the container into storage</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="227"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="228"/>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="229"/>
        <source>Waste code</source>
        <translation>Waste code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="230"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="231"/>
        <source>Quantity from</source>
        <translation>Quantity from</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="232"/>
        <source>Identification code</source>
        <translation>Identification code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="233"/>
        <source>Open containers</source>
        <translation>Open containers</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="234"/>
        <source>Container type</source>
        <translation>Container type</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="235"/>
        <source>Storage location</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="236"/>
        <source>Net weight (optional)</source>
        <translation>Net weight (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="240"/>
        <source>New container…</source>
        <translation>New container…</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="241"/>
        <source>Open the container and print its label</source>
        <translation>Open the container and print its label</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="242"/>
        <source>Record the fill (Ctrl+Enter)</source>
        <translation>Record the fill (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="243"/>
        <source>Seal the container</source>
        <translation>Seal the container</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="245"/>
        <source>Closes the container and records it into storage; a weighed net mass is checked against its fills</source>
        <translation>Closes the container and records it into storage; a weighed net mass is checked against its fills</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="316"/>
        <source>%1, %2 L, up to %3 kg</source>
        <translation>%1, %2 L, up to %3 kg</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="319"/>
        <source>(not usual for this waste)</source>
        <translation>(not usual for this waste)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="331"/>
        <source>No open container of this waste code</source>
        <translation>No open container of this waste code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="335"/>
        <source>Pick an open container…</source>
        <translation>Pick an open container…</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="337"/>
        <source>%1 · %2 of %3 kg · %4</source>
        <translation>%1 · %2 of %3 kg · %4</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="356"/>
        <source>Hazard characteristics: %1</source>
        <translation>Hazard characteristics: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="360"/>
        <source>This code is the site&apos;s choice, to be agreed with the local authority.</source>
        <translation>This code is the site&apos;s choice, to be agreed with the local authority.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="395"/>
        <source>not weighed yet</source>
        <translation>not weighed yet</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="397"/>
        <source>the scale (settled weight)</source>
        <translation>the scale (settled weight)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="399"/>
        <source>typed by hand</source>
        <translation>typed by hand</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="437"/>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="437"/>
        <source>The fill that was being recorded is back.</source>
        <translation>The fill that was being recorded is back.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="451"/>
        <source>Pick the waste first.</source>
        <translation>Pick the waste first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="454"/>
        <source>Weigh the quantity on the scale, or type it.</source>
        <translation>Weigh the quantity on the scale, or type it.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="457"/>
        <source>Scan the container&apos;s label, pick an open container, or open a new one.</source>
        <translation>Scan the container&apos;s label, pick an open container, or open a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="472"/>
        <source>%1 kg of %2 into %3</source>
        <translation>%1 kg of %2 into %3</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="475"/>
        <source>The quantity was typed, not weighed.</source>
        <translation>The quantity was typed, not weighed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="476"/>
        <source>Fill recorded</source>
        <translation>Fill recorded</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="495"/>
        <source>Pick the waste first: a container holds one waste code.</source>
        <translation>Pick the waste first: a container holds one waste code.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="498"/>
        <source>Say where the container is stored (its storage location).</source>
        <translation>Say where the container is stored (its storage location).</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="511"/>
        <source>Container opened</source>
        <translation>Container opened</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="529"/>
        <source>No label printer is set at this bench: the container&apos;s label was not printed.</source>
        <translation>No label printer is set at this bench: the container&apos;s label was not printed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="531"/>
        <source>The container&apos;s label was printed.</source>
        <translation>The container&apos;s label was printed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="534"/>
        <source>The container&apos;s label waits in the print queue: %1</source>
        <translation>The container&apos;s label waits in the print queue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="539"/>
        <source>The container&apos;s label could not be printed: %1</source>
        <translation>The container&apos;s label could not be printed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="548"/>
        <source>Scan the label of the container to seal, or pick it.</source>
        <translation>Scan the label of the container to seal, or pick it.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="558"/>
        <source>%1: %2 kg into storage at %3</source>
        <translation>%1: %2 kg into storage at %3</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="560"/>
        <source>Container sealed</source>
        <translation>Container sealed</translation>
    </message>
</context>
<context>
    <name>InspectionItem</name>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="40"/>
        <source>Casing damaged</source>
        <translation>Casing damaged</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="41"/>
        <source>Deformed or swollen</source>
        <translation>Deformed or swollen</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="42"/>
        <source>Leakage</source>
        <translation>Leakage</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="43"/>
        <source>Corrosion</source>
        <translation>Corrosion</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="44"/>
        <source>Smoke or gas</source>
        <translation>Smoke or gas</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="45"/>
        <source>Burn marks</source>
        <translation>Burn marks</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="46"/>
        <source>Opened before, no record</source>
        <translation>Opened before, no record</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="50"/>
        <source>Total voltage</source>
        <translation>Total voltage</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="51"/>
        <source>Insulation resistance</source>
        <translation>Insulation resistance</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="52"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="53"/>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="57"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="58"/>
        <source>pre-treat</source>
        <translation>pre-treat</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="59"/>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="200"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="203"/>
        <source>Scan the pack&apos;s label, or type its code</source>
        <translation>Scan the pack&apos;s label, or type its code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="204"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="205"/>
        <source>Appearance: tick each defect seen</source>
        <translation>Appearance: tick each defect seen</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="206"/>
        <source>Measured values</source>
        <translation>Measured values</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="207"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="208"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="221"/>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="221"/>
        <source>Echelon use</source>
        <translation>Echelon use</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="221"/>
        <source>Recycling</source>
        <translation>Recycling</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="225"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="226"/>
        <source>Why the milder result (required)</source>
        <translation>Why the milder result (required)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="227"/>
        <source>Record the inspection (Ctrl+Enter)</source>
        <translation>Record the inspection (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="228"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="306"/>
        <source>Battery found</source>
        <translation>Battery found</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="306"/>
        <source>Work through the checklist.</source>
        <translation>Work through the checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="318"/>
        <source>No battery scanned yet.</source>
        <translation>No battery scanned yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="322"/>
        <source>Recycling no. %1</source>
        <translation>Recycling no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="324"/>
        <source>intake mass %1 kg</source>
        <translation>intake mass %1 kg</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="326"/>
        <source>no intake mass</source>
        <translation>no intake mass</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="355"/>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="361"/>
        <source>✔ Nothing found against the pack.</source>
        <translation>✔ Nothing found against the pack.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="371"/>
        <source>touch-safe ≤ %1 V</source>
        <translation>touch-safe ≤ %1 V</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="372"/>
        <source>≥ %1 Ω/V</source>
        <translation>≥ %1 Ω/V</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="375"/>
        <source>(≥ %1 MΩ at this voltage)</source>
        <translation>(≥ %1 MΩ at this voltage)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="378"/>
        <source>%1 to %2 °C</source>
        <translation>%1 to %2 °C</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="385"/>
        <source>± %1 % of %2 kg at intake</source>
        <translation>± %1 % of %2 kg at intake</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="387"/>
        <source>± %1 % of the intake mass (none recorded)</source>
        <translation>± %1 % of the intake mass (none recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="421"/>
        <source>Milder than the suggested %1: type why.</source>
        <translation>Milder than the suggested %1: type why.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="424"/>
        <source>Stricter than suggested.</source>
        <translation>Stricter than suggested.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="461"/>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="461"/>
        <source>The inspection that was being typed is back.</source>
        <translation>The inspection that was being typed is back.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="469"/>
        <source>Scan or type the pack&apos;s code first.</source>
        <translation>Scan or type the pack&apos;s code first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="496"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="500"/>
        <source>Inspection recorded</source>
        <translation>Inspection recorded</translation>
    </message>
</context>
<context>
    <name>IntakeFlag</name>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="41"/>
        <source>From an accident vehicle</source>
        <translation>From an accident vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="42"/>
        <source>Abnormal voltage</source>
        <translation>Abnormal voltage</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="43"/>
        <source>Abnormal temperature</source>
        <translation>Abnormal temperature</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="44"/>
        <source>Abnormal state of charge</source>
        <translation>Abnormal state of charge</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="45"/>
        <source>Leakage</source>
        <translation>Leakage</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="129"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="134"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="134"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="134"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="137"/>
        <source>Scan the battery&apos;s label, or type its code</source>
        <translation>Scan the battery&apos;s label, or type its code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="138"/>
        <source>No code on the battery</source>
        <translation>No code on the battery</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="139"/>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="140"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="141"/>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="143"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="144"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="145"/>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="146"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="147"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="148"/>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="149"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="150"/>
        <source>State of charge</source>
        <translation>State of charge</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="154"/>
        <source>e.g. the end-of-life vehicle certificate number</source>
        <translation>e.g. the end-of-life vehicle certificate number</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="155"/>
        <source>The VIN is as printed on the vehicle (its check digit does not match)</source>
        <translation>The VIN is as printed on the vehicle (its check digit does not match)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="158"/>
        <source>Record the intake (Ctrl+Enter)</source>
        <translation>Record the intake (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="159"/>
        <source>Clear the battery</source>
        <translation>Clear the battery</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="208"/>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="208"/>
        <source>The intake that was being typed is back.</source>
        <translation>The intake that was being typed is back.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="235"/>
        <source>Scan or type the battery&apos;s code first, or tick “No code on the battery”.</source>
        <translation>Scan or type the battery&apos;s code first, or tick “No code on the battery”.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="263"/>
        <source>Recycling no. %1</source>
        <translation>Recycling no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="290"/>
        <source>The intake label waits in the print queue: %1</source>
        <translation>The intake label waits in the print queue: %1</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../ui/log_pane.py" line="121"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="122"/>
        <source>Information and above</source>
        <translation>Information and above</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="122"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="122"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="125"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="126"/>
        <source>Open log &amp;folder</source>
        <translation>Open log &amp;folder</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/login.py" line="146"/>
        <source>The two PINs differ. Enter the same PIN twice.</source>
        <translation>The two PINs differ. Enter the same PIN twice.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="165"/>
        <source>Log-in failed: %1</source>
        <translation>Log-in failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="173"/>
        <source>Welcome to Trace Station</source>
        <translation>Welcome to Trace Station</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="175"/>
        <source>Nobody works at this station yet. Create its first administrator, who then adds the others.</source>
        <translation>Nobody works at this station yet. Create its first administrator, who then adds the others.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="178"/>
        <source>Station locked</source>
        <translation>Station locked</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="179"/>
        <source>Scan your badge, or choose your name and enter your PIN.</source>
        <translation>Scan your badge, or choose your name and enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="180"/>
        <location filename="../../ui/login.py" line="183"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="180"/>
        <location filename="../../ui/login.py" line="183"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="182"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="183"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="183"/>
        <source>Badge (optional: scan it)</source>
        <translation>Badge (optional: scan it)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="186"/>
        <source>Create the administrator and log in</source>
        <translation>Create the administrator and log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="187"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Trace Station</source>
        <translation>Trace Station</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Issue the day&apos;s certificates…</source>
        <translation>Issue the day&apos;s certificates…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Print the waiting jobs again</source>
        <translation>Print the waiting jobs again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Lock the station</source>
        <translation>Lock the station</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Station %1 · rule set %2</source>
        <translation>Station %1 · rule set %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>DEMO camera</source>
        <translation>DEMO camera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Uploads due</source>
        <translation>Uploads due</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>The display setting could not be saved: %1</source>
        <translation>The display setting could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Operators…</source>
        <translation>Operators…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Show the log</source>
        <translation>Show the log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="191"/>
        <source>No print job is waiting.</source>
        <translation>No print job is waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="193"/>
        <source>%1 printed, %2 still waiting: %3</source>
        <translation>%1 printed, %2 still waiting: %3</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="198"/>
        <source>%n waiting job(s) printed.</source>
        <translation>%n waiting job(s) printed.</translation>
    </message>
</context>
<context>
    <name>Measured</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="65"/>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../ui/operators_dialog.py" line="90"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="90"/>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="110"/>
        <location filename="../../ui/operators_dialog.py" line="122"/>
        <source>Select an operator first.</source>
        <translation>Select an operator first.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="129"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="141"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="144"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="145"/>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="145"/>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="145"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>Badge (optional: scan it)</source>
        <translation>Badge (optional: scan it)</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="152"/>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="153"/>
        <source>Give this role</source>
        <translation>Give this role</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="154"/>
        <source>Set this PIN</source>
        <translation>Set this PIN</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="155"/>
        <source>Switch off / on</source>
        <translation>Switch off / on</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="156"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
</context>
<context>
    <name>OutboundPage</name>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="135"/>
        <source>Hand-over</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="141"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="145"/>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="146"/>
        <source>Batteries leaving</source>
        <translation>Batteries leaving</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="148"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="149"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="150"/>
        <source>Licence no.</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="151"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="152"/>
        <source>Manifest / document no.</source>
        <translation>Manifest / document no.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="153"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="157"/>
        <source>e.g. the receiver&apos;s hazardous-waste business licence</source>
        <translation>e.g. the receiver&apos;s hazardous-waste business licence</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="158"/>
        <source>e.g. the transfer manifest number</source>
        <translation>e.g. the transfer manifest number</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="159"/>
        <source>Scan each battery, or type its code and press Enter</source>
        <translation>Scan each battery, or type its code and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="160"/>
        <source>Remove the item</source>
        <translation>Remove the item</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="161"/>
        <source>Hand out</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="224"/>
        <source>%1 is already in the list.</source>
        <translation>%1 is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="230"/>
        <source>Choose the item to remove in the list first.</source>
        <translation>Choose the item to remove in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="244"/>
        <source>Scan the batteries that leave first.</source>
        <translation>Scan the batteries that leave first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="266"/>
        <source>%1 batteries handed to %2.</source>
        <translation>%1 batteries handed to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="267"/>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="296"/>
        <source>Draft restored</source>
        <translation>Draft restored</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="296"/>
        <source>The hand-over that was being loaded is back.</source>
        <translation>The hand-over that was being loaded is back.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="304"/>
        <source>%1 batteries in the list</source>
        <translation>%1 batteries in the list</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="311"/>
        <source>(echelon label %1)</source>
        <translation>(echelon label %1)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="174"/>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="175"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="177"/>
        <source>No camera at this bench</source>
        <translation>No camera at this bench</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="200"/>
        <source>The camera has no picture yet.</source>
        <translation>The camera has no picture yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="239"/>
        <source>%n photo(s)</source>
        <translation>%n photo(s)</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="94"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="97"/>
        <source>Batteries in quarantine, oldest first</source>
        <translation>Batteries in quarantine, oldest first</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="98"/>
        <source>Release to store</source>
        <translation>Release to store</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>In quarantine since</source>
        <translation>In quarantine since</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="102"/>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="103"/>
        <source>Reason for the release (required)</source>
        <translation>Reason for the release (required)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="104"/>
        <source>e.g. re-measured after cooling: 24 °C, casing intact</source>
        <translation>e.g. re-measured after cooling: 24 °C, casing intact</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="105"/>
        <source>Release from quarantine</source>
        <translation>Release from quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="134"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="134"/>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="137"/>
        <source>Noted: %1</source>
        <translation>Noted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="147"/>
        <source>Batteries in quarantine: %1</source>
        <translation>Batteries in quarantine: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="166"/>
        <source>Choose a battery in the queue.</source>
        <translation>Choose a battery in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="174"/>
        <source>Back to store, with the reason recorded</source>
        <translation>Back to store, with the reason recorded</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="177"/>
        <source>Only a supervisor or an administrator may release a battery from quarantine.</source>
        <translation>Only a supervisor or an administrator may release a battery from quarantine.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="191"/>
        <source>%1 is not in quarantine.</source>
        <translation>%1 is not in quarantine.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="198"/>
        <source>Choose the battery to release first.</source>
        <translation>Choose the battery to release first.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="210"/>
        <source>Released from quarantine</source>
        <translation>Released from quarantine</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../ui/reasons.py" line="20"/>
        <source>Nothing was scanned.</source>
        <translation>Nothing was scanned.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="21"/>
        <source>The scan is far too long ({length} characters) to be a code.</source>
        <translation>The scan is far too long ({length} characters) to be a code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="22"/>
        <source>The scan contains unreadable bytes.</source>
        <translation>The scan contains unreadable bytes.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="23"/>
        <source>The label holds several different codes: {candidates}. Scan the one you mean.</source>
        <translation>The label holds several different codes: {candidates}. Scan the one you mean.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="26"/>
        <source>Control characters from the scanner were removed.</source>
        <translation>Control characters from the scanner were removed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="27"/>
        <source>The scanner&apos;s prefix was removed.</source>
        <translation>The scanner&apos;s prefix was removed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="28"/>
        <source>The scanner&apos;s suffix was removed.</source>
        <translation>The scanner&apos;s suffix was removed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="29"/>
        <source>Lower-case letters were read as capitals.</source>
        <translation>Lower-case letters were read as capitals.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="30"/>
        <source>The code was printed over {parts} lines and has been joined.</source>
        <translation>The code was printed over {parts} lines and has been joined.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="31"/>
        <source>Separators inside the code were removed.</source>
        <translation>Separators inside the code were removed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="32"/>
        <source>The code was found inside a longer label text.</source>
        <translation>The code was found inside a longer label text.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="33"/>
        <source>Character {position} is “{char}” ({codepoint}), which only looks like “{looks_like}”. This label is not a genuine code.</source>
        <translation>Character {position} is “{char}” ({codepoint}), which only looks like “{looks_like}”. This label is not a genuine code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="37"/>
        <source>This is not a battery code.</source>
        <translation>This is not a battery code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="38"/>
        <source>The code has {length} characters; a battery code has 24 (19 for echelon use).</source>
        <translation>The code has {length} characters; a battery code has 24 (19 for echelon use).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="41"/>
        <source>Character {position} (“{char}”) is not allowed in a battery code.</source>
        <translation>Character {position} (“{char}”) is not allowed in a battery code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="44"/>
        <source>Product type “{char}” is not P (pack), M (module) or C (cell).</source>
        <translation>Product type “{char}” is not P (pack), M (module) or C (cell).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="47"/>
        <source>Battery type “{char}” is not in the chemistry table.</source>
        <translation>Battery type “{char}” is not in the chemistry table.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="48"/>
        <source>Maker code {maker} is not in the maker registry.</source>
        <translation>Maker code {maker} is not in the maker registry.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="49"/>
        <source>The serial number {serial} contains letters.</source>
        <translation>The serial number {serial} contains letters.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="50"/>
        <source>An echelon-use code needs R at position {position}.</source>
        <translation>An echelon-use code needs R at position {position}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="51"/>
        <source>An echelon-use code must end in P, M or C.</source>
        <translation>An echelon-use code must end in P, M or C.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="52"/>
        <source>The production date must have 3 characters.</source>
        <translation>The production date must have 3 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53"/>
        <source>The production year character “{char}” is not valid.</source>
        <translation>The production year character “{char}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="54"/>
        <source>The production month character “{char}” is not valid.</source>
        <translation>The production month character “{char}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="55"/>
        <source>The production day character “{char}” is not valid.</source>
        <translation>The production day character “{char}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="56"/>
        <source>The production date (month {month}, day {day}) does not exist.</source>
        <translation>The production date (month {month}, day {day}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="57"/>
        <source>The production date {date} is in the future.</source>
        <translation>The production date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="58"/>
        <source>The production date is before 2011: check the station&apos;s clock.</source>
        <translation>The production date is before 2011: check the station&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="59"/>
        <source>This is a GB/T 45565 code (not a vehicle traction battery).</source>
        <translation>This is a GB/T 45565 code (not a vehicle traction battery).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="60"/>
        <source>This is an EU battery passport link, not a GB/T 34014 code. The link is kept.</source>
        <translation>This is an EU battery passport link, not a GB/T 34014 code. The link is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="63"/>
        <source>A unified social credit code has 18 characters.</source>
        <translation>A unified social credit code has 18 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64"/>
        <source>Character {position} of the credit code is not allowed.</source>
        <translation>Character {position} of the credit code is not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65"/>
        <source>The credit code&apos;s check character is wrong: check for a typo.</source>
        <translation>The credit code&apos;s check character is wrong: check for a typo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68"/>
        <source>A VIN has 17 characters.</source>
        <translation>A VIN has 17 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="69"/>
        <source>Character {position} of the VIN is not allowed (no I, O or Q).</source>
        <translation>Character {position} of the VIN is not allowed (no I, O or Q).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="70"/>
        <source>The VIN&apos;s check digit does not match: confirm the VIN.</source>
        <translation>The VIN&apos;s check digit does not match: confirm the VIN.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="72"/>
        <source>Blocked: {reason}</source>
        <translation>Blocked: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73"/>
        <source>On a recall list: {reason}</source>
        <translation>On a recall list: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="74"/>
        <source>On the quarantine list: {reason}</source>
        <translation>On the quarantine list: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="75"/>
        <source>Already received and still here (status: {status}).</source>
        <translation>Already received and still here (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76"/>
        <source>This battery was already dismantled.</source>
        <translation>This battery was already dismantled.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="77"/>
        <source>A certificate of disposal was already issued for this battery.</source>
        <translation>A certificate of disposal was already issued for this battery.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="78"/>
        <source>This battery was handed out before and is coming back.</source>
        <translation>This battery was handed out before and is coming back.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79"/>
        <source>Unknown intake flag {flag}.</source>
        <translation>Unknown intake flag {flag}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="80"/>
        <source>High risk: the battery has no code.</source>
        <translation>High risk: the battery has no code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="81"/>
        <source>High risk: from an accident vehicle.</source>
        <translation>High risk: from an accident vehicle.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="82"/>
        <source>High risk: abnormal voltage.</source>
        <translation>High risk: abnormal voltage.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="83"/>
        <source>High risk: abnormal temperature.</source>
        <translation>High risk: abnormal temperature.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84"/>
        <source>High risk: abnormal state of charge.</source>
        <translation>High risk: abnormal state of charge.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85"/>
        <source>High risk: leakage.</source>
        <translation>High risk: leakage.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86"/>
        <source>The pack {parent} is not on record.</source>
        <translation>The pack {parent} is not on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87"/>
        <source>The pack is in quarantine and may not be dismantled.</source>
        <translation>The pack is in quarantine and may not be dismantled.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88"/>
        <source>The pack is not open for dismantling (status: {status}).</source>
        <translation>The pack is not open for dismantling (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="89"/>
        <source>That is the pack&apos;s own code.</source>
        <translation>That is the pack&apos;s own code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="90"/>
        <source>Pack {parent} has no inspection recorded yet: record it before opening the pack.</source>
        <translation>Pack {parent} has no inspection recorded yet: record it before opening the pack.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="93"/>
        <source>A {child_kind} cannot go under a {parent_kind}.</source>
        <translation>A {child_kind} cannot go under a {parent_kind}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="94"/>
        <source>Already scanned into this pack.</source>
        <translation>Already scanned into this pack.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="95"/>
        <source>Already belongs to {other_parent}.</source>
        <translation>Already belongs to {other_parent}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>Already on record as a battery of its own.</source>
        <translation>Already on record as a battery of its own.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="97"/>
        <source>Chemistry {child} differs from the pack&apos;s {parent}.</source>
        <translation>Chemistry {child} differs from the pack&apos;s {parent}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="98"/>
        <source>This battery is not on record here.</source>
        <translation>This battery is not on record here.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="99"/>
        <source>A battery in quarantine cannot be handed out.</source>
        <translation>A battery in quarantine cannot be handed out.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="100"/>
        <source>This battery was already handed out.</source>
        <translation>This battery was already handed out.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="101"/>
        <source>Report overdue since {due}.</source>
        <translation>Report overdue since {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="102"/>
        <source>Report due {due} ({workdays_left} working days left).</source>
        <translation>Report due {due} ({workdays_left} working days left).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="103"/>
        <source>Echelon-use product.</source>
        <translation>Echelon-use product.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="104"/>
        <source>Station {station} already recorded this battery as {status} ({at}). It cannot be received again.</source>
        <translation>Station {station} already recorded this battery as {status} ({at}). It cannot be received again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="107"/>
        <source>The central server could not be reached in time: this intake is provisional until it is checked.</source>
        <translation>The central server could not be reached in time: this intake is provisional until it is checked.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="111"/>
        <source>The source company&apos;s credit code is not valid.</source>
        <translation>The source company&apos;s credit code is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="112"/>
        <source>The receiving company&apos;s credit code is not valid.</source>
        <translation>The receiving company&apos;s credit code is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="113"/>
        <source>The site&apos;s credit code is not valid.</source>
        <translation>The site&apos;s credit code is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="114"/>
        <source>The VIN is not valid.</source>
        <translation>The VIN is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="115"/>
        <source>The VIN&apos;s check digit does not match. Confirm it to continue.</source>
        <translation>The VIN&apos;s check digit does not match. Confirm it to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="118"/>
        <source>The mass {mass_kg} kg is not plausible.</source>
        <translation>The mass {mass_kg} kg is not plausible.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="119"/>
        <source>No battery {code} on record.</source>
        <translation>No battery {code} on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120"/>
        <source>This battery cannot be dismantled now (status: {status}).</source>
        <translation>This battery cannot be dismantled now (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="121"/>
        <source>{found} parts scanned, {expected} expected.</source>
        <translation>{found} parts scanned, {expected} expected.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="122"/>
        <source>This battery cannot be marked treated now.</source>
        <translation>This battery cannot be marked treated now.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123"/>
        <source>Choose echelon use or recycling.</source>
        <translation>Choose echelon use or recycling.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124"/>
        <source>Enter the receiving company.</source>
        <translation>Enter the receiving company.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="125"/>
        <source>No batteries listed, or one listed twice.</source>
        <translation>No batteries listed, or one listed twice.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="126"/>
        <source>Battery {code} may not leave the store.</source>
        <translation>Battery {code} may not leave the store.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="127"/>
        <source>Unknown inspection result.</source>
        <translation>Unknown inspection result.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="128"/>
        <source>This battery is not in quarantine.</source>
        <translation>This battery is not in quarantine.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129"/>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="130"/>
        <source>No such record.</source>
        <translation>No such record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="131"/>
        <source>This kind of record cannot be corrected.</source>
        <translation>This kind of record cannot be corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="132"/>
        <source>The correction lacks the battery codes of the original.</source>
        <translation>The correction lacks the battery codes of the original.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133"/>
        <source>Unknown site role.</source>
        <translation>Unknown site role.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="134"/>
        <source>Unknown setting.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="135"/>
        <source>Scanner prefixes and suffixes must not be empty.</source>
        <translation>Scanner prefixes and suffixes must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136"/>
        <source>The site&apos;s licences are malformed.</source>
        <translation>The site&apos;s licences are malformed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="137"/>
        <source>Licence {position}: choose what kind of licence it is.</source>
        <translation>Licence {position}: choose what kind of licence it is.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="138"/>
        <source>Licence {position}: enter its number.</source>
        <translation>Licence {position}: enter its number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="140"/>
        <source>Enter the site&apos;s name.</source>
        <translation>Enter the site&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="141"/>
        <source>Enter the site&apos;s unified social credit code.</source>
        <translation>Enter the site&apos;s unified social credit code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="142"/>
        <source>The server address must start with https:// (or http://) and name a host.</source>
        <translation>The server address must start with https:// (or http://) and name a host.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="145"/>
        <source>Enter the enrolment code from the server&apos;s operator.</source>
        <translation>Enter the enrolment code from the server&apos;s operator.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="146"/>
        <source>“{address}” is not a printer address: use qt://NAME, cups://QUEUE or socket://HOST:9100.</source>
        <translation>“{address}” is not a printer address: use qt://NAME, cups://QUEUE or socket://HOST:9100.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="149"/>
        <source>This code is on no list.</source>
        <translation>This code is on no list.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="150"/>
        <source>Unknown list.</source>
        <translation>Unknown list.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="151"/>
        <source>The rule set has no threshold {name}.</source>
        <translation>The rule set has no threshold {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="152"/>
        <source>Threshold {name}: {value} is not a number.</source>
        <translation>Threshold {name}: {value} is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153"/>
        <source>The lower limit {low} must stay below {high}.</source>
        <translation>The lower limit {low} must stay below {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="154"/>
        <source>The thresholds are as they were: nothing was recorded.</source>
        <translation>The thresholds are as they were: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="155"/>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="156"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="157"/>
        <source>The file lacks required columns.</source>
        <translation>The file lacks required columns.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="158"/>
        <source>A maker code has three letters or digits.</source>
        <translation>A maker code has three letters or digits.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="159"/>
        <source>A maker needs a name.</source>
        <translation>A maker needs a name.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="160"/>
        <source>This record has nothing to report.</source>
        <translation>This record has nothing to report.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="161"/>
        <source>Already reported.</source>
        <translation>Already reported.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="162"/>
        <source>Enter the scrapping certificate number.</source>
        <translation>Enter the scrapping certificate number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="163"/>
        <source>The photo could not be kept: it is not a JPEG image.</source>
        <translation>The photo could not be kept: it is not a JPEG image.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="164"/>
        <source>This photo is not kept at this station.</source>
        <translation>This photo is not kept at this station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="165"/>
        <source>The camera picture could not be saved as a photo.</source>
        <translation>The camera picture could not be saved as a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="166"/>
        <source>The echelon maker code “{maker}” must be three capital letters or digits.</source>
        <translation>The echelon maker code “{maker}” must be three capital letters or digits.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="169"/>
        <source>This station has used every echelon-use serial number for maker {maker}.</source>
        <translation>This station has used every echelon-use serial number for maker {maker}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="172"/>
        <source>The echelon-use code {code} could not be made valid; nothing was recorded. Call support.</source>
        <translation>The echelon-use code {code} could not be made valid; nothing was recorded. Call support.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="175"/>
        <source>{code} is a cell: it holds no modules or cells.</source>
        <translation>{code} is a cell: it holds no modules or cells.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="177"/>
        <source>The scan was cut off. Scan again.</source>
        <translation>The scan was cut off. Scan again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="178"/>
        <source>The scanner sent characters it cannot send: check the keyboard layout or input method.</source>
        <translation>The scanner sent characters it cannot send: check the keyboard layout or input method.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="181"/>
        <source>The scanner types through a different keyboard layout. Set the scanner (or the computer) to the US layout.</source>
        <translation>The scanner types through a different keyboard layout. Set the scanner (or the computer) to the US layout.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="186"/>
        <source>The device on {port} is not connected (unplugged, wrong port, or in use). Retrying…</source>
        <translation>The device on {port} is not connected (unplugged, wrong port, or in use). Retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="189"/>
        <source>The device on {port} stopped answering. Reconnecting…</source>
        <translation>The device on {port} stopped answering. Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="190"/>
        <source>The device is not connected.</source>
        <translation>The device is not connected.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="191"/>
        <source>A command could not be sent to the device.</source>
        <translation>A command could not be sent to the device.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="192"/>
        <source>The scanner sent unreadable bytes. Scan again.</source>
        <translation>The scanner sent unreadable bytes. Scan again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="193"/>
        <source>The scanner&apos;s message was garbled (check its baud rate). Scan again.</source>
        <translation>The scanner&apos;s message was garbled (check its baud rate). Scan again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="196"/>
        <source>The scanner sent more than {max_length} characters without an end. Scan again.</source>
        <translation>The scanner sent more than {max_length} characters without an end. Scan again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="199"/>
        <source>The scanner was disconnected in the middle of a code. Scan again.</source>
        <translation>The scanner was disconnected in the middle of a code. Scan again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="200"/>
        <source>The scanner&apos;s code did not end as expected: set its suffix to CR (Enter). Scan again.</source>
        <translation>The scanner&apos;s code did not end as expected: set its suffix to CR (Enter). Scan again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="203"/>
        <source>The scale sent something that is not a weight ({line}). Check its baud rate and output format.</source>
        <translation>The scale sent something that is not a weight ({line}). Check its baud rate and output format.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="206"/>
        <source>The scale weighs in {unit}. Set it to kg, g, lb or oz.</source>
        <translation>The scale weighs in {unit}. Set it to kg, g, lb or oz.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="207"/>
        <source>The scale is counting or showing percent ({unit}), not weighing. Set it to weighing.</source>
        <translation>The scale is counting or showing percent ({unit}), not weighing. Set it to weighing.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="210"/>
        <source>The scale is showing its tare, not the load.</source>
        <translation>The scale is showing its tare, not the load.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="211"/>
        <source>The load is beyond the scale&apos;s range.</source>
        <translation>The load is beyond the scale&apos;s range.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="212"/>
        <source>The scale reads below zero. Clear the platform and zero it.</source>
        <translation>The scale reads below zero. Clear the platform and zero it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="213"/>
        <source>The scale cannot do that now (the load is moving). Try again.</source>
        <translation>The scale cannot do that now (the load is moving). Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="214"/>
        <source>The scale did not understand the command. Check the scale protocol setting.</source>
        <translation>The scale did not understand the command. Check the scale protocol setting.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="217"/>
        <source>The command reached the scale garbled. Check the cable and the baud rate.</source>
        <translation>The command reached the scale garbled. Check the cable and the baud rate.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="220"/>
        <source>The scale refused the command in its present state.</source>
        <translation>The scale refused the command in its present state.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="221"/>
        <source>The scale has sent nothing for {seconds} s. Is it on and set to send its weight?</source>
        <translation>The scale has sent nothing for {seconds} s. Is it on and set to send its weight?</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="224"/>
        <source>The scale is not connected.</source>
        <translation>The scale is not connected.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="225"/>
        <source>No scale is set up at this bench (Settings, Devices): type the weight.</source>
        <translation>No scale is set up at this bench (Settings, Devices): type the weight.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="228"/>
        <source>The weight did not settle within {seconds} s. Keep the load still and weigh again.</source>
        <translation>The weight did not settle within {seconds} s. Keep the load still and weigh again.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="231"/>
        <source>The scale shows {kg} kg, more than the {limit_kg} kg that may be zeroed. Clear the platform first.</source>
        <translation>The scale shows {kg} kg, more than the {limit_kg} kg that may be zeroed. Clear the platform first.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="235"/>
        <source>The camera {detail} cannot be opened (unplugged, or in use by another program).</source>
        <translation>The camera {detail} cannot be opened (unplugged, or in use by another program).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="238"/>
        <source>The camera {detail} stopped sending pictures.</source>
        <translation>The camera {detail} stopped sending pictures.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="239"/>
        <source>The camera is closed.</source>
        <translation>The camera is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="240"/>
        <source>The folder {detail} holds no images to replay.</source>
        <translation>The folder {detail} holds no images to replay.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="241"/>
        <source>The recording {detail} does not exist.</source>
        <translation>The recording {detail} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="242"/>
        <source>The recording {detail} cannot be read.</source>
        <translation>The recording {detail} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="243"/>
        <source>The recording {detail} cannot be written.</source>
        <translation>The recording {detail} cannot be written.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="245"/>
        <source>The label printer at {detail} refused the connection. Is it switched on?</source>
        <translation>The label printer at {detail} refused the connection. Is it switched on?</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="248"/>
        <source>The label printer at {detail} did not answer in time.</source>
        <translation>The label printer at {detail} did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="249"/>
        <source>The label printer at {detail} cannot be reached.</source>
        <translation>The label printer at {detail} cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="250"/>
        <source>The label printer&apos;s status could not be read.</source>
        <translation>The label printer&apos;s status could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="251"/>
        <source>The label printer is out of labels or ribbon.</source>
        <translation>The label printer is out of labels or ribbon.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="252"/>
        <source>The label printer&apos;s head is open. Close it.</source>
        <translation>The label printer&apos;s head is open. Close it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="253"/>
        <source>The label printer is paused. Press its pause button.</source>
        <translation>The label printer is paused. Press its pause button.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="254"/>
        <source>Printing is not installed on this computer (package cups-client). Run scripts/install.sh.</source>
        <translation>Printing is not installed on this computer (package cups-client). Run scripts/install.sh.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="257"/>
        <source>The print system did not answer in time.</source>
        <translation>The print system did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="258"/>
        <source>The print system refused the job: {detail}</source>
        <translation>The print system refused the job: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="259"/>
        <source>This computer has no printer named {detail}. Choose the printer again in the settings.</source>
        <translation>This computer has no printer named {detail}. Choose the printer again in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="262"/>
        <source>The document to print cannot be read: {detail}</source>
        <translation>The document to print cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="264"/>
        <source>The rule set file is not valid JSON ({detail}).</source>
        <translation>The rule set file is not valid JSON ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="265"/>
        <source>The rule set file does not hold a rule set.</source>
        <translation>The rule set file does not hold a rule set.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="266"/>
        <source>The rule set lacks its section {detail}.</source>
        <translation>The rule set lacks its section {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="267"/>
        <source>The rule set&apos;s format {detail} is newer than this station reads. Update the station.</source>
        <translation>The rule set&apos;s format {detail} is newer than this station reads. Update the station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="270"/>
        <source>The rule set&apos;s chemistry entry {detail} is malformed.</source>
        <translation>The rule set&apos;s chemistry entry {detail} is malformed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="271"/>
        <source>The rule set&apos;s maker code {detail} is malformed.</source>
        <translation>The rule set&apos;s maker code {detail} is malformed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="272"/>
        <source>The rule set&apos;s list entry {detail} is malformed.</source>
        <translation>The rule set&apos;s list entry {detail} is malformed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="273"/>
        <source>The rule set&apos;s reporting deadlines are malformed ({detail}).</source>
        <translation>The rule set&apos;s reporting deadlines are malformed ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="276"/>
        <source>The rule set&apos;s working-day calendar is malformed ({detail}).</source>
        <translation>The rule set&apos;s working-day calendar is malformed ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="277"/>
        <source>The rule set&apos;s hazardous-waste section is malformed ({detail}).</source>
        <translation>The rule set&apos;s hazardous-waste section is malformed ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="284"/>
        <source>The server found an event changed after it was written.</source>
        <translation>The server found an event changed after it was written.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="285"/>
        <source>The server holds a different event under the same number.</source>
        <translation>The server holds a different event under the same number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="286"/>
        <source>The event does not continue the history the server holds.</source>
        <translation>The event does not continue the history the server holds.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="287"/>
        <source>The server&apos;s copy of this station&apos;s history differs from the station&apos;s.</source>
        <translation>The server&apos;s copy of this station&apos;s history differs from the station&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="290"/>
        <source>The server holds more of this station&apos;s history than the station (was a backup restored?).</source>
        <translation>The server holds more of this station&apos;s history than the station (was a backup restored?).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="293"/>
        <source>The event names another station.</source>
        <translation>The event names another station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="294"/>
        <source>The event&apos;s id was already used by another event.</source>
        <translation>The event&apos;s id was already used by another event.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="295"/>
        <source>The server cannot read the event.</source>
        <translation>The server cannot read the event.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="296"/>
        <source>The event is larger than the server accepts.</source>
        <translation>The event is larger than the server accepts.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="297"/>
        <source>The server does not recognise this station.</source>
        <translation>The server does not recognise this station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="298"/>
        <source>This station&apos;s access to the server was revoked.</source>
        <translation>This station&apos;s access to the server was revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="299"/>
        <source>The station sent no credentials.</source>
        <translation>The station sent no credentials.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="300"/>
        <source>The credentials belong to another station.</source>
        <translation>The credentials belong to another station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="301"/>
        <source>This station is not enrolled with a central server.</source>
        <translation>This station is not enrolled with a central server.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="302"/>
        <source>The server does not accept this enrolment code (mistyped, already used, or expired).</source>
        <translation>The server does not accept this enrolment code (mistyped, already used, or expired).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="305"/>
        <source>This enrolment code is for another station.</source>
        <translation>This enrolment code is for another station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="306"/>
        <source>The server already knows this station: ask its operator for a re-enrolment code.</source>
        <translation>The server already knows this station: ask its operator for a re-enrolment code.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="309"/>
        <source>The central server cannot be reached. Retrying…</source>
        <translation>The central server cannot be reached. Retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="310"/>
        <source>The central server&apos;s certificate is not trusted (wrong CA bundle, expired, or another server). Retrying…</source>
        <translation>The central server&apos;s certificate is not trusted (wrong CA bundle, expired, or another server). Retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="314"/>
        <source>Run “trace-station events verify”; restore the database from a backup, or call support.</source>
        <translation>Run “trace-station events verify”; restore the database from a backup, or call support.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="317"/>
        <source>Update the station&apos;s software.</source>
        <translation>Update the station&apos;s software.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="318"/>
        <source>Enrol the station again with a new code from the site manager.</source>
        <translation>Enrol the station again with a new code from the site manager.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="319"/>
        <source>Correct the event into smaller ones.</source>
        <translation>Correct the event into smaller ones.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="320"/>
        <source>Call support and send them the station&apos;s log.</source>
        <translation>Call support and send them the station&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="9"/>
        <source>A container identification code has 37 characters, not {length}.</source>
        <translation>A container identification code has 37 characters, not {length}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="12"/>
        <source>The credit-code part {uscc} of the container code is invalid.</source>
        <translation>The credit-code part {uscc} of the container code is invalid.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="15"/>
        <source>The waste-code part {waste} is not 8 digits of a category HW01-HW50.</source>
        <translation>The waste-code part {waste} is not 8 digits of a category HW01-HW50.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="18"/>
        <source>The date part {date} of the container code is not a real YYYYMMDD date.</source>
        <translation>The date part {date} of the container code is not a real YYYYMMDD date.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="21"/>
        <source>The sequence part {sequence} is not 001-999.</source>
        <translation>The sequence part {sequence} is not 001-999.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="22"/>
        <source>The scanned container code is malformed (see findings).</source>
        <translation>The scanned container code is malformed (see findings).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="23"/>
        <source>999 containers of this waste were already opened today.</source>
        <translation>999 containers of this waste were already opened today.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="26"/>
        <source>The waste code {waste_code} is not in the catalogue.</source>
        <translation>The waste code {waste_code} is not in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="27"/>
        <source>The container type {container_type} is not in the rule set.</source>
        <translation>The container type {container_type} is not in the rule set.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="30"/>
        <source>The capacity must be more than zero and at most the container type&apos;s.</source>
        <translation>The capacity must be more than zero and at most the container type&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="33"/>
        <source>A storage location is required.</source>
        <translation>A storage location is required.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="34"/>
        <source>The site&apos;s credit code is not configured; container codes carry it.</source>
        <translation>The site&apos;s credit code is not configured; container codes carry it.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="37"/>
        <source>No container with this identification code was opened.</source>
        <translation>No container with this identification code was opened.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="38"/>
        <source>The date {date} is before the container was opened ({opened_on}).</source>
        <translation>The date {date} is before the container was opened ({opened_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="41"/>
        <source>The container is sealed: nothing more goes in.</source>
        <translation>The container is sealed: nothing more goes in.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="42"/>
        <source>The container was handed out under manifest {manifest_no}.</source>
        <translation>The container was handed out under manifest {manifest_no}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="43"/>
        <source>The quantity {value} is not a number.</source>
        <translation>The quantity {value} is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="44"/>
        <source>A fill needs a quantity of more than zero.</source>
        <translation>A fill needs a quantity of more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="45"/>
        <source>The dismantling output {fraction} is not in the rule set.</source>
        <translation>The dismantling output {fraction} is not in the rule set.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="46"/>
        <source>The output {fraction} is general industrial solid waste, not for a container.</source>
        <translation>The output {fraction} is general industrial solid waste, not for a container.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="49"/>
        <source>One waste code per container: {fraction_code} cannot go into {container_code}.</source>
        <translation>One waste code per container: {fraction_code} cannot go into {container_code}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="52"/>
        <source>Incompatible wastes never together: {group} meets {present}.</source>
        <translation>Incompatible wastes never together: {group} meets {present}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="53"/>
        <source>The fill of {mass_g} g would take the container beyond its capacity.</source>
        <translation>The fill of {mass_g} g would take the container beyond its capacity.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="56"/>
        <source>A quantity comes from the scale or is typed.</source>
        <translation>A quantity comes from the scale or is typed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="57"/>
        <source>An empty container is not sealed.</source>
        <translation>An empty container is not sealed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="58"/>
        <source>The weighed mass {value} is not a number.</source>
        <translation>The weighed mass {value} is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="59"/>
        <source>The weighed mass differs from the fills by more than {tolerance_pct} %.</source>
        <translation>The weighed mass differs from the fills by more than {tolerance_pct} %.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="62"/>
        <source>The manifest number {manifest_no} does not have the configured format.</source>
        <translation>The manifest number {manifest_no} does not have the configured format.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="65"/>
        <source>The manifest number {manifest_no} was used before.</source>
        <translation>The manifest number {manifest_no} was used before.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="66"/>
        <source>The receiver&apos;s hazardous-waste licence number is required.</source>
        <translation>The receiver&apos;s hazardous-waste licence number is required.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="69"/>
        <source>The carrier&apos;s name is required.</source>
        <translation>The carrier&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="70"/>
        <source>The vehicle plate {plate} is not a Chinese plate number.</source>
        <translation>The vehicle plate {plate} is not a Chinese plate number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="71"/>
        <source>The driver&apos;s name is required.</source>
        <translation>The driver&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="72"/>
        <source>No containers, or a container listed twice.</source>
        <translation>No containers, or a container listed twice.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="73"/>
        <source>Only sealed containers leave; {container} is still open.</source>
        <translation>Only sealed containers leave; {container} is still open.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="74"/>
        <source>One manifest per waste: the containers hold {waste_codes}.</source>
        <translation>One manifest per waste: the containers hold {waste_codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="75"/>
        <source>The manifest quantity {quantity} is not a number.</source>
        <translation>The manifest quantity {quantity} is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="76"/>
        <source>The manifest says {manifest_g} g; the containers hold {containers_g} g.</source>
        <translation>The manifest says {manifest_g} g; the containers hold {containers_g} g.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="79"/>
        <source>The checklist item {item} does not exist.</source>
        <translation>The checklist item {item} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="80"/>
        <source>The checklist item&apos;s values are incomplete or wrong (see findings).</source>
        <translation>The checklist item&apos;s values are incomplete or wrong (see findings).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="83"/>
        <source>The item is already on record for this pack; correct it instead.</source>
        <translation>The item is already on record for this pack; correct it instead.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="86"/>
        <source>The field {field} is required.</source>
        <translation>The field {field} is required.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="87"/>
        <source>The field {field} has an unusable value {value}.</source>
        <translation>The field {field} has an unusable value {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="88"/>
        <source>The item has no field {field}.</source>
        <translation>The item has no field {field}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="89"/>
        <source>The field {field} does not apply with the other answers.</source>
        <translation>The field {field} does not apply with the other answers.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="92"/>
        <source>The service disconnect must be removed before work goes on.</source>
        <translation>The service disconnect must be removed before work goes on.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="95"/>
        <source>Waited {wait_min} min after isolation; {required_min} min are required.</source>
        <translation>Waited {wait_min} min after isolation; {required_min} min are required.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="98"/>
        <source>Protective equipment and extraction must both be confirmed ({missing}).</source>
        <translation>Protective equipment and extraction must both be confirmed ({missing}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="101"/>
        <source>The mandatory handling item {item} is not recorded for the pack.</source>
        <translation>The mandatory handling item {item} is not recorded for the pack.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="104"/>
        <source>The CSV file cannot be parsed near line {line}.</source>
        <translation>The CSV file cannot be parsed near line {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="105"/>
        <source>The line has {fields} fields; the header has {expected}.</source>
        <translation>The line has {fields} fields; the header has {expected}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="106"/>
        <source>The line has no sample id.</source>
        <translation>The line has no sample id.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="107"/>
        <source>The line has no parent item.</source>
        <translation>The line has no parent item.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="108"/>
        <source>The line has no component.</source>
        <translation>The line has no component.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="109"/>
        <source>The line has no material class.</source>
        <translation>The line has no material class.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="110"/>
        <source>The material class {material} has no screening bands.</source>
        <translation>The material class {material} has no screening bands.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="111"/>
        <source>The date {date} is not a date.</source>
        <translation>The date {date} is not a date.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="112"/>
        <source>The {element} reading {value} is not a non-negative number.</source>
        <translation>The {element} reading {value} is not a non-negative number.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="113"/>
        <source>The {element} reading has no usable uncertainty (or detection limit).</source>
        <translation>The {element} reading has no usable uncertainty (or detection limit).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="116"/>
        <source>The line has no element reading.</source>
        <translation>The line has no element reading.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="117"/>
        <source>The sample {sample} is already on record.</source>
        <translation>The sample {sample} is already on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="118"/>
        <source>The parent item {parent} is not a battery on record.</source>
        <translation>The parent item {parent} is not a battery on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="119"/>
        <source>No screening of sample {sample} is on record.</source>
        <translation>No screening of sample {sample} is on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="120"/>
        <source>The sample passed screening ({verdict}); no lab report is expected.</source>
        <translation>The sample passed screening ({verdict}); no lab report is expected.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="123"/>
        <source>The sample screened {verdict} and has no lab report yet.</source>
        <translation>The sample screened {verdict} and has no lab report yet.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="124"/>
        <source>A lab report needs its number and the laboratory.</source>
        <translation>A lab report needs its number and the laboratory.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="125"/>
        <source>A lab verdict is pass or fail.</source>
        <translation>A lab verdict is pass or fail.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="126"/>
        <source>Lab results are non-negative numbers in mg/kg.</source>
        <translation>Lab results are non-negative numbers in mg/kg.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="127"/>
        <source>The container&apos;s generated, stored and handed-out quantities differ.</source>
        <translation>The container&apos;s generated, stored and handed-out quantities differ.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="130"/>
        <source>For {waste_code}, generated differs from in storage + handed out by {difference_g} g.</source>
        <translation>For {waste_code}, generated differs from in storage + handed out by {difference_g} g.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="133"/>
        <source>The manifest&apos;s quantity differs from its containers&apos; records.</source>
        <translation>The manifest&apos;s quantity differs from its containers&apos; records.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="136"/>
        <source>Ledger records name a container that was never opened.</source>
        <translation>Ledger records name a container that was never opened.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="137"/>
        <source>The container has {count} {record} records.</source>
        <translation>The container has {count} {record} records.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="138"/>
        <source>The identification code was given to {openings} containers.</source>
        <translation>The identification code was given to {openings} containers.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="141"/>
        <source>A fill names the pack {pack}, which is no longer on record.</source>
        <translation>A fill names the pack {pack}, which is no longer on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="142"/>
        <source>A fill under {fill_code} sits in a {container_code} container.</source>
        <translation>A fill under {fill_code} sits in a {container_code} container.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="143"/>
        <source>Stored since {stored_since}: {days_over} days beyond the storage limit.</source>
        <translation>Stored since {stored_since}: {days_over} days beyond the storage limit.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="146"/>
        <source>Stored since {stored_since}: {days_left} days left before the limit ({due}).</source>
        <translation>Stored since {stored_since}: {days_left} days left before the limit ({due}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="149"/>
        <source>The seal&apos;s date {date} is before the container&apos;s last fill ({last_fill_on}).</source>
        <translation>The seal&apos;s date {date} is before the container&apos;s last fill ({last_fill_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="152"/>
        <source>The transfer&apos;s date {date} is before {container} was sealed ({sealed_on}).</source>
        <translation>The transfer&apos;s date {date} is before {container} was sealed ({sealed_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="155"/>
        <source>The container holds incompatible wastes together: {groups}.</source>
        <translation>The container holds incompatible wastes together: {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="158"/>
        <source>The container holds {filled_g} g, beyond its capacity of {capacity_g} g.</source>
        <translation>The container holds {filled_g} g, beyond its capacity of {capacity_g} g.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="161"/>
        <source>A fill of the container is recorded with {mass_g} g (not more than zero).</source>
        <translation>A fill of the container is recorded with {mass_g} g (not more than zero).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="164"/>
        <source>The container was sealed on {sealed_on}, before its fill of {last_fill_on}.</source>
        <translation>The container was sealed on {sealed_on}, before its fill of {last_fill_on}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="167"/>
        <source>The container was handed out on {handed_out_on}, before its seal of {sealed_on}.</source>
        <translation>The container was handed out on {handed_out_on}, before its seal of {sealed_on}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="174"/>
        <source>No certificate payload (TSC1...) was found in the QR code or the text given.</source>
        <translation>No certificate payload (TSC1...) was found in the QR code or the text given.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="177"/>
        <source>The certificate payload is damaged or not of this format.</source>
        <translation>The certificate payload is damaged or not of this format.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="178"/>
        <source>The certificate was signed with a key this verifier does not know.</source>
        <translation>The certificate was signed with a key this verifier does not know.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="179"/>
        <source>The signature does not match the certificate&apos;s facts: they were changed.</source>
        <translation>The signature does not match the certificate&apos;s facts: they were changed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="182"/>
        <source>The signing key belongs to station {known}, not to {claimed}.</source>
        <translation>The signing key belongs to station {known}, not to {claimed}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="185"/>
        <source>No certificate QR code could be read from the document.</source>
        <translation>No certificate QR code could be read from the document.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="186"/>
        <source>The PDF carries no certificate data (certificate.json) to check its content against.</source>
        <translation>The PDF carries no certificate data (certificate.json) to check its content against.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="189"/>
        <source>The certificate data embedded in the PDF is damaged.</source>
        <translation>The certificate data embedded in the PDF is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="190"/>
        <source>The certificate&apos;s data is not the data that was signed.</source>
        <translation>The certificate&apos;s data is not the data that was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="191"/>
        <source>The QR code&apos;s {field} ({signed}) differs from the certificate&apos;s ({shown}).</source>
        <translation>The QR code&apos;s {field} ({signed}) differs from the certificate&apos;s ({shown}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="194"/>
        <source>The printed text of the PDF differs from the signed data.</source>
        <translation>The printed text of the PDF differs from the signed data.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="195"/>
        <source>The certificate was revoked ({reason}).</source>
        <translation>The certificate was revoked ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="196"/>
        <source>A newer version {version} of this certificate was issued.</source>
        <translation>A newer version {version} of this certificate was issued.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="197"/>
        <source>This station has no record of the certificate (issued elsewhere?).</source>
        <translation>This station has no record of the certificate (issued elsewhere?).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="200"/>
        <source>This station&apos;s record of the certificate has other data.</source>
        <translation>This station&apos;s record of the certificate has other data.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="201"/>
        <source>The pack already has certificate {number}; re-issue it instead.</source>
        <translation>The pack already has certificate {number}; re-issue it instead.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="204"/>
        <source>No certificate {number} is on record.</source>
        <translation>No certificate {number} is on record.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="205"/>
        <source>Certificate {number} is already revoked.</source>
        <translation>Certificate {number} is already revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="206"/>
        <source>Certificates can be revoked within {days} days of issue; {number} is older.</source>
        <translation>Certificates can be revoked within {days} days of issue; {number} is older.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="209"/>
        <source>The pack cannot be certified yet (see findings).</source>
        <translation>The pack cannot be certified yet (see findings).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="210"/>
        <source>The certificate type must be dismantling, recycling or destruction.</source>
        <translation>The certificate type must be dismantling, recycling or destruction.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="213"/>
        <source>The site&apos;s name and credit code must be configured before certificates are issued.</source>
        <translation>The site&apos;s name and credit code must be configured before certificates are issued.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="216"/>
        <source>Only a dismantled or treated pack gets a certificate: {code} is {status}.</source>
        <translation>Only a dismantled or treated pack gets a certificate: {code} is {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="23"/>
        <source>You may not {action}: it takes the role “{needs}” or higher. Ask someone with it to log in.</source>
        <translation>You may not {action}: it takes the role “{needs}” or higher. Ask someone with it to log in.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="26"/>
        <source>The first operator of a station must be an administrator.</source>
        <translation>The first operator of a station must be an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="29"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>Enter the operator&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="30"/>
        <source>“{role}” is not an operator role.</source>
        <translation>“{role}” is not an operator role.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="31"/>
        <source>An operator called “{name}” already exists.</source>
        <translation>An operator called “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="32"/>
        <source>This operator is not known at this station.</source>
        <translation>This operator is not known at this station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="33"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="34"/>
        <source>This is the station&apos;s last administrator: make another operator administrator first.</source>
        <translation>This is the station&apos;s last administrator: make another operator administrator first.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="37"/>
        <source>Wrong name or PIN.</source>
        <translation>Wrong name or PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="38"/>
        <source>Too many wrong PINs. This name is locked for {minutes} minute(s), or until an administrator resets the PIN.</source>
        <translation>Too many wrong PINs. This name is locked for {minutes} minute(s), or until an administrator resets the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="42"/>
        <source>This badge belongs to no operator of this station.</source>
        <translation>This badge belongs to no operator of this station.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="43"/>
        <source>This badge already belongs to another operator.</source>
        <translation>This badge already belongs to another operator.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="44"/>
        <source>That is a battery label, not a badge: nothing was recorded. Log in first.</source>
        <translation>That is a battery label, not a badge: nothing was recorded. Log in first.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="47"/>
        <source>A PIN is made of digits only.</source>
        <translation>A PIN is made of digits only.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="48"/>
        <source>A PIN has {min} to {max} digits.</source>
        <translation>A PIN has {min} to {max} digits.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="49"/>
        <source>This PIN is too easy to guess (one digit repeated, or a run such as 1234).</source>
        <translation>This PIN is too easy to guess (one digit repeated, or a run such as 1234).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="10"/>
        <source>Seen: {defect}. The pack fails the safety judgement.</source>
        <translation>Seen: {defect}. The pack fails the safety judgement.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="11"/>
        <source>{measurement} was not measured.</source>
        <translation>{measurement} was not measured.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="12"/>
        <source>The temperature {value} °C is outside {low} to {high} °C: quarantine the pack.</source>
        <translation>The temperature {value} °C is outside {low} to {high} °C: quarantine the pack.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="15"/>
        <source>The total voltage {value} V is above the touch-safe {limit} V: the high-voltage procedure applies.</source>
        <translation>The total voltage {value} V is above the touch-safe {limit} V: the high-voltage procedure applies.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="18"/>
        <source>The insulation resistance is {value} Ω/V, below the required {minimum} Ω/V ({required_mohm} MΩ at this voltage).</source>
        <translation>The insulation resistance is {value} Ω/V, below the required {minimum} Ω/V ({required_mohm} MΩ at this voltage).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="22"/>
        <source>Measure the total voltage too: the insulation resistance is judged per volt (≥ {minimum} Ω/V).</source>
        <translation>Measure the total voltage too: the insulation resistance is judged per volt (≥ {minimum} Ω/V).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="25"/>
        <source>The mass {mass} kg differs from the {reference} kg at intake by {deviation} % (more than {limit} %).</source>
        <translation>The mass {mass} kg differs from the {reference} kg at intake by {deviation} % (more than {limit} %).</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="28"/>
        <source>{code} is {status}: only a battery in store or in quarantine can be inspected.</source>
        <translation>{code} is {status}: only a battery in store or in quarantine can be inspected.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="31"/>
        <source>The checks suggest {suggested}: type why you chose {result}.</source>
        <translation>The checks suggest {suggested}: type why you chose {result}.</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="34"/>
        <source>The rule set&apos;s inspection checklist is malformed ({detail}).</source>
        <translation>The rule set&apos;s inspection checklist is malformed ({detail}).</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../ui/records_view.py" line="302"/>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="306"/>
        <source>Batteries shown: %1. More match.</source>
        <translation>Batteries shown: %1. More match.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="308"/>
        <source>Batteries found: %1.</source>
        <translation>Batteries found: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="315"/>
        <source>Select a battery to see its history.</source>
        <translation>Select a battery to see its history.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="351"/>
        <source>Code or &amp;VIN:</source>
        <translation>Code or &amp;VIN:</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="352"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="353"/>
        <source>Received &amp;from:</source>
        <translation>Received &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="354"/>
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="355"/>
        <source>any part of a code, VIN or recycling number</source>
        <translation>any part of a code, VIN or recycling number</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="357"/>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="358"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="359"/>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="363"/>
        <source>any status</source>
        <translation>any status</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <location filename="../../ui/records_view.py" line="372"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <location filename="../../ui/records_view.py" line="372"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <location filename="../../ui/records_view.py" line="372"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/reasons_people.py" line="8"/>
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="9"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="10"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="49"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="50"/>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="51"/>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="141"/>
        <source>Rule set in force: %1</source>
        <translation>Rule set in force: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="177"/>
        <source>The thresholds were saved.</source>
        <translation>The thresholds were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="183"/>
        <source>Scan or type the code to put on the list.</source>
        <translation>Scan or type the code to put on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="189"/>
        <source>%1 is on the list.</source>
        <translation>%1 is on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="196"/>
        <source>Choose the entry to take off its list.</source>
        <translation>Choose the entry to take off its list.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="201"/>
        <source>%1 is off the list.</source>
        <translation>%1 is off the list.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="205"/>
        <source>Maker list (CSV)</source>
        <translation>Maker list (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="205"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="217"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="223"/>
        <source>Line %1 not taken: %2</source>
        <translation>Line %1 not taken: %2</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="244"/>
        <source>This could not be saved: %1</source>
        <translation>This could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="253"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="254"/>
        <source>&amp;Thresholds</source>
        <translation>&amp;Thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="254"/>
        <source>&amp;Lists</source>
        <translation>&amp;Lists</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="254"/>
        <source>&amp;Makers</source>
        <translation>&amp;Makers</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="256"/>
        <source>Save the thresholds</source>
        <translation>Save the thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="262"/>
        <source>Battery code</source>
        <translation>Battery code</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="263"/>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="264"/>
        <source>Reference (notice, letter…)</source>
        <translation>Reference (notice, letter…)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="265"/>
        <source>Put on the list</source>
        <translation>Put on the list</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="266"/>
        <source>Take the chosen entry off</source>
        <translation>Take the chosen entry off</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="270"/>
        <source>Maker code</source>
        <translation>Maker code</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="270"/>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="270"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="271"/>
        <source>Import a maker list (CSV)…</source>
        <translation>Import a maker list (CSV)…</translation>
    </message>
</context>
<context>
    <name>ScaleStatusButton</name>
    <message>
        <location filename="../../ui/scale_status.py" line="151"/>
        <source>Zero the scale</source>
        <translation>Zero the scale</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="152"/>
        <source>Tare (the load on the scale now)</source>
        <translation>Tare (the load on the scale now)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="153"/>
        <source>Clear the tare</source>
        <translation>Clear the tare</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="182"/>
        <location filename="../../ui/scale_status.py" line="189"/>
        <source>Scale: %1</source>
        <translation>Scale: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="184"/>
        <source>Scale %1: connecting…</source>
        <translation>Scale %1: connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="186"/>
        <source>Scale %1: stopped</source>
        <translation>Scale %1: stopped</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="192"/>
        <source>Scale %1: waiting for a weight…</source>
        <translation>Scale %1: waiting for a weight…</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="195"/>
        <source>Scale: %1 kg net</source>
        <translation>Scale: %1 kg net</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="197"/>
        <source>Scale: %1 kg</source>
        <translation>Scale: %1 kg</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="198"/>
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="198"/>
        <source>settling…</source>
        <translation>settling…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/scan_screen.py" line="114"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="115"/>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="117"/>
        <source>Scan, or type a code and press Enter</source>
        <translation>Scan, or type a code and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="118"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="208"/>
        <source>The scan could not be judged: %1</source>
        <translation>The scan could not be judged: %1</translation>
    </message>
</context>
<context>
    <name>SerialScannerStatus</name>
    <message>
        <location filename="../../ui/serial_scanner.py" line="102"/>
        <source>Scanner %1: connected</source>
        <translation>Scanner %1: connected</translation>
    </message>
    <message>
        <location filename="../../ui/serial_scanner.py" line="108"/>
        <source>Scanner %1: stopped</source>
        <translation>Scanner %1: stopped</translation>
    </message>
    <message>
        <location filename="../../ui/serial_scanner.py" line="111"/>
        <source>Scanner %1: connecting…</source>
        <translation>Scanner %1: connecting…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>S&amp;tation and server</source>
        <translation>S&amp;tation and server</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>The set-up could not be saved: %1</source>
        <translation>The set-up could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="189"/>
        <source>Set up this station</source>
        <translation>Set up this station</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="191"/>
        <source>The site</source>
        <translation>The site</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="191"/>
        <source>Who runs this site: these details are printed on its certificates.</source>
        <translation>Who runs this site: these details are printed on its certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="193"/>
        <source>This station and the central server</source>
        <translation>This station and the central server</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="194"/>
        <source>A central server is optional: the station works fully without one.</source>
        <translation>A central server is optional: the station works fully without one.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="196"/>
        <source>Bench devices</source>
        <translation>Bench devices</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="196"/>
        <source>Choose what is connected; each can be changed later in Settings.</source>
        <translation>Choose what is connected; each can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>ShiftDashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="184"/>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="186"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="190"/>
        <source>Shift from %1 to %2</source>
        <translation>Shift from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="210"/>
        <source>Nothing in quarantine.</source>
        <translation>Nothing in quarantine.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="212"/>
        <source>%1 more in quarantine, not shown.</source>
        <translation>%1 more in quarantine, not shown.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="228"/>
        <source>No hazardous waste on hand.</source>
        <translation>No hazardous waste on hand.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <source>This shift</source>
        <translation>This shift</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <source>On site now</source>
        <translation>On site now</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>Longest in quarantine</source>
        <translation>Longest in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="234"/>
        <source>Hazardous waste on hand</source>
        <translation>Hazardous waste on hand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>Batteries received</source>
        <translation>Batteries received</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="237"/>
        <source>Modules and cells taken out</source>
        <translation>Modules and cells taken out</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Certificates revoked</source>
        <translation>Certificates revoked</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="243"/>
        <source>Uploads due</source>
        <translation>Uploads due</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="244"/>
        <source>Uploads at risk</source>
        <translation>Uploads at risk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="245"/>
        <source>Uploads overdue</source>
        <translation>Uploads overdue</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="249"/>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="249"/>
        <source>In quarantine since</source>
        <translation>In quarantine since</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>Waste code</source>
        <translation>Waste code</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="253"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="254"/>
        <source>On hand (kg)</source>
        <translation>On hand (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="255"/>
        <source>Open containers</source>
        <translation>Open containers</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="256"/>
        <source>Sealed containers</source>
        <translation>Sealed containers</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="260"/>
        <source>Shift dashboard</source>
        <translation>Shift dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="233"/>
        <source>Hazardous-waste business licence</source>
        <translation>Hazardous-waste business licence</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="234"/>
        <source>Whitelist entry (industry standard conditions)</source>
        <translation>Whitelist entry (industry standard conditions)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="235"/>
        <source>End-of-life vehicle dismantling qualification</source>
        <translation>End-of-life vehicle dismantling qualification</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="236"/>
        <source>Other permit</source>
        <translation>Other permit</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="241"/>
        <source>End-of-life vehicle dismantler</source>
        <translation>End-of-life vehicle dismantler</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="242"/>
        <source>Echelon-use company</source>
        <translation>Echelon-use company</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="243"/>
        <source>Recycler (material recovery)</source>
        <translation>Recycler (material recovery)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="244"/>
        <source>Vehicle maker or collection outlet</source>
        <translation>Vehicle maker or collection outlet</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="249"/>
        <source>vehicle received</source>
        <translation>vehicle received</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="250"/>
        <source>battery received into store</source>
        <translation>battery received into store</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="251"/>
        <source>battery handed out of store</source>
        <translation>battery handed out of store</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="252"/>
        <source>recycling and final treatment completed</source>
        <translation>recycling and final treatment completed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup_pages.py" line="260"/>
        <source>%1 within %n working day(s)</source>
        <translation>
            <numerusform>%1 within %n working day</numerusform>
            <numerusform>%1 within %n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="265"/>
        <source>Reports due to the traceability platform: %1.</source>
        <translation>Reports due to the traceability platform: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="268"/>
        <source>This role has no reporting deadlines in the rule set.</source>
        <translation>This role has no reporting deadlines in the rule set.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="272"/>
        <source>Site na&amp;me:</source>
        <translation>Site na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="273"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="274"/>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="275"/>
        <source>&amp;Licences:</source>
        <translation>&amp;Licences:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="276"/>
        <source>Site &amp;role:</source>
        <translation>Site &amp;role:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="277"/>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="278"/>
        <source>Echelon &amp;maker code:</source>
        <translation>Echelon &amp;maker code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="282"/>
        <source>the company name, as on its business licence</source>
        <translation>the company name, as on its business licence</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="283"/>
        <source>18 characters (统一社会信用代码)</source>
        <translation>18 characters (统一社会信用代码)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="284"/>
        <source>person and phone, printed on hazardous-waste labels</source>
        <translation>person and phone, printed on hazardous-waste labels</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="286"/>
        <source>3 characters: the site&apos;s own maker code for re-coding echelon-use batteries (empty: none)</source>
        <translation>3 characters: the site&apos;s own maker code for re-coding echelon-use batteries (empty: none)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="288"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="288"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="294"/>
        <source>A&amp;dd licence</source>
        <translation>A&amp;dd licence</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="295"/>
        <source>R&amp;emove licence</source>
        <translation>R&amp;emove licence</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="384"/>
        <source>Enrolling with %1…</source>
        <translation>Enrolling with %1…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="395"/>
        <source>Enrolled with %1. The station now syncs on its own.</source>
        <translation>Enrolled with %1. The station now syncs on its own.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="405"/>
        <source>The central server&apos;s certificate is not trusted (wrong CA bundle, expired, or another server).</source>
        <translation>The central server&apos;s certificate is not trusted (wrong CA bundle, expired, or another server).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="409"/>
        <source>The central server at %1 cannot be reached. Check the address and the network, or go on without a server and enrol later in Settings.</source>
        <translation>The central server at %1 cannot be reached. Check the address and the network, or go on without a server and enrol later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="415"/>
        <source>The server refused the enrolment (%1).</source>
        <translation>The server refused the enrolment (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="416"/>
        <source>The enrolment failed: %1</source>
        <translation>The enrolment failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="425"/>
        <source>Station &amp;id:</source>
        <translation>Station &amp;id:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="425"/>
        <source>Central ser&amp;ver:</source>
        <translation>Central ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="425"/>
        <source>&amp;Enrolment code:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="429"/>
        <source>Every record of this station carries this id; it cannot be changed.</source>
        <translation>Every record of this station carries this id; it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="431"/>
        <source>Given when the station&apos;s database was created; every record will carry it.</source>
        <translation>Given when the station&apos;s database was created; every record will carry it.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="433"/>
        <source>optional: https://server.example.cn</source>
        <translation>optional: https://server.example.cn</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="434"/>
        <source>the one-time code from the server&apos;s operator</source>
        <translation>the one-time code from the server&apos;s operator</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="435"/>
        <source>En&amp;rol now</source>
        <translation>En&amp;rol now</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="438"/>
        <source>Enrolled with %1.</source>
        <translation>Enrolled with %1.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="440"/>
        <source>Not enrolled: the station works fully without a server; enrol later in Settings.</source>
        <translation>Not enrolled: the station works fully without a server; enrol later in Settings.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/reasons.py" line="327"/>
        <source>in store</source>
        <translation>in store</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="328"/>
        <source>in quarantine</source>
        <translation>in quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="329"/>
        <source>being dismantled</source>
        <translation>being dismantled</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="330"/>
        <source>dismantled</source>
        <translation>dismantled</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="331"/>
        <source>handed out</source>
        <translation>handed out</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="332"/>
        <source>treated</source>
        <translation>treated</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="333"/>
        <source>certified</source>
        <translation>certified</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../ui/sync_status.py" line="50"/>
        <source>Sync: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="59"/>
        <source>Sync: not enrolled</source>
        <translation>Sync: not enrolled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="61"/>
        <source>Sync: %n problem(s) to resolve</source>
        <translation>
            <numerusform>Sync: %n problem to resolve</numerusform>
            <numerusform>Sync: %n problems to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="63"/>
        <source>Sync: server certificate not trusted, %n event(s) waiting</source>
        <translation>
            <numerusform>Sync: server certificate not trusted, %n event waiting</numerusform>
            <numerusform>Sync: server certificate not trusted, %n events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="65"/>
        <source>Sync: server unreachable, %n event(s) waiting</source>
        <translation>
            <numerusform>Sync: server unreachable, %n event waiting</numerusform>
            <numerusform>Sync: server unreachable, %n events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="67"/>
        <source>Sync: %n event(s) waiting</source>
        <translation>
            <numerusform>Sync: %n event waiting</numerusform>
            <numerusform>Sync: %n events waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="68"/>
        <source>Sync: up to date</source>
        <translation>Sync: up to date</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="73"/>
        <source>Last synchronised: %1</source>
        <translation>Last synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="75"/>
        <source>Never synchronised yet.</source>
        <translation>Never synchronised yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="79"/>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="79"/>
        <source>the station</source>
        <translation>the station</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="81"/>
        <source>%1 (%2). What to do: %3</source>
        <translation>%1 (%2). What to do: %3</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/sync_view.py" line="129"/>
        <source>The sync status could not be read: %1</source>
        <translation>The sync status could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="132"/>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="134"/>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="135"/>
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="136"/>
        <source>Events waiting</source>
        <translation>Events waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="137"/>
        <source>Acknowledged up to</source>
        <translation>Acknowledged up to</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="138"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="142"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="143"/>
        <source>Problems to resolve</source>
        <translation>Problems to resolve</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>Which record</source>
        <translation>Which record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="147"/>
        <source>Waiting to be sent (oldest first)</source>
        <translation>Waiting to be sent (oldest first)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>Battery or container</source>
        <translation>Battery or container</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="155"/>
        <source>Not enrolled: records stay at this station</source>
        <translation>Not enrolled: records stay at this station</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_view.py" line="157"/>
        <source>%n problem(s) to resolve: see below what to do</source>
        <translation>
            <numerusform>%n problem to resolve: see below what to do</numerusform>
            <numerusform>%n problems to resolve: see below what to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_view.py" line="159"/>
        <source>The server is not reached; %n event(s) wait here safely</source>
        <translation>
            <numerusform>The server is not reached; %n event wait here safely</numerusform>
            <numerusform>The server is not reached; %n events wait here safely</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_view.py" line="161"/>
        <source>Sending: %n event(s) waiting</source>
        <translation>
            <numerusform>Sending: %n event waiting</numerusform>
            <numerusform>Sending: %n events waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="162"/>
        <source>Up to date: the server has every record</source>
        <translation>Up to date: the server has every record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="167"/>
        <source>Reading the sync status…</source>
        <translation>Reading the sync status…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="173"/>
        <source>not enrolled: the station works on its own</source>
        <translation>not enrolled: the station works on its own</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="174"/>
        <source>never yet</source>
        <translation>never yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="176"/>
        <location filename="../../ui/sync_view.py" line="189"/>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="178"/>
        <source>not tried yet</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="180"/>
        <source>the server answers</source>
        <translation>the server answers</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="182"/>
        <source>the server does not answer</source>
        <translation>the server does not answer</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="189"/>
        <source>the station</source>
        <translation>the station</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="37"/>
        <source>Lowest acceptable temperature (°C)</source>
        <translation>Lowest acceptable temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="38"/>
        <source>Highest acceptable temperature (°C)</source>
        <translation>Highest acceptable temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="39"/>
        <source>Touch-safe voltage limit (V DC)</source>
        <translation>Touch-safe voltage limit (V DC)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="40"/>
        <source>Highest acceptable state of charge (%)</source>
        <translation>Highest acceptable state of charge (%)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="41"/>
        <source>Lowest acceptable state of charge (%)</source>
        <translation>Lowest acceptable state of charge (%)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="42"/>
        <source>Least insulation resistance (Ω/V)</source>
        <translation>Least insulation resistance (Ω/V)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="43"/>
        <source>Mass deviation that warns (%)</source>
        <translation>Mass deviation that warns (%)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="44"/>
        <source>Wait after HV isolation (min)</source>
        <translation>Wait after HV isolation (min)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="45"/>
        <source>Discharge cut-off voltage (V)</source>
        <translation>Discharge cut-off voltage (V)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="46"/>
        <source>Discharge cut-off state of charge (%)</source>
        <translation>Discharge cut-off state of charge (%)</translation>
    </message>
</context>
<context>
    <name>UsccField</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="254"/>
        <source>Valid credit code.</source>
        <translation>Valid credit code.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../ui/verdict_banner.py" line="44"/>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="60"/>
        <source>Not judged</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="74"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="75"/>
        <source>Accept with warnings</source>
        <translation>Accept with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="76"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="77"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>WeightField</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="104"/>
        <source>Weigh</source>
        <translation>Weigh</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="108"/>
        <source>Take the settled weight from the scale</source>
        <translation>Take the settled weight from the scale</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="110"/>
        <source>No scale is set up at this bench: type the weight</source>
        <translation>No scale is set up at this bench: type the weight</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <location filename="../../ui/workflows/page.py" line="59"/>
        <source>Last typed by %1 at %2.</source>
        <translation>Last typed by %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/page.py" line="92"/>
        <source>This could not be recorded: %1</source>
        <translation>This could not be recorded: %1</translation>
    </message>
</context>
</TS>
