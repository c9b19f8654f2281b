<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatteryCard</name>
    <message>
        <location filename="../../ui/battery_card.py" line="27" />
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="29" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="30" />
        <source>Maker</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="31" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="32" />
        <source>Chemistry</source>
        <translation>电池类型</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="33" />
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="34" />
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41" />
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41" />
        <source>Module</source>
        <translation>模组</translation>
    </message>
    <message>
        <location filename="../../ui/battery_card.py" line="41" />
        <source>Cell</source>
        <translation>单体</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/camera_view.py" line="79" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="98" />
        <source>Camera lost (%1): reconnecting…</source>
        <translation>摄像头断开（%1）：正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="100" />
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="102" />
        <source>The camera has stopped.</source>
        <translation>摄像头已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="123" />
        <source>DEMO camera: not a real scan</source>
        <translation>演示摄像头：不是真实扫描</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="51" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="52" />
        <source>Something went wrong: %1

Every record saved so far is safe. The details are in the log file.</source>
        <translation>出现错误：%1

已保存的记录都是安全的。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="53" />
        <source>Judge again (Enter)</source>
        <translation>重新判定（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="54" />
        <source>Leave it (Esc)</source>
        <translation>忽略（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_prompt.py" line="68" />
        <source>%1 was scanned already. Judge it again?</source>
        <translation>%1 已经扫描过。要重新判定吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Trace Station</source>
        <translation>动力电池溯源拆解工作站</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Station %1 · rule set %2</source>
        <translation>工作站 %1 · 规则集 %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>DEMO camera</source>
        <translation>演示摄像头</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../ui/reasons.py" line="16" />
        <source>Nothing was scanned.</source>
        <translation>未扫描到任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="17" />
        <source>The scan is far too long ({length} characters) to be a code.</source>
        <translation>扫描内容过长（{length} 个字符），不可能是编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="18" />
        <source>The scan contains unreadable bytes.</source>
        <translation>扫描内容含有无法识别的字节。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="19" />
        <source>The label holds several different codes: {candidates}. Scan the one you mean.</source>
        <translation>标签上有多个不同的编码：{candidates}。请扫描您要的那一个。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="22" />
        <source>Control characters from the scanner were removed.</source>
        <translation>已去除扫描枪发送的控制字符。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="23" />
        <source>The scanner's prefix was removed.</source>
        <translation>已去除扫描枪前缀。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="24" />
        <source>The scanner's suffix was removed.</source>
        <translation>已去除扫描枪后缀。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="25" />
        <source>Lower-case letters were read as capitals.</source>
        <translation>小写字母已按大写读取。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="26" />
        <source>The code was printed over {parts} lines and has been joined.</source>
        <translation>编码分 {parts} 行印刷，已按顺序拼接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="27" />
        <source>Separators inside the code were removed.</source>
        <translation>已去除编码中的分隔符。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="28" />
        <source>The code was found inside a longer label text.</source>
        <translation>编码是从较长的标签内容中找到的。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="29" />
        <source>Character {position} is “{char}” ({codepoint}), which only looks like “{looks_like}”. This label is not a genuine code.</source>
        <translation>第 {position} 位是“{char}”（{codepoint}），只是看起来像“{looks_like}”。该标签不是真实编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="33" />
        <source>This is not a battery code.</source>
        <translation>这不是电池编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="34" />
        <source>The code has {length} characters; a battery code has 24 (19 for echelon use).</source>
        <translation>编码有 {length} 位；电池编码应为 24 位（梯次利用为 19 位）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="37" />
        <source>Character {position} (“{char}”) is not allowed in a battery code.</source>
        <translation>第 {position} 位（“{char}”）不允许出现在电池编码中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="40" />
        <source>Product type “{char}” is not P (pack), M (module) or C (cell).</source>
        <translation>产品类型“{char}”不是 P（电池包）、M（模组）或 C（单体）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="43" />
        <source>Battery type “{char}” is not in the chemistry table.</source>
        <translation>电池类型“{char}”不在电池类型表中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="44" />
        <source>Maker code {maker} is not in the maker registry.</source>
        <translation>厂商代码 {maker} 不在厂商登记表中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="45" />
        <source>The serial number {serial} contains letters.</source>
        <translation>序列号 {serial} 含有字母。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="46" />
        <source>An echelon-use code needs R at position {position}.</source>
        <translation>梯次利用编码第 {position} 位应为 R。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="47" />
        <source>An echelon-use code must end in P, M or C.</source>
        <translation>梯次利用编码必须以 P、M 或 C 结尾。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="48" />
        <source>The production date must have 3 characters.</source>
        <translation>生产日期代码应为 3 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="49" />
        <source>The production year character “{char}” is not valid.</source>
        <translation>生产年份代码“{char}”无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="50" />
        <source>The production month character “{char}” is not valid.</source>
        <translation>生产月份代码“{char}”无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="51" />
        <source>The production day character “{char}” is not valid.</source>
        <translation>生产日代码“{char}”无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="52" />
        <source>The production date (month {month}, day {day}) does not exist.</source>
        <translation>生产日期（{month} 月 {day} 日）不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="53" />
        <source>The production date {date} is in the future.</source>
        <translation>生产日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="54" />
        <source>The production date is before 2011: check the station's clock.</source>
        <translation>生产日期早于 2011 年：请检查工作站时钟。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="55" />
        <source>This is a GB/T 45565 code (not a vehicle traction battery).</source>
        <translation>这是 GB/T 45565 编码（不是汽车动力蓄电池）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="56" />
        <source>This is an EU battery passport link, not a GB/T 34014 code. The link is kept.</source>
        <translation>这是欧盟电池护照链接，不是 GB/T 34014 编码。链接已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="59" />
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="60" />
        <source>Character {position} of the credit code is not allowed.</source>
        <translation>信用代码第 {position} 位字符不允许。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="61" />
        <source>The credit code's check character is wrong: check for a typo.</source>
        <translation>信用代码校验位错误：请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="64" />
        <source>A VIN has 17 characters.</source>
        <translation>车辆识别代号（VIN）应为 17 位。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="65" />
        <source>Character {position} of the VIN is not allowed (no I, O or Q).</source>
        <translation>VIN 第 {position} 位字符不允许（不能有 I、O、Q）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="66" />
        <source>The VIN's check digit does not match: confirm the VIN.</source>
        <translation>VIN 校验位不符：请确认 VIN。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="68" />
        <source>Blocked: {reason}</source>
        <translation>已禁止：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="69" />
        <source>On a recall list: {reason}</source>
        <translation>在召回清单上：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="70" />
        <source>On the quarantine list: {reason}</source>
        <translation>在隔离清单上：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="71" />
        <source>Already received and still here (status: {status}).</source>
        <translation>已接收且仍在库（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="72" />
        <source>This battery was already dismantled.</source>
        <translation>该电池已拆解。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="73" />
        <source>A certificate of disposal was already issued for this battery.</source>
        <translation>该电池已出具处置证明。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="74" />
        <source>This battery was handed out before and is coming back.</source>
        <translation>该电池曾移交出库，现再次入库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="75" />
        <source>Unknown intake flag {flag}.</source>
        <translation>未知的入库标记 {flag}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="76" />
        <source>High risk: the battery has no code.</source>
        <translation>高风险：无码电池。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="77" />
        <source>High risk: from an accident vehicle.</source>
        <translation>高风险：事故车电池。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="78" />
        <source>High risk: abnormal voltage.</source>
        <translation>高风险：电压异常。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="79" />
        <source>High risk: abnormal temperature.</source>
        <translation>高风险：温度异常。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="80" />
        <source>High risk: abnormal state of charge.</source>
        <translation>高风险：SOC 异常。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="81" />
        <source>High risk: leakage.</source>
        <translation>高风险：漏液。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="82" />
        <source>The pack {parent} is not on record.</source>
        <translation>电池包 {parent} 没有记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="83" />
        <source>The pack is in quarantine and may not be dismantled.</source>
        <translation>电池包在隔离中，不得拆解。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="84" />
        <source>The pack is not open for dismantling (status: {status}).</source>
        <translation>电池包当前不可拆解（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="85" />
        <source>That is the pack's own code.</source>
        <translation>这是电池包自身的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="86" />
        <source>A {child_kind} cannot go under a {parent_kind}.</source>
        <translation>{child_kind} 不能归属于 {parent_kind}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="87" />
        <source>Already scanned into this pack.</source>
        <translation>已扫入该电池包。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="88" />
        <source>Already belongs to {other_parent}.</source>
        <translation>已归属于 {other_parent}。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="89" />
        <source>Already on record as a battery of its own.</source>
        <translation>已作为独立电池记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="90" />
        <source>Chemistry {child} differs from the pack's {parent}.</source>
        <translation>电池类型 {child} 与电池包的 {parent} 不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="91" />
        <source>This battery is not on record here.</source>
        <translation>本站没有该电池的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="92" />
        <source>A battery in quarantine cannot be handed out.</source>
        <translation>隔离中的电池不能移交出库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="93" />
        <source>This battery was already handed out.</source>
        <translation>该电池已移交出库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="94" />
        <source>Report overdue since {due}.</source>
        <translation>上报已逾期（截止 {due}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="95" />
        <source>Report due {due} ({workdays_left} working days left).</source>
        <translation>上报截止 {due}（剩余 {workdays_left} 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="96" />
        <source>Echelon-use product.</source>
        <translation>梯次利用产品。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="97" />
        <source>Station {station} already recorded this battery as {status} ({at}). It cannot be received again.</source>
        <translation>工作站 {station} 已将此电池记录为{status}（{at}），不能再次接收。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="100" />
        <source>The central server could not be reached in time: this intake is provisional until it is checked.</source>
        <translation>未能及时联系中心服务器：本次接收为临时接收，待核查后确认。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="104" />
        <source>The source company's credit code is not valid.</source>
        <translation>来源企业的信用代码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="105" />
        <source>The receiving company's credit code is not valid.</source>
        <translation>接收企业的信用代码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="106" />
        <source>The site's credit code is not valid.</source>
        <translation>本企业的信用代码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="107" />
        <source>The VIN is not valid.</source>
        <translation>VIN 无效。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="108" />
        <source>The VIN's check digit does not match. Confirm it to continue.</source>
        <translation>VIN 校验位不符。确认后才能继续。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="111" />
        <source>The mass {mass_kg} kg is not plausible.</source>
        <translation>质量 {mass_kg} kg 不合理。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="112" />
        <source>No battery {code} on record.</source>
        <translation>没有电池 {code} 的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="113" />
        <source>This battery cannot be dismantled now (status: {status}).</source>
        <translation>该电池当前不能拆解（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="114" />
        <source>{found} parts scanned, {expected} expected.</source>
        <translation>已扫描 {found} 个部件，应为 {expected} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="115" />
        <source>This battery cannot be marked treated now.</source>
        <translation>该电池当前不能标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="116" />
        <source>Choose echelon use or recycling.</source>
        <translation>请选择梯次利用或再生利用。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="117" />
        <source>Enter the receiving company.</source>
        <translation>请填写接收企业。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="118" />
        <source>No batteries listed, or one listed twice.</source>
        <translation>未列出电池，或有电池重复列出。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="119" />
        <source>Battery {code} may not leave the store.</source>
        <translation>电池 {code} 不得出库。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="120" />
        <source>Unknown inspection result.</source>
        <translation>未知的检测结果。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="121" />
        <source>This battery is not in quarantine.</source>
        <translation>该电池不在隔离中。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="122" />
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="123" />
        <source>No such record.</source>
        <translation>没有该记录。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="124" />
        <source>This kind of record cannot be corrected.</source>
        <translation>此类记录不能更正。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="125" />
        <source>The correction lacks the battery codes of the original.</source>
        <translation>更正记录缺少原记录的电池编码。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="126" />
        <source>Unknown site role.</source>
        <translation>未知的企业角色。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="127" />
        <source>Unknown setting.</source>
        <translation>未知的设置项。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="128" />
        <source>Scanner prefixes and suffixes must not be empty.</source>
        <translation>扫描枪前缀和后缀不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="129" />
        <source>This code is on no list.</source>
        <translation>该编码不在任何清单上。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="130" />
        <source>Unknown list.</source>
        <translation>未知的清单。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="131" />
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="132" />
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="133" />
        <source>The file lacks required columns.</source>
        <translation>文件缺少必需的列。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="134" />
        <source>A maker code has three letters or digits.</source>
        <translation>厂商代码应为 3 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="135" />
        <source>A maker needs a name.</source>
        <translation>厂商需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="136" />
        <source>This record has nothing to report.</source>
        <translation>该记录无需上报。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="137" />
        <source>Already reported.</source>
        <translation>已上报。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="138" />
        <source>Enter the scrapping certificate number.</source>
        <translation>请填写报废汽车回收证明编号。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="140" />
        <source>The scan was cut off. Scan again.</source>
        <translation>扫描被中断，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="141" />
        <source>The scanner sent characters it cannot send: check the keyboard layout or input method.</source>
        <translation>扫描枪发送了无效字符：请检查键盘布局或输入法。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="144" />
        <source>The scanner types through a different keyboard layout. Set the scanner (or the computer) to the US layout.</source>
        <translation>扫描枪的键盘布局不一致。请将扫描枪（或电脑）设为美式键盘布局。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="149" />
        <source>The device on {port} is not connected (unplugged, wrong port, or in use). Retrying…</source>
        <translation>{port} 上的设备未连接（已拔出、端口错误或被占用）。正在重试…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="152" />
        <source>The device on {port} stopped answering. Reconnecting…</source>
        <translation>{port} 上的设备停止响应。正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="153" />
        <source>The device is not connected.</source>
        <translation>设备未连接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="154" />
        <source>A command could not be sent to the device.</source>
        <translation>无法向设备发送命令。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="155" />
        <source>The scanner sent unreadable bytes. Scan again.</source>
        <translation>扫描枪发送了无法识别的字节。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="156" />
        <source>The scanner's message was garbled (check its baud rate). Scan again.</source>
        <translation>扫描枪的数据是乱码（请检查波特率）。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="159" />
        <source>The scanner sent more than {max_length} characters without an end. Scan again.</source>
        <translation>扫描枪发送了超过 {max_length} 个字符仍未结束。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="162" />
        <source>The scanner was disconnected in the middle of a code. Scan again.</source>
        <translation>扫描枪在读码过程中断开。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="163" />
        <source>The scanner's code did not end as expected: set its suffix to CR (Enter). Scan again.</source>
        <translation>扫描枪的编码没有按预期结束：请将其后缀设置为 CR（回车）。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="166" />
        <source>The scale sent something that is not a weight ({line}). Check its baud rate and output format.</source>
        <translation>秤发来的不是重量（{line}）。请检查波特率和输出格式。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="169" />
        <source>The scale weighs in {unit}. Set it to kg, g, lb or oz.</source>
        <translation>秤的单位是 {unit}。请设为 kg、g、lb 或 oz。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="170" />
        <source>The scale is counting or showing percent ({unit}), not weighing. Set it to weighing.</source>
        <translation>秤处于计数或百分比模式（{unit}），不是称重。请切换到称重模式。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="173" />
        <source>The scale is showing its tare, not the load.</source>
        <translation>秤正在显示皮重，而不是载荷。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="174" />
        <source>The load is beyond the scale's range.</source>
        <translation>载荷超出秤的量程。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="175" />
        <source>The scale reads below zero. Clear the platform and zero it.</source>
        <translation>秤读数低于零。请清空秤台后清零。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="176" />
        <source>The scale cannot do that now (the load is moving). Try again.</source>
        <translation>秤现在无法执行（载荷在晃动）。请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="177" />
        <source>The scale did not understand the command. Check the scale protocol setting.</source>
        <translation>秤无法识别该命令。请检查秤的协议设置。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="180" />
        <source>The command reached the scale garbled. Check the cable and the baud rate.</source>
        <translation>命令传到秤时已损坏。请检查线缆和波特率。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="183" />
        <source>The scale refused the command in its present state.</source>
        <translation>秤在当前状态下拒绝执行该命令。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="184" />
        <source>The scale has sent nothing for {seconds} s. Is it on and set to send its weight?</source>
        <translation>秤已 {seconds} 秒没有发送数据。秤是否已开机并设置为输出重量？</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="187" />
        <source>The scale is not connected.</source>
        <translation>秤未连接。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="188" />
        <source>The weight did not settle within {seconds} s. Keep the load still and weigh again.</source>
        <translation>重量在 {seconds} 秒内未稳定。请保持载荷静止后重新称重。</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="191" />
        <source>The scale shows {kg} kg, more than the {limit_kg} kg that may be zeroed. Clear the platform first.</source>
        <translation>秤显示 {kg} 千克，超过可清零的 {limit_kg} 千克。请先清空秤台。</translation>
    </message>
