<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <location filename="../../ui/reasons_people.py" line="14"/>
        <source>correct a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="15"/>
        <source>revoke a certificate</source>
        <translation>撤销证书</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="16"/>
        <source>release a battery from quarantine</source>
        <translation>将电池解除隔离</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="17"/>
        <source>change the rule set</source>
        <translation>修改规则集</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="18"/>
        <source>change the station&apos;s set-up</source>
        <translation>修改工作站设置</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="19"/>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <location filename="../../ui/batch_issue.py" line="90"/>
        <source>Issuing the day&apos;s certificates</source>
        <translation>签发当天的证书</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="91"/>
        <source>Finding the packs dismantled that day…</source>
        <translation>正在查找当天拆解完成的电池包…</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="92"/>
        <source>Stop after this pack</source>
        <translation>完成当前电池包后停止</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="107"/>
        <source>%1: certificate %2</source>
        <translation>%1：证书 %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="109"/>
        <source>(printed)</source>
        <translation>（已打印）</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="111"/>
        <source>(not printed: %1 The job waits for a retry.)</source>
        <translation>（未打印：%1 打印任务已保留，等待重试。）</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="116"/>
        <source>%1: not issued. %2</source>
        <translation>%1：未签发。%2</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="128"/>
        <source>%1 issued, %2 not issued.</source>
        <translation>已签发 %1 份，未签发 %2 份。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="133"/>
        <source>Stopped: the remaining packs are issued by the next run.</source>
        <translation>已停止：其余电池包将在下次运行时签发。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="135"/>
        <source>No pack dismantled that day is waiting for a certificate.</source>
        <translation>当天没有待签发证书的已拆解电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="140"/>
        <source>The batch stopped: %1</source>
        <translation>批量签发中断：%1</translation>
    </message>
    <message>
        <location filename="../../ui/batch_issue.py" line="144"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <location filename="../../ui/battery_card.py" line="27"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="29"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="30"/>
        <source>Maker</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="31"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="32"/>
        <source>Chemistry</source>
        <translation>电池类型</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="33"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="34"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41"/>
        <location filename="../../ui/event_words.py" line="79"/>
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41"/>
        <location filename="../../ui/event_words.py" line="80"/>
        <source>Module</source>
        <translation>模组</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41"/>
        <location filename="../../ui/event_words.py" line="81"/>
        <source>Cell</source>
        <translation>单体</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/camera_view.py" line="105"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="125"/>
        <source>%1 Reconnecting…</source>
        <translation>%1 正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="127"/>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="129"/>
        <source>The camera has stopped.</source>
        <translation>摄像头已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="148"/>
        <source>DEMO camera: not a real scan</source>
        <translation>演示摄像头：不是真实扫描</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="59"/>
        <source>issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="60"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="61"/>
        <source>revoked</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="226"/>
        <source>Certificate</source>
        <translation>处置证明</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="229"/>
        <source>Scan the pack&apos;s label, or type its code</source>
        <translation>扫描电池包标签，或输入其编码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="230"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="231"/>
        <source>Certificate of disposal</source>
        <translation>处置证明</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="232"/>
        <source>Revoke (supervisor)</source>
        <translation>作废（主管）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="233"/>
        <source>Why the certificate is revoked (required)</source>
        <translation>作废原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="234"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="236"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="237"/>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="238"/>
        <source>Revoke</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="256"/>
        <source>Scan or type the pack&apos;s code first.</source>
        <translation>请先扫描或输入电池包编码。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="289"/>
        <source>This battery is not on record at this station.</source>
        <translation>本工作站没有该电池的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="291"/>
        <source>Certificates are issued for packs: this code is a module or a cell.</source>
        <translation>处置证明按电池包签发：此编码是模组或单体。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="295"/>
        <source>Certified: certificate %1, version %2.</source>
        <translation>已出具证明：证明编号 %1，第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="301"/>
        <source>Not ready for a certificate: the pack is %1; it must be dismantled first.</source>
        <translation>尚不能出具证明：电池包状态为%1，须先完成拆解。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="306"/>
        <source>Dismantled, but the certificate is blocked:</source>
        <translation>已拆解，但暂不能签发证明：</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="310"/>
        <source>Every certificate of this pack was revoked: a new one can be issued.</source>
        <translation>该电池包的证明均已作废：可以签发新的证明。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="311"/>
        <source>Dismantled and not yet certified: the certificate can be issued.</source>
        <translation>已拆解，尚未出具证明：可以签发处置证明。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="321"/>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="323"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="328"/>
        <source>Revoke the certificate in force; the reason is recorded</source>
        <translation>作废现行证明；原因将被记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="330"/>
        <source>Only a supervisor may revoke a certificate</source>
        <translation>只有主管可以作废处置证明</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="381"/>
        <source>Press Preview to see the certificate.</source>
        <translation>点击“预览”查看处置证明。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="383"/>
        <source>Certificate %1 as it was signed.</source>
        <translation>证明 %1（签发时的内容）。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="385"/>
        <source>Preview only: not issued and not signed; the number is given on issue.</source>
        <translation>仅为预览：尚未签发、未签名；编号在签发时生成。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="414"/>
        <source>Certificate issued</source>
        <translation>处置证明已签发</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="445"/>
        <source>The certificate could not be printed or saved: %1</source>
        <translation>处置证明无法打印或保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="449"/>
        <source>No certificate printer is set at this bench. The PDF was saved as %1</source>
        <translation>本工位未设置证明打印机。PDF 已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="453"/>
        <source>Certificate %1 was printed.</source>
        <translation>证明 %1 已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="457"/>
        <source>Certificate %1 waits in the print queue: %2</source>
        <translation>证明 %1 在打印队列中等待：%2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="471"/>
        <source>Give the reason for revoking the certificate.</source>
        <translation>请填写作废证明的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="482"/>
        <source>Certificate revoked</source>
        <translation>处置证明已作废</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/certificate_page.py" line="482"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ContainersView</name>
    <message>
        <location filename="../../ui/duty_views.py" line="157"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="158"/>
        <source>Identification code</source>
        <translation>识别码</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="159"/>
        <source>Waste</source>
        <translation>废物</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="160"/>
        <source>Contents (kg)</source>
        <translation>内装（千克）</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="161"/>
        <source>Stored since</source>
        <translation>贮存起始</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="162"/>
        <source>Storage deadline</source>
        <translation>贮存期限</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="163"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="164"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="192"/>
        <source>%1 containers on site: %2 past the storage limit, %3 nearing it.</source>
        <translation>场内共 %1 个容器：%2 个已超贮存期限，%3 个临近期限。</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="157"/>
        <source>Corrections</source>
        <translation>纠正</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="160"/>
        <source>The battery&apos;s records</source>
        <translation>电池的记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="161"/>
        <source>Correct the chosen record</source>
        <translation>纠正所选记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="162"/>
        <source>Scan the battery&apos;s label, or type its code or recycling number</source>
        <translation>扫描电池标签，或输入其编码或回收编号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="163"/>
        <source>Show the records</source>
        <translation>显示记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="164"/>
        <source>Void the record</source>
        <translation>作废该记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="165"/>
        <source>Amend its values</source>
        <translation>修改其数值</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="166"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="166"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="167"/>
        <source>Reason for the correction (required)</source>
        <translation>纠正理由（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="168"/>
        <source>e.g. mass typed wrong: the scale read 401.5 kg</source>
        <translation>例如：质量输错，电子秤读数为 401.5 kg</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="169"/>
        <source>Record the correction</source>
        <translation>记录纠正</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="233"/>
        <source>This kind of record cannot be corrected here.</source>
        <translation>此类记录不能在此纠正。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="252"/>
        <source>Choose the record to correct.</source>
        <translation>请选择要纠正的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="325"/>
        <source>A new record that voids or amends the chosen one; the original stays</source>
        <translation>新增一条记录作废或修改所选记录；原记录保留</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="327"/>
        <source>Only a supervisor or an administrator may correct a record.</source>
        <translation>只有主管或管理员可以纠正记录。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="333"/>
        <source>Choose the record to correct first.</source>
        <translation>请先选择要纠正的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="338"/>
        <source>The value of %1 must be a number.</source>
        <translation>%1 的值必须是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="341"/>
        <source>No value was changed: change one, or void the record.</source>
        <translation>没有修改任何数值：请修改一项，或作废该记录。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="351"/>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="351"/>
        <source>amended</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="352"/>
        <source>Correction recorded</source>
        <translation>纠正已记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="352"/>
        <source>The record was %1.</source>
        <translation>该记录已%1。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="379"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/corrections_page.py" line="379"/>
        <source>The correction that was being typed is back.</source>
        <translation>正在填写的纠正已恢复。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="51"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="52"/>
        <source>Something went wrong: %1

Every record saved so far is safe. The details are in the log file.</source>
        <translation>出现错误：%1

