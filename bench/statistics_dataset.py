"""The 2020 campaign's daily statistics as the benchmark loads them: every unit's report for a day, breakdowns by city
and key enterprise adding up to the totals to the cent; as the import's CSV or as one report's JSON body."""
import csv
import io
import random
from datetime import date, timedelta

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CITY_INDICATORS = ["activity_sessions", "participating_enterprises", "sales_driven", "sales_directly_driven",
                   "third_party_payment", "car_retail_sales", "mall_footfall", "vouchers_redeemed"]
AMOUNTS = {"sales_driven", "sales_directly_driven", "third_party_payment", "car_retail_sales", "vouchers_redeemed",
           "key_enterprise_sales", "key_enterprise_sales_last_year"}
PLAN_CITIES = {"210200", "330200", "350200", "370200", "440300"}
START = date(2020, 9, 9)


def credit_code(first17):
    check = (31 - sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS)) % 31) % 31
    return first17 + ALPHABET[check]


def open_campaign(call, ministry, form, code, days):
    """The 2020 form under a campaign code of its own, with daily periods due far ahead (so nothing is locked)."""
    status, _ = call("PUT", f"/api/statistics/forms/{code}", ministry,
                     {"title": form["title"], "indicators": form["indicators"], "rules": form["rules"]})
    assert status in (200, 201), status
    periods = []
    for offset in range(days):
        day = START + timedelta(days=offset)
        period = f"{code}-d{day:%m%d}"
        status, answer = call("POST", "/api/statistics/periods", ministry, {
            "code": period, "campaignCode": code, "kind": "daily", "name": f"{day} daily",
            "startsOn": str(day), "endsOn": str(day), "dueOn": "2099-01-01"})
        assert status == 201, answer
        periods.append(period)
    return periods


def unit_report(unit, cities_per_unit, enterprises_per_unit):
    """One unit's day: (totals, {city: values}, {credit code: values}); amounts in yuan with two decimals."""
    prefix = unit[:2] if unit.endswith("0000") else unit[:4]
    # A province's city codes skip its plan-listed city (2102, 3302, 3502, 3702, 4403): that city reports itself.
    candidates = (prefix + f"{i + 1:02d}00" if len(prefix) == 2 else prefix + f"{i + 1:02d}" for i in range(99))
    cities = [c for c in candidates if len(prefix) == 4 or c[:4] + "00" not in PLAN_CITIES][:cities_per_unit]
    enterprises = [credit_code(f"91{unit}MA{i:07d}") for i in range(enterprises_per_unit)]
    cents = {}
    by_city = {}
    for city in cities:
        values = {}
        for indicator in CITY_INDICATORS:
            values[indicator] = round(random.uniform(10_000, 5_000_000), 2) if indicator in AMOUNTS else random.randint(5, 400)
        values["sales_directly_driven"] = round(values["sales_driven"] * 0.3, 2)
        by_city[city] = values
    by_enterprise = {}
    for enterprise in enterprises:
        last_year = round(random.uniform(100_000, 9_000_000), 2)
        this_year = round(last_year * random.uniform(0.85, 1.25), 2)
        by_enterprise[enterprise] = {"key_enterprise_sales": this_year, "key_enterprise_sales_last_year": last_year,
                                     "participating_key_enterprises": 1, "key_enterprises_growing": 1 if this_year > last_year else 0}
    for values in list(by_city.values()) + list(by_enterprise.values()):
        for indicator, value in values.items():
            cents[indicator] = cents.get(indicator, 0) + (round(value * 100) if indicator in AMOUNTS else value)
    totals = {k: (round(v / 100, 2) if k in AMOUNTS else v) for k, v in cents.items()}
    totals["key_cities"] = min(len(cities), 100)
    return totals, by_city, by_enterprise


def report_body(unit, cities_per_unit, enterprises_per_unit):
    """A submitted report's JSON body, as a unit's system sends it."""
    totals, by_city, by_enterprise = unit_report(unit, cities_per_unit, enterprises_per_unit)
    return {"values": totals, "cities": [{"code": c, "values": v} for c, v in by_city.items()],
            "enterprises": [{"creditCode": e, "values": v} for e, v in by_enterprise.items()], "submit": True}


def campaign_file(units, periods, cities_per_unit, enterprises_per_unit):
    """The import's CSV of every unit's daily reports for the periods."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["period", "orgUnit", "dataElement", "city", "enterprise", "value", "comment"])

    def shown(indicator, value):
        return f"{value:.2f}" if indicator in AMOUNTS else value

    for unit in units:
        for period in periods:
            totals, by_city, by_enterprise = unit_report(unit, cities_per_unit, enterprises_per_unit)
            for city, values in by_city.items():
                for indicator, value in values.items():
                    writer.writerow([period, unit, indicator, city, "", shown(indicator, value), ""])
            for enterprise, values in by_enterprise.items():
                for indicator, value in values.items():
                    writer.writerow([period, unit, indicator, "", enterprise, shown(indicator, value), ""])
            for indicator, value in totals.items():
                writer.writerow([period, unit, indicator, "", "", shown(indicator, value), ""])
    return buffer.getvalue().encode()
