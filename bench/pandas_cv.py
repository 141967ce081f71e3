"""What a user would otherwise run: pandas + openpyxl computing the same
pupil-weighted population CVs as Junheng's quality-2017 ruleset on a synthetic
county (samples/synthetic-county.ts: title row, header row, one row per school).

    python3 bench/pandas_cv.py county.xlsx                 # prints the CVs as JSON
    python3 bench/pandas_cv.py county.xlsx --out copy.xlsx # also writes a per-school table

A 九年一贯制 school (pupils in both sections) is split into a 小学 part and a 初中
part by weighted pupils (1 : 1.1), resources and teachers alike, as the spec says;
each part weighs with its own pupils. CV = sqrt(sum p_i/P (x_i - mean)^2) / mean.
"""
import json
import sys

import pandas as pd

PRIMARY, JUNIOR = "小学在校生数", "初中在校生数"
# id -> (column, factor): value = factor * column / pupils
INDICATORS = {
    "degree-teachers": ("高于规定学历教师数", 100),
    "key-teachers": ("县级及以上骨干教师数", 100),
    "pe-art-teachers": ("体育、艺术专任教师数", 100),
    "teaching-space": ("教学及辅助用房面积（㎡）", 1),
    "sports-space": ("体育运动场馆面积（㎡）", 1),
    "equipment": ("教学仪器设备值（万元）", 10000),
    "multimedia-rooms": ("网络多媒体教室数", 100),
}


def section_parts(schools):
    """One row per school and section, with its pupils and its share of the resources."""
    a = schools[PRIMARY].fillna(0).astype(float)
    b = schools[JUNIOR].fillna(0).astype(float)
    weighted = a + 1.1 * b
    parts = []
    for section, pupils, share in (("primary", a, a / weighted), ("junior", b, 1.1 * b / weighted)):
        part = pd.DataFrame({"name": schools["学校名称"], "section": section, "pupils": pupils})
        for indicator, (column, factor) in INDICATORS.items():
            part[indicator] = factor * schools[column].astype(float) * share / pupils
        parts.append(part[pupils > 0])
    return pd.concat(parts, ignore_index=True)


def weighted_cv(values, weights):
    total = weights.sum()
    mean = (weights * values).sum() / total
    return float((((weights / total) * (values - mean) ** 2).sum()) ** 0.5 / mean)


def main(argv):
    source = argv[1]
    out = argv[argv.index("--out") + 1] if "--out" in argv else None
    schools = pd.read_excel(source, sheet_name=0, header=1, engine="openpyxl")
    parts = section_parts(schools)
    cvs = {
        section: {ind: weighted_cv(group[ind], group["pupils"]) for ind in INDICATORS}
        for section, group in parts.groupby("section", sort=False)
    }
    if out is not None:
        with pd.ExcelWriter(out, engine="openpyxl") as writer:
            parts.to_excel(writer, sheet_name="学校指标", index=False)
            pd.DataFrame(cvs).to_excel(writer, sheet_name="差异系数")
    json.dump(cvs, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