</context>
<context>
    <name>ScaleStatusButton</name>
    <message>
        <location filename="../../ui/scale_status.py" line="105" />
        <source>Zero the scale</source>
        <translation>秤清零</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="106" />
        <source>Tare (the load on the scale now)</source>
        <translation>去皮（以秤上当前载荷为皮重）</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="107" />
        <source>Clear the tare</source>
        <translation>清除皮重</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="131" />
        <location filename="../../ui/scale_status.py" line="138" />
        <source>Scale: %1</source>
        <translation>秤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="133" />
        <source>Scale %1: connecting…</source>
        <translation>秤 %1：正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="135" />
        <source>Scale %1: stopped</source>
        <translation>秤 %1：已停止</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="141" />
        <source>Scale %1: waiting for a weight…</source>
        <translation>秤 %1：等待重量…</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="144" />
        <source>Scale: %1 kg net</source>
        <translation>秤：净重 %1 千克</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="146" />
        <source>Scale: %1 kg</source>
        <translation>秤：%1 千克</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="147" />
        <source>settled</source>
        <translation>已稳定</translation>
    </message>
    <message>
        <location filename="../../ui/scale_status.py" line="147" />
        <source>settling…</source>
        <translation>稳定中…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../ui/scan_screen.py" line="100" />
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="101" />
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="103" />
        <source>Scan, or type a code and press Enter</source>
        <translation>扫描，或输入编码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="104" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/scan_screen.py" line="173" />
        <source>The scan could not be judged: %1</source>
        <translation>无法判定此次扫描：%1</translation>
    </message>