已保存的记录都是安全的。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="131"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="148"/>
        <source>%1 uploads waiting: %2 overdue, %3 at risk.</source>
        <translation>待上报 %1 条：逾期 %2 条，临近 %3 条。</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="40"/>
        <source>Echelon use</source>
        <translation>梯次利用</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="41"/>
        <source>Recycling</source>
        <translation>再生利用</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="572"/>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="573"/>
        <source>Serial scanner p&amp;ort:</source>
        <translation>串口扫码枪端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="574"/>
        <source>Scanner baud r&amp;ate:</source>
        <translation>扫码枪波特率(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="575"/>
        <source>Scale &amp;port:</source>
        <translation>电子秤端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="576"/>
        <source>Scale baud &amp;rate:</source>
        <translation>电子秤波特率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="577"/>
        <source>Scale pro&amp;tocol:</source>
        <translation>电子秤协议(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="578"/>
        <source>C&amp;ertificate printer:</source>
        <translation>证明打印机(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="579"/>
        <source>&amp;Label printer:</source>
        <translation>标签打印机(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="583"/>
        <source>the built-in demo camera (marked DEMO)</source>
        <translation>内置演示摄像头（标有 DEMO）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="587"/>
        <source>the system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="600"/>
        <source>the first camera found, else the demo</source>
        <translation>找到的第一个摄像头，没有则用演示摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="602"/>
        <source>none (or type a port such as /dev/ttyUSB0)</source>
        <translation>无（或输入端口，如 /dev/ttyUSB0）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="604"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="605"/>
        <source>Or type a device path (/dev/video2) or a recording to replay.</source>
        <translation>也可输入设备路径（/dev/video2）或要回放的录像。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="607"/>
        <source>Or type cups://QUEUE (?raw=1 for ZPL) or socket://HOST:9100 for a network label printer.</source>
        <translation>也可输入 cups://队列（ZPL 加 ?raw=1），网络标签打印机输入 socket://主机:9100。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="610"/>
        <source>continuous (streams its weight)</source>
        <translation>连续输出（持续发送重量）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="611"/>
        <source>MT-SICS (Mettler Toledo)</source>
        <translation>MT-SICS（梅特勒-托利多）</translation>
    </message>
</context>
<context>
    <name>DismantlingPage</name>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="140"/>
        <source>Dismantling</source>
        <translation>拆解</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="143"/>
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="144"/>
        <source>Modules and cells taken out</source>
        <translation>已拆出的模组和单体</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="145"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="146"/>
        <source>Expected</source>
        <translation>应有数量</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="147"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="148"/>
        <source>not typed</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="149"/>
        <source>How many modules or cells this pack holds</source>
        <translation>该电池包内的模组或单体数量</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="150"/>
        <source>Finish dismantling</source>
        <translation>完成拆解</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="151"/>
        <source>Put the pack aside</source>
        <translation>暂放此电池包</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="153"/>
        <source>Close this pack on this bench without finishing it; what was linked stays recorded</source>
        <translation>在本工位关闭此电池包但不完成拆解；已关联的记录保留</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="164"/>
        <source>Wait a moment: the pack is being opened.</source>
        <translation>请稍候：正在打开电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="194"/>
        <source>Pack open</source>
        <translation>电池包已打开</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="194"/>
        <source>Scan each module or cell as it comes out.</source>
        <translation>每拆出一个模组或单体即扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="224"/>
        <location filename="../../ui/workflows/dismantling_page.py" line="441"/>
        <source>Echelon code %1</source>
        <translation>梯次利用编码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="281"/>
        <source>The echelon label of %1 waits in the print queue: %2</source>
        <translation>%1 的梯次利用标签在打印队列中等待：%2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="289"/>
        <source>The echelon label of %1 could not be printed: %2</source>
        <translation>%1 的梯次利用标签无法打印：%2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="313"/>
        <source>Scan the pack first.</source>
        <translation>请先扫描电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="317"/>
        <source>Type how many modules or cells the pack holds, then finish.</source>
        <translation>请填写电池包内的模组或单体数量，然后完成拆解。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="335"/>
        <source>%1: %2 modules or cells recorded.</source>
        <translation>%1：已记录 %2 个模组或单体。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="336"/>
        <source>Pack dismantled</source>
        <translation>电池包已拆解</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="378"/>
        <source>%1 is open again with its %2 modules or cells on record.</source>
        <translation>%1 已重新打开，已记录 %2 个模组或单体。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="380"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="397"/>
        <source>No pack open: scan the pack&apos;s label.</source>
        <translation>未打开电池包：请扫描电池包标签。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="398"/>
        <source>Scan the pack, or type its code and press Enter</source>
        <translation>扫描电池包，或输入编码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="403"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="404"/>
        <source>Scan each module or cell, or type its code and press Enter</source>
        <translation>扫描每个模组或单体，或输入编码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="406"/>
        <source>Routed to echelon use: each module or cell gets an echelon-use code and label.</source>
        <translation>去向为梯次利用：每个模组或单体将获得梯次利用编码和标签。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="411"/>
        <source>The last pack of this model held %1.</source>
        <translation>同型号上一个电池包有 %1 个。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="422"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="426"/>
        <source>%1 scanned</source>
        <translation>已扫描 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="438"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="443"/>
        <source>label printed</source>
        <translation>标签已打印</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="445"/>
        <source>label waits in the print queue: %1</source>
        <translation>标签在打印队列中等待：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/dismantling_page.py" line="449"/>
        <source>label not printed: %1</source>
        <translation>标签未打印：%1</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="53"/>
        <source>Judge again (Enter)</source>
        <translation>重新判定（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="54"/>
        <source>Leave it (Esc)</source>
        <translation>忽略（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="68"/>
        <source>%1 was scanned already. Judge it again?</source>
        <translation>%1 已经扫描过。要重新判定吗？</translation>
    </message>
</context>
<context>
    <name>DutyViews</name>
    <message>
        <location filename="../../ui/duty_views.py" line="34"/>
        <source>due</source>
        <translation>待上报</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="35"/>
        <source>at risk</source>
        <translation>临近期限</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="36"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="37"/>
        <source>reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="40"/>
        <source>open</source>
        <translation>未封装</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="41"/>
        <source>sealed</source>
        <translation>已封装</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="42"/>
        <source>handed out</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="115"/>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/duty_views.py" line="119"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>EventWord</name>
    <message>
        <location filename="../../ui/event_words.py" line="15"/>
        <source>received</source>
        <translation>接收入库</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="16"/>
        <source>released from quarantine</source>
        <translation>解除隔离</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="17"/>
        <source>inspected</source>
        <translation>已检测</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="18"/>
        <source>part scanned into its parent</source>
        <translation>部件扫入上级</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="19"/>
        <source>dismantling finished</source>
        <translation>拆解完成</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="20"/>
        <source>treated</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="21"/>
        <source>certified</source>
        <translation>已出具证明</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="22"/>
        <source>handed out</source>
        <translation>已移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="23"/>
        <source>scan refused</source>
        <translation>扫描被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="24"/>
        <source>reported to the platform</source>
        <translation>已上报平台</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="25"/>
        <source>vehicle received</source>
        <translation>车辆已接收</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="26"/>
        <source>certificate issued</source>
        <translation>已签发证明</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="27"/>
        <source>certificate revoked</source>
        <translation>证明已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="28"/>
        <source>handling checklist recorded</source>
        <translation>已记录处置检查表</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="29"/>
        <source>XRF screening</source>
        <translation>XRF 筛查</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="30"/>
        <source>record voided</source>
        <translation>记录已作废</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="31"/>
        <source>record amended</source>
        <translation>记录已更正</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="36"/>
        <source>Recycling no.</source>
        <translation>回收编号</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="37"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="38"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="39"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="40"/>
        <source>Mass (kg)</source>
        <translation>质量（kg）</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="41"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="42"/>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="43"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="44"/>
        <source>Route</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="45"/>
        <source>Parts</source>
        <translation>部件数</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="46"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="47"/>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="48"/>
        <source>Destination</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="49"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="50"/>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="51"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="52"/>
        <source>At</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="53"/>
        <source>Corrects record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="57"/>
        <source>echelon use</source>
        <translation>梯次利用</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="58"/>
        <source>recycling</source>
        <translation>再生利用</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="63"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="64"/>
        <source>needs pre-treatment</source>
        <translation>需预处理</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="65"/>
        <source>quarantine</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="70"/>
        <source>intake</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="71"/>
        <source>dismantling</source>
        <translation>拆解</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="72"/>
        <source>hand-over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="73"/>
        <source>look-up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="85"/>
        <source>(voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <location filename="../../ui/event_words.py" line="86"/>
        <source>(amended)</source>
        <translation>（已更正）</translation>
    </message>
</context>
<context>
    <name>HazardCharacteristic</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="68"/>
        <source>toxic</source>
        <translation>毒性</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="69"/>
        <source>corrosive</source>
        <translation>腐蚀性</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="70"/>
        <source>ignitable</source>
        <translation>易燃性</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="71"/>
        <source>reactive</source>
        <translation>反应性</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="72"/>
        <source>infectious</source>
        <translation>感染性</translation>
    </message>
</context>
<context>
    <name>HazardContainer</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="61"/>
        <source>Steel drum</source>
        <translation>钢桶</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="62"/>
        <source>Plastic drum</source>
        <translation>塑料桶</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="63"/>
        <source>Small plastic drum</source>
        <translation>小塑料桶</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="64"/>
        <source>Acid-proof box</source>
        <translation>耐酸箱</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="65"/>
        <source>Ton bag</source>
        <translation>吨袋</translation>
    </message>
</context>
<context>
    <name>HazardFraction</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="53"/>
        <source>BMS and other circuit boards</source>
        <translation>BMS 及其他电路板</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="54"/>
        <source>Absorbents and pads soaked with electrolyte</source>
        <translation>沾染电解液的吸附物和吸液垫</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="55"/>
        <source>Electrolyte</source>
        <translation>电解液</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="56"/>
        <source>Coolant</source>
        <translation>冷却液</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="57"/>
        <source>12 V lead-acid battery and its parts</source>
        <translation>12 V 铅酸蓄电池及其部件</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="58"/>
        <source>Waste mineral oil</source>
        <translation>废矿物油</translation>
    </message>
</context>
<context>
    <name>HazardPage</name>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="216"/>
        <source>Hazardous waste</source>
        <translation>危险废物</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="219"/>
        <source>Scan the pack it came out of (optional)</source>
        <translation>扫描其来源电池包（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="220"/>
        <source>Scan the container&apos;s label, pick one below, or open a new one</source>
        <translation>扫描容器标签、从下方选择，或启用新容器</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="221"/>
        <source>e.g. HW-STORE-1</source>
        <translation>例如 HW-STORE-1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="222"/>
        <source>Hazardous waste taken out</source>
        <translation>取出的危险废物</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="223"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="224"/>
        <source>New container</source>
        <translation>新容器</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="225"/>
        <source>Seal the container into storage</source>
        <translation>封存容器并入库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="227"/>
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="228"/>
        <source>Waste</source>
        <translation>废物</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="229"/>
        <source>Waste code</source>
        <translation>废物代码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="230"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="231"/>
        <source>Quantity from</source>
        <translation>数量来源</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="232"/>
        <source>Identification code</source>
        <translation>识别码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="233"/>
        <source>Open containers</source>
        <translation>未封存的容器</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="234"/>
        <source>Container type</source>
        <translation>容器类型</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="235"/>
        <source>Storage location</source>
        <translation>贮存位置</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="236"/>
        <source>Net weight (optional)</source>
        <translation>净重（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="240"/>
        <source>New container…</source>
        <translation>新容器…</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="241"/>
        <source>Open the container and print its label</source>
        <translation>启用容器并打印标签</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="242"/>
        <source>Record the fill (Ctrl+Enter)</source>
        <translation>记录装入 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="243"/>
        <source>Seal the container</source>
        <translation>封存容器</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="245"/>
        <source>Closes the container and records it into storage; a weighed net mass is checked against its fills</source>
        <translation>封闭容器并记录入库；称得的净重将与装入记录核对</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="316"/>
        <source>%1, %2 L, up to %3 kg</source>
        <translation>%1，%2 L，最多 %3 kg</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="319"/>
        <source>(not usual for this waste)</source>
        <translation>（该废物通常不用此容器）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="331"/>
        <source>No open container of this waste code</source>
        <translation>没有该废物代码的未封存容器</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="335"/>
        <source>Pick an open container…</source>
        <translation>选择未封存的容器…</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="337"/>
        <source>%1 · %2 of %3 kg · %4</source>
        <translation>%1 · %2 / %3 kg · %4</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="356"/>
        <source>Hazard characteristics: %1</source>
        <translation>危险特性：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="360"/>
        <source>This code is the site&apos;s choice, to be agreed with the local authority.</source>
        <translation>此代码由本场地自定，须与当地生态环境部门确认。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="395"/>
        <source>not weighed yet</source>
        <translation>尚未称重</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="397"/>
        <source>the scale (settled weight)</source>
        <translation>电子秤（稳定读数）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="399"/>
        <source>typed by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="437"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="437"/>
        <source>The fill that was being recorded is back.</source>
        <translation>正在记录的装入已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="451"/>
        <source>Pick the waste first.</source>
        <translation>请先选择废物。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="454"/>
        <source>Weigh the quantity on the scale, or type it.</source>
        <translation>请用电子秤称量，或手动输入数量。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="457"/>
        <source>Scan the container&apos;s label, pick an open container, or open a new one.</source>
        <translation>请扫描容器标签、选择未封存的容器，或启用新容器。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="472"/>
        <source>%1 kg of %2 into %3</source>
        <translation>%1 kg %2 装入 %3</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="475"/>
        <source>The quantity was typed, not weighed.</source>
        <translation>数量为手动输入，未经称重。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="476"/>
        <source>Fill recorded</source>
        <translation>装入已记录</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="495"/>
        <source>Pick the waste first: a container holds one waste code.</source>
        <translation>请先选择废物：一个容器只装一种废物代码。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="498"/>
        <source>Say where the container is stored (its storage location).</source>
        <translation>请填写容器的贮存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="511"/>
        <source>Container opened</source>
        <translation>容器已启用</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="529"/>
        <source>No label printer is set at this bench: the container&apos;s label was not printed.</source>
        <translation>本工位未设置标签打印机：容器标签未打印。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="531"/>
        <source>The container&apos;s label was printed.</source>
        <translation>容器标签已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="534"/>
        <source>The container&apos;s label waits in the print queue: %1</source>
        <translation>容器标签在打印队列中等待：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="539"/>
        <source>The container&apos;s label could not be printed: %1</source>
        <translation>容器标签无法打印：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="548"/>
        <source>Scan the label of the container to seal, or pick it.</source>
        <translation>请扫描要封存容器的标签，或选择该容器。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="558"/>
        <source>%1: %2 kg into storage at %3</source>
        <translation>%1：%2 kg 已入库，贮存于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/hazard_page.py" line="560"/>
        <source>Container sealed</source>
        <translation>容器已封存</translation>
    </message>
</context>
<context>
    <name>InspectionItem</name>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="40"/>
        <source>Casing damaged</source>
        <translation>壳体破损</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="41"/>
        <source>Deformed or swollen</source>
        <translation>变形或鼓胀</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="42"/>
        <source>Leakage</source>
        <translation>漏液</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="43"/>
        <source>Corrosion</source>
        <translation>腐蚀</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="44"/>
        <source>Smoke or gas</source>
        <translation>冒烟或有气体</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="45"/>
        <source>Burn marks</source>
        <translation>烧蚀痕迹</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="46"/>
        <source>Opened before, no record</source>
        <translation>曾被拆开且无记录</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="50"/>
        <source>Total voltage</source>
        <translation>总电压</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="51"/>
        <source>Insulation resistance</source>
        <translation>绝缘电阻</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="52"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="53"/>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="57"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="58"/>
        <source>pre-treat</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="59"/>
        <source>quarantine</source>
        <translation>隔离</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="200"/>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="203"/>
        <source>Scan the pack&apos;s label, or type its code</source>
        <translation>扫描电池包标签，或输入其编码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="204"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="205"/>
        <source>Appearance: tick each defect seen</source>
        <translation>外观：勾选发现的每项缺陷</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="206"/>
        <source>Measured values</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="207"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="208"/>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="221"/>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="221"/>
        <source>Echelon use</source>
        <translation>梯次利用</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="221"/>
        <source>Recycling</source>
        <translation>再生利用</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="225"/>
        <source>Route</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="226"/>
        <source>Why the milder result (required)</source>
        <translation>选择较宽松结果的理由（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="227"/>
        <source>Record the inspection (Ctrl+Enter)</source>
        <translation>记录检测（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="228"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="306"/>
        <source>Battery found</source>
        <translation>已找到电池</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="306"/>
        <source>Work through the checklist.</source>
        <translation>请逐项完成检测清单。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="318"/>
        <source>No battery scanned yet.</source>
        <translation>尚未扫描电池。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="322"/>
        <source>Recycling no. %1</source>
        <translation>回收编号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="324"/>
        <source>intake mass %1 kg</source>
        <translation>入库质量 %1 kg</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="326"/>
        <source>no intake mass</source>
        <translation>无入库质量</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="355"/>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="361"/>
        <source>✔ Nothing found against the pack.</source>
        <translation>✔ 未发现该电池包有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="371"/>
        <source>touch-safe ≤ %1 V</source>
        <translation>安全电压 ≤ %1 V</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="372"/>
        <source>≥ %1 Ω/V</source>
        <translation>≥ %1 Ω/V</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="375"/>
        <source>(≥ %1 MΩ at this voltage)</source>
        <translation>（此电压下 ≥ %1 MΩ）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="378"/>
        <source>%1 to %2 °C</source>
        <translation>%1 至 %2 °C</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="385"/>
        <source>± %1 % of %2 kg at intake</source>
        <translation>入库质量 %2 kg 的 ± %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="387"/>
        <source>± %1 % of the intake mass (none recorded)</source>
        <translation>入库质量的 ± %1 %（无记录）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="421"/>
        <source>Milder than the suggested %1: type why.</source>
        <translation>比建议的“%1”宽松：请填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="424"/>
        <source>Stricter than suggested.</source>
        <translation>比建议更严格。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="461"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="461"/>
        <source>The inspection that was being typed is back.</source>
        <translation>正在填写的检测已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="469"/>
        <source>Scan or type the pack&apos;s code first.</source>
        <translation>请先扫描或输入电池包编码。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="496"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/inspection_page.py" line="500"/>
        <source>Inspection recorded</source>
        <translation>检测已记录</translation>
    </message>
</context>
<context>
    <name>IntakeFlag</name>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="41"/>
        <source>From an accident vehicle</source>
        <translation>来自事故车辆</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="42"/>
        <source>Abnormal voltage</source>
        <translation>电压异常</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="43"/>
        <source>Abnormal temperature</source>
        <translation>温度异常</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="44"/>
        <source>Abnormal state of charge</source>
        <translation>荷电状态异常</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="45"/>
        <source>Leakage</source>
        <translation>漏液</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="129"/>
        <source>Intake</source>
        <translation>接收入库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="134"/>
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="134"/>
        <source>Module</source>
        <translation>模组</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="134"/>
        <source>Cell</source>
        <translation>单体</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="137"/>
        <source>Scan the battery&apos;s label, or type its code</source>
        <translation>扫描电池标签，或输入编码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="138"/>
        <source>No code on the battery</source>
        <translation>电池无编码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="139"/>
        <source>Delivered by</source>
        <translation>交付方</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="140"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="141"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="143"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="144"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="145"/>
        <source>Document no.</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="146"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="147"/>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="148"/>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="149"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="150"/>
        <source>State of charge</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="154"/>
        <source>e.g. the end-of-life vehicle certificate number</source>
        <translation>例如报废机动车回收证明编号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="155"/>
        <source>The VIN is as printed on the vehicle (its check digit does not match)</source>
        <translation>车辆识别代号与车上所印一致（校验位不符）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="158"/>
        <source>Record the intake (Ctrl+Enter)</source>
        <translation>记录入库（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="159"/>
        <source>Clear the battery</source>
        <translation>清空电池信息</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="208"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="208"/>
        <source>The intake that was being typed is back.</source>
        <translation>之前正在填写的入库信息已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="235"/>
        <source>Scan or type the battery&apos;s code first, or tick “No code on the battery”.</source>
        <translation>请先扫描或输入电池编码，或勾选“电池无编码”。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="263"/>
        <source>Recycling no. %1</source>
        <translation>回收编号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/intake_page.py" line="290"/>
        <source>The intake label waits in the print queue: %1</source>
        <translation>入库标签在打印队列中等待：%1</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../ui/log_pane.py" line="121"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="122"/>
        <source>Information and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="122"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="122"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="125"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/log_pane.py" line="126"/>
        <source>Open log &amp;folder</source>
        <translation>打开日志文件夹(&amp;F)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ui/login.py" line="146"/>
        <source>The two PINs differ. Enter the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致，请输入相同的 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="165"/>
        <source>Log-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="173"/>
        <source>Welcome to Trace Station</source>
        <translation>欢迎使用动力电池溯源拆解工作站</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="175"/>
        <source>Nobody works at this station yet. Create its first administrator, who then adds the others.</source>
        <translation>本工作站还没有操作员。请创建第一位管理员，再由其添加其他人员。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="178"/>
        <source>Station locked</source>
        <translation>工作站已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="179"/>
        <source>Scan your badge, or choose your name and enter your PIN.</source>
        <translation>请扫描工牌，或选择姓名并输入 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="180"/>
        <location filename="../../ui/login.py" line="183"/>
        <source>Name</source>
        <translation>姓名</translation>
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
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="183"/>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="183"/>
        <source>Badge (optional: scan it)</source>
        <translation>工牌（可选：扫描即可）</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="186"/>
        <source>Create the administrator and log in</source>
        <translation>创建管理员并登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="187"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Trace Station</source>
        <translation>动力电池溯源拆解工作站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Issue the day&apos;s certificates…</source>
        <translation>签发当天的证书…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Print the waiting jobs again</source>
        <translation>重新打印等待中的任务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>View</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Lock the station</source>
        <translation>锁定工作站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Station %1 · rule set %2</source>
        <translation>工作站 %1 · 规则集 %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>DEMO camera</source>
        <translation>演示摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Work</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Uploads due</source>
        <translation>待上报</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Containers</source>
        <translation>危废容器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>The display setting could not be saved: %1</source>
        <translation>无法保存显示设置：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Operators…</source>
        <translation>操作员…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Show the log</source>
        <translation>显示日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="191"/>
        <source>No print job is waiting.</source>
        <translation>没有等待中的打印任务。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="193"/>
        <source>%1 printed, %2 still waiting: %3</source>
        <translation>已打印 %1 个，仍有 %2 个等待：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="198"/>
        <source>%n waiting job(s) printed.</source>
        <translation>已打印 %n 个等待中的任务。</translation>
    </message>
</context>
<context>
    <name>Measured</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="65"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../ui/operators_dialog.py" line="90"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="90"/>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="110"/>
        <location filename="../../ui/operators_dialog.py" line="122"/>
        <source>Select an operator first.</source>
        <translation>请先选择一位操作员。</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="129"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="141"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="144"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="145"/>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="145"/>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="145"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="149"/>
        <source>Badge (optional: scan it)</source>
        <translation>工牌（可选：扫描即可）</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="152"/>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="153"/>
        <source>Give this role</source>
        <translation>设为此角色</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="154"/>
        <source>Set this PIN</source>
        <translation>设为此 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="155"/>
        <source>Switch off / on</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../ui/operators_dialog.py" line="156"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
</context>
<context>
    <name>OutboundPage</name>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="135"/>
        <source>Hand-over</source>
        <translation>移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="141"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="145"/>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="146"/>
        <source>Batteries leaving</source>
        <translation>出库电池</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="148"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="149"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="150"/>
        <source>Licence no.</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="151"/>
        <source>Destination</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="152"/>
        <source>Manifest / document no.</source>
        <translation>联单号 / 单据号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="153"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="157"/>
        <source>e.g. the receiver&apos;s hazardous-waste business licence</source>
        <translation>例如接收方的危险废物经营许可证</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="158"/>
        <source>e.g. the transfer manifest number</source>
        <translation>例如转移联单号</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="159"/>
        <source>Scan each battery, or type its code and press Enter</source>
        <translation>扫描每个电池，或输入编码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="160"/>
        <source>Remove the item</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="161"/>
        <source>Hand out</source>
        <translation>移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="224"/>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="230"/>
        <source>Choose the item to remove in the list first.</source>
        <translation>请先在列表中选择要移除的项。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="244"/>
        <source>Scan the batteries that leave first.</source>
        <translation>请先扫描要出库的电池。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="266"/>
        <source>%1 batteries handed to %2.</source>
        <translation>已将 %1 个电池移交给 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="267"/>
        <source>Handed out</source>
        <translation>已移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="296"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="296"/>
        <source>The hand-over that was being loaded is back.</source>
        <translation>正在装载的移交记录已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="304"/>
        <source>%1 batteries in the list</source>
        <translation>列表中有 %1 个电池</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/outbound_page.py" line="311"/>
        <source>(echelon label %1)</source>
        <translation>（梯次利用标签 %1）</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="174"/>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="175"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="177"/>
        <source>No camera at this bench</source>
        <translation>本工位没有摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="200"/>
        <source>The camera has no picture yet.</source>
        <translation>摄像头还没有画面。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="239"/>
        <source>%n photo(s)</source>
        <translation>%n 张照片</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="94"/>
        <source>Quarantine</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="97"/>
        <source>Batteries in quarantine, oldest first</source>
        <translation>隔离中的电池（最早的在前）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="98"/>
        <source>Release to store</source>
        <translation>放行入库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>In quarantine since</source>
        <translation>隔离起始时间</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="100"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="102"/>
        <source>Read again</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="103"/>
        <source>Reason for the release (required)</source>
        <translation>放行理由（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="104"/>
        <source>e.g. re-measured after cooling: 24 °C, casing intact</source>
        <translation>例如：冷却后复测 24 °C，壳体完好</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="105"/>
        <source>Release from quarantine</source>
        <translation>解除隔离</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="134"/>
        <source>intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="134"/>
        <source>inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="137"/>
        <source>Noted: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="147"/>
        <source>Batteries in quarantine: %1</source>
        <translation>隔离中的电池：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="166"/>
        <source>Choose a battery in the queue.</source>
        <translation>请在队列中选择电池。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="174"/>
        <source>Back to store, with the reason recorded</source>
        <translation>放行入库，并记录理由</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="177"/>
        <source>Only a supervisor or an administrator may release a battery from quarantine.</source>
        <translation>只有主管或管理员可以解除电池隔离。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="191"/>
        <source>%1 is not in quarantine.</source>
        <translation>%1 不在隔离中。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="198"/>
        <source>Choose the battery to release first.</source>
        <translation>请先选择要放行的电池。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/quarantine_page.py" line="210"/>
        <source>Released from quarantine</source>
        <translation>已解除隔离</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../ui/reasons.py" line="20"/>
        <source>Nothing was scanned.</source>
        <translation>未扫描到任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="21"/>
        <source>The scan is far too long ({length} characters) to be a code.</source>
        <translation>扫描内容过长（{length} 个字符），不可能是编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="22"/>
        <source>The scan contains unreadable bytes.</source>
        <translation>扫描内容含有无法识别的字节。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="23"/>
        <source>The label holds several different codes: {candidates}. Scan the one you mean.</source>
        <translation>标签上有多个不同的编码：{candidates}。请扫描您要的那一个。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="26"/>
        <source>Control characters from the scanner were removed.</source>
        <translation>已去除扫描枪发送的控制字符。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="27"/>
        <source>The scanner&apos;s prefix was removed.</source>
        <translation>已去除扫描枪前缀。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="28"/>
        <source>The scanner&apos;s suffix was removed.</source>
        <translation>已去除扫描枪后缀。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="29"/>
        <source>Lower-case letters were read as capitals.</source>
        <translation>小写字母已按大写读取。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="30"/>
        <source>The code was printed over {parts} lines and has been joined.</source>
        <translation>编码分 {parts} 行印刷，已按顺序拼接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="31"/>
        <source>Separators inside the code were removed.</source>
        <translation>已去除编码中的分隔符。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="32"/>
        <source>The code was found inside a longer label text.</source>
        <translation>编码是从较长的标签内容中找到的。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="33"/>
        <source>Character {position} is “{char}” ({codepoint}), which only looks like “{looks_like}”. This label is not a genuine code.</source>
        <translation>第 {position} 位是“{char}”（{codepoint}），只是看起来像“{looks_like}”。该标签不是真实编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="37"/>
        <source>This is not a battery code.</source>
        <translation>这不是电池编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="38"/>
        <source>The code has {length} characters; a battery code has 24 (19 for echelon use).</source>
        <translation>编码有 {length} 位；电池编码应为 24 位（梯次利用为 19 位）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="41"/>
        <source>Character {position} (“{char}”) is not allowed in a battery code.</source>
        <translation>第 {position} 位（“{char}”）不允许出现在电池编码中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="44"/>
        <source>Product type “{char}” is not P (pack), M (module) or C (cell).</source>
        <translation>产品类型“{char}”不是 P（电池包）、M（模组）或 C（单体）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="47"/>
        <source>Battery type “{char}” is not in the chemistry table.</source>
        <translation>电池类型“{char}”不在电池类型表中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="48"/>
        <source>Maker code {maker} is not in the maker registry.</source>
        <translation>厂商代码 {maker} 不在厂商登记表中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="49"/>
        <source>The serial number {serial} contains letters.</source>
        <translation>序列号 {serial} 含有字母。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="50"/>
        <source>An echelon-use code needs R at position {position}.</source>
        <translation>梯次利用编码第 {position} 位应为 R。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="51"/>
        <source>An echelon-use code must end in P, M or C.</source>
        <translation>梯次利用编码必须以 P、M 或 C 结尾。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="52"/>
        <source>The production date must have 3 characters.</source>
        <translation>生产日期代码应为 3 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53"/>
        <source>The production year character “{char}” is not valid.</source>
        <translation>生产年份代码“{char}”无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="54"/>
        <source>The production month character “{char}” is not valid.</source>
        <translation>生产月份代码“{char}”无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="55"/>
        <source>The production day character “{char}” is not valid.</source>
        <translation>生产日代码“{char}”无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="56"/>
        <source>The production date (month {month}, day {day}) does not exist.</source>
        <translation>生产日期（{month} 月 {day} 日）不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="57"/>
        <source>The production date {date} is in the future.</source>
        <translation>生产日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="58"/>
        <source>The production date is before 2011: check the station&apos;s clock.</source>
        <translation>生产日期早于 2011 年：请检查工作站时钟。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="59"/>
        <source>This is a GB/T 45565 code (not a vehicle traction battery).</source>
        <translation>这是 GB/T 45565 编码（不是汽车动力蓄电池）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="60"/>
        <source>This is an EU battery passport link, not a GB/T 34014 code. The link is kept.</source>
        <translation>这是欧盟电池护照链接，不是 GB/T 34014 编码。链接已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="63"/>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64"/>
        <source>Character {position} of the credit code is not allowed.</source>
        <translation>信用代码第 {position} 位字符不允许。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65"/>
        <source>The credit code&apos;s check character is wrong: check for a typo.</source>
        <translation>信用代码校验位错误：请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68"/>
        <source>A VIN has 17 characters.</source>
        <translation>车辆识别代号（VIN）应为 17 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="69"/>
        <source>Character {position} of the VIN is not allowed (no I, O or Q).</source>
        <translation>VIN 第 {position} 位字符不允许（不能有 I、O、Q）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="70"/>
        <source>The VIN&apos;s check digit does not match: confirm the VIN.</source>
        <translation>VIN 校验位不符：请确认 VIN。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="72"/>
        <source>Blocked: {reason}</source>
        <translation>已禁止：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73"/>
        <source>On a recall list: {reason}</source>
        <translation>在召回清单上：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="74"/>
        <source>On the quarantine list: {reason}</source>
        <translation>在隔离清单上：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="75"/>
        <source>Already received and still here (status: {status}).</source>
        <translation>已接收且仍在库（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76"/>
        <source>This battery was already dismantled.</source>
        <translation>该电池已拆解。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="77"/>
        <source>A certificate of disposal was already issued for this battery.</source>
        <translation>该电池已出具处置证明。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="78"/>
        <source>This battery was handed out before and is coming back.</source>
        <translation>该电池曾移交出库，现再次入库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79"/>
        <source>Unknown intake flag {flag}.</source>
        <translation>未知的入库标记 {flag}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="80"/>
        <source>High risk: the battery has no code.</source>
        <translation>高风险：无码电池。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="81"/>
        <source>High risk: from an accident vehicle.</source>
        <translation>高风险：事故车电池。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="82"/>
        <source>High risk: abnormal voltage.</source>
        <translation>高风险：电压异常。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="83"/>
        <source>High risk: abnormal temperature.</source>
        <translation>高风险：温度异常。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84"/>
        <source>High risk: abnormal state of charge.</source>
        <translation>高风险：SOC 异常。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85"/>
        <source>High risk: leakage.</source>
        <translation>高风险：漏液。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86"/>
        <source>The pack {parent} is not on record.</source>
        <translation>电池包 {parent} 没有记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87"/>
        <source>The pack is in quarantine and may not be dismantled.</source>
        <translation>电池包在隔离中，不得拆解。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88"/>
        <source>The pack is not open for dismantling (status: {status}).</source>
        <translation>电池包当前不可拆解（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="89"/>
        <source>That is the pack&apos;s own code.</source>
        <translation>这是电池包自身的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="90"/>
        <source>Pack {parent} has no inspection recorded yet: record it before opening the pack.</source>
        <translation>电池包 {parent} 尚未记录拆解前检测：请先记录检测再拆开电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="93"/>
        <source>A {child_kind} cannot go under a {parent_kind}.</source>
        <translation>{child_kind} 不能归属于 {parent_kind}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="94"/>
        <source>Already scanned into this pack.</source>
        <translation>已扫入该电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="95"/>
        <source>Already belongs to {other_parent}.</source>
        <translation>已归属于 {other_parent}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96"/>
        <source>Already on record as a battery of its own.</source>
        <translation>已作为独立电池记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="97"/>
        <source>Chemistry {child} differs from the pack&apos;s {parent}.</source>
        <translation>电池类型 {child} 与电池包的 {parent} 不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="98"/>
        <source>This battery is not on record here.</source>
        <translation>本站没有该电池的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="99"/>
        <source>A battery in quarantine cannot be handed out.</source>
        <translation>隔离中的电池不能移交出库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="100"/>
        <source>This battery was already handed out.</source>
        <translation>该电池已移交出库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="101"/>
        <source>Report overdue since {due}.</source>
        <translation>上报已逾期（截止 {due}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="102"/>
        <source>Report due {due} ({workdays_left} working days left).</source>
        <translation>上报截止 {due}（剩余 {workdays_left} 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="103"/>
        <source>Echelon-use product.</source>
        <translation>梯次利用产品。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="104"/>
        <source>Station {station} already recorded this battery as {status} ({at}). It cannot be received again.</source>
        <translation>工作站 {station} 已将此电池记录为{status}（{at}），不能再次接收。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="107"/>
        <source>The central server could not be reached in time: this intake is provisional until it is checked.</source>
        <translation>未能及时联系中心服务器：本次接收为临时接收，待核查后确认。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="111"/>
        <source>The source company&apos;s credit code is not valid.</source>
        <translation>来源企业的信用代码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="112"/>
        <source>The receiving company&apos;s credit code is not valid.</source>
        <translation>接收企业的信用代码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="113"/>
        <source>The site&apos;s credit code is not valid.</source>
        <translation>本企业的信用代码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="114"/>
        <source>The VIN is not valid.</source>
        <translation>VIN 无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="115"/>
        <source>The VIN&apos;s check digit does not match. Confirm it to continue.</source>
        <translation>VIN 校验位不符。确认后才能继续。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="118"/>
        <source>The mass {mass_kg} kg is not plausible.</source>
        <translation>质量 {mass_kg} kg 不合理。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="119"/>
        <source>No battery {code} on record.</source>
        <translation>没有电池 {code} 的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120"/>
        <source>This battery cannot be dismantled now (status: {status}).</source>
        <translation>该电池当前不能拆解（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="121"/>
        <source>{found} parts scanned, {expected} expected.</source>
        <translation>已扫描 {found} 个部件，应为 {expected} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="122"/>
        <source>This battery cannot be marked treated now.</source>
        <translation>该电池当前不能标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123"/>
        <source>Choose echelon use or recycling.</source>
        <translation>请选择梯次利用或再生利用。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124"/>
        <source>Enter the receiving company.</source>
        <translation>请填写接收企业。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="125"/>
        <source>No batteries listed, or one listed twice.</source>
        <translation>未列出电池，或有电池重复列出。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="126"/>
        <source>Battery {code} may not leave the store.</source>
        <translation>电池 {code} 不得出库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="127"/>
        <source>Unknown inspection result.</source>
        <translation>未知的检测结果。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="128"/>
        <source>This battery is not in quarantine.</source>
        <translation>该电池不在隔离中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="130"/>
        <source>No such record.</source>
        <translation>没有该记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="131"/>
        <source>This kind of record cannot be corrected.</source>
        <translation>此类记录不能更正。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="132"/>
        <source>The correction lacks the battery codes of the original.</source>
        <translation>更正记录缺少原记录的电池编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133"/>
        <source>Unknown site role.</source>
        <translation>未知的企业角色。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="134"/>
        <source>Unknown setting.</source>
        <translation>未知的设置项。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="135"/>
        <source>Scanner prefixes and suffixes must not be empty.</source>
        <translation>扫描枪前缀和后缀不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136"/>
        <source>The site&apos;s licences are malformed.</source>
        <translation>场地的许可证格式不正确。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="137"/>
        <source>Licence {position}: choose what kind of licence it is.</source>
        <translation>第 {position} 个许可证：请选择许可证类型。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="138"/>
        <source>Licence {position}: enter its number.</source>
        <translation>第 {position} 个许可证：请输入编号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="140"/>
        <source>Enter the site&apos;s name.</source>
        <translation>请输入场地名称。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="141"/>
        <source>Enter the site&apos;s unified social credit code.</source>
        <translation>请输入场地的统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="142"/>
        <source>The server address must start with https:// (or http://) and name a host.</source>
        <translation>服务器地址须以 https://（或 http://）开头并包含主机名。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="145"/>
        <source>Enter the enrolment code from the server&apos;s operator.</source>
        <translation>请输入服务器管理员提供的注册码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="146"/>
        <source>“{address}” is not a printer address: use qt://NAME, cups://QUEUE or socket://HOST:9100.</source>
        <translation>“{address}”不是打印机地址：请使用 qt://名称、cups://队列 或 socket://主机:9100。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="149"/>
        <source>This code is on no list.</source>
        <translation>该编码不在任何清单上。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="150"/>
        <source>Unknown list.</source>
        <translation>未知的清单。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="151"/>
        <source>The rule set has no threshold {name}.</source>
        <translation>规则集中没有阈值 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="152"/>
        <source>Threshold {name}: {value} is not a number.</source>
        <translation>阈值 {name}：{value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153"/>
        <source>The lower limit {low} must stay below {high}.</source>
        <translation>下限 {low} 必须低于 {high}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="154"/>
        <source>The thresholds are as they were: nothing was recorded.</source>
        <translation>阈值未改变：没有记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="155"/>
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="156"/>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="157"/>
        <source>The file lacks required columns.</source>
        <translation>文件缺少必需的列。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="158"/>
        <source>A maker code has three letters or digits.</source>
        <translation>厂商代码应为 3 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="159"/>
        <source>A maker needs a name.</source>
        <translation>厂商需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="160"/>
        <source>This record has nothing to report.</source>
        <translation>该记录无需上报。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="161"/>
        <source>Already reported.</source>
        <translation>已上报。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="162"/>
        <source>Enter the scrapping certificate number.</source>
        <translation>请填写报废汽车回收证明编号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="163"/>
        <source>The photo could not be kept: it is not a JPEG image.</source>
        <translation>无法保存照片：不是 JPEG 图像。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="164"/>
        <source>This photo is not kept at this station.</source>
        <translation>本工作站没有保存此照片。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="165"/>
        <source>The camera picture could not be saved as a photo.</source>
        <translation>摄像头画面无法保存为照片。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="166"/>
        <source>The echelon maker code “{maker}” must be three capital letters or digits.</source>
        <translation>梯次利用厂商代码“{maker}”必须为三位大写字母或数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="169"/>
        <source>This station has used every echelon-use serial number for maker {maker}.</source>
        <translation>本工作站已用完厂商 {maker} 的全部梯次利用序列号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="172"/>
        <source>The echelon-use code {code} could not be made valid; nothing was recorded. Call support.</source>
        <translation>梯次利用编码 {code} 无法生成为有效编码；未作任何记录。请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="175"/>
        <source>{code} is a cell: it holds no modules or cells.</source>
        <translation>{code} 是单体：其中没有模组或单体。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="177"/>
        <source>The scan was cut off. Scan again.</source>
        <translation>扫描被中断，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="178"/>
        <source>The scanner sent characters it cannot send: check the keyboard layout or input method.</source>
        <translation>扫描枪发送了无效字符：请检查键盘布局或输入法。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="181"/>
        <source>The scanner types through a different keyboard layout. Set the scanner (or the computer) to the US layout.</source>
        <translation>扫描枪的键盘布局不一致。请将扫描枪（或电脑）设为美式键盘布局。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="186"/>
        <source>The device on {port} is not connected (unplugged, wrong port, or in use). Retrying…</source>
        <translation>{port} 上的设备未连接（已拔出、端口错误或被占用）。正在重试…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="189"/>
        <source>The device on {port} stopped answering. Reconnecting…</source>
        <translation>{port} 上的设备停止响应。正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="190"/>
        <source>The device is not connected.</source>
        <translation>设备未连接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="191"/>
        <source>A command could not be sent to the device.</source>
        <translation>无法向设备发送命令。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="192"/>
        <source>The scanner sent unreadable bytes. Scan again.</source>
        <translation>扫描枪发送了无法识别的字节。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="193"/>
        <source>The scanner&apos;s message was garbled (check its baud rate). Scan again.</source>
        <translation>扫描枪的数据是乱码（请检查波特率）。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="196"/>
        <source>The scanner sent more than {max_length} characters without an end. Scan again.</source>
        <translation>扫描枪发送了超过 {max_length} 个字符仍未结束。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="199"/>
        <source>The scanner was disconnected in the middle of a code. Scan again.</source>
        <translation>扫描枪在读码过程中断开。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="200"/>
        <source>The scanner&apos;s code did not end as expected: set its suffix to CR (Enter). Scan again.</source>
        <translation>扫描枪的编码没有按预期结束：请将其后缀设置为 CR（回车）。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="203"/>
        <source>The scale sent something that is not a weight ({line}). Check its baud rate and output format.</source>
        <translation>秤发来的不是重量（{line}）。请检查波特率和输出格式。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="206"/>
        <source>The scale weighs in {unit}. Set it to kg, g, lb or oz.</source>
        <translation>秤的单位是 {unit}。请设为 kg、g、lb 或 oz。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="207"/>
        <source>The scale is counting or showing percent ({unit}), not weighing. Set it to weighing.</source>
        <translation>秤处于计数或百分比模式（{unit}），不是称重。请切换到称重模式。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="210"/>
        <source>The scale is showing its tare, not the load.</source>
        <translation>秤正在显示皮重，而不是载荷。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="211"/>
        <source>The load is beyond the scale&apos;s range.</source>
        <translation>载荷超出秤的量程。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="212"/>
        <source>The scale reads below zero. Clear the platform and zero it.</source>
        <translation>秤读数低于零。请清空秤台后清零。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="213"/>
        <source>The scale cannot do that now (the load is moving). Try again.</source>
        <translation>秤现在无法执行（载荷在晃动）。请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="214"/>
        <source>The scale did not understand the command. Check the scale protocol setting.</source>
        <translation>秤无法识别该命令。请检查秤的协议设置。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="217"/>
        <source>The command reached the scale garbled. Check the cable and the baud rate.</source>
        <translation>命令传到秤时已损坏。请检查线缆和波特率。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="220"/>
        <source>The scale refused the command in its present state.</source>
        <translation>秤在当前状态下拒绝执行该命令。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="221"/>
        <source>The scale has sent nothing for {seconds} s. Is it on and set to send its weight?</source>
        <translation>秤已 {seconds} 秒没有发送数据。秤是否已开机并设置为输出重量？</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="224"/>
        <source>The scale is not connected.</source>
        <translation>秤未连接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="225"/>
        <source>No scale is set up at this bench (Settings, Devices): type the weight.</source>
        <translation>本工位未设置电子秤（设置 → 设备）：请手动输入重量。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="228"/>
        <source>The weight did not settle within {seconds} s. Keep the load still and weigh again.</source>
        <translation>重量在 {seconds} 秒内未稳定。请保持载荷静止后重新称重。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="231"/>
        <source>The scale shows {kg} kg, more than the {limit_kg} kg that may be zeroed. Clear the platform first.</source>
        <translation>秤显示 {kg} 千克，超过可清零的 {limit_kg} 千克。请先清空秤台。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="235"/>
        <source>The camera {detail} cannot be opened (unplugged, or in use by another program).</source>
        <translation>无法打开摄像头 {detail}（未连接，或被其他程序占用）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="238"/>
        <source>The camera {detail} stopped sending pictures.</source>
        <translation>摄像头 {detail} 停止发送画面。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="239"/>
        <source>The camera is closed.</source>
        <translation>摄像头已关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="240"/>
        <source>The folder {detail} holds no images to replay.</source>
        <translation>文件夹 {detail} 中没有可回放的图像。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="241"/>
        <source>The recording {detail} does not exist.</source>
        <translation>录像 {detail} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="242"/>
        <source>The recording {detail} cannot be read.</source>
        <translation>无法读取录像 {detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="243"/>
        <source>The recording {detail} cannot be written.</source>
        <translation>无法写入录像 {detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="245"/>
        <source>The label printer at {detail} refused the connection. Is it switched on?</source>
        <translation>位于 {detail} 的标签打印机拒绝连接。打印机是否已开机？</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="248"/>
        <source>The label printer at {detail} did not answer in time.</source>
        <translation>位于 {detail} 的标签打印机未及时响应。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="249"/>
        <source>The label printer at {detail} cannot be reached.</source>
        <translation>无法连接位于 {detail} 的标签打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="250"/>
        <source>The label printer&apos;s status could not be read.</source>
        <translation>无法读取标签打印机的状态。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="251"/>
        <source>The label printer is out of labels or ribbon.</source>
        <translation>标签打印机缺纸或缺碳带。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="252"/>
        <source>The label printer&apos;s head is open. Close it.</source>
        <translation>标签打印机的打印头未合上。请合上。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="253"/>
        <source>The label printer is paused. Press its pause button.</source>
        <translation>标签打印机已暂停。请按暂停键恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="254"/>
        <source>Printing is not installed on this computer (package cups-client). Run scripts/install.sh.</source>
        <translation>本机未安装打印组件（cups-client 软件包）。请运行 scripts/install.sh。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="257"/>
        <source>The print system did not answer in time.</source>
        <translation>打印系统未及时响应。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="258"/>
        <source>The print system refused the job: {detail}</source>
        <translation>打印系统拒绝了该任务：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="259"/>
        <source>This computer has no printer named {detail}. Choose the printer again in the settings.</source>
        <translation>本机没有名为 {detail} 的打印机。请在设置中重新选择打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="262"/>
        <source>The document to print cannot be read: {detail}</source>
        <translation>无法读取要打印的文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="264"/>
        <source>The rule set file is not valid JSON ({detail}).</source>
        <translation>规则集文件不是有效的 JSON（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="265"/>
        <source>The rule set file does not hold a rule set.</source>
        <translation>该文件不包含规则集。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="266"/>
        <source>The rule set lacks its section {detail}.</source>
        <translation>规则集缺少 {detail} 部分。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="267"/>
        <source>The rule set&apos;s format {detail} is newer than this station reads. Update the station.</source>
        <translation>规则集格式 {detail} 比本工作站支持的更新。请升级工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="270"/>
        <source>The rule set&apos;s chemistry entry {detail} is malformed.</source>
        <translation>规则集中的电池类型条目 {detail} 格式错误。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="271"/>
        <source>The rule set&apos;s maker code {detail} is malformed.</source>
        <translation>规则集中的厂商代码 {detail} 格式错误。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="272"/>
        <source>The rule set&apos;s list entry {detail} is malformed.</source>
        <translation>规则集中的名单条目 {detail} 格式错误。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="273"/>
        <source>The rule set&apos;s reporting deadlines are malformed ({detail}).</source>
        <translation>规则集中的上报时限格式错误（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="276"/>
        <source>The rule set&apos;s working-day calendar is malformed ({detail}).</source>
        <translation>规则集中的工作日日历格式错误（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="277"/>
        <source>The rule set&apos;s hazardous-waste section is malformed ({detail}).</source>
        <translation>规则集中的危险废物部分格式错误（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="284"/>
        <source>The server found an event changed after it was written.</source>
        <translation>服务器发现有事件在写入后被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="285"/>
        <source>The server holds a different event under the same number.</source>
        <translation>服务器在相同序号下保存着另一条事件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="286"/>
        <source>The event does not continue the history the server holds.</source>
        <translation>该事件与服务器保存的历史不相衔接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="287"/>
        <source>The server&apos;s copy of this station&apos;s history differs from the station&apos;s.</source>
        <translation>服务器上本工作站的历史与本地记录不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="290"/>
        <source>The server holds more of this station&apos;s history than the station (was a backup restored?).</source>
        <translation>服务器保存的本工作站历史比本地更多（是否恢复过备份？）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="293"/>
        <source>The event names another station.</source>
        <translation>该事件属于另一个工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="294"/>
        <source>The event&apos;s id was already used by another event.</source>
        <translation>该事件的编号已被另一条事件使用。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="295"/>
        <source>The server cannot read the event.</source>
        <translation>服务器无法读取该事件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="296"/>
        <source>The event is larger than the server accepts.</source>
        <translation>该事件超出服务器允许的大小。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="297"/>
        <source>The server does not recognise this station.</source>
        <translation>服务器不认识本工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="298"/>
        <source>This station&apos;s access to the server was revoked.</source>
        <translation>本工作站访问服务器的权限已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="299"/>
        <source>The station sent no credentials.</source>
        <translation>工作站未发送凭据。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="300"/>
        <source>The credentials belong to another station.</source>
        <translation>该凭据属于另一个工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="301"/>
        <source>This station is not enrolled with a central server.</source>
        <translation>本工作站尚未在中心服务器注册。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="302"/>
        <source>The server does not accept this enrolment code (mistyped, already used, or expired).</source>
        <translation>服务器不接受此注册码（输错、已用过或已过期）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="305"/>
        <source>This enrolment code is for another station.</source>
        <translation>此注册码属于另一个工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="306"/>
        <source>The server already knows this station: ask its operator for a re-enrolment code.</source>
        <translation>服务器上已有本工作站：请向服务器管理员索取重新注册码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="309"/>
        <source>The central server cannot be reached. Retrying…</source>
        <translation>无法连接中心服务器。正在重试…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="310"/>
        <source>The central server&apos;s certificate is not trusted (wrong CA bundle, expired, or another server). Retrying…</source>
        <translation>中心服务器的证书不受信任（CA 证书包不对、证书已过期，或连到了其他服务器）。正在重试…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="314"/>
        <source>Run “trace-station events verify”; restore the database from a backup, or call support.</source>
        <translation>请运行“trace-station events verify”；从备份恢复数据库，或联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="317"/>
        <source>Update the station&apos;s software.</source>
        <translation>请升级工作站软件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="318"/>
        <source>Enrol the station again with a new code from the site manager.</source>
        <translation>请向站点负责人索取新的注册码，重新注册工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="319"/>
        <source>Correct the event into smaller ones.</source>
        <translation>请将该事件更正为若干较小的事件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="320"/>
        <source>Call support and send them the station&apos;s log.</source>
        <translation>请联系技术支持并发送工作站日志。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="9"/>
        <source>A container identification code has 37 characters, not {length}.</source>
        <translation>容器识别码应为 37 位，而不是 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="12"/>
        <source>The credit-code part {uscc} of the container code is invalid.</source>
        <translation>容器识别码中的统一社会信用代码部分 {uscc} 无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="15"/>
        <source>The waste-code part {waste} is not 8 digits of a category HW01-HW50.</source>
        <translation>废物代码部分 {waste} 不是 HW01–HW50 类别的 8 位代码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="18"/>
        <source>The date part {date} of the container code is not a real YYYYMMDD date.</source>
        <translation>容器识别码中的日期部分 {date} 不是有效的 YYYYMMDD 日期。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="21"/>
        <source>The sequence part {sequence} is not 001-999.</source>
        <translation>流水号部分 {sequence} 不在 001–999 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="22"/>
        <source>The scanned container code is malformed (see findings).</source>
        <translation>扫描的容器识别码格式错误（见检查结果）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="23"/>
        <source>999 containers of this waste were already opened today.</source>
        <translation>今天已为该废物启用了 999 个容器。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="26"/>
        <source>The waste code {waste_code} is not in the catalogue.</source>
        <translation>废物代码 {waste_code} 不在名录中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="27"/>
        <source>The container type {container_type} is not in the rule set.</source>
        <translation>容器类型 {container_type} 不在规则集中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="30"/>
        <source>The capacity must be more than zero and at most the container type&apos;s.</source>
        <translation>容量必须大于零，且不超过该容器类型的容量。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="33"/>
        <source>A storage location is required.</source>
        <translation>必须填写贮存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="34"/>
        <source>The site&apos;s credit code is not configured; container codes carry it.</source>
        <translation>尚未配置本单位的统一社会信用代码；容器识别码需要它。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="37"/>
        <source>No container with this identification code was opened.</source>
        <translation>没有启用过此识别码的容器。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="38"/>
        <source>The date {date} is before the container was opened ({opened_on}).</source>
        <translation>日期 {date} 早于容器启用日期（{opened_on}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="41"/>
        <source>The container is sealed: nothing more goes in.</source>
        <translation>容器已封装，不能再装入。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="42"/>
        <source>The container was handed out under manifest {manifest_no}.</source>
        <translation>该容器已按联单 {manifest_no} 转移出厂。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="43"/>
        <source>The quantity {value} is not a number.</source>
        <translation>数量 {value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="44"/>
        <source>A fill needs a quantity of more than zero.</source>
        <translation>装入数量必须大于零。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="45"/>
        <source>The dismantling output {fraction} is not in the rule set.</source>
        <translation>拆解产物 {fraction} 不在规则集中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="46"/>
        <source>The output {fraction} is general industrial solid waste, not for a container.</source>
        <translation>产物 {fraction} 属于一般工业固体废物，不装入危废容器。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="49"/>
        <source>One waste code per container: {fraction_code} cannot go into {container_code}.</source>
        <translation>一个容器只装一种废物代码：{fraction_code} 不能装入 {container_code} 容器。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="52"/>
        <source>Incompatible wastes never together: {group} meets {present}.</source>
        <translation>不相容的废物不得混装：{group} 与 {present} 相遇。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="53"/>
        <source>The fill of {mass_g} g would take the container beyond its capacity.</source>
        <translation>装入 {mass_g} 克将超出容器容量。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="56"/>
        <source>A quantity comes from the scale or is typed.</source>
        <translation>数量须来自秤或手工输入。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="57"/>
        <source>An empty container is not sealed.</source>
        <translation>空容器不能封装。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="58"/>
        <source>The weighed mass {value} is not a number.</source>
        <translation>称得的质量 {value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="59"/>
        <source>The weighed mass differs from the fills by more than {tolerance_pct} %.</source>
        <translation>称得的质量与装入记录相差超过 {tolerance_pct}%。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="62"/>
        <source>The manifest number {manifest_no} does not have the configured format.</source>
        <translation>联单编号 {manifest_no} 不符合配置的格式。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="65"/>
        <source>The manifest number {manifest_no} was used before.</source>
        <translation>联单编号 {manifest_no} 已被使用过。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="66"/>
        <source>The receiver&apos;s hazardous-waste licence number is required.</source>
        <translation>必须填写接收单位的危险废物经营许可证编号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="69"/>
        <source>The carrier&apos;s name is required.</source>
        <translation>必须填写运输单位名称。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="70"/>
        <source>The vehicle plate {plate} is not a Chinese plate number.</source>
        <translation>车牌 {plate} 不是有效的中国车牌号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="71"/>
        <source>The driver&apos;s name is required.</source>
        <translation>必须填写驾驶员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="72"/>
        <source>No containers, or a container listed twice.</source>
        <translation>没有容器，或有容器被重复列出。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="73"/>
        <source>Only sealed containers leave; {container} is still open.</source>
        <translation>只有已封装的容器才能转移；{container} 仍未封装。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="74"/>
        <source>One manifest per waste: the containers hold {waste_codes}.</source>
        <translation>一张联单只对应一种废物：这些容器装有 {waste_codes}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="75"/>
        <source>The manifest quantity {quantity} is not a number.</source>
        <translation>联单数量 {quantity} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="76"/>
        <source>The manifest says {manifest_g} g; the containers hold {containers_g} g.</source>
        <translation>联单记载 {manifest_g} 克；容器中有 {containers_g} 克。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="79"/>
        <source>The checklist item {item} does not exist.</source>
        <translation>检查项 {item} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="80"/>
        <source>The checklist item&apos;s values are incomplete or wrong (see findings).</source>
        <translation>检查项的数值不完整或有误（见检查结果）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="83"/>
        <source>The item is already on record for this pack; correct it instead.</source>
        <translation>该电池包已记录此项；请改用更正。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="86"/>
        <source>The field {field} is required.</source>
        <translation>必须填写字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="87"/>
        <source>The field {field} has an unusable value {value}.</source>
        <translation>字段 {field} 的值 {value} 无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="88"/>
        <source>The item has no field {field}.</source>
        <translation>该项没有字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="89"/>
        <source>The field {field} does not apply with the other answers.</source>
        <translation>根据其他回答，字段 {field} 不适用。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="92"/>
        <source>The service disconnect must be removed before work goes on.</source>
        <translation>继续作业前必须拔下维修开关。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="95"/>
        <source>Waited {wait_min} min after isolation; {required_min} min are required.</source>
        <translation>断电后仅等待了 {wait_min} 分钟；要求 {required_min} 分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="98"/>
        <source>Protective equipment and extraction must both be confirmed ({missing}).</source>
        <translation>必须同时确认个人防护装备和排风（{missing}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="101"/>
        <source>The mandatory handling item {item} is not recorded for the pack.</source>
        <translation>该电池包尚未记录必需的处理项 {item}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="104"/>
        <source>The CSV file cannot be parsed near line {line}.</source>
        <translation>CSV 文件在第 {line} 行附近无法解析。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="105"/>
        <source>The line has {fields} fields; the header has {expected}.</source>
        <translation>该行有 {fields} 个字段；表头有 {expected} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="106"/>
        <source>The line has no sample id.</source>
        <translation>该行没有样品编号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="107"/>
        <source>The line has no parent item.</source>
        <translation>该行没有所属物品。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="108"/>
        <source>The line has no component.</source>
        <translation>该行没有部件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="109"/>
        <source>The line has no material class.</source>
        <translation>该行没有材料类别。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="110"/>
        <source>The material class {material} has no screening bands.</source>
        <translation>材料类别 {material} 没有筛查区间。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="111"/>
        <source>The date {date} is not a date.</source>
        <translation>{date} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="112"/>
        <source>The {element} reading {value} is not a non-negative number.</source>
        <translation>{element} 的读数 {value} 不是非负数。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="113"/>
        <source>The {element} reading has no usable uncertainty (or detection limit).</source>
        <translation>{element} 的读数没有可用的不确定度（或检出限）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="116"/>
        <source>The line has no element reading.</source>
        <translation>该行没有元素读数。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="117"/>
        <source>The sample {sample} is already on record.</source>
        <translation>样品 {sample} 已有记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="118"/>
        <source>The parent item {parent} is not a battery on record.</source>
        <translation>所属物品 {parent} 不是已记录的电池。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="119"/>
        <source>No screening of sample {sample} is on record.</source>
        <translation>没有样品 {sample} 的筛查记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="120"/>
        <source>The sample passed screening ({verdict}); no lab report is expected.</source>
        <translation>样品已通过筛查（{verdict}）；不需要实验室报告。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="123"/>
        <source>The sample screened {verdict} and has no lab report yet.</source>
        <translation>样品筛查结果为 {verdict}，尚无实验室报告。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="124"/>
        <source>A lab report needs its number and the laboratory.</source>
        <translation>实验室报告需要报告编号和实验室名称。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="125"/>
        <source>A lab verdict is pass or fail.</source>
        <translation>实验室结论只能是合格或不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="126"/>
        <source>Lab results are non-negative numbers in mg/kg.</source>
        <translation>实验室结果必须是以 mg/kg 计的非负数。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="127"/>
        <source>The container&apos;s generated, stored and handed-out quantities differ.</source>
        <translation>该容器的产生量、贮存量和转移量不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="130"/>
        <source>For {waste_code}, generated differs from in storage + handed out by {difference_g} g.</source>
        <translation>{waste_code} 的产生量与贮存量加转移量相差 {difference_g} 克。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="133"/>
        <source>The manifest&apos;s quantity differs from its containers&apos; records.</source>
        <translation>联单数量与其容器记录不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="136"/>
        <source>Ledger records name a container that was never opened.</source>
        <translation>台账记录中出现了从未启用的容器。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="137"/>
        <source>The container has {count} {record} records.</source>
        <translation>该容器有 {count} 条 {record} 记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="138"/>
        <source>The identification code was given to {openings} containers.</source>
        <translation>该识别码被分配给了 {openings} 个容器。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="141"/>
        <source>A fill names the pack {pack}, which is no longer on record.</source>
        <translation>装入记录所指的电池包 {pack} 已不在记录中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="142"/>
        <source>A fill under {fill_code} sits in a {container_code} container.</source>
        <translation>代码为 {fill_code} 的装入记录位于 {container_code} 容器中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="143"/>
        <source>Stored since {stored_since}: {days_over} days beyond the storage limit.</source>
        <translation>自 {stored_since} 起贮存：已超过贮存期限 {days_over} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="146"/>
        <source>Stored since {stored_since}: {days_left} days left before the limit ({due}).</source>
        <translation>自 {stored_since} 起贮存：距期限（{due}）还剩 {days_left} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="149"/>
        <source>The seal&apos;s date {date} is before the container&apos;s last fill ({last_fill_on}).</source>
        <translation>封装日期 {date} 早于该容器最后一次装入（{last_fill_on}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="152"/>
        <source>The transfer&apos;s date {date} is before {container} was sealed ({sealed_on}).</source>
        <translation>转移日期 {date} 早于 {container} 的封装日期（{sealed_on}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="155"/>
        <source>The container holds incompatible wastes together: {groups}.</source>
        <translation>该容器混装了不相容的废物：{groups}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="158"/>
        <source>The container holds {filled_g} g, beyond its capacity of {capacity_g} g.</source>
        <translation>该容器装有 {filled_g} 克，超出其容量 {capacity_g} 克。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="161"/>
        <source>A fill of the container is recorded with {mass_g} g (not more than zero).</source>
        <translation>该容器有一条装入记录为 {mass_g} 克（不大于零）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="164"/>
        <source>The container was sealed on {sealed_on}, before its fill of {last_fill_on}.</source>
        <translation>该容器于 {sealed_on} 封装，早于其 {last_fill_on} 的装入。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="167"/>
        <source>The container was handed out on {handed_out_on}, before its seal of {sealed_on}.</source>
        <translation>该容器于 {handed_out_on} 转移出厂，早于其 {sealed_on} 的封装。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="174"/>
        <source>No certificate payload (TSC1...) was found in the QR code or the text given.</source>
        <translation>在二维码或所给文本中未找到证书数据（TSC1...）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="177"/>
        <source>The certificate payload is damaged or not of this format.</source>
        <translation>证书数据已损坏或格式不符。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="178"/>
        <source>The certificate was signed with a key this verifier does not know.</source>
        <translation>证书所用的签名密钥不为本验证方所知。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="179"/>
        <source>The signature does not match the certificate&apos;s facts: they were changed.</source>
        <translation>签名与证书内容不符：内容已被更改。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="182"/>
        <source>The signing key belongs to station {known}, not to {claimed}.</source>
        <translation>签名密钥属于工作站 {known}，而不是 {claimed}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="185"/>
        <source>No certificate QR code could be read from the document.</source>
        <translation>无法从文件中读取证书二维码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="186"/>
        <source>The PDF carries no certificate data (certificate.json) to check its content against.</source>
        <translation>该 PDF 不含可用于核对内容的证书数据（certificate.json）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="189"/>
        <source>The certificate data embedded in the PDF is damaged.</source>
        <translation>PDF 中嵌入的证书数据已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="190"/>
        <source>The certificate&apos;s data is not the data that was signed.</source>
        <translation>证书数据与签名时的数据不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="191"/>
        <source>The QR code&apos;s {field} ({signed}) differs from the certificate&apos;s ({shown}).</source>
        <translation>二维码中的 {field}（{signed}）与证书上的（{shown}）不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="194"/>
        <source>The printed text of the PDF differs from the signed data.</source>
        <translation>PDF 的印刷文字与签名数据不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="195"/>
        <source>The certificate was revoked ({reason}).</source>
        <translation>该证书已被撤销（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="196"/>
        <source>A newer version {version} of this certificate was issued.</source>
        <translation>该证书已签发更新的版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="197"/>
        <source>This station has no record of the certificate (issued elsewhere?).</source>
        <translation>本工作站没有该证书的记录（可能由其他工作站签发？）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="200"/>
        <source>This station&apos;s record of the certificate has other data.</source>
        <translation>本工作站记录的该证书数据不同。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="201"/>
        <source>The pack already has certificate {number}; re-issue it instead.</source>
        <translation>该电池包已有证书 {number}；请改为重新签发。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="204"/>
        <source>No certificate {number} is on record.</source>
        <translation>没有证书 {number} 的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="205"/>
        <source>Certificate {number} is already revoked.</source>
        <translation>证书 {number} 已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="206"/>
        <source>Certificates can be revoked within {days} days of issue; {number} is older.</source>
        <translation>证书只能在签发后 {days} 天内撤销；{number} 已超期。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="209"/>
        <source>The pack cannot be certified yet (see findings).</source>
        <translation>该电池包尚不能出具证书（见检查结果）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="210"/>
        <source>The certificate type must be dismantling, recycling or destruction.</source>
        <translation>证书类型必须是拆解、再生利用或销毁。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="213"/>
        <source>The site&apos;s name and credit code must be configured before certificates are issued.</source>
        <translation>签发证书前必须配置本单位名称和统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_hazard.py" line="216"/>
        <source>Only a dismantled or treated pack gets a certificate: {code} is {status}.</source>
        <translation>只有已拆解或已处理的电池包才能出具证明：{code} 当前为{status}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="23"/>
        <source>You may not {action}: it takes the role “{needs}” or higher. Ask someone with it to log in.</source>
        <translation>您无权{action}：需要“{needs}”或更高角色。请有此角色的人员登录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="26"/>
        <source>The first operator of a station must be an administrator.</source>
        <translation>工作站的第一位操作员必须是管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="29"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>请输入操作员姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="30"/>
        <source>“{role}” is not an operator role.</source>
        <translation>“{role}”不是操作员角色。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="31"/>
        <source>An operator called “{name}” already exists.</source>
        <translation>名为“{name}”的操作员已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="32"/>
        <source>This operator is not known at this station.</source>
        <translation>本工作站没有此操作员。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="33"/>
        <source>Nothing was changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="34"/>
        <source>This is the station&apos;s last administrator: make another operator administrator first.</source>
        <translation>这是本工作站最后一位管理员：请先将另一位操作员设为管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="37"/>
        <source>Wrong name or PIN.</source>
        <translation>姓名或 PIN 错误。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="38"/>
        <source>Too many wrong PINs. This name is locked for {minutes} minute(s), or until an administrator resets the PIN.</source>
        <translation>PIN 错误次数过多。该姓名已锁定 {minutes} 分钟，或直到管理员重置 PIN。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="42"/>
        <source>This badge belongs to no operator of this station.</source>
        <translation>此工牌不属于本工作站的任何操作员。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="43"/>
        <source>This badge already belongs to another operator.</source>
        <translation>此工牌已属于另一位操作员。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="44"/>
        <source>That is a battery label, not a badge: nothing was recorded. Log in first.</source>
        <translation>这是电池标签，不是工牌：没有记录任何内容。请先登录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="47"/>
        <source>A PIN is made of digits only.</source>
        <translation>PIN 只能由数字组成。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="48"/>
        <source>A PIN has {min} to {max} digits.</source>
        <translation>PIN 为 {min} 到 {max} 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="49"/>
        <source>This PIN is too easy to guess (one digit repeated, or a run such as 1234).</source>
        <translation>此 PIN 太容易被猜到（同一数字重复，或 1234 这样的连续数字）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="10"/>
        <source>Seen: {defect}. The pack fails the safety judgement.</source>
        <translation>发现：{defect}。该电池包安全判定不合格。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="11"/>
        <source>{measurement} was not measured.</source>
        <translation>未测量{measurement}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="12"/>
        <source>The temperature {value} °C is outside {low} to {high} °C: quarantine the pack.</source>
        <translation>温度 {value} °C 超出 {low} 至 {high} °C：请隔离该电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="15"/>
        <source>The total voltage {value} V is above the touch-safe {limit} V: the high-voltage procedure applies.</source>
        <translation>总电压 {value} V 高于安全电压 {limit} V：须按高压作业规程操作。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="18"/>
        <source>The insulation resistance is {value} Ω/V, below the required {minimum} Ω/V ({required_mohm} MΩ at this voltage).</source>
        <translation>绝缘电阻为 {value} Ω/V，低于要求的 {minimum} Ω/V（此电压下 {required_mohm} MΩ）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="22"/>
        <source>Measure the total voltage too: the insulation resistance is judged per volt (≥ {minimum} Ω/V).</source>
        <translation>请同时测量总电压：绝缘电阻按每伏判定（≥ {minimum} Ω/V）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="25"/>
        <source>The mass {mass} kg differs from the {reference} kg at intake by {deviation} % (more than {limit} %).</source>
        <translation>质量 {mass} kg 与入库时的 {reference} kg 相差 {deviation} %（超过 {limit} %）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="28"/>
        <source>{code} is {status}: only a battery in store or in quarantine can be inspected.</source>
        <translation>{code} {status}：只有在库或隔离中的电池才能检测。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="31"/>
        <source>The checks suggest {suggested}: type why you chose {result}.</source>
        <translation>检测建议为“{suggested}”：请填写选择“{result}”的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_inspection.py" line="34"/>
        <source>The rule set&apos;s inspection checklist is malformed ({detail}).</source>
        <translation>规则集的检测清单格式有误（{detail}）。</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../ui/records_view.py" line="302"/>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="306"/>
        <source>Batteries shown: %1. More match.</source>
        <translation>已显示 %1 个电池，还有更多符合条件。</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="308"/>
        <source>Batteries found: %1.</source>
        <translation>找到 %1 个电池。</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="315"/>
        <source>Select a battery to see its history.</source>
        <translation>选择一个电池以查看其记录。</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="351"/>
        <source>Code or &amp;VIN:</source>
        <translation>编码或 VIN(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="352"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="353"/>
        <source>Received &amp;from:</source>
        <translation>接收日期从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="354"/>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="355"/>
        <source>any part of a code, VIN or recycling number</source>
        <translation>编码、VIN 或回收编号的任意部分</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="357"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="358"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="359"/>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="363"/>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <location filename="../../ui/records_view.py" line="372"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <location filename="../../ui/records_view.py" line="372"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <location filename="../../ui/records_view.py" line="372"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <source>Maker</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="369"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="371"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/reasons_people.py" line="8"/>
        <source>technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="9"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/reasons_people.py" line="10"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="49"/>
        <source>blocked</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="50"/>
        <source>recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="51"/>
        <source>quarantine</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="141"/>
        <source>Rule set in force: %1</source>
        <translation>现行规则集：%1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="177"/>
        <source>The thresholds were saved.</source>
        <translation>阈值已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="183"/>
        <source>Scan or type the code to put on the list.</source>
        <translation>请扫描或输入要列入名单的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="189"/>
        <source>%1 is on the list.</source>
        <translation>%1 已列入名单。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="196"/>
        <source>Choose the entry to take off its list.</source>
        <translation>请选择要移出名单的条目。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="201"/>
        <source>%1 is off the list.</source>
        <translation>%1 已移出名单。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="205"/>
        <source>Maker list (CSV)</source>
        <translation>生产企业名单（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="205"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="217"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>新增 %1，更新 %2，未变 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="223"/>
        <source>Line %1 not taken: %2</source>
        <translation>第 %1 行未导入：%2</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="244"/>
        <source>This could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="253"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="254"/>
        <source>&amp;Thresholds</source>
        <translation>阈值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="254"/>
        <source>&amp;Lists</source>
        <translation>名单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="254"/>
        <source>&amp;Makers</source>
        <translation>生产企业(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="256"/>
        <source>Save the thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="262"/>
        <source>Battery code</source>
        <translation>电池编码</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="263"/>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="264"/>
        <source>Reference (notice, letter…)</source>
        <translation>依据（通知、函件…）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="265"/>
        <source>Put on the list</source>
        <translation>列入名单</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="266"/>
        <source>Take the chosen entry off</source>
        <translation>移出所选条目</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="268"/>
        <source>Reference</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="270"/>
        <source>Maker code</source>
        <translation>企业代码</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="270"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="270"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="271"/>
        <source>Import a maker list (CSV)…</source>
        <translation>导入生产企业名单（CSV）…</translation>
    </message>
</context>
<context>
    <name>ScaleStatusButton</name>
    <message>
        <location filename="../../ui/scale_status.py" line="151"/>
        <source>Zero the scale</source>
        <translation>秤清零</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="152"/>
        <source>Tare (the load on the scale now)</source>
        <translation>去皮（以秤上当前载荷为皮重）</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="153"/>
        <source>Clear the tare</source>
        <translation>清除皮重</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="182"/>
        <location filename="../../ui/scale_status.py" line="189"/>
        <source>Scale: %1</source>
        <translation>秤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="184"/>
        <source>Scale %1: connecting…</source>
        <translation>秤 %1：正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="186"/>
        <source>Scale %1: stopped</source>
        <translation>秤 %1：已停止</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="192"/>
        <source>Scale %1: waiting for a weight…</source>
        <translation>秤 %1：等待重量…</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="195"/>
        <source>Scale: %1 kg net</source>
        <translation>秤：净重 %1 千克</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="197"/>
        <source>Scale: %1 kg</source>
        <translation>秤：%1 千克</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="198"/>
        <source>settled</source>
        <translation>已稳定</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="198"/>
        <source>settling…</source>
        <translation>稳定中…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/scan_screen.py" line="114"/>
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="115"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="117"/>
        <source>Scan, or type a code and press Enter</source>
        <translation>扫描，或输入编码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="118"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="208"/>
        <source>The scan could not be judged: %1</source>
        <translation>无法判定此次扫描：%1</translation>
    </message>
</context>
<context>
    <name>SerialScannerStatus</name>
    <message>
        <location filename="../../ui/serial_scanner.py" line="102"/>
        <source>Scanner %1: connected</source>
        <translation>扫描枪 %1：已连接</translation>
    </message>
    <message>
        <location filename="../../ui/serial_scanner.py" line="108"/>
        <source>Scanner %1: stopped</source>
        <translation>扫描枪 %1：已停止</translation>
    </message>
    <message>
        <location filename="../../ui/serial_scanner.py" line="111"/>
        <source>Scanner %1: connecting…</source>
        <translation>扫描枪 %1：正在连接…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Site</source>
        <translation>场地(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>S&amp;tation and server</source>
        <translation>工作站与服务器(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="87"/>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>The set-up could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="189"/>
        <source>Set up this station</source>
        <translation>设置本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="191"/>
        <source>The site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="191"/>
        <source>Who runs this site: these details are printed on its certificates.</source>
        <translation>本场地的运营单位：这些信息会印在处置证明上。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="193"/>
        <source>This station and the central server</source>
        <translation>本工作站与中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="194"/>
        <source>A central server is optional: the station works fully without one.</source>
        <translation>中心服务器是可选的：没有服务器，工作站也能完整工作。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="196"/>
        <source>Bench devices</source>
        <translation>工位设备</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="196"/>
        <source>Choose what is connected; each can be changed later in Settings.</source>
        <translation>选择已连接的设备；以后都可在“设置”中更改。</translation>
    </message>
</context>
<context>
    <name>ShiftDashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="184"/>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="186"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="190"/>
        <source>Shift from %1 to %2</source>
        <translation>班次 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="210"/>
        <source>Nothing in quarantine.</source>
        <translation>无隔离中的电池。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="212"/>
        <source>%1 more in quarantine, not shown.</source>
        <translation>另有 %1 个隔离中，未显示。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="228"/>
        <source>No hazardous waste on hand.</source>
        <translation>无在库危险废物。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="231"/>
        <source>This shift</source>
        <translation>本班次</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="232"/>
        <source>On site now</source>
        <translation>当前在场</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233"/>
        <source>Longest in quarantine</source>
        <translation>隔离最久</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="234"/>
        <source>Hazardous waste on hand</source>
        <translation>在库危险废物</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="236"/>
        <source>Batteries received</source>
        <translation>接收电池</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="237"/>
        <source>Modules and cells taken out</source>
        <translation>拆出模组和单体</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240"/>
        <source>Certificates issued</source>
        <translation>出具证明</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="241"/>
        <source>Certificates revoked</source>
        <translation>撤销证明</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="243"/>
        <source>Uploads due</source>
        <translation>待上报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="244"/>
        <source>Uploads at risk</source>
        <translation>临期上报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="245"/>
        <source>Uploads overdue</source>
        <translation>逾期上报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="249"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="249"/>
        <source>In quarantine since</source>
        <translation>隔离起始时间</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="252"/>
        <source>Waste code</source>
        <translation>废物代码</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="253"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="254"/>
        <source>On hand (kg)</source>
        <translation>库存（kg）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="255"/>
        <source>Open containers</source>
        <translation>未封容器</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="256"/>
        <source>Sealed containers</source>
        <translation>已封容器</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="260"/>
        <source>Shift dashboard</source>
        <translation>班次看板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="233"/>
        <source>Hazardous-waste business licence</source>
        <translation>危险废物经营许可证</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="234"/>
        <source>Whitelist entry (industry standard conditions)</source>
        <translation>白名单（行业规范条件企业名单）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="235"/>
        <source>End-of-life vehicle dismantling qualification</source>
        <translation>报废机动车回收拆解资质</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="236"/>
        <source>Other permit</source>
        <translation>其他许可</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="241"/>
        <source>End-of-life vehicle dismantler</source>
        <translation>报废汽车回收拆解企业</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="242"/>
        <source>Echelon-use company</source>
        <translation>梯次利用企业</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="243"/>
        <source>Recycler (material recovery)</source>
        <translation>再生利用企业</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="244"/>
        <source>Vehicle maker or collection outlet</source>
        <translation>汽车生产企业或回收服务网点</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="249"/>
        <source>vehicle received</source>
        <translation>车辆已接收</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="250"/>
        <source>battery received into store</source>
        <translation>电池接收入库</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="251"/>
        <source>battery handed out of store</source>
        <translation>电池移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="252"/>
        <source>recycling and final treatment completed</source>
        <translation>再生利用及最终处置完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup_pages.py" line="260"/>
        <source>%1 within %n working day(s)</source>
        <translation>
            <numerusform>%1：%n 个工作日内</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="265"/>
        <source>Reports due to the traceability platform: %1.</source>
        <translation>须向溯源平台上报：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="268"/>
        <source>This role has no reporting deadlines in the rule set.</source>
        <translation>规则集中该角色没有上报时限。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="272"/>
        <source>Site na&amp;me:</source>
        <translation>场地名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="273"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="274"/>
        <source>&amp;Credit code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="275"/>
        <source>&amp;Licences:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="276"/>
        <source>Site &amp;role:</source>
        <translation>场地角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="277"/>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="278"/>
        <source>Echelon &amp;maker code:</source>
        <translation>梯次利用企业代码(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="282"/>
        <source>the company name, as on its business licence</source>
        <translation>公司名称，与营业执照一致</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="283"/>
        <source>18 characters (统一社会信用代码)</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="284"/>
        <source>person and phone, printed on hazardous-waste labels</source>
        <translation>联系人和电话，印在危险废物标签上</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="286"/>
        <source>3 characters: the site&apos;s own maker code for re-coding echelon-use batteries (empty: none)</source>
        <translation>3 位：本单位用于梯次利用电池重新编码的企业代码（留空：无）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="288"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="288"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="294"/>
        <source>A&amp;dd licence</source>
        <translation>添加许可证(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="295"/>
        <source>R&amp;emove licence</source>
        <translation>删除许可证(&amp;E)</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/setup_pages.py" line="384"/>
        <source>Enrolling with %1…</source>
        <translation>正在向 %1 注册…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="395"/>
        <source>Enrolled with %1. The station now syncs on its own.</source>
        <translation>已在 %1 注册。工作站现在会自动同步。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="405"/>
        <source>The central server&apos;s certificate is not trusted (wrong CA bundle, expired, or another server).</source>
        <translation>中心服务器的证书不受信任（CA 证书包不对、证书已过期，或不是该服务器）。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="409"/>
        <source>The central server at %1 cannot be reached. Check the address and the network, or go on without a server and enrol later in Settings.</source>
        <translation>无法连接位于 %1 的中心服务器。请检查地址和网络，或先不使用服务器继续，以后在“设置”中注册。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="415"/>
        <source>The server refused the enrolment (%1).</source>
        <translation>服务器拒绝了注册（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="416"/>
        <source>The enrolment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="425"/>
        <source>Station &amp;id:</source>
        <translation>工作站编号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="425"/>
        <source>Central ser&amp;ver:</source>
        <translation>中心服务器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="425"/>
        <source>&amp;Enrolment code:</source>
        <translation>注册码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="429"/>
        <source>Every record of this station carries this id; it cannot be changed.</source>
        <translation>本工作站的每条记录都带有此编号，不能更改。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="431"/>
        <source>Given when the station&apos;s database was created; every record will carry it.</source>
        <translation>在创建工作站数据库时指定；每条记录都会带有此编号。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="433"/>
        <source>optional: https://server.example.cn</source>
        <translation>可选：https://server.example.cn</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="434"/>
        <source>the one-time code from the server&apos;s operator</source>
        <translation>服务器管理员提供的一次性注册码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="435"/>
        <source>En&amp;rol now</source>
        <translation>立即注册(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="438"/>
        <source>Enrolled with %1.</source>
        <translation>已在 %1 注册。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_pages.py" line="440"/>
        <source>Not enrolled: the station works fully without a server; enrol later in Settings.</source>
        <translation>未注册：没有服务器，工作站也能完整工作；以后可在“设置”中注册。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/reasons.py" line="327"/>
        <source>in store</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="328"/>
        <source>in quarantine</source>
        <translation>隔离中</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="329"/>
        <source>being dismantled</source>
        <translation>拆解中</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="330"/>
        <source>dismantled</source>
        <translation>已拆解</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="331"/>
        <source>handed out</source>
        <translation>已移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="332"/>
        <source>treated</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="333"/>
        <source>certified</source>
        <translation>已出证</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../ui/sync_status.py" line="50"/>
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="59"/>
        <source>Sync: not enrolled</source>
        <translation>同步：未注册</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="61"/>
        <source>Sync: %n problem(s) to resolve</source>
        <translation>
            <numerusform>同步：%n 个问题待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="63"/>
        <source>Sync: server certificate not trusted, %n event(s) waiting</source>
        <translation>
            <numerusform>同步：服务器证书不受信任，%n 条事件待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="65"/>
        <source>Sync: server unreachable, %n event(s) waiting</source>
        <translation>
            <numerusform>同步：服务器无法连接，%n 条事件待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_status.py" line="67"/>
        <source>Sync: %n event(s) waiting</source>
        <translation>
            <numerusform>同步：%n 条事件待上传</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="68"/>
        <source>Sync: up to date</source>
        <translation>同步：已是最新</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="73"/>
        <source>Last synchronised: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="75"/>
        <source>Never synchronised yet.</source>
        <translation>尚未同步过。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="79"/>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="79"/>
        <source>the station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="81"/>
        <source>%1 (%2). What to do: %3</source>
        <translation>%1（%2）。处理方法：%3</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/sync_view.py" line="129"/>
        <source>The sync status could not be read: %1</source>
        <translation>无法读取同步状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="132"/>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="134"/>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="135"/>
        <source>Last synchronised</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="136"/>
        <source>Events waiting</source>
        <translation>待发送记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="137"/>
        <source>Acknowledged up to</source>
        <translation>已确认至</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="138"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="142"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="143"/>
        <source>Problems to resolve</source>
        <translation>待解决的问题</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>What happened</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>Which record</source>
        <translation>涉及记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="145"/>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="147"/>
        <source>Waiting to be sent (oldest first)</source>
        <translation>等待发送（最早的在前）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>Battery or container</source>
        <translation>电池或容器</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="149"/>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="155"/>
        <source>Not enrolled: records stay at this station</source>
        <translation>未注册：记录保存在本工作站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_view.py" line="157"/>
        <source>%n problem(s) to resolve: see below what to do</source>
        <translation>
            <numerusform>%n 个问题待解决：处理办法见下方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_view.py" line="159"/>
        <source>The server is not reached; %n event(s) wait here safely</source>
        <translation>
            <numerusform>无法连接服务器；%n 条记录已安全保存在本机等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_view.py" line="161"/>
        <source>Sending: %n event(s) waiting</source>
        <translation>
            <numerusform>正在发送：%n 条记录等待中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="162"/>
        <source>Up to date: the server has every record</source>
        <translation>已是最新：服务器已收到全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="167"/>
        <source>Reading the sync status…</source>
        <translation>正在读取同步状态…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="173"/>
        <source>not enrolled: the station works on its own</source>
        <translation>未注册：本工作站独立运行</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="174"/>
        <source>never yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="176"/>
        <location filename="../../ui/sync_view.py" line="189"/>
        <source>event %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="178"/>
        <source>not tried yet</source>
        <translation>尚未尝试</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="180"/>
        <source>the server answers</source>
        <translation>服务器有响应</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="182"/>
        <source>the server does not answer</source>
        <translation>服务器无响应</translation>
    </message>
    <message>
        <location filename="../../ui/sync_view.py" line="189"/>
        <source>the station</source>
        <translation>本工作站</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="37"/>
        <source>Lowest acceptable temperature (°C)</source>
        <translation>可接受的最低温度（°C）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="38"/>
        <source>Highest acceptable temperature (°C)</source>
        <translation>可接受的最高温度（°C）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="39"/>
        <source>Touch-safe voltage limit (V DC)</source>
        <translation>安全接触电压上限（V 直流）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="40"/>
        <source>Highest acceptable state of charge (%)</source>
        <translation>可接受的最高荷电状态（%）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="41"/>
        <source>Lowest acceptable state of charge (%)</source>
        <translation>可接受的最低荷电状态（%）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="42"/>
        <source>Least insulation resistance (Ω/V)</source>
        <translation>最低绝缘电阻（Ω/V）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="43"/>
        <source>Mass deviation that warns (%)</source>
        <translation>质量偏差警示值（%）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="44"/>
        <source>Wait after HV isolation (min)</source>
        <translation>高压断开后等待时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="45"/>
        <source>Discharge cut-off voltage (V)</source>
        <translation>放电截止电压（V）</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="46"/>
        <source>Discharge cut-off state of charge (%)</source>
        <translation>放电截止荷电状态（%）</translation>
    </message>
</context>
<context>
    <name>UsccField</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="254"/>
        <source>Valid credit code.</source>
        <translation>信用代码有效。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../ui/verdict_banner.py" line="44"/>
        <source>Ready to scan</source>
        <translation>请扫描</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="60"/>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="74"/>
        <source>Accept</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="75"/>
        <source>Accept with warnings</source>
        <translation>接收（有警告）</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="76"/>
        <source>Quarantine</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="77"/>
        <source>Reject</source>
        <translation>拒收</translation>
    </message>
</context>
<context>
    <name>WeightField</name>
    <message>
        <location filename="../../ui/workflows/fields.py" line="104"/>
        <source>Weigh</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="108"/>
        <source>Take the settled weight from the scale</source>
        <translation>读取电子秤的稳定重量</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/fields.py" line="110"/>
        <source>No scale is set up at this bench: type the weight</source>
        <translation>本工位未设置电子秤：请手动输入重量</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <location filename="../../ui/workflows/page.py" line="59"/>
        <source>Last typed by %1 at %2.</source>
        <translation>最后由 %1 于 %2 填写。</translation>
    </message>
    <message>
        <location filename="../../ui/workflows/page.py" line="92"/>
        <source>This could not be recorded: %1</source>
        <translation>无法记录：%1</translation>
    </message>
</context>
</TS>
