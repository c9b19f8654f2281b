"""Built-in sample certificate data, for ``trace-station certificate sample``, the tests and the benchmark.

The names carry markup-like characters on purpose: a sample that prints them as typed shows the escaping works.
"""

from __future__ import annotations

from station.documents.certificate.model import Certificate, Downstream, Fraction, Issuer, Item, Party, Step

PACK = "001PE240000003B3C0221953"


def sample(
    cells_per_module: int = 4, modules: int = 2, number: str = "91350100M000100Y43-ST0001-00000042"
) -> Certificate:
    items: list[Item] = []
    for m in range(modules):
        module = f"001ME24000000{m:02d}B3C02{m:05d}"[:24]
        items.append(Item(module, "M", PACK, "宁德时代 CATL", "NCM", 28.4))
        for c in range(cells_per_module):
            serial = m * cells_per_module + c
            items.append(Item(f"001CE2400000{serial:03d}B3C{serial:07d}"[:24], "C", module, "宁德时代 CATL", "NCM"))
    return Certificate(
        number=number,
        kind="dismantling",
        version=1,
        issued_at="2026-11-24T08:30:00Z",
        issuer=Issuer(
            name="演示拆解站 <Demo & Co> 再生资源有限公司",
            uscc="91350100M000100Y43",
            address="福建省福州市演示路 1 号 </para>",
            licences=("危险废物经营许可证 FJ-HW-3501-0042", "工信部白名单 第三批"),
            authority="福建省生态环境厅",
        ),
        source=Party("某某报废机动车回收拆解有限公司", "91350100M000100Y43", "福州市某某区 8 号"),
        source_document="报废汽车回收证明 BF-2026-0001",
        pack=Item(PACK, "P", "", "宁德时代 CATL", "NCM 三元", 410.5),
        vin="1M8GDM9AXKP042788",
        items=tuple(items),
        inspection=(
            ("外观 Appearance", "无破损、无漏液 no damage, no leakage"),
            ("总电压 Total voltage", "355.0 V → 放电后 discharged to 42.0 V"),
            ("绝缘电阻 Insulation", "> 100 Ω/V"),
            ("结论 Result", "通过，再生利用 pass, recycling"),
        ),
        steps=(
            Step("接收 Received", "2026-11-20", "张三", "入库 recycling no. ST0001-00000003"),
            Step("检查 Inspected", "2026-11-20", "李四", "pass"),
            Step("放电 Discharged", "2026-11-21", "李四", "盐水浸泡 soaking, 42.0 V"),
            Step("拆解 Dismantled", "2026-11-22", "王五", f"{modules} 模组 modules"),
        ),
        fractions=(
            Fraction("模组 Modules", round(28.4 * modules, 1)),
            Fraction("BMS 电路板 BMS boards", 3.2, "900-045-49"),
            Fraction("电解液吸附物 Electrolyte pads", 1.1, "900-041-49"),
            Fraction("铝壳体 Aluminium casing", 38.0),
            Fraction("线束与塑料 Harness & plastics", 9.6),
        ),
        downstream=(
            Downstream(
                "某某再生资源有限公司",
                "91350100M000100Y43",
                "HW-3501-001",
                "MF-2026-0001",
                "模组 modules",
                "PLATFORM-RECEIPT-1",
            ),
        ),
    )