</context>
<context>
    <name>SerialScannerStatus</name>
    <message>
        <location filename="../../ui/serial_scanner.py" line="57" />
        <source>Scanner %1: connected</source>
        <translation>扫描枪 %1：已连接</translation>
    </message>
    <message>
        <location filename="../../ui/serial_scanner.py" line="63" />
        <source>Scanner %1: stopped</source>
        <translation>扫描枪 %1：已停止</translation>
    </message>
    <message>
        <location filename="../../ui/serial_scanner.py" line="66" />
        <source>Scanner %1: connecting…</source>
        <translation>扫描枪 %1：正在连接…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/reasons.py" line="198" />
        <source>in store</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="199" />
        <source>in quarantine</source>
        <translation>隔离中</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="200" />
        <source>being dismantled</source>
        <translation>拆解中</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="201" />
        <source>dismantled</source>
        <translation>已拆解</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="202" />
        <source>handed out</source>
        <translation>已移交出库</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="203" />
        <source>treated</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/reasons.py" line="204" />
        <source>certified</source>
        <translation>已出证</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../ui/verdict_banner.py" line="43" />
        <source>Ready to scan</source>
        <translation>请扫描</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="59" />
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="65" />
        <source>Accept</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="66" />
        <source>Accept with warnings</source>
        <translation>接收（有警告）</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="67" />
        <source>Quarantine</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_banner.py" line="68" />
        <source>Reject</source>
        <translation>拒收</translation>
    </message>
</context>
</TS>
